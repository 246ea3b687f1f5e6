// Raw scraped page text (a whole page's visible text, site chrome included) to the article's own parts.
import {
  CAPTION_PATTERNS, CHROME_LINE_PENALTY, CONSENT_NOTICE, END_MARKER_PENALTY, END_MARKERS, GENERIC_SECTION_NAME, LEGAL_FOOTER, MAX_CAPTION_WORDS,
  MAX_CHROME_WORDS, MIN_PROSE_WORDS, OUTLET_NAME_WORDS, PROMO_PATTERNS, REPEAT_CONTAINMENT, matchesAny,
} from './boilerplate.ts';
import { extractByline, nameBesideDate, splitByline } from './byline.ts';
import { extractDateline } from './dateline.ts';
import { detectLanguage } from './language.ts';
import { splitRunInHeadline, type RunInHeadline } from './run-in-headline.ts';
import { normalizeForMatch } from './html/title.ts';
import { BOILERPLATE_BLOCK } from './html/vocabulary.ts';
import { findDateLine } from './dates.ts';
import { isTemplateLine, withoutTemplateSentences, type TemplateLookup } from './templates.ts';
import { containment, countWords, isContainedIn, dominantScript, endsLikeSentence, normaliseWhitespace, wordSet } from './text-features.ts';
import { unpinned } from './unpinned.ts';

export type PageTextParts = {
  readonly title: string | null;
  readonly siteName: string | null;
  readonly byline: string | null;
  /**
   * Where the page prints its date, nearest first (the lines by the headline, then the article's short date lines):
   * read with `findDateIn` (dates.ts) once the page's language says how it writes "03/05/2022".
   */
  readonly dateLines: readonly (readonly string[])[];
  readonly paragraphs: string[];
  /** Captions and credit lines removed from the text; they still credit agencies. */
  readonly captions: string[];
};

type LineKind = 'prose' | 'short' | 'promo' | 'caption' | 'end' | 'template' | 'foreign';
type Line = { readonly text: string; readonly words: number; readonly kind: LineKind };

/** Headlines are between these many words; shorter is a label, longer a paragraph. */
const MIN_TITLE_WORDS = 2;
const MAX_TITLE_WORDS = 25;
/** The headline is looked for this many lines above the article, and scored against its first paragraphs and lines. */
const TITLE_WINDOW_LINES = 40;
const TITLE_CONTEXT_PARAGRAPHS = 4;
const TITLE_WIDE_CONTEXT_LINES = 12;
/** Headline score weights, in shares of words (see `headlineScore`). */
const TITLE_DISTANCE_COST = 0.016;
const BYLINE_BELOW_BONUS = 0.24;
const BYLINE_NEAR_BONUS = 0.19;
/** How far under the headline its byline or date line counts (`headlineScore` looks at the next three lines). */
const BYLINE_LINES_BELOW_TITLE = 3;
const REPEATED_BONUS = 0.16;
const TITLE_LENGTH_BONUS = 0.12;
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
/** A line above the best candidate is its headline (the candidate a deck) when it is at least this long and shares this much. */
const MIN_HEADLINE_ABOVE_DECK_WORDS = 4;
const MIN_HEADLINE_SHARE = 0.3;
const MAX_DATE_LINE_WORDS = 10;
/**
 * The date and the byline are looked for first in this many lines under the headline (or at the top of the article;
 * of the article's lines, only short ones and ones led by a date): pages print a standfirst, the lead image with its
 * caption and credit, and a share bar between the headline and the byline ("Jeanne Corriveau" / "19 février 2020").
 * Measured on eval:pagetext, 3 -> 16 lines: author trafilatura 0.395 -> 0.432, Readability 0.303 -> 0.368; date
 * 0.746 -> 0.762 and 0.545 -> 0.576. Longer windows find more authors on trafilatura but lose dates on both.
 */
const DATE_LINES_BELOW_TITLE = 16;
/** Only the first lines of a page can hold the outlet's name. */
const HEADER_LINES_FOR_SITE_NAME = 3;
/** A cookie notice printed above the masthead pushes the name down: it is then looked for in the lines after the notice. */
const HEADER_LINES_AFTER_CONSENT = 6;
const MAX_SITE_NAME_WORDS = 5;
/** Paragraphs this long count double in the body score: articles are written in long paragraphs, comment threads and teasers in short ones. */
const LONG_PARAGRAPH_WORDS = 40;
/** Inside the article, sentences down to this many words are kept ("He refused." is content, "Share." is not). */
const MIN_SHORT_SENTENCE_WORDS = 3;

