// A page text's headline: the headline-shaped line above the article (or among its first lines) that scores best.
import { isAgencyCredit } from './agencies.ts';
import { MAX_CHROME_WORDS } from './boilerplate.ts';
import { extractByline, nameBesideDate } from './byline.ts';
import { isTimestampWord } from './dates.ts';
import { BARE_PUBLISHED_LABEL, MAX_DATE_LINE_WORDS, TextMemo, mentionsDate, type Line, type WordSets } from './page-lines.ts';
import { isSiteName } from './page-site-name.ts';
import { containment, countWords, wordSet } from './text-features.ts';

/** Headlines are between these many words; shorter is a label, longer a paragraph. */
export const MIN_TITLE_WORDS = 2;
export const MAX_TITLE_WORDS = 25;
/** The headline is looked for this many lines above the article, and scored against its first paragraphs and lines. */
const TITLE_WINDOW_LINES = 40;
const TITLE_CONTEXT_PARAGRAPHS = 4;
const TITLE_WIDE_CONTEXT_LINES = 12;
/** How far under the headline its byline or date line counts (`headlineFeatures` looks at the next three lines). */
const BYLINE_LINES_BELOW_TITLE = 3;
/** Texts shorter than this recur by chance ("Home", "News"): only longer ones count as printed twice. */
const MIN_REPEAT_CHARS = 8;
/**
 * A line of one or two words printed twice is a section label, in the menu and again over the article ("Port &
 * Shipping"), not a headline in a breadcrumb. Measured: eval:pagetext title trafilatura 0.643 -> 0.645, Readability
 * 0.433 -> 0.441.
 */
const MIN_REPEAT_WORDS = 3;
/**
 * The body's first lines that may be its headline, the prose it may follow (a notice, not an article's paragraph),
 * its least length (a two-word line there is a name or a label) and the share of its words the article must repeat.
 */
const LEAD_TITLE_LINES = 3;
const MAX_LEAD_NOTICE_WORDS = 40;
const MIN_LEAD_TITLE_WORDS = 3;
/**
 * A headline names its story in fewer, other words than the lead ("¿Buses de la Alcaldía al servicio de Petro?" over
 * "Vehículos … con la Alcaldía … Casa Petro"), and it must still beat every line above the body. Measured: 0.5 -> 0.3
 * raised eval:pagetext title trafilatura 0.652 -> 0.659, Readability 0.449 -> 0.457; 0.2 lost trafilatura pages.
 */
const MIN_LEAD_TITLE_SHARE = 0.3;
/**
 * A line above the best candidate is its headline (the candidate a deck) when it is at least this long and shares this
 * much, and opens as a headline does, with a capital ("in Noticias de Medellín" over a headline is its section).
 */
const MIN_HEADLINE_ABOVE_DECK_WORDS = 4;
const MIN_HEADLINE_SHARE = 0.3;
/** Measured: eval:pagetext title trafilatura +1 page, no other title changed. */
const LOWER_CASE_OPENING = /^\p{Ll}/u;
/**
 * The headline is a headline-shaped line near the top of the article whose words the article repeats. Its
 * score adds small signals, each a share of words (see `headlineScore`); the deck rule then prefers a shorter
 * headline printed just above its standfirst.
 */
export type TitleCandidate = { readonly index: number; readonly score: number };
export const NO_TITLE: TitleCandidate = { index: -1, score: -Infinity };

/** What a page's headline candidates are scored against. */
export type TitleContext = {
  /** Word keys of the first lines after the candidate's place, and of a few more. */
  readonly opening: ReadonlySet<string>;
  readonly wider: KeySet;
  /** Whether a text is printed more than once on the page. */
  readonly isRepeated: (text: string) => boolean;
};

/** A headline candidate: its line's index (in the lines its features were read from) and what its score is made of. */
export type HeadlineCandidate = { readonly index: number; readonly features: HeadlineFeatures };

/**
 * The headline-shaped lines above the article, nearest first, with their features (indexes into `header`). The byline
 * under the headline may follow the article's first line (its standfirst): the features read on into the body.
 */
