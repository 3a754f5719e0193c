// Which training page a matched route shows (router.js matchTrainingRoute).
import { MyTraining } from './my_training.jsx';
import { TestTake } from './test_take.jsx';
import { TrainingCoursePage } from './training_course_page.jsx';
import { TrainingCourses } from './training_courses.jsx';
import { TrainingCurriculum } from './training_curriculum.jsx';
import { TrainingEditionPage } from './training_edition_page.jsx';
import { TrainingModulePage } from './training_module_page.jsx';
import { TrainingQuestions } from './training_questions.jsx';
import { TrainingReports } from './training_reports.jsx';
import { TrainingTestPage } from './training_test_page.jsx';

export function TrainingPage({ route, api, me, reference, query }) {
  const id = route.params.id;
  switch (route.name) {
    case 'training':
      return <TrainingCourses api={api} me={me} reference={reference} query={query} />;
    case 'training-course':
      return <TrainingCoursePage key={id} api={api} me={me} reference={reference} id={id} />;
    case 'training-curriculum':
      return <TrainingCurriculum api={api} me={me} reference={reference} />;
    case 'training-module':
      return <TrainingModulePage key={id} api={api} me={me} id={id} />;
    case 'training-edition':
      return <TrainingEditionPage key={id} api={api} me={me} reference={reference} id={id} />;
    case 'training-questions':
      return <TrainingQuestions api={api} me={me} query={query} />;
    case 'training-reports':
      return <TrainingReports api={api} me={me} reference={reference} query={query} />;
    case 'training-test':
      return <TrainingTestPage key={id} api={api} me={me} id={id} />;
    case 'training-take':
      return <TestTake key={id} api={api} id={id} />;
    default:
      return <MyTraining api={api} me={me} />;
  }
}
