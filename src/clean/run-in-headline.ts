// Exports that join an article's headline and body into one text ("Harbour Festival Returns After Three Quiet Years
// While some of the stalls…"): the headline is the words before the body's first sentence starts. Its end is found by
// what opens a sentence where no punctuation closed one: a dateline ("PORTVILLE, Ore. –"), a byline ("By Jane Doe"), a
// page's date line, the headline printed twice, or a function word ("While", "Bei", "Los") followed by lower-case prose.
// `npm run eval:runin` puts gold headlines back in front of their bodies: ECB+, PAC and trafilatura-dev headlines come
// back exactly 56%, 20% and 19% of the time; 21%, 9% and 41% of the splits cut at the wrong word.
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { perLanguage } from '../per-language.ts';
import { normaliseAgency } from './agencies.ts';
import { extractDateline } from './dateline.ts';
import { isTimestampOnly, isTimestampWord } from './dates.ts';
import { normalizeForMatch } from './html/title.ts';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;

export type RunInHeadline = { readonly headline: string; readonly rest: string };

/** A headline has at least this many words… */
const MIN_HEADLINE_WORDS = 3;
/** …and at most this many: the body's first sentence starts within them or the text has no run-in headline. */
const MAX_HEADLINE_WORDS = 24;
/**
 * Only short function words open a sentence reliably: stopwords-iso's lists also hold content words ("fire", "bill",
 * "area") that Title Case headlines capitalise.
 */
