// Entry point of the web interface: mounts the app into #app.
import { render } from 'preact';
import { App } from './app.jsx';
import './styles.css';

render(<App />, document.getElementById('app'));