export function headerCandidates(header: readonly Line[], body: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean): { context: TitleContext | null; candidates: HeadlineCandidate[] } {
  // The article's opening words are read once a header line could be its headline: a text that opens with its body
  // (an export's, most of a stream) has none to score, and no context (null).
  let context: TitleContext | null = null;
  const page = header.concat(body.slice(0, BYLINE_LINES_BELOW_TITLE));
  const candidates: HeadlineCandidate[] = [];
  const from = Math.max(0, header.length - TITLE_WINDOW_LINES);
  for (let i = header.length - 1; i >= 0; i--) {
    const oneWord = i === header.length - 1 && isOneWordHeadline(header[i]!);
    if (!oneWord && !isHeadlineShaped(header[i]!)) continue;
    // Further up than the window, only a headline with its byline and date right under it: a gallery, a video player or
    // a teaser list may be printed between the article's headline and its text.
    if (i < from && !isDatedBylineAt(header, i + 1)) continue;
    context ??= titleContext(body, setOf, isRepeated);
    const features = headlineFeatures(page, i, header.length - 1 - i, context);
    // A single word heads the article only when the article says it: "Menü" or "Teilen" there does not.
    if (oneWord && features.share === 0) continue;
    candidates.push({ index: i, features });
  }
  return { context, candidates };
}

export function findTitle(header: readonly Line[], body: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean): TitleCandidate {
  const { context, candidates } = headerCandidates(header, body, setOf, isRepeated);
  if (context === null) return NO_TITLE;
  let best = -1;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = headlineScore(candidate.features);
    if (score > bestScore) [best, bestScore] = [candidate.index, score];
  }
  // A deck (standfirst) sits under its headline and repeats more of the article; the shorter line just
  // above it that also matches the article is the headline, unless only the best line is printed again on the page
  // (headlines recur in breadcrumbs and lists, decks do not).
  const above = header[best - 1];
  if (above && isHeadlineShaped(above) && !LOWER_CASE_OPENING.test(above.text) && above.words >= MIN_HEADLINE_ABOVE_DECK_WORDS && above.words < header[best]!.words && openingShare(above, context.opening) >= MIN_HEADLINE_SHARE
    && !(isPrintedTwice(header[best]!, context) && !isPrintedTwice(above, context))) {
    return { index: best - 1, score: bestScore };
  }
  return { index: best, score: bestScore };
}

export function titleContext(after: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean): TitleContext {
  const opening = wordKeysOf(after.slice(0, TITLE_CONTEXT_PARAGRAPHS), setOf);
  // The wider context is the opening's keys and the further lines': asked of both, rather than copied into one set.
  const further = wordKeysOf(after.slice(TITLE_CONTEXT_PARAGRAPHS, TITLE_WIDE_CONTEXT_LINES), setOf);
  return { opening, wider: { has: (key) => opening.has(key) || further.has(key) }, isRepeated };
}

/**
 * What a candidate's score is made of, each a share of its words or a 0/1 mark: the share the article's opening
 * repeats (the first paragraphs and a few more lines, averaged), its distance above the article (log), a byline or
 * date line right under it or a line or two further down, or right above it (blogs print the date over the
 * headline), being printed again on the page (a breadcrumb, a share text, a most-read list), and its length (log
 * words: a two-word label matching twice is weaker evidence than a headline matching eight times in ten). A
 * standfirst or caption above or under the headline repeats the article as well: it is written in sentences (a
 * second one starts inside it) and runs longer than a headline (`overLength`, log words past twelve). A name of up to
 * three capitalised words over or under a date (`nameOverDate`) is a byline as often as a title-case headline over its
 * date ("Mama Robotnik" / "9/11/13 10:00AM", "Managing Python Environments" / "March 3, 2025"): a small cost.
 */