/** `givenTitle`: the headline the input came with, if any (a body that opens with it run in loses it). */
export function extractPageText(text: string, source: string | null, templates: TemplateLookup, givenTitle: string | null = null): PageTextParts {
  const raw = text.split(/\r?\n/).map((l) => normaliseWhitespace(withoutTemplateSentences(templates, source, l))).filter((l) => l.length > 0);
  const words = raw.map(countWords);
  const script = dominantScript(raw.filter((_, i) => words[i]! >= MIN_PROSE_WORDS).join(' '));
  const lines = raw.map((t, i) => ({ text: t, words: words[i]!, kind: classifyLine(t, words[i]!, script, isTemplateLine(templates, source, t)) }));
  const body = findBodyAboveFooter(lines);
  const header = lines.slice(0, body ? body.start : lines.length);
  const setOf = wordSetCache();
  const bodyLines = body ? lines.slice(body.start, body.end) : [];
  const isRepeated = repeatFinder(raw);
  const headerTitle = body ? findTitle(header, bodyLines, setOf, isRepeated) : NO_TITLE;
  const leadTitle = findLeadTitle(bodyLines, setOf, isRepeated);
  // The headline is in one place or the other: its index there, -1 in the other.
  const titleInBody = leadTitle.score > headerTitle.score;
  const headerTitleIndex = titleInBody ? -1 : headerTitle.index;
  const bodyTitleIndex = titleInBody ? leadTitle.index : -1;
  const found = collectBody(bodyLines, setOf, bodyTitleIndex);
  const headline = (bodyLines[bodyTitleIndex] ?? header[headerTitleIndex])?.text;
  const lineTitle = headline === undefined ? null : withoutKicker(headline, linesAlone(raw));
  const runIn = lineTitle === null ? runInHeadline(found[0], givenTitle) : null;
  const paragraphs = runIn === null ? found : [runIn.rest, ...found.slice(1)];
  const headerTexts = header.map((l) => l.text);
  const nearTitle = dateLineCandidates(header, bodyLines, headerTitleIndex, bodyTitleIndex);
  return {
    title: lineTitle ?? runIn?.headline ?? null,
    siteName: findSiteName(headerTexts.slice(0, HEADER_LINES_FOR_SITE_NAME)) ?? findSiteName(linesAfterConsent(headerTexts))
      ?? findCopyrightName(raw),
    byline: findByline(nearTitle) ?? firstOf(paragraphs.slice(0, 2), extractByline)
      ?? firstOf(signOffLines(lines, body), labelledByline),
    dateLines: [nearTitle.map((l) => l.text), shortLineTexts(bodyLines)],
    paragraphs: paragraphs.filter((p) => !extractByline(p)),
    captions: lines.filter((l) => l.kind === 'caption').map((l) => l.text),
  };
}

/**
 * Facts about a short line's text, remembered across pages: menus, promos, mastheads and footers recur on every
 * page of an outlet, and were tested against every chrome vocabulary, byline and date pattern on each one. Each memo
 * is dropped whole when full, which bounds memory without bookkeeping.
 */
class TextMemo<V> {
  private readonly values = new Map<string, V>();
  constructor(private readonly compute: (text: string) => V) {}

  get(text: string): V {
    let value = this.values.get(text);
    if (value === undefined) {
      value = this.compute(text);
      if (this.values.size >= TEXT_MEMO_MAX_ENTRIES) this.values.clear();
      // The key outlives the page: a copy, so it does not keep the page's whole text.
      this.values.set(unpinned(text), value);
    }
    return value;
  }
}
const TEXT_MEMO_MAX_ENTRIES = 20_000;

/** A short line's kind depends only on its text and the page's script. */
const SHORT_LINE_KINDS = new Map<string | null, TextMemo<LineKind>>();

