// Where a page text prints its date and byline: the lines near the headline, nearest first, and a sign-off under the article.
import { extractByline, isPersonName, nameBesideDate, splitByline } from './byline.ts';
import { MAX_DATE_LINE_WORDS, type Line } from './page-lines.ts';
import { isSiteName } from './page-site-name.ts';

/**
 * The date and the byline are looked for first in this many lines under the headline (or at the top of the article;
 * of the article's lines, only short ones and ones led by a date): pages print a standfirst, the lead image with its
 * caption and credit, and a share bar between the headline and the byline ("Jeanne Corriveau" / "19 février 2020").
 * Measured on eval:pagetext, 3 -> 16 lines: author trafilatura 0.395 -> 0.432, Readability 0.303 -> 0.368; date
 * 0.746 -> 0.762 and 0.545 -> 0.576. Longer windows find more authors on trafilatura but lose dates on both.
 */
export const DATE_LINES_BELOW_TITLE = 16;
/**
 * Where a page prints its date and byline, nearest first: the lines under the headline, the short lines that open the
 * article (a byline-and-date line often starts it), then the header from the bottom up. A masthead's "today"
 * or an archive calendar sits higher on the page than the article's own date, and the prose of the article
 * (dates of the events it reports) is never searched.
 */
export function dateLineCandidates(header: readonly Line[], body: readonly Line[], headerTitle: number, bodyTitle: number): PlacedLine[] {
  const order: PlacedLine[] = [];
  const page = header.concat(body);
  const placed = (k: number, text: string, underTitle: boolean): PlacedLine => ({ text, previous: page[k - 1]?.text, next: page[k + 1]?.text, later: laterLines(page, k), underTitle });
  const inHeader = (i: number, underTitle: boolean): PlacedLine => placed(i, header[i]!.text, underTitle);
  const inBody = (j: number): PlacedLine => placed(header.length + j, dateLedHead(body[j]!), true);
  if (headerTitle >= 0) for (let i = headerTitle + 1; i < Math.min(header.length, headerTitle + 1 + DATE_LINES_BELOW_TITLE); i++) order.push(inHeader(i, true));
  for (let j = bodyTitle + 1; j < Math.min(body.length, bodyTitle + 1 + DATE_LINES_BELOW_TITLE); j++) if (mayBeDateLine(body[j]!)) order.push(inBody(j));
  // Blogs print the date and the author over the headline ("27. Januar 2014 by Jana Berg" / headline): the line above a
  // headline found in the article is read next (above the header's headline, the header's lines are read anyway).
  // Measured: eval:pagetext trafilatura author and date +1 each, none lost.
  if (bodyTitle >= 1 && mayBeDateLine(body[bodyTitle - 1]!)) order.push(inBody(bodyTitle - 1));
  for (let i = header.length - 1; i >= 0; i--) if (i !== headerTitle) order.push(inHeader(i, false));
  return order;
}

/**
 * Only the article's short lines, or lines that start with the date ("PUBLISHED: November 8, 2023 at 4:56 p.m. |
 * UPDATED: …"): a sentence of its first paragraphs that mentions a date reports an event.
 */
const mayBeDateLine = (l: Line): boolean => l.kind !== 'prose' || DATE_LED.test(l.text);

/**
 * The lines after a line's next one, while the ones between are a word or two: a byline's name is printed over its
 * role, a social handle, a "Follow" button or a dash before its date ("Andrew Woodcock" / "Political Editor" /
 * "@andywoodcock" / "Monday 28 September 2020"). Measured on eval:pagetext: three more right authors on each set, none lost.
 */
function laterLines(page: readonly Line[], k: number): string[] {
  const later: string[] = [];
  for (let m = k + 2; m <= k + 1 + LATER_LINES && page[m] !== undefined && page[m - 1]!.words <= MAX_BETWEEN_WORDS; m++) later.push(page[m]!.text);
  return later;
}
/** How many lines past the next one a byline's date may be printed, and how long the lines between it and the name may be. */
const LATER_LINES = 2;
const MAX_BETWEEN_WORDS = 2;

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
 * the article at its end ("Autor: Fritz Imhof", "Text: Jana Berg", "Auteur : …", "Erstellt von Andri Bryner", "Von:" /
 * "Götz Warnke", "Über den Autor" / "Jossi Loibl"). Only labelled lines: names beside dates there belong to the comments.
 * A label over its name on the next line added three right trafilatura authors and no wrong one (eval:pagetext).
 */