export type HeadlineFeatures = {
  readonly share: number; readonly distance: number; readonly bylineBelow: number; readonly bylineNear: number;
  readonly bylineAbove: number; readonly repeated: number; readonly length: number; readonly overLength: number;
  readonly twoSentences: number; readonly nameOverDate: number;
};

export function headlineFeatures(lines: readonly Line[], i: number, distance: number, context: TitleContext): HeadlineFeatures {
  const l = lines[i]!;
  const keys = lineKeys(l);
  const share = (keyShare(keys, context.opening) + keyShare(keys, context.wider)) / 2;
  return {
    share,
    distance: Math.log1p(distance),
    bylineBelow: isBylineOrDateAt(lines, i + 1) ? 1 : 0,
    bylineNear: isBylineOrDateAt(lines, i + 2) || isBylineOrDateAt(lines, i + 3) ? 1 : 0,
    bylineAbove: isBylineOrDateAt(lines, i - 1) ? 1 : 0,
    // A menu is printed twice too, but shares no words with the article.
    repeated: share > 0 && isPrintedTwice(l, context) ? 1 : 0,
    length: Math.log(l.words),
    overLength: Math.max(0, Math.log(l.words / HEADLINE_LENGTH_WORDS)),
    twoSentences: SECOND_SENTENCE.test(l.text) ? 1 : 0,
    nameOverDate: l.words <= MAX_NAME_OVER_DATE_WORDS && nameBesideDate(l.text, [lines[i - 1]?.text, lines[i + 1]?.text]) !== null ? 1 : 0,
  };
}

