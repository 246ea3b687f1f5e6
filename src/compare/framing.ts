// Framing: headlines side by side with the names and words each puts forward, and what each outlet names that no
// other does.
import type { Emphasis, Headline } from '../model/comparison.ts';
import { latinFold } from '../analyze/index.ts';
import { COMPARE_CONFIG, type CompareConfig } from './config.ts';
import { CAPITALISES_NOUNS } from './vocabulary.ts';
import { foldWord } from './fold.ts';
import type { StoryPhrases } from './phrases.ts';
import type { NameMention } from './quotes/extract.ts';
import type { ArticleView } from './story-view.ts';
import { termedWords } from './terms.ts';

function folded(text: string): string {
  return ` ${latinFold(text).replace(/['’]s\b/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

export function compareHeadlines(views: readonly ArticleView[], config: CompareConfig = COMPARE_CONFIG): Headline[] {
  const titleTerms = views.map((view) => new Set(termedWords(view.article.title ?? '', view.tools).map((word) => word.term)));
  return views.map((view, position) => {
    const title = view.article.title;
    const foldedTitle = folded(title ?? '');
    // The outlet's own name in its headline ("Kevin McLaughlin: Stop …" by Kevin McLaughlin) is a byline, not a choice.
    const outlet = view.article.source === null ? '' : latinFold(view.article.source);
    const candidates = [...view.entities.entries()].filter(([, entity]) => latinFold(entity.key) !== outlet);
    const whole = candidates.filter(([, entity]) => foldedTitle.includes(` ${latinFold(entity.key)} `));
    const wholeKeys = new Set(whole.map(([, entity]) => latinFold(entity.key)));
    // A surname stands for the person ("Kerry" for John Kerry); a last word does not stand for a place or an
    // institution ("sur" is no "Panamericana Sur", "Perú" no "Instituto Geofísico del Perú"), nor is a name written
    // whole in the headline anyone's surname ("Kenya's Kiprono").
    const bySurname = candidates.filter(([key, entity]) => {
      const surname = surnameOf(key);
      return entity.kind === 'person' && !wholeKeys.has(latinFold(entity.key)) && !wholeKeys.has(surname) && foldedTitle.includes(` ${surname} `);
    });
    // In the order the headline writes them.
    const at = ([key, entity]: (typeof candidates)[number]) =>
      wholeKeys.has(latinFold(entity.key)) ? foldedTitle.indexOf(` ${latinFold(entity.key)} `) : foldedTitle.indexOf(` ${surnameOf(key)} `);
    const named = [...whole, ...bySurname].sort((a, b) => at(a) - at(b));
    const entities = named.map(([, entity]) => entity.text);
    // A word of a name listed already ("Manchin’s" beside Joe Manchin) is not listed again as a word.
    const nameWords = new Set([...named.flatMap(([key, entity]) => [...key.split(' '), ...latinFold(entity.key).split(' ')]), ...outlet.split(' ')]);
    // Words no other headline uses come first: they are what this outlet chose to put forward.
    const words = termedWords(title ?? '', view.tools).filter((word) => !nameWords.has(foldWord(word.text)));
    const own = (term: string) => titleTerms.every((terms, k) => k === position || !terms.has(term));
    const ranked = [...words.filter((word) => own(word.term)), ...words.filter((word) => !own(word.term))];
    const shown = headlineWordDisplay(title ?? '', view.article.text, entities, CAPITALISES_NOUNS.has(view.analysis.language ?? ''));
    const terms = [...new Set([...new Map(ranked.map((word) => [word.term, shown(word.text)])).values()])].slice(0, config.headlineTerms);
    return { article_id: view.article.id, source: view.label, title, entities: [...new Set(entities)], terms };
  });
}

/** A person's surname: the last word before an affiliation ("Daniel Kiprono of Kenya" is Kiprono). */
function surnameOf(key: string): string {
  const person = key.split(' of ')[0] ?? key;
  return person.slice(person.lastIndexOf(' ') + 1);
}

const HYPHENATED = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)+/gu;
const WORD_RUN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*/gu;
const UPPER_START = /^\p{Lu}/u;
const FIRST_WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*/u;

/**
 * How a headline word is shown: the whole hyphenated compound it is part of ("high-level", not "Level"), and in
 * lower case where the capital is only the headline's style. A word the body writes in lower case is lower case; in
 * a title-case headline ("Downplay ‘Collisions’ as High-Level Talks Begin") every word that is not a name is. Title
 * case needs most later words capitalised and one of them written lower case in the body, so a German headline,
 * whose nouns are capitalised everywhere, keeps its capitals.
 */
function headlineWordDisplay(title: string, body: string, names: readonly string[], capitalisesNouns: boolean): (word: string) => string {
  const compounds = new Map<string, string>();
  for (const [compound] of title.matchAll(HYPHENATED)) for (const piece of compound.split(/[-‐‑]/u)) compounds.set(piece, compound);
  const lowerInBody = new Set([...body.matchAll(WORD_RUN)].map((match) => match[0]).filter((word) => !UPPER_START.test(word)));
  // A sentence-case headline's first word has its capital from its place ("Strong earthquake …"), unless the body
  // capitalises it inside a sentence too ("the Nordic market", "– Greek authorities") or the language capitalises nouns.
  const first = FIRST_WORD.exec(title)?.[0];
  const placeCapital = first !== undefined && !capitalisesNouns && !capitalisedInSentence(first, body);
  const nameWords = new Set(names.flatMap((name) => name.split(/\s+/u)));
  const later = [...title.matchAll(WORD_RUN)].slice(1).map((match) => match[0]).filter((word) => word.length >= 4 && !nameWords.has(word));
  const capitalised = later.filter((word) => UPPER_START.test(word));
  const titleCase = later.length >= 2 && capitalised.length >= 0.75 * later.length && capitalised.some((word) => lowerInBody.has(word.toLowerCase()));
  return (word) => {
    const text = compounds.get(word) ?? word;
    if (nameWords.has(word) || !UPPER_START.test(text)) return text;
    return titleCase || lowerInBody.has(text.toLowerCase()) || (placeCapital && text === first) ? text.toLowerCase() : text;
  };
}

/** Whether `body` writes `word` capitalised other than at a sentence's or paragraph's start. */
function capitalisedInSentence(word: string, body: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  for (const match of body.matchAll(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'gu'))) {
    const before = body.slice(0, match.index).trimEnd();
    if (before !== '' && !/[.!?…]["'”’»)]*$/u.test(before) && !/\n\s*$/u.test(body.slice(0, match.index))) return true;
  }
  return false;
}

/** Per outlet, the names it mentions that no other outlet's text does, most mentioned first. */
export function compareEmphasis(views: readonly ArticleView[], names: ReadonlyArray<readonly NameMention[]>, phrases: StoryPhrases): Emphasis[] {
  return views.map((view, position) => {
    const counts = new Map<string, { name: string; count: number }>();
    for (const mention of names[position] ?? []) {
      if (phrases.nameElsewhere(mention.key, position)) continue;
      const known = counts.get(mention.key) ?? { name: mention.name, count: 0 };
      known.count++;
      counts.set(mention.key, known);
    }
    const entities = [...counts.values()].sort((a, b) => b.count - a.count).map((entry) => entry.name);
    return { article_id: view.article.id, source: view.label, entities };
  });
}
