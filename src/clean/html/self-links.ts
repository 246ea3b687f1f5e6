// Links from a page to itself: a "latest news" list often shows the current article among the others, with
// the headline and date the article's own header may lack.
import { elementsNamed, type Element } from './dom.ts';

/** The page's address as links write it: host, path without a trailing slash, and query (which may name the
 *  article: "dettaglio.php?id=58354"). */
function linkKey(url: URL): string {
  return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** The <a> elements that link to the page itself, in document order; none for a home page, whose links to
 *  itself are its logo and menu, and none to a place in the page ("#comment-13373", a comment's permalink). */
export function linksToPage(elements: readonly Element[], pageUrl: string | null): Element[] {
  if (pageUrl === null) return [];
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  if (page.pathname.replace(/\/+$/, '') === '' && page.search === '') return [];
  const key = linkKey(page);
  // Links are compared by their last path segment first: resolving every link of the page would cost more.
  const tail = (page.pathname.replace(/\/+$/, '').split('/').pop() ?? '') + page.search;
  const links: Element[] = [];
  for (const element of elementsNamed(elements, 'a')) {
    const href = element.attribs['href']?.trim().replace(/\/+$/, '');
    if (href === undefined || href.includes('#') || !href.endsWith(tail)) continue;
    try {
      if (linkKey(new URL(href, page)) === key) links.push(element);
    } catch {
      // not a URL
    }
  }
  return links;
}
