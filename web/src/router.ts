// A tiny history router: paths are the app's pages, links are plain <a href> intercepted for client navigation.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'stories'; search: URLSearchParams }
  | { page: 'story'; id: string }
  | { page: 'article'; id: string }
  | { page: 'add' }
  | { page: 'missing' };

export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'stories', search: new URLSearchParams(search) };
  if (parts[0] === 'stories' && parts[1]) return { page: 'story', id: parts[1] };
  if (parts[0] === 'articles' && parts[1]) return { page: 'article', id: parts[1] };
  if (parts[0] === 'add') return { page: 'add' };
  return { page: 'missing' };
}

/** What a history entry keeps for its page: where it was scrolled when left by a link, how many list items it had loaded. */
export type EntryState = { readonly scrollY?: number; readonly shown?: number };

export const entryState = (): EntryState => (history.state ?? {}) as EntryState;

export function rememberInEntry(patch: EntryState): void {
  history.replaceState({ ...entryState(), ...patch }, '');
}

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else {
    rememberInEntry({ scrollY: window.scrollY });
    history.pushState(null, '', href);
  }
  window.dispatchEvent(new PopStateEvent('popstate'));
  if (!replace) window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const read = () => parseRoute(location.pathname, location.search);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onPop = () => setRoute(read());
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a');
      if (!a || a.target || a.hasAttribute('download')) return;
      const url = new URL(a.href, location.href);
      if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
      e.preventDefault();
      navigate(url.pathname + url.search);
    };
    // Pages load their content after they render, so the browser's own restoring finds a short page; they restore it.
    history.scrollRestoration = 'manual';
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return route;
}

/** Back on a page left by a link: once its content is there (`ready`), scroll to where the reader was. */
export function useScrollRestore(ready: boolean): void {
  useEffect(() => {
    const { scrollY } = entryState();
    if (!ready || scrollY === undefined) return;
    window.scrollTo(0, scrollY);
    rememberInEntry({ scrollY: undefined });
  }, [ready]);
}

export const storyHref = (id: string) => `/stories/${encodeURIComponent(id)}`;
export const articleHref = (id: string) => `/articles/${encodeURIComponent(id)}`;
