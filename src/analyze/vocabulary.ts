// Word tables the analyzer consults: language names for stemmers, month and weekday names, entity cues.
// Data, not control flow: extend a table to support a new language or cue.
import { dictionary } from '../dictionary.ts';

/** ISO 639-1 → snowball-stemmers algorithm name. */
export const STEMMER_BY_LANGUAGE: Readonly<Record<string, string>> = {
  ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', cs: 'czech', da: 'danish', nl: 'dutch',
  en: 'english', fi: 'finnish', fr: 'french', de: 'german', hu: 'hungarian', it: 'italian', ga: 'irish',
  no: 'norwegian', nb: 'norwegian', pt: 'portuguese', ro: 'romanian', ru: 'russian', es: 'spanish',
  sl: 'slovene', sv: 'swedish', ta: 'tamil', tr: 'turkish',
};

/** Month names (lower case, diacritics stripped) → month number, across the languages the data holds. */
export const MONTHS: Readonly<Record<string, number>> = dictionary({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  januar: 1, februar: 2, marz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  ocak: 1, subat: 2, mart: 3, nisan: 4, mayis: 5, haziran: 6, temmuz: 7, agustos: 8, eylul: 9, ekim: 10, kasim: 11, aralik: 12,
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, wrzesnia: 9, pazdziernika: 10, listopada: 11, grudnia: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
});

/**
 * Lower-case words that may sit inside a capitalised name ("Bank of England", "Ursula von der Leyen",
 * "Bashar al-Assad") without ending it.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'for', 'de', 'del', 'la', 'le', 'du', 'des', 'da', 'do', 'dos', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y',
]);

/** Titles and honorifics that precede a person's name and are not part of the name key (Latin-folded). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'lady', 'president', 'minister', 'senator', 'sen', 'rep', 'gov', 'governor',
  'secretary', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'general', 'gen', 'judge',
  'herr', 'frau', 'senor', 'senora', 'monsieur', 'madame', 'pan', 'pani', 'bay', 'bayan',
  'spokesman', 'spokeswoman', 'ceo', 'chairman', 'director', 'leader', 'ambassador', 'mayor', 'coach', 'captain',
  // The same titles in the other languages of the labelled sets and the SemEval task, Latin-folded as keys are
  // ("Präsident" → prasident, "Президент" → prezident): a report's "Президент Владимир Путин" is Vladimir Putin.
  'prasident', 'prasidentin', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'ministerin', 'ministerprasident',
  'ministerprasidentin', 'aussenminister', 'aussenministerin', 'staatschef', 'regierungschef', 'konig', 'konigin', 'papst',
  'burgermeister', 'burgermeisterin', 'generalsekretar', 'botschafter', 'botschafterin',
  'presidente', 'presidenta', 'ministro', 'ministra', 'canciller', 'rey', 'reina', 'alcalde', 'alcaldesa', 'gobernador',
  'gobernadora', 'secretario', 'secretaria', 'senador', 'senadora', 'portavoz', 'juez', 'jueza',
  'ministre', 'roi', 'reine', 'maire', 'gouverneur', 'secretaire', 'senateur', 'chancelier', 'chanceliere',
  'sindaco', 'governatore', 'segretario', 'senatore', 'portavoce',
  'prezydent', 'krol', 'burmistrz', 'prezes', 'rzecznik', 'marszalek', 'kanclerz',
  'cumhurbaskani', 'bakan', 'bakani', 'baskan', 'baskani', 'basbakan', 'sozcu', 'sozcusu', 'vali', 'valisi',
  'prezident', "prem'er", 'ministr', 'glava', "predsedatel'", 'kantsler', "gossekretar'", 'gubernator', 'posol',
  'deputat', 'spiker', 'lider', "korol'", 'koroleva', 'gensek', 'patriarkh',
]);

/** Capitalised words that are calendar words, not names (months are in MONTHS). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);

/** Last words that mark an organisation in the capitalised-sequence fallback. */
export const ORGANIZATION_CUES: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'group', 'bank', 'university', 'ministry', 'party',
  'council', 'agency', 'association', 'company', 'court', 'department', 'committee', 'commission', 'union', 'institute',
  'police', 'army', 'news', 'times', 'post', 'press', 'fund', 'foundation', 'parliament', 'congress', 'senate',
]);

/** Last words that mark a place in the capitalised-sequence fallback. */
export const PLACE_CUES: ReadonlySet<string> = new Set([
  'city', 'county', 'state', 'province', 'island', 'islands', 'river', 'mountains', 'valley', 'street', 'square',
  'airport', 'sea', 'ocean', 'bay', 'lake', 'region', 'district',
]);
