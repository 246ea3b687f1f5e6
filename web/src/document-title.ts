// The tab's title names what the page shows, so tabs, history entries and screen readers tell the pages apart.
import { useEffect } from 'preact/hooks';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
}
