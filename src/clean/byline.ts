// Bylines printed as text: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Author: Jane Doe".
const BYLINE = /^(?:by|von|par|por|di|door|av|автор:?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|al|bin|and|&|und|et|y)){0,6})\s*(?:[,|–—-].*)?$/iu;
const AUTHOR_LABEL = /^(?:author|written by|reporter|autor|auteur)s?\s*:\s*(.{3,80})$/i;
/** A byline is a short line; longer lines starting with "By" are sentences ("By Friday, talks had…"). */
const MAX_BYLINE_WORDS = 12;
/** Twelve words of a byline fit in this many characters with room to spare. */
const MAX_BYLINE_CHARS = 160;

/** Blog-style lines that name the author after the date: "Posted on March 3, 2025 by Helen Marsh". */
const POSTED_BY = /^(?:posted|published|written|filed|updated)\b.{0,60}?\s(by\s+\S.*)$/i;

export function extractByline(line: string): string | null {
  const t = line.trim();
  // Every line of a page is asked; a long one is a sentence, known without splitting it.
  if (t.length > MAX_BYLINE_CHARS || t.split(/\s+/).length > MAX_BYLINE_WORDS) return null;
  const posted = POSTED_BY.exec(t);
  if (posted) return extractByline(posted[1]!);
  const label = AUTHOR_LABEL.exec(t);
  if (label) return label[1]!.trim();
  const m = BYLINE.exec(t);
  if (!m) return null;
  const name = m[1]!.trim().replace(/\s+(?:and|&|und|et|y)$/i, '');
  // "By Friday" or "By Reuters staff" is not a person; require two capitalised words.
  return /^\p{Lu}\S*\s+\p{Lu}/u.test(name) ? name : null;
}
