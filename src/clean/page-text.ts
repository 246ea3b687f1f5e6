// Raw scraped page text (a whole page's visible text, site chrome included) to the article's own parts.
import {
  CHROME_LINE_PENALTY, END_MARKER_PENALTY, END_MARKERS, LEGAL_FOOTER, MAX_CAPTION_WORDS,
  MAX_CHROME_WORDS, MIN_PROSE_WORDS, PROMO_PATTERNS, REPEAT_CONTAINMENT, isCaption, isConsentNotice, matchesAny,
} from './boilerplate.ts';
import { extractByline } from './byline.ts';
import { extractDateline } from './dateline.ts';
import { detectLanguage } from './language.ts';
import { mayOpenWithTitle, splitRunInHeadline, type RunInHeadline } from './run-in-headline.ts';
import { normalizeForMatch } from './html/title.ts';
import { BOILERPLATE_BLOCK } from './html/vocabulary.ts';
import { MAX_DATE_LINE_WORDS, PUBLISHED_LABEL, TextMemo, wordSetCache, type Line, type LineKind, type WordSets } from './page-lines.ts';
import { DATE_LINES_BELOW_TITLE, dateLineCandidates, findByline, shortLineTexts, signOffByline } from './page-date-byline.ts';
import { findCopyrightName, headerSiteName } from './page-site-name.ts';
import { MIN_TITLE_WORDS, NO_TITLE, findBodyTitle, findTitle, isBylineOrDateAt, isHeadlineShaped, linesAlone, repeatFinder, withoutKicker } from './page-title.ts';
import { BLOB_LINE_CHARS, addRecordedHashes, isTemplateLineHash, lineHash, withoutTemplateSentences, type TemplateLookup } from './templates.ts';
import { countWords, isContainedIn, dominantScript, endsLikeSentence, normaliseWhitespace } from './text-features.ts';

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
  /** Under an outlet (`source`), the page's line hashes to record in its template (pageLineHashes of the text). */
  readonly lineHashes: string[] | null;
};

/** Paragraphs this long count double in the body score: articles are written in long paragraphs, comment threads and teasers in short ones. */
const LONG_PARAGRAPH_WORDS = 40;
/** Inside the article, sentences down to this many words are kept ("He refused." is content, "Share." is not). */
const MIN_SHORT_SENTENCE_WORDS = 3;

/** `givenTitle`: the headline the input came with, if any (a body that opens with it run in loses it). */
export function extractPageText(text: string, source: string | null, templates: TemplateLookup, givenTitle: string | null = null): PageTextParts {
  const { raw, lines, body, lineHashes } = readPageLines(text, source, templates);
  const header = lines.slice(0, body ? body.start : lines.length);
  const setOf = wordSetCache();
  const bodyLines = body ? lines.slice(body.start, body.end) : [];
  const isRepeated = repeatFinder(raw);
  const headerTitle = body ? findTitle(header, bodyLines, setOf, isRepeated) : NO_TITLE;
  const leadTitle = findBodyTitle(bodyLines, setOf, isRepeated, headerTitle.score);
  // The headline is in one place or the other: its index there, -1 in the other.
  const titleInBody = leadTitle.score > headerTitle.score && !hasBylineUnder(header, bodyLines, headerTitle.index);
  const headerTitleIndex = titleInBody ? -1 : headerTitle.index;
  const bodyTitleIndex = titleInBody ? leadTitle.index : -1;
  const found = collectBody(bodyLines, setOf, bodyTitleIndex);
  const headline = (bodyLines[bodyTitleIndex] ?? header[headerTitleIndex])?.text;
  const lineTitle = headline === undefined ? null : withoutKicker(headline, linesAlone(raw));
  const runIn = lineTitle === null ? runInHeadline(found[0], givenTitle) : null;
  const paragraphs = runIn === null ? found : [runIn.rest, ...found.slice(1)];
  const headerTexts = header.map((l) => l.text);
  const nearTitle = dateLineCandidates(header, bodyLines, headerTitleIndex, bodyTitleIndex);
  // A short article's date line may follow its last paragraph ("US-Sport in Zeiten von Corona / von … / one paragraph /
  // 04.04.2020"): for its date, the lines under the headline are read on past the body's end (a "von …" line there
  // is a widget's more often than the byline).
  const underTitle = body ? lines.slice(body.start, Math.max(body.end, body.start + DATE_LINES_BELOW_TITLE)) : [];
  const datesNearTitle = underTitle.length > bodyLines.length ? dateLineCandidates(header, underTitle, headerTitleIndex, bodyTitleIndex) : nearTitle;
  return {
    title: lineTitle ?? runIn?.headline ?? null,
    siteName: headerSiteName(headerTexts) ?? findCopyrightName(raw),
    byline: findByline(nearTitle, printedIn(header.slice(0, headerTitleIndex >= 0 ? headerTitleIndex : header.length))) ?? firstOf(paragraphs.slice(0, 2), extractByline)
      ?? signOffByline(lines, body) ?? bylineUnderReprint(lines, titleInBody ? body!.start + bodyTitleIndex : headerTitleIndex),
    dateLines: [datesNearTitle.map((l) => l.text), shortLineTexts(bodyLines), publishedLines(lines)],
    paragraphs: paragraphs.filter((p) => !extractByline(p)),
    captions: lines.filter((l) => l.kind === 'caption').map((l) => l.text),
    lineHashes,
  };
}