function classifyLine(text: string, words: number, script: string | null, template: boolean): LineKind {
  if (template) return 'template';
  if (words > MAX_CHROME_WORDS) return classifyText(text, words, script);
  let kinds = SHORT_LINE_KINDS.get(script);
  if (kinds === undefined) SHORT_LINE_KINDS.set(script, (kinds = new TextMemo((t) => classifyText(t, countWords(t), script))));
  return kinds.get(text);
}

function classifyText(text: string, words: number, script: string | null): LineKind {
  const short = words <= MAX_CHROME_WORDS;
  if (words <= MAX_CAPTION_WORDS && matchesAny(CAPTION_PATTERNS, text)) return 'caption';
  if (words <= MAX_CAPTION_WORDS && CONSENT_NOTICE.test(text)) return 'promo';
  if (short && matchesAny(END_MARKERS, text)) return 'end';
  if (short && (matchesAny(PROMO_PATTERNS, text) || BOILERPLATE_BLOCK.test(text))) return 'promo';
  if (script && short && dominantScript(text) !== script) return 'foreign';
  // The dateline test comes last: most lines are settled by their length and ending, and it is the costlier one.
  if (words > MAX_CHROME_WORDS && isRunTogetherMenu(text, words)) return 'short';
  const prose = words > MAX_CHROME_WORDS || (words >= MIN_PROSE_WORDS && endsLikeSentence(text)) || extractDateline(text) !== null;
  return prose ? 'prose' : 'short';
}

/**
 * Prose of a menu's length punctuates somewhere and is mostly written in lower-case words; a long line with no mark at
 * all and few lower-case words is a menu or a tag list run together ("Abnehmen Ernährungscoaching Training zum Abnehmen
 * Rezepte …"). A transcribed sentence may lack its marks (an ECB+ one of 31 words does), but not its lower case.
 */
function isRunTogetherMenu(text: string, words: number): boolean {
  return !SENTENCE_PUNCTUATION.test(text) && (text.match(LOWER_CASE_WORD) ?? []).length <= words * MAX_MENU_LOWER_CASE_SHARE;
}

const SENTENCE_PUNCTUATION = /[.,;:!?…。，、！？；：।॥،؛؟۔።]/u;
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}/gu;
/** Menus measured on eval:pagetext run a few "zum", "and" and "of" among their names; an English or German sentence over half. */
const MAX_MENU_LOWER_CASE_SHARE = 0.5;

/**
 * The article is the stretch of the page with the most prose net of the chrome inside it (a maximum-sum
 * segment, as in body-text extraction): prose lines add their words, other lines subtract a penalty, so a
 * lone tagline or a cookie notice among menus loses to the long run of paragraphs, while a short "Related"
 * or share block inside the article is crossed. Returns [start, end) or null when the page has no prose.
 */
function findBody(lines: readonly Line[]): { start: number; end: number } | null {
  let best: { start: number; end: number; score: number } | null = null;
  let runStart = 0;
  let run = 0;
  for (let i = 0; i < lines.length; i++) {
    if (run <= 0) {
      runStart = i;
      run = 0;
    }
    run += lineScore(lines[i]!);
    if (run > 0 && (!best || run > best.score)) best = { start: runStart, end: i + 1, score: run };
  }
  if (!best) return null;
  // The segment starts and ends on prose: leading or trailing chrome never adds to it.
  return { start: best.start, end: best.end };
}

/**
 * A page's legal footer ("Copyright © 2023 Example Presse. Alle Rechte vorbehalten.") closes its content: what the
 * page prints after it is a consent manager's or a modal's text (cookie categories, each with its long paragraph),
 * which can outweigh a short article or be joined to it. The article is looked for above the last footer line first.
 * Measured: eval:pagetext F1 trafilatura 0.859 -> 0.863, Readability 0.807 -> 0.808; no page lost a field.
 */
function findBodyAboveFooter(lines: readonly Line[]): { start: number; end: number } | null {
  const footer = lines.findLastIndex((l) => l.words <= MAX_CHROME_WORDS && LEGAL_FOOTER.test(l.text));
  return (footer >= lines.length * MIN_FOOTER_POSITION ? findBody(lines.slice(0, footer)) : null) ?? findBody(lines);
}

/** The legal footer sits in the page's lower half; a copyright line higher up is a photo credit by the article ("© 2021 CTMG"). */
const MIN_FOOTER_POSITION = 0.5;