/** Names printed over their dates are two or three words; a four-word title-case line over a date is a headline. */
const MAX_NAME_OVER_DATE_WORDS = 3;
/** Past this many words a line is more likely a standfirst than a headline. */
const HEADLINE_LENGTH_WORDS = 12;
/** A sentence's end followed by a capital opening another ("… abgesagt. Wir haben …", "Problem? Ja"). */
const SECOND_SENTENCE = /[.!?…]["'“”»«]?\s+["'“„«»]?\p{Lu}/u;

/**
 * The weights of `headlineFeatures`, in shares of words: a conditional logit's (which of a page's candidates, above
 * the article and among its first lines, is its headline; L2 1e-3) over the trafilatura and Readability pages
 * (eval:pagetext), rounded: they pick 285 of 335 trafilatura and 61 of 68 Readability headlines. Fitted on trafilatura
 * alone they pick one trafilatura and one Readability headline fewer; Readability's 68 pages alone are too few (its
 * distance cost turns into a small bonus) and pick 14 trafilatura headlines fewer. Refitted with `nameOverDate` and the
 * bylines read since (eval:pagetext title Readability 0.480 -> 0.488, trafilatura unchanged). With one-word and dated
 * headlines among the candidates they pick 289 of 341 trafilatura and 61 of 69 Readability headlines; a refit then
 * picks two trafilatura headlines fewer, so they are kept.
 * `npm run eval:headline-fit` refits them (src/eval/headline-fit.ts) and prints these counts.
 */
export const HEADLINE_WEIGHTS: HeadlineFeatures = {
  share: 1, distance: -0.027, bylineBelow: 0.4, bylineNear: 0.31, bylineAbove: 0.23, repeated: 0.21, length: 0.15, overLength: -0.26, twoSentences: -0.1, nameOverDate: -0.05,
};

/** The names of the headline features, in one order (the fit's columns). */
export const HEADLINE_FEATURE_NAMES = Object.keys(HEADLINE_WEIGHTS) as readonly (keyof HeadlineFeatures)[];

/** A candidate's score: its features weighed by `weights` (`HEADLINE_WEIGHTS`; the fit tries others). */
export function headlineScore(features: HeadlineFeatures, weights: HeadlineFeatures = HEADLINE_WEIGHTS): number {
  let score = 0;
  for (const name of HEADLINE_FEATURE_NAMES) score += weights[name] * features[name];
  return score;
}

const isPrintedTwice = (l: Line, context: TitleContext): boolean => l.words >= MIN_REPEAT_WORDS && l.text.length >= MIN_REPEAT_CHARS && context.isRepeated(l.text);

/**
 * The headline-shaped lines among the article's first lines that its prose repeats enough, with their features; read
 * no further than a short notice the body may open with.
 */
export function leadCandidates(body: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean): HeadlineCandidate[] {
  const candidates: HeadlineCandidate[] = [];
  let proseBefore = 0;
  for (let j = 0; j < LEAD_TITLE_LINES && j + 1 < body.length; j++) {
    const l = body[j]!;
    if (isHeadlineShaped(l) && l.words >= MIN_LEAD_TITLE_WORDS) {
      const context = titleContext(proseAfter(body, j, TITLE_WIDE_CONTEXT_LINES), setOf, isRepeated);
      if (openingShare(l, context.opening) >= MIN_LEAD_TITLE_SHARE) candidates.push({ index: j, features: headlineFeatures(body, j, j, context) });
    }
    if (l.words > MAX_TITLE_WORDS) proseBefore += l.words;
    if (proseBefore > MAX_LEAD_NOTICE_WORDS) break;
  }
  return candidates;
}

/**
 * A headline printed as the article's first line ("What is Rust and why is it so popular?" above its first
 * paragraph) counts as prose and opens the body, where the search above never looks; so does a headline under a
 * one-line notice the body starts with ("Javascript is required…", "This story is unlisted…"). One of the body's
 * first lines is the headline when the paragraphs after it (its share bar and captions aside) repeat most of its
 * words and it beats every line above the body.
 */
function findLeadTitle(body: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean): TitleCandidate {
  let best = NO_TITLE;
  for (const candidate of leadCandidates(body, setOf, isRepeated)) {
    const score = headlineScore(candidate.features);
    if (score > best.score) best = { index: candidate.index, score };
  }
  return best;
}

/**
 * The headline in the article's own lines, past its first ones: a found article may open with a page's other prose (a
 * menu's teasers, a consent dialog, an archive's banner) above the headline. With no good headline above the article
 * or at its top (scored under `WEAK_HEADLINE_SCORE`), a line further in is the headline when it is headline-shaped,
 * printed by its byline or date, followed by paragraphs that repeat its words, and beats the best one by
 * `MIN_INNER_HEADLINE_MARGIN`. Otherwise the lead title (`findLeadTitle`).
 * Measured: eval:pagetext title trafilatura 0.708 -> 0.729, author 0.620 -> 0.628; Readability, dates and text unchanged.
 */
export function findBodyTitle(body: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean, headerScore: number): TitleCandidate {
  const lead = findLeadTitle(body, setOf, isRepeated);
  const best = Math.max(lead.score, headerScore);
  if (best >= WEAK_HEADLINE_SCORE) return lead;
  const inner = findInnerTitle(body, setOf, isRepeated);
  return inner.score > best + MIN_INNER_HEADLINE_MARGIN ? inner : lead;
}
/**
 * A line with no byline by it scores about the share of its words the article repeats, and a little for its length:
 * under this it is a weak headline. Between 0.8 and 1.15 the trafilatura titles are the same but one page's (a tagline
 * scoring 0.81 over the article); from 1.2 up, fair headlines lose to a section's further in: 1 is the middle.
 */
const WEAK_HEADLINE_SCORE = 1;
/** About a byline under the headline's worth: a section's headline over its own short text may beat a weak one by less. */
const MIN_INNER_HEADLINE_MARGIN = 0.3;

function findInnerTitle(body: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean): TitleCandidate {
  let best = NO_TITLE;
  for (let j = LEAD_TITLE_LINES; j < body.length - 1; j++) {
    if (!isInnerHeadlineAt(body, j)) continue;
    const context = titleContext(proseAfter(body, j, TITLE_WIDE_CONTEXT_LINES), setOf, isRepeated);
    if (openingShare(body[j]!, context.opening) < MIN_LEAD_TITLE_SHARE) continue;
    const score = headlineScore(headlineFeatures(body, j, j, context));
    if (score > best.score) best = { index: j, score };
  }
  return best;
}

/**
 * A headline-shaped line with its byline or date right under it (a standfirst may come between) or right above it,
 * and the article's paragraphs after it: a teaser list's item is followed by one, and a comment thread or a list of
 * posts prints a name or a date by every item.
 */
function isInnerHeadlineAt(body: readonly Line[], j: number): boolean {
  const l = body[j]!;
  if (l.words < MIN_LEAD_TITLE_WORDS || !isHeadlineShaped(l)) return false;
  if (!isBylineOrDateAt(body, j + 1) && !isBylineOrDateAt(body, j + 2) && !isBylineOrDateAt(body, j - 1)) return false;
  let prose = 0;
  for (let k = j + 1; k <= j + INNER_PROSE_WINDOW && k < body.length; k++) if (body[k]!.kind === 'prose') prose++;
  if (prose < MIN_INNER_PROSE_LINES) return false;
  let bylines = 0;
  for (let k = j + 1; k <= j + INNER_BYLINE_WINDOW && k < body.length; k++) if (isBylineOrDateAt(body, k)) bylines++;
  return bylines <= MAX_INNER_BYLINE_LINES;
}
/** Of the lines under an inner headline, this many of the first `INNER_PROSE_WINDOW` are paragraphs… */
const INNER_PROSE_WINDOW = 8;
const MIN_INNER_PROSE_LINES = 3;
/** …and at most this many of the first `INNER_BYLINE_WINDOW` are bylines or dates (its byline and its date). */
const INNER_BYLINE_WINDOW = 20;
const MAX_INNER_BYLINE_LINES = 2;

/** Up to `count` prose lines after line `i`. */
function proseAfter(lines: readonly Line[], i: number, count: number): Line[] {
  const prose: Line[] = [];
  for (let j = i + 1; j < lines.length && prose.length < count; j++) if (lines[j]!.kind === 'prose') prose.push(lines[j]!);
  return prose;
}

/**
 * News pages print the byline or the date right under the headline (or under its deck); a section label above the
 * headline or an image label below the byline can share as many of the article's words, but does not sit there.
 */
export function isBylineOrDateAt(lines: readonly Line[], j: number): boolean {
  const l = lines[j];
  if (l === undefined) return false;
  return l.words <= MAX_CHROME_WORDS ? BYLINE_OR_DATE_LINES.get(l.text) : isBylineOrDateLine(l.text);
}

/** A byline with its date on one line ("By Jana Berg March 11, 2015 3:46 PM", "von Jana Berg | 20. Mai 2007 | …"). */
const isDatedBylineAt = (lines: readonly Line[], j: number): boolean => lines[j] !== undefined && lines[j]!.words <= MAX_CHROME_WORDS && DATED_BYLINE_LINES.get(lines[j]!.text);
const DATED_BYLINE_LINES = new TextMemo((text) => extractByline(text) !== null && mentionsDate(text));

/** A byline, or a date in the line's first words (a sentence's dates further in are events it reports). */
const isBylineOrDateLine = (text: string): boolean => Boolean(extractByline(text)) || mentionsDate(leadingWords(text, MAX_DATE_LINE_WORDS));
/** The first `count` words of a text (a date line's update stamp runs it past them: "AFP 30 avril 2015 à 07:19 (Mis à jour : …)"). */
function leadingWords(text: string, count: number): string {
  // The text up to its count-th space, as splitting at spaces and joining the first `count` parts again, without the parts.
  let end = -1;
  for (let n = 0; n < count; n++) {
    end = text.indexOf(' ', end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, Math.max(end, 0));
}
const BYLINE_OR_DATE_LINES = new TextMemo(isBylineOrDateLine);

/**
 * A lexicon entry's or a blog post's headline may be one word ("Batteriespeicher", "Hope!"): as the line right above
 * the article (elsewhere one word is a menu item or a label), a word of four letters or more, hyphenated at most, with
 * a headline's shape otherwise. Measured: eval:pagetext title trafilatura 0.700 -> 0.708, Readability unchanged.
 */
function isOneWordHeadline(l: Line): boolean {
  return l.kind === 'short' && l.words === 1 && ONE_WORD_HEADLINE.test(l.text) && HEADLINE_TEXTS.get(l.text);
}
const ONE_WORD_HEADLINE = /^\p{L}[\p{L}-]{3,}!?$/u;

export function isHeadlineShaped(l: Line): boolean {
  if (l.kind !== 'short' && l.kind !== 'prose') return false;
  if (l.words < MIN_TITLE_WORDS || l.words > MAX_TITLE_WORDS) return false;
  return HEADLINE_TEXTS.get(l.text);
}

/** Headline-shaped text: no trailing punctuation or leading bullet, and not a byline, a date, an agency's credit or the site's name. */
const HEADLINE_TEXTS = new TextMemo((text) => {
  // Closing quotes and brackets do not hide a sentence's full stop: 'the sequel to "Twilight."' is prose.
  if ((/[.:;,|›>→][\s"'”’»)\]]*$/.test(text) && !ENDS_WITH_INITIALISM.test(text)) || /^[*•←→‹›<>]/.test(text)) return false;
  // "Weiter »" is a link; «Gute Löhne reichen nicht» is a quoted headline.
  if (/»\s*$/.test(text) && !text.includes('«')) return false;
  if (BREADCRUMB.test(text) || SHORT_BYLINE.test(text)) return false;
  // An address ("info@example.org", "www.example.org") is contact chrome; a phrase printed over and over on one
  // line ("Zu den Angeboten Zu den Angeboten …") is a row of buttons whose texts the copy ran together.
  if (ADDRESS.test(text) || REPEATED_PHRASE.test(text) || BARE_PUBLISHED_LABEL.test(text)) return false;
  return !extractByline(text) && !isMostlyDate(text) && !isSiteName(text) && !isAgencyCredit(text);
});

/**
 * A kicker run into its headline on one line ("Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum",
 * "Headline: Energiewende und …"): the page prints the headline alone too, as a line of its own (a breadcrumb's last
 * item). The kicker is a label (two words or more, or one closed by a colon or dash) and the headline starts as one
 * does, in capitals ("Keine Spiel-Talstraße | zur Bunten Republik Neustadt" is a headline over the blog's tagline, "The |
 * Effect of …" a headline over a list that drops its article). The longest such headline at least as long as its kicker.
 */
export function withoutKicker(title: string, isPrintedAlone: (lowerCaseText: string) => boolean): string {
  const words = title.split(' ');
  if (opensWithRepeatedWord(words)) return words.slice(1).join(' ');
  for (let k = 1; k <= words.length - k; k++) {
    const rest = words.slice(k).join(' ').replace(/^[-–—:|•·]\s*/, '');
    if (countWords(rest) < MIN_REPEAT_WORDS || rest.length < MIN_REPEAT_CHARS) break;
    const labelled = k >= 2 || /[:\-–—|]$/.test(words[0]!) || /^[:\-–—|]/.test(words[1]!);
    if (labelled && !/^\p{Ll}/u.test(rest) && isPrintedAlone(rest.toLowerCase())) return rest;
  }
  return title;
}

/**
 * A one-word kicker the headline opens with again ("Wurmkiste Wurmkiste selber bauen"): no headline says its first
 * word twice, and a kicker over it is its topic. Measured: eval:pagetext title trafilatura +1, no other title changed.
 */
function opensWithRepeatedWord(words: readonly string[]): boolean {
  return words.length > MIN_REPEAT_WORDS && /^\p{Lu}\p{L}+$/u.test(words[0]!) && words[0] === words[1];
}

/**
 * Whether a lower-cased text is one of the page's lines, list bullets aside. The lines are gathered on the first
 * question only: most headlines have no kicker to test (they are not labelled, or what follows it is lower-case).
 */
export function linesAlone(lines: readonly string[]): (lowerCaseText: string) => boolean {
  let alone: Set<string> | null = null;
  return (text) => (alone ??= new Set(lines.map((l) => l.replace(/^[*•·>›-]+\s*/, '').toLowerCase()))).has(text);
}

/**
 * A headline may name a date ("Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?", "Minutes of the
 * meeting of 10 October 2019"): a line that gives one is a date line only when it says little else, fewer than four
 * words of its own besides the date's and the clock's ("Updated on Tuesday, 3 March 2025 at 14:30"). Measured:
 * eval:pagetext title trafilatura 0.729 -> 0.732 (one page won), nothing else changed.
 */
function isMostlyDate(text: string): boolean {
  return mentionsDate(text) && wordsBesideDate(text) < MIN_DATED_HEADLINE_WORDS;
}
const MIN_DATED_HEADLINE_WORDS = 4;
/** Words of two letters or more, without figures, that no date or clock says ("vom", "Bericht"; not "März", "Uhr"). */
const wordsBesideDate = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w) && !/\d/.test(w) && !isTimestampWord(w)).length;

/** "… What’s Underneath N.Y.C.", "… in the U.S.": an initialism's last dot is not a sentence's full stop. */
const ENDS_WITH_INITIALISM = /(?:^|\s)(?:\p{Lu}\.){2,}$/u;
const ADDRESS = /\S@\S+\.\p{L}{2}|https?:\/\/|\bwww\.\S/u;
const REPEATED_PHRASE = /^(.{3,}?)(?:\s+\1)+$/u;
/** "von lupa", "by admin": a byline naming a user, which the byline patterns (a capitalised name) do not take. */
const SHORT_BYLINE = /^(?:by|von|par|por|door|di|av)\s+\S+(?:\s+\S+)?$/i;
/**
 * "Home > News > 2015 > Headline", "veröffentlicht am 14 Feb | Kategorien: Social Media | Tags: …": a trail of links or
 * of fields, not the headline it may hold (a headline with its site, "Headline | Site", has one separator).
 */
const BREADCRUMB = /\s[>»›/|·•]\s.*\s[>»›/|·•]\s/;

/** Share of a candidate's word keys found in the opening paragraphs'. */
function openingShare(l: Line, opening: ReadonlySet<string>): number {
  return keyShare(lineKeys(l), opening);
}

const lineKeys = (l: Line): Set<string> => addWordKeys(wordSet(l.text), new Set<string>());

/** Where word keys are looked up. */
type KeySet = Pick<ReadonlySet<string>, 'has'>;

function keyShare(keys: ReadonlySet<string>, opening: KeySet): number {
  // One unshared word's worth of doubt: a two-word label matching twice is weaker evidence than a headline matching eight times in ten.
  return keys.size === 0 ? 0 : (containment(keys, opening) * keys.size) / (keys.size + 1);
}

/** The word keys of the lines a headline is scored against. */
function wordKeysOf(paragraphs: readonly Line[], setOf: WordSets): Set<string> {
  const keys = new Set<string>();
  for (const l of paragraphs) addWordKeys(setOf(l.text), keys);
  return keys;
}

/**
 * Content words cut to their first four letters: a crude stem that works in any alphabetic language
 * ("Stadtrat"/"Stadträte", "talks"/"talk"), and words under three letters (mostly function words) dropped.
 */
function addWordKeys(words: Iterable<string>, keys: Set<string>): Set<string> {
  for (const w of words) if (w.length >= 3 && !/^\d+$/.test(w)) keys.add(w.slice(0, 4));
  return keys;
}

/**
 * Whether a text is printed at least twice on the page, case aside, alone or inside a longer line ("* Headline" in
 * a breadcrumb, "Section|Headline"). The page is lower-cased once, on the first question.
 */
export function repeatFinder(lines: readonly string[]): (text: string) => boolean {
  let page: string | null = null;
  return (text) => {
    page ??= lines.join('\n').toLowerCase();
    const needle = text.toLowerCase();
    const first = page.indexOf(needle);
    return first >= 0 && page.indexOf(needle, first + needle.length) >= 0;
  };
}
