// Sets the document title to "<page> — Frontline" while a page is shown.
import { useEffect } from 'preact/hooks';

export function useTitle(page) {
  useEffect(() => {
    document.title = page ? `${page} — Frontline` : 'Frontline';
  }, [page]);
}