/**
 * A headline found right above the article with the byline or date as the article's first line: the byline is the
 * headline's, and the lines under it (a first subheading, "The release plan (kovarex)") are the article's, not its headline.
 */
function hasBylineUnder(header: readonly Line[], body: readonly Line[], headerTitle: number): boolean {
  return headerTitle >= 0 && headerTitle === header.length - 1 && isBylineOrDateAt(body, 0);
}

/**
 * A page may print its headline twice, in a sticky header or over a teaser list and again over the article in a modal or
 * a reader view, with the byline under only one of them: with no byline found, the lines under each other printing of
 * the headline are read as the lines under the headline are.
 */
function bylineUnderReprint(lines: readonly Line[], titleIndex: number): string | null {
  const headline = lines[titleIndex]?.text;
  if (headline === undefined || headline.length < MIN_REPRINT_CHARS) return null;
  for (let k = 0; k < lines.length; k++) {
    if (k === titleIndex || lines[k]!.text !== headline) continue;
    const name = findByline(dateLineCandidates([], lines.slice(k, k + 1 + REPRINT_BYLINE_LINES), -1, 0));
    // Under a reprint in a teaser box, a game's or a notice's title beside its date reads as a name too.
    if (name !== null && !NOT_A_PERSON.test(name) && !matchesAny(PROMO_PATTERNS, name)) return name;
  }
  return null;
}
/** A name does not open with an article ("The Day Before"). */
const NOT_A_PERSON = /^(?:the|a|an|der|die|das|le|la|les|el|los|il)\s/i;
/** A headline this short ("Home", "Politics") is printed again by chance. */
const MIN_REPRINT_CHARS = 20;
/** The byline sits right under the reprinted headline (a kicker or a standfirst may come between). */
const REPRINT_BYLINE_LINES = 3;

/**
 * The page's non-empty lines, as printed and classified, and where its article runs ([start, end), null without prose);
 * under an outlet (`source`), also the page's line hashes to record (pageLineHashes of the text).
 */
export function readPageLines(text: string, source: string | null, templates: TemplateLookup): PageLines {
  const { raw, hashes, recorded } = printedLines(text, source, templates);
  const words = raw.map(countWords);
  const script = dominantScript(raw.filter((_, i) => words[i]! >= MIN_PROSE_WORDS).join(' '));
  const isTemplate = (i: number): boolean => hashes !== null && isTemplateLineHash(templates, source!, hashes[i]!);
  const lines = raw.map((t, i) => ({ text: t, words: words[i]!, kind: classifyLine(t, words[i]!, script, isTemplate(i)) }));
  return { raw, lines, body: withClosingSentences(lines, startingAtHeadline(lines, findBodyAboveFooter(lines))), lineHashes: recorded };
}

export type PageLines = { raw: string[]; lines: Line[]; body: { start: number; end: number } | null; lineHashes: string[] | null };

/**
 * The page's lines as read (without their outlet's template sentences, whitespace normalised, the empty ones dropped)
 * and, under an outlet, the hash each is looked up under and the hashes to record, so a line is hashed once for both.
 * A line read is looked up under the hash the record takes for it as printed: lineHash normalises whitespace first,
 * and normalising twice changes nothing. A blob line may lose template sentences: it is hashed both ways.
 */
