// The one way vocabularies of interface phrases become regular expressions: each vocabulary stays a reviewable
// list of phrases, and this compiles it once, at module load, into a single alternation.

export interface PhrasePatternOptions {
  /** Regex source required before the phrase. Default '^': the phrase starts the text. '' matches anywhere. */
  readonly before?: string;
  /** Regex source required after the phrase. Default '$': the phrase is the whole text. */
  readonly after?: string;
  /** Default 'i': interface phrases are matched case-insensitively. */
  readonly flags?: string;
}

/**
 * Compiles phrases into `before(?:phrase|phrase|…)after`. A phrase is regex source, so plain words are written as
 * they are and a phrase that needs a pattern ("weitere (beiträge|artikel)( .*)?") keeps it as a small fragment.
 * List order is kept: it decides which phrase a replace() or matchAll() picks when several fit at one position.
 * A phrase listed twice is a mistake in the data, so it throws rather than hiding the duplicate.
 */
export function phrasePattern(phrases: readonly string[], options: PhrasePatternOptions = {}): RegExp {
  const { before = '^', after = '$', flags = 'i' } = options;
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const key = phrase.toLowerCase();
    if (seen.has(key)) throw new Error(`phrase listed twice: ${phrase}`);
    seen.add(key);
  }
  return new RegExp(`${before}(?:${phrases.join('|')})${after}`, flags);
}
