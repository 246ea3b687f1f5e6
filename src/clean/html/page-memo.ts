// Memos of one page's strings. A string cut from a page (an attribute value, a text node, their trims) keeps the
// page's whole text alive, so a memo kept across pages would hold hundreds of old pages; these are emptied instead
// when the next page is parsed.

let currentPage = 0;

/** Marks the start of a new page (parsing does it). */
export function startPage(): void {
  currentPage++;
}

/** A map from strings to answers for the page being read, empty again once the next page is parsed. */
export function pageMemo<V>(): () => Map<string, V> {
  const memo = new Map<string, V>();
  let page = currentPage;
  return () => {
    if (page !== currentPage) {
      memo.clear();
      page = currentPage;
    }
    return memo;
  };
}