const MAX_OPENER_CHARS = 5;
/** "|", "›", "–" or "-" between headline and outlet ("Segler gerettet | Küstenbote Online Bei einem…"). */
const SEPARATOR = /^(?:[|›»·•]|[–—-]{1,2})$/u;
/** Words that close a sentence or a clause a headline cannot end on. */
const CLOSES_CLAUSE = /[.!?:;,]["'”’»)]*$/u;
const ENDS_SENTENCE = /[.!?]["'”’»)]*$/u;
/** "U.S.", "Dr.", "Jr.": a full stop that ends no sentence. */
const ABBREVIATION = /^(?:\p{L}\.){2,}$|^\p{Lu}\p{Ll}{0,2}\.$|^\p{Lu}\.$/u;
const CAPITALISED = /^["'“‘«(]?\p{Lu}/u;
const LOWER_OR_NUMBER = /^["'“‘«(]?[\p{Ll}\p{N}]/u;
/** "VANCOUVER", "CHARLESTON,": a dateline's place (not "B.C.", which ends a headline's place name). */
const ALL_CAPS_WORD = /^\p{Lu}[\p{Lu}'’-]{2,}[,:]?$/u;

/**
 * English stopwords also hold "year", "new", "home": compromise's lexicon says which are function words. Other
 * languages have no such tagger here; their openers must also be written lower-case elsewhere in the text.
 */
const FUNCTION_WORD_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Uncountable', 'Negative', 'Condition', 'Copula', 'Modal']);
/** Question words open a sentence only before another function word ("When we think back…"): names hold them too ("Doctor Who fans…"). */
const QUESTION_WORD_TAG = 'QuestionWord';

/**
 * Words that open a sentence; `tagged`: known to be function words (else only listed as stopwords, like "Uhr");
 * `needFunctionWordAfter`: question words, openers only when a function word follows.
 */
type SentenceOpeners = { readonly words: ReadonlySet<string>; readonly tagged: boolean; readonly needFunctionWordAfter: ReadonlySet<string> };

const sentenceOpeners = perLanguage((language): SentenceOpeners => {
  const lexicon = language === 'en' ? (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon : null;
  // "it's" is tagged as "it".
  const tagsOf = (word: string) => [lexicon?.[word] ?? lexicon?.[word.split("'")[0]!] ?? []].flat();
  const isFunctionWord = (word: string) => lexicon === null || tagsOf(word).some((tag) => FUNCTION_WORD_TAGS.has(tag) || tag === QUESTION_WORD_TAG);
  const words = new Set((stopwordsIso[language ?? ''] ?? []).filter((word) => word.length <= MAX_OPENER_CHARS && /^\p{L}+(?:'\p{L}+)?$/u.test(word) && isFunctionWord(word)));
  const needFunctionWordAfter = new Set([...words].filter((word) => tagsOf(word).includes(QUESTION_WORD_TAG)));
  return { words, tagged: lexicon !== null, needFunctionWordAfter };
});

/**
 * The headline run into the start of `text` and the text after it, or null when the text opens with its body (or the
 * language writes no capitals to tell them apart).
 */
export function splitRunInHeadline(text: string, language: string | null): RunInHeadline | null {
  const words = headlineWords(text);
  const limit = Math.min(words.length - MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS + 1);
  const openers = sentenceOpeners(language);
  const lowerCaseWords = new Set(words.filter((word) => /^\p{Ll}+$/u.test(word)));
  // Without a tagger's word classes, an opener must be a word the text writes lower-case elsewhere.
  const isOpener = (word: string, next = '') => openers.words.has(word) && (openers.tagged || lowerCaseWords.has(word))
    && (!openers.needFunctionWordAfter.has(word) || openers.words.has(next.replace(/’/gu, "'").toLowerCase()));
  // Only English capitalises its headlines' words; German capitalises nouns, which says nothing of a headline.
  const titleCase = (before: readonly string[]) => language === 'en' && isTitleCase(before);
  for (let k = 0; k < MIN_HEADLINE_WORDS - 1; k++) if (ENDS_SENTENCE.test(words[k] ?? '') && !ABBREVIATION.test(words[k]!)) return null;
  for (let i = MIN_HEADLINE_WORDS; i < limit; i++) {
    const before = words[i - 1]!;
    if (repeatsOpening(words, i)) return headlineBefore(words, i, i + i);
    const stamp = timestampRunAt(words, i, isOpener);
    if (stamp !== null) return headlineBefore(words, i, stamp);
    // A full sentence first: the text opens with its body (a headline has no full stop of its own).
    if (ENDS_SENTENCE.test(before) && !ABBREVIATION.test(before)) return null;
    if (SEPARATOR.test(before) || CLOSES_CLAUSE.test(before)) continue;
    const start = bodyStartAt(words, i, isOpener, titleCase);
    if (start !== null) return headlineBefore(words, i, start);
  }
  return null;
}

/** The words a run-in headline is cut from: its headline is always some of the first of them, joined by spaces. */
function headlineWords(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}

/** A run of non-space characters: the words of `headlineWords`, one at a time. */
const HEADLINE_WORD = /\S+/gu;

/**
 * Whether some headline `splitRunInHeadline` could cut from `text` (its first 3 to 24 words) reads `title` as
 * `normalizeForMatch` compares them. Where a title is given, only a run-in copy of it counts, and most texts do not
 * open with one: this test spares them the language detection and the search for the body's start. Only the first
 * words are cut, and a run normalised longer than the title ends the search: a longer run's normalised form starts
 * with a shorter one's.
 */
export function mayOpenWithTitle(text: string, title: string): boolean {
  const wanted = normalizeForMatch(title);
  const words: string[] = [];
  HEADLINE_WORD.lastIndex = 0;
  for (let match = HEADLINE_WORD.exec(text); match !== null && words.length < MAX_HEADLINE_WORDS; match = HEADLINE_WORD.exec(text)) words.push(match[0]);
  for (let cut = MIN_HEADLINE_WORDS; cut <= words.length; cut++) {
    const run = normalizeForMatch(words.slice(0, cut).join(' '));
    if (run === wanted) return true;
    if (run.length > wanted.length) return false;
  }
  return false;
}

function headlineBefore(words: readonly string[], end: number, bodyStart: number): RunInHeadline | null {
  let cut = separatorBefore(words, end);
  // "… Industry NEW YORK, Jan. 1, 2020": the dateline's place before its date is the body's, not the headline's.
  if (/,$/u.test(words[cut - 1]!) && ALL_CAPS_WORD.test(words[cut - 1]!)) {
    while (cut > MIN_HEADLINE_WORDS && ALL_CAPS_WORD.test(words[cut - 1]!)) cut--;
  }
  const headline = words.slice(0, cut).join(' ');
  if (countWordsOf(headline) < MIN_HEADLINE_WORDS || isTimestampOnly(headline)) return null;
  return { headline, rest: words.slice(bodyStart).join(' ') };
}

/** Numbers, date words, punctuation, "p. m." and the US time zones news sites print ("ET", "PT"). */
const DATE_LINE_WORD = /\d|\p{L}{3,}|^[^\p{L}\p{N}]+$|^\p{L}\.$|^[ECMP]T$/u;
/** Words a page's date line may run to ("Posted on Thu Jun 13, 2013 08: 45 AM PDT"). */
const MAX_TIMESTAMP_WORDS = 16;
/** A clock time, a numeric date, or a day or month with a year: a date line, where a headline may say "May 2" or "2024". */
const DATE_WITH_YEAR = /\d{1,2}\s?[./]\s?\d{1,2}\s?[./]\s?\d{2,4}|[\p{L}\d][.,]?\s+(?:1[89]|20)\d\d\b/u;
const FULL_TIMESTAMP = new RegExp(`\\d:\\s?\\d\\d|${DATE_WITH_YEAR.source}`, 'u');

/** Where a page's date line that starts at word `i` ends, or null: the line between headline and body. */
function timestampRunAt(words: readonly string[], i: number, isOpener: (word: string) => boolean): number | null {
  // A date the sentence goes on with ("launch in Dec. 2018", "Conference on January 2") is no date line.
  const before = words[i - 1]!;
  if (isTimestampOnly(before) || isTimestampWord(before) || isOpener(before.toLowerCase())) return null;
  // A date line opening lower-case ("on Jul 7 2012") must hold a date: "at 8: 00 am local time" goes on a sentence.
  const fullStamp = /^[\p{Lu}\p{N}]/u.test(words[i]!) ? FULL_TIMESTAMP : DATE_WITH_YEAR;
  let end: number | null = null;
  for (let j = i + 1; j <= Math.min(words.length, i + MAX_TIMESTAMP_WORDS); j++) {
    // A date line is numbers, date words ("Posted", "May") and punctuation; "Q:", "na" end it.
    if (!DATE_LINE_WORD.test(words[j - 1]!) && !isTimestampWord(words[j - 1]!)) break;
    const run = words.slice(i, j).join(' ').replace(/[|:]\s*$/u, '');
    if (isTimestampOnly(run)) end = j - i >= 2 && fullStamp.test(run) ? j : end;
    else if (end !== null || j - i > 3) break;
  }
  return end;
}

/** Where the body starts if it starts at word `i`, else null. */
function bodyStartAt(words: readonly string[], i: number, isOpener: (word: string, next?: string) => boolean, titleCase: (before: readonly string[]) => boolean): number | null {
  const word = words[i]!;
  if (!CAPITALISED.test(word)) return null;
  // "PATNA:", "VANCOUVER --", "Frankfurt (dpa-AFX) -": the dateline parser decides; a Title Case place needs a known
  // agency here ("CNN Lost Their Mind (Again): Guess…" is a headline).
  if (ALL_CAPS_WORD.test(word) || (words[i + 1] ?? '').startsWith('(')) {
    const found = extractDateline(words.slice(i, i + MAX_HEADLINE_WORDS).join(' '));
    if (found !== null && (ALL_CAPS_WORD.test(word) || normaliseAgency(found.dateline.agency ?? '') !== null)) return i;
  }
  if (isCreditedDateline(words, i)) return i;
  // "By Jane Doe": a byline, unless the headline is in Title Case ("Vows To Abide By Rule Of Law").
  if (word === 'By' && CAPITALISED.test(words[i + 1] ?? '') && CAPITALISED.test(words[i + 2] ?? '')) return titleCase(words.slice(0, i)) ? null : i;
  const bare = word.replace(/^["'“‘«(]/u, '').replace(/’/gu, "'");
  if (!isOpener(bare.toLowerCase(), words[i + 1]) || bare !== bare[0] + bare.slice(1).toLowerCase()) return null;
  // In a Title Case headline a capitalised "For" or "But" is still the headline's: prose follows only a real opener.
  const proseWords = titleCase(words.slice(0, i)) ? 2 : 1;
  for (let k = 1; k <= proseWords; k++) if (!LOWER_OR_NUMBER.test(words[i + k] ?? '')) return null;
  return i;
}

/** Words between a dateline's place and its agency ("Caracas, 1 de enero (Notimex) .-"). */
const MAX_DATELINE_WORDS = 6;
/** "(Notimex)", "(AFP)", "(KABC)": the agency or station a dateline credits. */
const CREDIT = /^\(\p{Lu}[\p{L}.\s-]+\)[.,:–—-]*$/u;

/** A place, a comma, then a credited agency within a few words: a dateline in any language's date format. */
function isCreditedDateline(words: readonly string[], i: number): boolean {
  if (!/^\p{Lu}\p{L}+,$/u.test(words[i]!) || isTimestampWord(words[i]!)) return false;
  for (let k = i + 1; k <= i + MAX_DATELINE_WORDS && k < words.length; k++) if (CREDIT.test(words[k]!)) return true;
  return false;
}

/** Most of the words capitalised ("Ferry Operator Cuts Winter Routes But Keeps Island Link For 2026 Season"). */
const TITLE_CASE_SHARE = 0.6;
function isTitleCase(words: readonly string[]): boolean {
  const lettered = words.filter((word) => /\p{L}/u.test(word));
  return lettered.filter((word) => CAPITALISED.test(word)).length >= TITLE_CASE_SHARE * lettered.length;
}

/** The words before `i` printed again from `i` on: the headline twice (a title, then the page's heading). */
function repeatsOpening(words: readonly string[], i: number): boolean {
  // A sentence said twice is no headline (a question may be: "Can the old ferry be saved?").
  if (i + i > words.length || /\.["'”’»)]*$/u.test(words[i - 1]!)) return false;
  for (let k = 0; k < i; k++) if (words[k] !== words[i + k]) return false;
  return true;
}

/** Separators that set an outlet off (a dash may be the headline's own: "Greta Thunberg wird 17 – Klimaaktivistin…"). */
const OUTLET_SEPARATOR = /^[|›»·•]$/u;

/** The headline ends before an outlet part ("Headline | Outlet Name"): the first such separator among its words. */
function separatorBefore(words: readonly string[], end: number): number {
  for (let k = MIN_HEADLINE_WORDS; k < end; k++) if (OUTLET_SEPARATOR.test(words[k]!)) return k;
  return end;
}

function countWordsOf(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
