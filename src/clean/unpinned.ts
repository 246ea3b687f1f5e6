// Strings cut from a page (a line, an attribute, a paragraph) are, in V8, views into the whole page's text: keeping
// one keeps the page. Whatever outlives the page (memo keys, extracted fields) is copied out first.

/** The same text in a string of its own, holding no reference to the larger string it was cut from. Prepending a
 *  character makes a new string that slicing must flatten into fresh memory (a plain slice would stay a view). */
export function unpinned(text: string): string {
  return ` ${text}`.slice(1);
}