function printedLines(text: string, source: string | null, templates: TemplateLookup): { raw: string[]; hashes: string[] | null; recorded: string[] | null } {
  const raw: string[] = [];
  if (!source) {
    for (const line of text.split(/\r?\n/)) {
      const read = normaliseWhitespace(line);
      if (read.length > 0) raw.push(read);
    }
    return { raw, hashes: null, recorded: null };
  }
  const hashes: string[] = [];
  const recorded = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    // A line blank to trim() reads as empty too (normaliseWhitespace trims what trim() does, and more).
    if (!line.trim()) continue;
    const read = normaliseWhitespace(withoutTemplateSentences(templates, source, line));
    const blob = line.length > BLOB_LINE_CHARS;
    // Not blank to trim() but empty once read: zero-width spaces only; recorded all the same.
    const printedHash = blob || read.length === 0 ? lineHash(line) : lineHash(read);
    addRecordedHashes(recorded, line, printedHash);
    if (read.length === 0) continue;
    raw.push(read);
    hashes.push(blob ? lineHash(read) : printedHash);
  }
  return { raw, hashes, recorded: [...recorded] };
}

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
  if (words <= MAX_CAPTION_WORDS && isCaption(text)) return 'caption';
  if (isConsentNotice(text, () => words)) return 'promo';
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
 * The article's last lines when they are sentences too short to count as prose ("Officials said 62 people were
 * treated."): the body's segment ends on prose, so a short closing sentence before the share bar was cut. A line
 * joins when it reads as a sentence: several words, a sentence's ending, and lower-case words among them (in a script
 * that has capitals).
 */
function withClosingSentences(lines: readonly Line[], body: { start: number; end: number } | null): { start: number; end: number } | null {
  if (body === null) return null;
  let end = body.end;
  while (end < lines.length && end - body.end < MAX_CLOSING_SENTENCES && isClosingSentence(lines[end]!)) end++;
  return end === body.end ? body : { start: body.start, end };
}
const MAX_CLOSING_SENTENCES = 2;
/** Scripts with capitals: a sentence in them has lower-case words, where a label or a Title Case link has few. */
const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;

function isClosingSentence(line: Line): boolean {
  return line.kind === 'short' && isShortSentence(line) && STATEMENT_END.test(line.text) && (HAS_LOWER_CASE_WORD.test(line.text) || !CASED_LETTER.test(line.text));
}
/** `LOWER_CASE_WORD` for a yes or no: that one is global, and `test` on it would start where its last match ended. */
const HAS_LOWER_CASE_WORD = new RegExp(LOWER_CASE_WORD.source, 'u');
/** A statement's full stop: the calls that follow an article end otherwise ("Folge uns überall!", "Sie wollen mehr von uns?"). */
const STATEMENT_END = /[.。…]["'”’»)\]]*\s*$/u;

/**
 * A page's legal footer ("Copyright © 2023 Example Presse. Alle Rechte vorbehalten.") closes its content: what the
 * page prints after it is a consent manager's or a modal's text (cookie categories, each with its long paragraph),
 * which can outweigh a short article or be joined to it. The article is looked for above the last footer line first.
 * Measured: eval:pagetext F1 trafilatura 0.859 -> 0.863, Readability 0.807 -> 0.808; no page lost a field.
 */
function findBodyAboveFooter(lines: readonly Line[]): { start: number; end: number } | null {
  const footer = lines.findLastIndex((l) => l.words <= MAX_CHROME_WORDS && LEGAL_FOOTER.test(l.text));
  const links = legalLinksFooter(lines);
  // An article opened as an overlay is printed after the footer too: its headline with the byline under it stays.
  const linksEnd = links >= lines.length * MIN_LINKS_FOOTER_POSITION && !hasHeadlineWithByline(lines, links, lines.length) ? links : -1;
  const end = footer >= lines.length * MIN_FOOTER_POSITION ? footer : linksEnd;
  return (end >= 0 ? findBody(lines.slice(0, end)) : null) ?? findBody(lines);
}

/**
 * The footer's legal links ("Impressum", "Datenschutz", "Nutzungsbedingungen"; "Privacy Policy", "Terms of Use"),
 * two or more within a few lines: the last such run's first line, or -1. A page without a copyright line ends
 * there too, and a login dialog's long text printed after it can put it above the page's middle.
 */
function legalLinksFooter(lines: readonly Line[]): number {
  let last = -1;
  for (let i = lines.length - 1; i >= 0 && last < 0; i--) {
    if (!isLegalLink(lines[i]!)) continue;
    for (let j = i - 1; j >= Math.max(0, i - LEGAL_LINK_GAP); j--) if (isLegalLink(lines[j]!)) last = j;
  }
  return last;
}
/** A headline-shaped line with a byline or date one or two lines under it (a standfirst may come between). */
function isHeadlineWithBylineAt(lines: readonly Line[], i: number): boolean {
  return isHeadlineShaped(lines[i]!) && (isBylineOrDateAt(lines, i + 1) || isBylineOrDateAt(lines, i + 2));
}
function hasHeadlineWithByline(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHeadlineWithBylineAt(lines, i)) return true;
  return false;
}
const isLegalLink = (l: Line): boolean => l.words <= 4 && LEGAL_LINK.test(l.text);
const LEGAL_LINK = /^[*•]?\s*(?:impressum|datenschutz(?:erklärung|hinweise)?|nutzungsbedingungen|agb|imprint|privacy(?: policy| notice)?|terms(?: of (?:use|service))?|cookie (?:policy|settings)|mentions légales|politique de confidentialité|aviso legal|política de privacidad|privacidad|note legali|colofon)$/i;
const LEGAL_LINK_GAP = 3;
/** Legal links sit below the article; above this share of the page they are the header's service menu. */
const MIN_LINKS_FOOTER_POSITION = 0.3;