export function signOffByline(lines: readonly Line[], body: { start: number; end: number } | null): string | null {
  if (body === null) return null;
  const end = Math.min(lines.length, body.end + SIGN_OFF_LINES_AFTER_BODY);
  for (let i = body.start; i < end; i++) {
    const l = lines[i]!;
    if (l.words > MAX_DATE_LINE_WORDS) continue;
    if (l.kind === 'prose') {
      // A short sentence its label leads signs the article too ("Autorin: Jana Berg, Projektleiterin in Tunis."), when
      // what the label names is a person's name. Measured: eval:pagetext trafilatura authors +1, none lost.
      const signed = labelledByline(l.text);
      if (signed !== null && isPersonName(signed)) return signed;
      continue;
    }
    const name = labelledByline(l.text) ?? splitByline(l.text, lines[i + 1]?.text) ?? moreByAuthor(l.text);
    if (name !== null) return name;
  }
  return null;
}

/**
 * The author box's link to the author's other pieces ("Alles von Martin Junker", "Mehr Artikel von Jana Berg", "More
 * stories by Jana Berg", "Weitere Rezepte von jesusfreak"): a person's name or a user name, not a section's or an
 * outlet's ("More from Politics", "More from The Guardian"). Measured: eval:pagetext trafilatura authors +3, none lost.
 */
function moreByAuthor(text: string): string | null {
  const rest = MORE_BY.exec(text)?.[1];
  if (rest === undefined) return null;
  if (USER_NAME.test(rest)) return rest;
  const name = extractByline(`by ${rest}`);
  return name !== null && name.includes(' ') && !isSiteName(name) ? name : null;
}
const MORE_BY = /^(?:alles|mehr|weitere|alle|more|all|find more|see more|plus)\s+(?:\p{L}+\s+)?(?:von|vom|by|from|de)\s+(.{2,60})$/iu;
const USER_NAME = /^(?=\S*[\p{Ll}\d_])\p{Ll}[\p{L}\d_.-]{2,29}$/u;

/**
 * The sign-off may sit under the text, past a share bar or a tag list: 10 lines found most of the measured ones, 20 one
 * more (eval:pagetext).
 */
const SIGN_OFF_LINES_AFTER_BODY = 20;
/**
 * The labels trusted there. "Von" and "par" also open "Von Keine Kommentare"-like widget lines whose capitalised German
 * nouns read as a name (measured: with them, one more right byline and five wrong ones); "By" added only right ones.
 */
const AUTHOR_LABELLED = /^(?:[*•]\s*)?(?:autor(?:in|\/in)?|author|auteur|autora|text|texte|(?:written|posted|verfasst|erstellt|geschrieben|gepostet) (?:by|von)|by)(?:\b|(?=\p{Lu}))/iu;
export const labelledByline = (text: string): string | null => (AUTHOR_LABELLED.test(text) ? extractByline(text) : null);

/** A line with the ones printed before and after it, which complete a byline split over two lines or a name beside its date. */
type PlacedLine = {
  readonly text: string; readonly previous: string | undefined; readonly next: string | undefined;
  /** The lines after the next one, up to the date a name may be printed over (`laterLines`). */
  readonly later: readonly string[];
  readonly underTitle: boolean;
};

/**
 * A byline anywhere near the headline first; only then a name printed alone beside the date under it (weaker
 * evidence), unless the page prints it above the headline too (`printedAboveTitle`): there it is a section's name in
 * the menu or the breadcrumb ("Home >> Recipes >> Cake Recipes"), which a post's info list repeats beside its date;
 * nor is an outlet's name ("The Guardian 02/10/2020 Anna Fazackerley").
 */
export function findByline(lines: readonly PlacedLine[], printedAboveTitle: (text: string) => boolean = () => false): string | null {
  for (const l of lines) {
    const name = splitByline(l.text, l.next, l.later) ?? extractByline(l.text);
    if (name !== null) return name;
  }
  for (const l of lines) {
    const name = l.underTitle ? nameBesideDate(l.text, [l.previous, l.next, ...l.later]) : null;
    if (name !== null && !isSiteName(name) && !printedAboveTitle(name)) return name;
  }
  return null;
}

/** A line that opens with its date, labelled or not: "Published: 9 August 2013, …", "31. Oktober 2023. …", "Nov. 8, 2023 …". */
const DATE_LED = /^(?:(?:published|updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|pubblicato|stand|erstellt)(?: on| am| le| el| il)?:?\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d)/iu;

/**
 * With no date near the headline, the article's short lines that can be a date line: many pages print the date
 * under the lead image, between the standfirst and the text, or under the text ("Erscheinungsdatum: 07.02.2022").
 */
export function shortLineTexts(body: readonly Line[]): string[] {
  return body.filter((l) => l.kind !== 'prose' && l.words <= MAX_DATE_LINE_WORDS && HAS_YEAR.test(l.text)).map((l) => l.text);
}

/** A full date has its year: four figures, or two after a day and month in figures ("12.12.22"); other lines are not parsed. */
const HAS_YEAR = /\d{4}|\d[./]\d{1,2}[./]\d{2}\b/;
