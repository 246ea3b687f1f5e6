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

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
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
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return route;
}

export const storyHref = (id: string) => `/stories/${encodeURIComponent(id)}`;
export const articleHref = (id: string) => `/articles/${encodeURIComponent(id)}`;
