// Cleans author strings: strips "By", dates, e-mails, job titles after separators.

import { phrasePattern } from '../phrase-pattern.ts';
import { AGENCY_CREDIT, ROLE_PART, TRAILING_ROLE } from './vocabulary.ts';

/** Bylines longer than this are sentences or lists of contributors' bios, not a name line. */
export const MAX_BYLINE_LENGTH = 100;

/** Verbs and nouns that introduce a name with "by" ("Written by", "Veröffentlicht von", "Publié par"). */
const BYLINE_INTRO_WORDS: readonly string[] = [
  'written', 'posted', 'published', 'reported', 'story', 'words', 'photos?', 'text', 'interview', // en
  'veröffentlicht', 'erstellt', 'geschrieben', 'verfasst', 'publiziert', 'artikel', 'beitrag', 'pressemitteilung', // de
  'gastbeitrag', 'kommentar', 'zeige alle beiträge', 'alle beiträge', // de
  'publié', 'écrit', // fr
  'escrito', 'publicado', // es
];

/**
 * Words that introduce a name in bylines, in the languages of the dev sets and their neighbours. Removed with
 * replace(), where the first listed label that fits wins: longer labels come before their first word.
 */
const LEADING_BY = phrasePattern([
  phrasePattern(BYLINE_INTRO_WORDS, { before: '', after: String.raw`\s+(?:by|von|par|por)\b` }).source,
  // "by" in en, de, fr, es, it, nl, sv, da, pl
  'by', 'von', 'par', 'por', 'di', 'door', 'av', 'af', 'przez',
  // "vom Krimiblogger": German "von dem" before a pen name or desk
  'vom',
  // text and photos credited together (de): before "text", so the whole label goes, not only its first word
  String.raw`text\s+und\s+fotos?`, String.raw`text\s*&\s*fotos?`, String.raw`&\s*fotos?`, String.raw`und\s+interview`,
  // author and text credits (de, en, fr, es)
  'autor(?:in)?', 'author', 'auteur', 'autora', 'text', 'texte', 'interview',
  // "Redaktion: Max Muster" labels the writer; "Redaktion Polizeiticker Schweiz" without a colon names the desk.
  String.raw`redaktion(?=\s*[:\-–])`,
], { after: String.raw`(?=[\s:\-–]|$)\s*[:\-–]?\s*`, flags: 'iu' });

/** Trailing words that follow the name: a call to more articles, "says" of comment headers, a handle. */
const TRAILING_LABEL = phrasePattern([
  'alle artikel', 'all articles', 'more by .*', 'mehr von .*', 'alles von .*',
  '(?:edited|reviewed|photos?|photography|fotos?|illustrations?|video|graphics|additional reporting) by .*', String.raw`@\w+`, String.raw`\|.*`,
], { before: String.raw`\s+`, flags: 'iu' });

const EMAIL = /\S+@\S+\.\S+/g;
const TRAILING_NOISE = /\s*(?:[|•·,–—-]\s*)?(?:(?<![\p{L}])(?:updated|aktualisiert|published|veröffentlicht|posted|publié le|mis à jour le|publicado el|actualizado el|pubblicato il|am|on|le|el))?\s*[:,]?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)[a-z]*\.?,?\s+)?(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|august|september|oktober|november|dezember)\w*\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*).*$/iu;

/** A profession written before the name ("Rechtsanwalt Sebastian Einbock"); academic titles ("Dr.") stay,
 *  as they are part of how the name is written. */
const LEADING_PROFESSION = phrasePattern([
  'rechtsanw(?:alt|ältin)', 'fachanw(?:alt|ältin)', 'notar(?:in)?', 'steuerberater(?:in)?', '(?:chef)?redakteur(?:in)?',
  'korrespondent(?:in)?', 'journalist(?:in)?', 'reporter(?:in)?',
], { after: String.raw`\s+(?=\p{Lu})`, flags: 'iu' });

/** Picture credits that sit in author-like slots. */
const PHOTO_CREDIT = /\b(?:on|via) (?:unsplash|pexels|pixabay|flickr)\b|getty images|shutterstock|istock|^(?:foto|photo|bild|image)s?\b/i;

/** A relative age after the name ("James Akinaka • 8h", "· 3 hours ago"). */
const TRAILING_AGE = /\s*[•·|,–—-]\s*\d+\s*(?:s|m|h|d|w|min|mins|minutes?|hrs?|hours?|days?|weeks?|std\.?|stunden?|tagen?)\b.*$/i;
/** A publication or update stamp after the name that opens with a colon or the time ("Jane Doe Updated: 10:42 AM EST,
 *  Mon March 8, 2021"), where TRAILING_NOISE wants the date right after the label. */
