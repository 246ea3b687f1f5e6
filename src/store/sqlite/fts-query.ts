// Turns a user's search words into a safe FTS5 MATCH expression: every word quoted (so FTS syntax in the
// input is just text), all words required, the last one also matching as a prefix (search as you type).

/** Words beyond this are dropped: a search box query is a few words, and each one costs an index lookup. */
const MAX_QUERY_WORDS = 12;

export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_QUERY_WORDS) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