/** The legal footer sits in the page's lower half; a copyright line higher up is a photo credit by the article ("© 2021 CTMG"). */
const MIN_FOOTER_POSITION = 0.5;

/**
 * A page's modal and widget texts (a sign-up dialog's sentences) can be joined to the article when only a menu lies
 * between them. A headline inside the found body with the byline or date printed right under it (within two lines:
 * a standfirst may come between) marks where the article starts, when every prose line before it is short (a
 * dialog's sentences, not an article's paragraphs) and they hold under a quarter of the prose after it.
 */
function startingAtHeadline(lines: readonly Line[], body: { start: number; end: number } | null): { start: number; end: number } | null {
  if (body === null) return null;
  const last = Math.min(body.end - 1, body.start + MAX_HEADLINE_SEARCH_LINES);
  for (let i = body.start + 1; i <= last; i++) {
    if (!isHeadlineWithBylineAt(lines, i)) continue;
    const before = proseWords(lines, body.start, i);
    const dialogLike = lines.slice(body.start, i).every((l) => l.kind !== 'prose' || l.words < MAX_DIALOG_SENTENCE_WORDS);
    return dialogLike && before > 0 && before * 4 < proseWords(lines, i, body.end) ? { start: i + 1, end: body.end } : body;
  }
  return body;
}
const MAX_HEADLINE_SEARCH_LINES = 40;
const MAX_DIALOG_SENTENCE_WORDS = 30;
function proseWords(lines: readonly Line[], from: number, to: number): number {
  let words = 0;
  for (let i = from; i < to; i++) if (lines[i]!.kind === 'prose') words += lines[i]!.words;
  return words;
}

/**
 * The page's lines that say they date the article ("Published: 03 December 2019", "Veröffentlicht am 5. Mai 2021"),
 * wherever they are printed: the last place a date is looked for, after the lines by the headline and the article's
 * short lines.
 */
function publishedLines(lines: readonly Line[]): string[] {
  return lines.filter((l) => l.words <= MAX_DATE_LINE_WORDS && PUBLISHED_LABEL.test(l.text)).map((l) => l.text);
}

function lineScore(l: Line): number {
  if (l.kind === 'prose') return l.words * (1 + Math.min(1, l.words / LONG_PARAGRAPH_WORDS));
  if (l.kind === 'end') return -END_MARKER_PENALTY;
  return -CHROME_LINE_PENALTY;
}

/** A headline run into the first paragraph; with a given title, only that title (the export put it there twice). */
function runInHeadline(paragraph: string | undefined, givenTitle: string | null): RunInHeadline | null {
  if (paragraph === undefined || (givenTitle !== null && !mayOpenWithTitle(paragraph, givenTitle))) return null;
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

/** Whether a text is printed in some of the lines, case aside; the lines are joined and lower-cased on the first question. */
function printedIn(lines: readonly Line[]): (text: string) => boolean {
  let joined: string | null = null;
  return (text) => (joined ??= lines.map((l) => l.text).join('\n').toLowerCase()).includes(text.toLowerCase());
}

function firstOf<T>(items: readonly string[], f: (s: string) => T | null): T | null {
  for (const item of items) {
    const v = f(item);
    if (v !== null) return v;
  }
  return null;
}