const TRAILING_STAMP = /\s*(?:[|•·,–—-]\s*)?(?<!\p{L})(?:last updated|updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado)\s*(?::|(?=\d)).*$/iu;
/** A reading time after the name without a separator ("Jane Doe 3 min read"). */
const TRAILING_READING_TIME = /\s+\d+\s*min(?:ute)?s?\.?\s+(?:read|lesezeit|lesedauer|de lecture|de lectura)\b.*$/iu;
/** A wire service credited in parentheses after the writer ("Jane Doe (Reuters)"). */
const PARENTHESISED_CREDIT = /\s*\(([^()]+)\)$/u;
function withoutParenthesisedAgency(text: string): string {
  const credit = PARENTHESISED_CREDIT.exec(text);
  return credit !== null && credit.index > 0 && AGENCY_CREDIT.test(credit[1]!.trim()) ? text.slice(0, credit.index) : text;
}

/** Further fields printed on the byline's line ("Name , Datum: 15.Jun.19 , Anzahl der Kommentare: 0"). */
const TRAILING_FIELD = phrasePattern([
  'datum', 'date', 'published', 'veröffentlicht', 'aktualisiert', 'updated', 'kommentare', 'comments',
  'anzahl der kommentare', 'lesezeit', 'reading time',
  // the photographer credited after the writer ("Text: Max Muster, Fotos: Erika Muster")
  'fotos?', 'photos?', 'bilder',
], { before: String.raw`\s*[,|•·]\s*`, after: String.raw`\b.*$` });

/** "Mark Newton: EN Übersetzung …": once the labels before it are gone, a colon after a name opens the line's next field. */
const FIELD_AFTER_NAME = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*:\s.*$/u;

export function cleanByline(raw: string | null): string | null {
  if (raw === null) return null;
  let text = raw.replace(EMAIL, ' ').replace(/\s*[-–|]?\s*(?:https?:\/\/|www\.)\S+/gi, ' ').replace(/\s+/g, ' ').trim();
  if (PHOTO_CREDIT.test(text)) return null;
  text = text.replace(/^[\s|•·,;:–—-]+/, '');
  const labelled = text;
  text = text.replace(LEADING_BY, '').replace(LEADING_BY, '').replace(LEADING_PROFESSION, '');
  // "Redaktion" or "Staff" alone is the desk's credit, not a label before a name.
  if (text === '' && AGENCY_CREDIT.test(labelled.replace(/^(?:by|von|par|por)\s+/i, '').replace(/[\s,;:|–—-]+$/, ''))) text = labelled.replace(/^(?:by|von|par|por)\s+/i, '');
  text = text.replace(TRAILING_NOISE, '').replace(TRAILING_STAMP, '').replace(TRAILING_LABEL, '').replace(TRAILING_FIELD, '').replace(TRAILING_AGE, '')
    .replace(TRAILING_READING_TIME, '').replace(FIELD_AFTER_NAME, '$1');
  text = withoutParenthesisedAgency(text);
  // "David Hutzler, dpa": the wire service credited after the writer is not a second author.
  const parts = text.split(/\s*,\s*/);
  if (parts.length > 1 && AGENCY_CREDIT.test(parts[parts.length - 1]!) && !parts.slice(0, -1).every((part) => AGENCY_CREDIT.test(part))) text = parts.slice(0, -1).join(', ');
  // "Jane Doe, Senior Political Correspondent": a job title after the comma is no second author.
  const commaParts = text.split(/\s*,\s*/);
  if (commaParts.length > 1 && ROLE_PART.test(commaParts[commaParts.length - 1]!) && !ROLE_PART.test(commaParts[0]!)) text = commaParts.slice(0, -1).join(', ');
  const withoutRole = text.replace(TRAILING_ROLE, '');
  if (withoutRole.split(/\s+/).length >= 2) text = withoutRole;
  text = text.replace(/\(\s*\)/g, ' ').replace(/^[\s,;:|–—(-]+|[\s,;:|–—(-]+$/g, '').trim();
  if (text === '' || text.length > MAX_BYLINE_LENGTH) return null;
  if (/^https?:\/\//i.test(text) || !/\p{L}/u.test(text)) return null;
  // A standalone count ("人氣( 23925)", "Views 1200") is a counter widget, not a name ("Marianne1" is).
  if (/(?:^|[\s(])\d{3,}(?:$|[\s)])/u.test(text)) return null;
  return text;
}