function lineScore(l: Line): number {
  if (l.kind === 'prose') return l.words * (1 + Math.min(1, l.words / LONG_PARAGRAPH_WORDS));
  if (l.kind === 'end') return -END_MARKER_PENALTY;
  return -CHROME_LINE_PENALTY;
}

/**
 * The headline is a headline-shaped line near the top of the article whose words the article repeats. Its
 * score adds small signals, each a share of words (see `headlineScore`); the deck rule then prefers a shorter
 * headline printed just above its standfirst.
 */
type TitleCandidate = { readonly index: number; readonly score: number };
const NO_TITLE: TitleCandidate = { index: -1, score: -Infinity };

/** What a page's headline candidates are scored against. */
type TitleContext = {
  /** Word keys of the first lines after the candidate's place, and of a few more. */
  readonly opening: ReadonlySet<string>;
  readonly wider: ReadonlySet<string>;
  /** Whether a text is printed more than once on the page. */
  readonly isRepeated: (text: string) => boolean;
};

function findTitle(header: readonly Line[], body: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean): TitleCandidate {
  const context = titleContext(body, setOf, isRepeated);
  let best = -1;
  let bestScore = -Infinity;
  // The byline under the headline may follow the article's first line (its standfirst): the lines scored are read on into the body.
  const page = header.concat(body.slice(0, BYLINE_LINES_BELOW_TITLE));
  const from = Math.max(0, header.length - TITLE_WINDOW_LINES);
  for (let i = header.length - 1; i >= from; i--) {
    if (!isHeadlineShaped(header[i]!)) continue;
    const score = headlineScore(page, i, header.length - 1 - i, context);
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  // A deck (standfirst) sits under its headline and repeats more of the article; the shorter line just
  // above it that also matches the article is the headline, unless only the best line is printed again on the page
  // (headlines recur in breadcrumbs and lists, decks do not).
  const above = header[best - 1];
  if (above && isHeadlineShaped(above) && above.words >= MIN_HEADLINE_ABOVE_DECK_WORDS && above.words < header[best]!.words && openingShare(above, context.opening) >= MIN_HEADLINE_SHARE
    && !(isPrintedTwice(header[best]!, context) && !isPrintedTwice(above, context))) {
    return { index: best - 1, score: bestScore };
  }
  return { index: best, score: bestScore };
}

function titleContext(after: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean): TitleContext {
  const opening = openingWordKeys(after.slice(0, TITLE_CONTEXT_PARAGRAPHS), setOf);
  // The wider context starts with the opening's keys rather than reading its lines again.
  const wider = new Set(opening);
  for (const l of after.slice(TITLE_CONTEXT_PARAGRAPHS, TITLE_WIDE_CONTEXT_LINES)) addWordKeys(setOf(l.text), wider);
  return { opening, wider, isRepeated };
}

/**
 * A candidate's score, in shares of its words: the share the article's opening repeats (the first paragraphs and
 * a few more lines, averaged), less a cost growing slowly with its distance above the article, plus bonuses for a
 * byline or date line right under it or a line or two further down, for being printed again on the page (a
 * breadcrumb, a share text, a most-read list), and for its length (a two-word label matching twice is weaker
 * evidence than a headline matching eight times in ten). The weights are a conditional logit's (which line of a page
 * is its headline) over the headline-shaped lines of the trafilatura and Readability pages (eval:pagetext), rounded;
 * fitted on either set alone, they pick more headlines on the other too.
 */
function headlineScore(lines: readonly Line[], i: number, distance: number, context: TitleContext): number {
  const l = lines[i]!;
  const keys = lineKeys(l);
  const share = (keyShare(keys, context.opening) + keyShare(keys, context.wider)) / 2;
  return share - TITLE_DISTANCE_COST * Math.log1p(distance)
    + (isBylineOrDateAt(lines, i + 1) ? BYLINE_BELOW_BONUS : 0)
    + (isBylineOrDateAt(lines, i + 2) || isBylineOrDateAt(lines, i + 3) ? BYLINE_NEAR_BONUS : 0)
    // A menu is printed twice too, but shares no words with the article.
    + (share > 0 && isPrintedTwice(l, context) ? REPEATED_BONUS : 0)
    + TITLE_LENGTH_BONUS * Math.log(l.words);
}

const isPrintedTwice = (l: Line, context: TitleContext): boolean => l.words >= MIN_REPEAT_WORDS && l.text.length >= MIN_REPEAT_CHARS && context.isRepeated(l.text);

/**
 * A headline printed as the article's first line ("What is Rust and why is it so popular?" above its first
 * paragraph) counts as prose and opens the body, where the search above never looks; so does a headline under a
 * one-line notice the body starts with ("Javascript is required…", "This story is unlisted…"). One of the body's
 * first lines is the headline when the paragraphs after it (its share bar and captions aside) repeat most of its
 * words and it beats every line above the body.
 */
function findLeadTitle(body: readonly Line[], setOf: WordSets, isRepeated: (text: string) => boolean): TitleCandidate {
  let best = NO_TITLE;
  let proseBefore = 0;
  for (let j = 0; j < LEAD_TITLE_LINES && j + 1 < body.length; j++) {
    const l = body[j]!;
    if (isHeadlineShaped(l) && l.words >= MIN_LEAD_TITLE_WORDS) {
      const context = titleContext(proseAfter(body, j, TITLE_WIDE_CONTEXT_LINES), setOf, isRepeated);
      const score = headlineScore(body, j, j, context);
      if (openingShare(l, context.opening) >= MIN_LEAD_TITLE_SHARE && score > best.score) best = { index: j, score };
    }
    if (l.words > MAX_TITLE_WORDS) proseBefore += l.words;
    if (proseBefore > MAX_LEAD_NOTICE_WORDS) break;
  }
  return best;
}

/** Up to `count` prose lines after line `i`. */
function proseAfter(lines: readonly Line[], i: number, count: number): Line[] {
  const prose: Line[] = [];
  for (let j = i + 1; j < lines.length && prose.length < count; j++) if (lines[j]!.kind === 'prose') prose.push(lines[j]!);
  return prose;
}

/**
 * Where a page prints its date and byline, nearest first: the lines under the headline, the short lines that open the
 * article (a byline-and-date line often starts it), then the header from the bottom up. A masthead's "today"
 * or an archive calendar sits higher on the page than the article's own date, and the prose of the article
 * (dates of the events it reports) is never searched.
 */
function dateLineCandidates(header: readonly Line[], body: readonly Line[], headerTitle: number, bodyTitle: number): PlacedLine[] {
  const order: PlacedLine[] = [];
  const inHeader = (i: number, underTitle: boolean): PlacedLine => ({ text: header[i]!.text, previous: header[i - 1]?.text, next: (header[i + 1] ?? body[0])?.text, underTitle });
  const inBody = (j: number): PlacedLine => ({ text: dateLedHead(body[j]!), previous: (body[j - 1] ?? header.at(-1))?.text, next: body[j + 1]?.text, underTitle: true });
  if (headerTitle >= 0) for (let i = headerTitle + 1; i < Math.min(header.length, headerTitle + 1 + DATE_LINES_BELOW_TITLE); i++) order.push(inHeader(i, true));
  // Only the article's short lines, or lines that start with the date ("PUBLISHED: November 8, 2023 at 4:56 p.m. |
  // UPDATED: …"): a sentence of its first paragraphs that mentions a date reports an event.
  for (let j = bodyTitle + 1; j < Math.min(body.length, bodyTitle + 1 + DATE_LINES_BELOW_TITLE); j++) if (body[j]!.kind !== 'prose' || DATE_LED.test(body[j]!.text)) order.push(inBody(j));
  for (let i = header.length - 1; i >= 0; i--) if (i !== headerTitle) order.push(inHeader(i, false));
  return order;
}

/**
 * A paragraph that opens with its date ("19.10.2019, 15:30 UhrAm 8. Spieltag …": the date line run into the first
 * paragraph) is read for its opening only: the date parser passes over prose-length lines, whose dates are events.
 */
function dateLedHead(l: Line): string {
  return l.kind === 'prose' && l.text.length > DATE_HEAD_CHARS ? l.text.slice(0, DATE_HEAD_CHARS) : l.text;
}

/** "PUBLISHED: November 8, 2023 at 4:56 p.m." and "Mittwoch, 31. Oktober 2023, 14:30 Uhr" fit in this many characters. */
const DATE_HEAD_CHARS = 48;

/**
 * With no byline by the headline, a labelled one among the article's short lines or just under it: many pages sign
 * the article at its end ("Autor: Fritz Imhof", "Text: Jana Berg", "Auteur : …", "Erstellt von Andri Bryner"). Only labelled lines: names beside
 * dates there belong to the comments.
 */
function signOffLines(lines: readonly Line[], body: { start: number; end: number } | null): string[] {
  if (body === null) return [];
  return lines.slice(body.start, body.end + SIGN_OFF_LINES_AFTER_BODY).filter((l) => l.kind !== 'prose' && l.words <= MAX_DATE_LINE_WORDS).map((l) => l.text);
}

/**
 * The sign-off may sit under the text, past a share bar or a tag list: 10 lines found most of the measured ones, 20 one
 * more (eval:pagetext).
 */
const SIGN_OFF_LINES_AFTER_BODY = 20;
/**
 * The labels trusted there. "Von" and "par" also open "Von Keine Kommentare"-like widget lines whose capitalised German
 * nouns read as a name (measured: with them, one more right byline and five wrong ones); "By" added only right ones.
 */
const AUTHOR_LABELLED = /^(?:[*•]\s*)?(?:autor(?:in|\/in)?|author|auteur|autora|text|texte|(?:written|posted|verfasst|erstellt|geschrieben|gepostet) (?:by|von)|by)\b/iu;
const labelledByline = (text: string): string | null => (AUTHOR_LABELLED.test(text) ? extractByline(text) : null);

/** A line with the ones printed before and after it, which complete a byline split over two lines or a name beside its date. */
type PlacedLine = { readonly text: string; readonly previous: string | undefined; readonly next: string | undefined; readonly underTitle: boolean };

/** A byline anywhere near the headline first; only then a name printed alone beside the date under it (weaker evidence). */
function findByline(lines: readonly PlacedLine[]): string | null {
  for (const l of lines) {
    const name = splitByline(l.text, l.next) ?? extractByline(l.text);
    if (name !== null) return name;
  }
  for (const l of lines) {
    const name = l.underTitle ? nameBesideDate(l.text, [l.previous, l.next]) : null;
    if (name !== null) return name;
  }
  return null;
}

/**
 * News pages print the byline or the date right under the headline (or under its deck); a section label above the
 * headline or an image label below the byline can share as many of the article's words, but does not sit there.
 */
function isBylineOrDateAt(lines: readonly Line[], j: number): boolean {
  const l = lines[j];
  if (l === undefined) return false;
  return l.words <= MAX_CHROME_WORDS ? BYLINE_OR_DATE_LINES.get(l.text) : isBylineOrDateLine(l.text);
}

const isBylineOrDateLine = (text: string): boolean => Boolean(extractByline(text)) || (countWords(text) <= MAX_DATE_LINE_WORDS && mentionsDate(text));
const BYLINE_OR_DATE_LINES = new TextMemo(isBylineOrDateLine);

function isHeadlineShaped(l: Line): boolean {
  if (l.kind !== 'short' && l.kind !== 'prose') return false;
  if (l.words < MIN_TITLE_WORDS || l.words > MAX_TITLE_WORDS) return false;
  return HEADLINE_TEXTS.get(l.text);
}

/** Headline-shaped text: no trailing punctuation or leading bullet, and not a byline, a date or the site's name. */
const HEADLINE_TEXTS = new TextMemo((text) => {
  // Closing quotes and brackets do not hide a sentence's full stop: 'the sequel to "Twilight."' is prose.
  if (/[.:;,|›>→][\s"'”’»)\]]*$/.test(text) || /^[*•←→‹›<>]/.test(text)) return false;
  // "Weiter »" is a link; «Gute Löhne reichen nicht» is a quoted headline.
  if (/»\s*$/.test(text) && !text.includes('«')) return false;
  if (BREADCRUMB.test(text) || SHORT_BYLINE.test(text)) return false;
  return !extractByline(text) && !mentionsDate(text) && !isSiteName(text);
});

/**
 * A kicker run into its headline on one line ("Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum",
 * "Headline: Energiewende und …"): the page prints the headline alone too, as a line of its own (a breadcrumb's last
 * item). The kicker is a label (two words or more, or one closed by a colon or dash) and the headline starts as one
 * does, in capitals ("Keine Spiel-Talstraße | zur Bunten Republik Neustadt" is a headline over the blog's tagline, "The |
 * Effect of …" a headline over a list that drops its article). The longest such headline at least as long as its kicker.
 */
function withoutKicker(title: string, printedAlone: ReadonlySet<string>): string {
  const words = title.split(' ');
  for (let k = 1; k <= words.length - k; k++) {
    const rest = words.slice(k).join(' ').replace(/^[-–—:|•·]\s*/, '');
    if (countWords(rest) < MIN_REPEAT_WORDS || rest.length < MIN_REPEAT_CHARS) break;
    const labelled = k >= 2 || /[:\-–—|]$/.test(words[0]!) || /^[:\-–—|]/.test(words[1]!);
    if (labelled && !/^\p{Ll}/u.test(rest) && printedAlone.has(rest.toLowerCase())) return rest;
  }
  return title;
}

/** The page's lines without their list bullets, lower-cased. */
const linesAlone = (lines: readonly string[]): Set<string> => new Set(lines.map((l) => l.replace(/^[*•·>›-]+\s*/, '').toLowerCase()));

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

function keyShare(keys: ReadonlySet<string>, opening: ReadonlySet<string>): number {
  // One unshared word's worth of doubt: a two-word label matching twice is weaker evidence than a headline matching eight times in ten.
  return keys.size === 0 ? 0 : (containment(keys, opening) * keys.size) / (keys.size + 1);
}

/** The word keys of the paragraphs a headline is scored against. */
function openingWordKeys(paragraphs: readonly Line[], setOf: WordSets): Set<string> {
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

type WordSets = (text: string) => Set<string>;

/** A page's word sets, each computed once: the title search and the repeat check both read the opening paragraphs. */
function wordSetCache(): WordSets {
  const cache = new Map<string, Set<string>>();
  return (text) => {
    let words = cache.get(text);
    if (words === undefined) {
      words = wordSet(text);
      cache.set(text, words);
    }
    return words;
  };
}

/**
 * Whether a text is printed at least twice on the page, case aside, alone or inside a longer line ("* Headline" in
 * a breadcrumb, "Section|Headline"). The page is lower-cased once, on the first question.
 */
function repeatFinder(lines: readonly string[]): (text: string) => boolean {
  let page: string | null = null;
  return (text) => {
    page ??= lines.join('\n').toLowerCase();
    const needle = text.toLowerCase();
    const first = page.indexOf(needle);
    return first >= 0 && page.indexOf(needle, first + needle.length) >= 0;
  };
}

/** A line that opens with its date, labelled or not: "Published: 9 August 2013, …", "31. Oktober 2023. …", "Nov. 8, 2023 …". */
const DATE_LED = /^(?:(?:published|updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|pubblicato|stand|erstellt)(?: on| am| le| el| il)?:?\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d)/iu;

/**
 * With no date near the headline, the article's short lines that can be a date line: many pages print the date
 * under the lead image, between the standfirst and the text, or under the text ("Erscheinungsdatum: 07.02.2022").
 */
function shortLineTexts(body: readonly Line[]): string[] {
  return body.filter((l) => l.kind !== 'prose' && l.words <= MAX_DATE_LINE_WORDS && HAS_YEAR.test(l.text)).map((l) => l.text);
}

/** A full date has its year: four figures, or two after a day and month in figures ("12.12.22"); other lines are not parsed. */
const HAS_YEAR = /\d{4}|\d[./]\d{1,2}[./]\d{2}\b/;

function mentionsDate(text: string): boolean {
  const found = findDateLine([text]);
  return found.published_at !== null || found.partial_date !== null;
}

/** A headline run into the first paragraph; with a given title, only that title (the export put it there twice). */
function runInHeadline(paragraph: string | undefined, givenTitle: string | null): RunInHeadline | null {
  if (paragraph === undefined) return null;
  const found = splitRunInHeadline(paragraph, detectLanguage(paragraph));
  if (found === null || givenTitle === null) return found;
  return normalizeForMatch(found.headline) === normalizeForMatch(givenTitle) ? found : null;
}

/** Body: prose lines in order, and short lines between prose (subheadings); each paragraph once; not the headline. */
function collectBody(lines: readonly Line[], setOf: WordSets, headline: number): string[] {
  const kept: Array<{ text: string; words: Set<string> }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (i === headline) continue;
    const l = lines[i]!;
    if (l.kind === 'prose' || (l.kind === 'short' && (isSubheading(lines, i) || isShortSentence(l)))) keep(kept, l.text, setOf(l.text));
  }
  return kept.map((k) => k.text);
}

/** Inside the article, a short line written as a sentence is a short paragraph, not chrome. */
function isShortSentence(l: Line): boolean {
  return l.words >= MIN_SHORT_SENTENCE_WORDS && endsLikeSentence(l.text);
}

function isSubheading(lines: readonly Line[], i: number): boolean {
  const l = lines[i]!;
  return l.words >= MIN_TITLE_WORDS && !/[,;:]$/.test(l.text) && lines[i - 1]?.kind === 'prose' && lines[i + 1]?.kind === 'prose';
}

/** Keeps a paragraph once: a later repeat is dropped; an earlier teaser the new paragraph contains is replaced. */
function keep(kept: Array<{ text: string; words: Set<string> }>, text: string, words: Set<string>): void {
  for (let j = 0; j < kept.length; j++) {
    const k = kept[j]!;
    if (words.size <= k.words.size && isContainedIn(words, k.words, REPEAT_CONTAINMENT)) return;
    if (isContainedIn(k.words, words, REPEAT_CONTAINMENT)) {
      kept[j] = { text, words };
      return;
    }
  }
  kept.push({ text, words });
}

/** The outlet's name as the page's first lines print it, read before anything else of the page is known. */
export function mastheadName(text: string): string | null {
  const first: string[] = [];
  for (const line of text.split(/\r?\n/, HEADER_LINES_AFTER_CONSENT * 4)) {
    const trimmed = normaliseWhitespace(line);
    if (trimmed.length > 0) first.push(trimmed);
    if (first.length === HEADER_LINES_AFTER_CONSENT * 2) break;
  }
  return findSiteName(first.slice(0, HEADER_LINES_FOR_SITE_NAME)) ?? findSiteName(linesAfterConsent(first));
}

function linesAfterConsent(header: readonly string[]): string[] {
  const consent = header.slice(0, HEADER_LINES_AFTER_CONSENT).findIndex((l) => CONSENT_NOTICE.test(l));
  return consent < 0 ? [] : header.slice(consent + 1, consent + 1 + HEADER_LINES_AFTER_CONSENT);
}

function findSiteName(lines: readonly string[]): string | null {
  for (const line of lines) if (isSiteName(line)) return displayName(line.replace(/^[-–—•|*>\s]+|[-–—•|*\s]+$/g, ''));
  return null;
}

function isSiteName(text: string): boolean {
  const words = countWords(text);
  return words <= MAX_SITE_NAME_WORDS && !endsLikeSentence(text) && OUTLET_NAME_WORDS.test(text) && /^[-–—•|*>\s]*\p{Lu}/u.test(text)
    && !GENERIC_SECTION_NAME.test(text.trim());
}

/** A masthead set in capitals ("THE MERIDIAN EVENING POST") is a styling; the name is "The Meridian Evening Post". */
function displayName(name: string): string {
  if (countWords(name) < 2 || name !== name.toUpperCase() || !/\p{Lu}{3}/u.test(name)) return name;
  return name.toLowerCase().split(' ').map((w, i) => (i > 0 && /^(?:of|the|and|de|du|des|la|le|der|die|das)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/** "© 2013 The Straits Times", "Copyright 2024 Example News. All rights reserved." */
function findCopyrightName(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{Lu}][\p{L}&.' -]{1,50}?)(?:[.,|]|\s+all rights|$)/iu.exec(line);
    if (m && countWords(m[1]!) <= MAX_SITE_NAME_WORDS) return m[1]!.trim();
  }
  return null;
}

function firstOf<T>(items: readonly string[], f: (s: string) => T | null): T | null {
  for (const item of items) {
    const v = f(item);
    if (v !== null) return v;
  }
  return null;
}
