// Word tables the compare stage consults to find quotes and their speakers. Data, not control flow:
// extend a table to support a new language, quote style or speech verb. All entries lower case, no diacritics.
import { CALENDAR_WORDS, MONTHS, ORGANIZATION_CUES } from '../analyze/vocabulary.ts';
import { dictionary } from '../dictionary.ts';

/** Opening quote mark → the marks that may close it (German „…“ closes with the English opener). */
export const QUOTE_CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '"'],
  '"': ['"', '”'],
  '„': ['“', '”', '"'],
  '«': ['»'],
  '»': ['«'],
  '‹': ['›'],
  '‘': ['’'],
  '「': ['」'],
  '『': ['』'],
};

/** Marks that are also apostrophes: they open or close a quote only next to a non-letter. */
export const APOSTROPHE_LIKE: ReadonlySet<string> = new Set(['‘', '’']);

/** Verbs that introduce speech, any tense or person. "according" stands for "according to". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding', 'asked', 'asks', 'replied',
  'replies', 'responded', 'stated', 'states', 'declared', 'declares', 'noted', 'notes', 'insisted', 'insists', 'explained',
  'explains', 'warned', 'warns', 'urged', 'urges', 'announced', 'announces', 'acknowledged', 'acknowledges', 'wrote', 'writes',
  'tweeted', 'posted', 'continued', 'recalled', 'stressed', 'stresses', 'argued', 'argues', 'claimed', 'claims', 'admitted',
  'admits', 'cautioned', 'suggested', 'suggests', 'quipped', 'remarked', 'commented', 'conceded', 'concluded', 'confirmed',
  'denied', 'emphasised', 'emphasized', 'joked', 'pledged', 'promised', 'predicted', 'reported', 'vowed', 'whispered',
  'shouted', 'according',
  // German, Spanish, French, Italian, Polish, Turkish: the commonest attributions in the data.
  'sagte', 'sagt', 'erklarte', 'erklart', 'betonte', 'dijo', 'afirmo', 'declaro', 'senalo', 'aseguro', 'explico', 'conto',
  'anadio', 'agrego', 'indico', 'preciso', 'sostuvo', 'advirtio',
  'dit', 'declare', 'affirme', 'explique', 'detto', 'powiedzial', 'powiedziala', 'dedi', 'soyledi',
  'dodal', 'dodala', 'stwierdzil', 'stwierdzila', 'podkreslil', 'podkreslila', 'zaznaczyl', 'zaznaczyla', 'oswiadczyl',
  'oswiadczyla', 'przekazal', 'przekazala', 'belirtti', 'vurguladi', 'kaydetti', 'acikladi', 'konustu',
  'souligne', 'indique', 'ajoute', 'estime', 'annonce', 'confie', 'aggiunto', 'dichiarato', 'spiegato', 'sottolineato',
  'affermato', 'annunciato', 'ribadito', 'precisato',
  // Russian, as words are folded (Latin letters: "заявил" → "zayavil"), in both genders.
  'skazal', 'skazala', 'zayavil', 'zayavila', 'otmetil', 'otmetila', 'soobshchil', 'soobshchila', 'dobavil', 'dobavila',
  'podcherknul', 'podcherknula', 'poyasnil', 'poyasnila', 'govorit',
  // More of the same languages' attributions, and Portuguese; none is also an English word ("dice", "precise", "lance"
  // and "conclude" are left out for that).
  'apunto', 'resalto', 'expreso', 'subrayo', 'destaco', 'comento', 'reitero', 'insistio', 'recordo', 'enfatizo', 'puntualizo', 'concluyo', 'admitio',
  'reconocio', 'expuso', 'respondio', 'pregunto', 'confirmo', 'denuncio', 'informo', 'detallo', 'acoto', 'remarco',
  'afirma', 'asegura', 'senala', 'explica', 'agrega', 'anade', 'sostiene',
  'disse', 'afirmou', 'declarou', 'explicou', 'acrescentou', 'destacou', 'ressaltou', 'informou', 'garantiu', 'completou',
  'afferma', 'spiega', 'sottolinea', 'aggiunge', 'dichiara', 'osserva',
  'ajoute', 'souligne', 'rappele', 'reconnu', 'insiste', 'martele', 'assure', 'mentionne', 'raconte', 'poursuit', 'conclut',
  'reconnait', 'temoigne', 'regrette', 'deplore', 'confirme', 'repond', 'repondu', 'rappelle', 'precisait',
  'disait', 'declarait', 'affirmait', 'expliquait', 'soulignait', 'indiquait', 'ajoutait', 'estimait', 'assurait', 'insistait',
  'rappelait', 'racontait', 'poursuivait', 'concluait', 'reconnaissait', 'temoignait', 'repondait', 'confiait',
  'meinte', 'fugte', 'erganzte', 'warnte', 'schrieb', 'betont', 'sagten', 'erklarten', 'kritisierte', 'forderte', 'unterstrich',
  'ekledi', 'bildirdi', 'anlatti', 'aktardi', 'sordu',
  'mowi', 'dodaje', 'podkresla', 'zaznacza', 'twierdzi', 'ocenil', 'ocenila', 'wyjasnil', 'wyjasnila', 'przyznal', 'przyznala',
  'poinformowal', 'poinformowala', 'zauwazyl', 'zauwazyla', 'napisal', 'napisala',
]);

/** Participles: their subject is the sentence's subject, not the word before them ("Kerry …, saying that"). */
export const PARTICIPLE_SPEECH_VERBS: ReadonlySet<string> = new Set(['saying', 'adding', 'telling']);

/** Auxiliaries a compound past opens with, right after a quote: "« … », a déclaré le ministre", "ha detto il ministro". */
export const AUXILIARIES: ReadonlySet<string> = new Set(['a', 'ont', 'ha', 'hanno', 'han', 'hat', 'haben', 'has', 'have', 'had']);

/** Words allowed between a speaker and the verb ("Kerry later said", "he has told"). */
export const BETWEEN_SPEAKER_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'was', 'previously', 'again', 'once', 'earlier', 'reportedly', 'further',
  'repeatedly', 'simply', 'just', 'recently', 'himself', 'herself', 'would', 'will', 'hat', 'habe',
]);

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** Personal pronouns that can be speakers, with the gender they imply (null: any). */
export const SUBJECT_PRONOUNS: Readonly<Record<string, Gender | null>> = {
  he: 'male', she: 'female', they: null, er: 'male', sie: null, il: 'male', elle: 'female', ella: 'female',
};

/** Titles that imply a gender when they precede a name. */
export const GENDERED_TITLES: Readonly<Record<string, Gender>> = dictionary({
  mr: 'male', mister: 'male', sir: 'male', mrs: 'female', ms: 'female', miss: 'female', madam: 'female', dame: 'female',
  lady: 'female', king: 'male', queen: 'female', prince: 'male', princess: 'female', herr: 'male', frau: 'female',
  senor: 'male', senora: 'female', monsieur: 'male', madame: 'female', signor: 'male', signora: 'female', m: 'male', mme: 'female',
  mlle: 'female',
});

/**
 * Words of a title before a name ("US Secretary of State John Kerry", "Foreign Minister Sergei Lavrov"): they
 * mark the name as a person's and are not part of it. Role nouns here also resolve "the minister" to a person.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(GENDERED_TITLES), 'dr', 'prof', 'professor', 'president', 'vice', 'minister', 'prime', 'secretary', 'senator',
  'sen', 'sens', 'rep', 'reps', 'speaker', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'chancellor', 'premier', 'pope', 'general',
  'gen', 'judge', 'justice', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'executive', 'chairman', 'chairwoman', 'chair', 'director',
  'leader', 'ambassador', 'mayor', 'coach', 'captain', 'commissioner', 'chief', 'officer', 'envoy', 'deputy', 'sheikh', 'emir',
  'adviser', 'advisor', 'senior', 'foreign', 'defense', 'defence', 'interior', 'finance', 'state', 'head', 'lt', 'col', 'colonel',
  'admiral', 'sergeant', 'inspector', 'superintendent', 'detective', 'rabbi', 'bishop', 'cardinal', 'father', 'pastor',
  'bundeskanzlerin', 'bundeskanzler', 'kanzlerin', 'kanzler', 'ministerin', 'prasident', 'prasidentin', 'anwalt', 'anwaltin', 'presidente', 'ministro',
  'ministra', 'president', 'ministre', 'premier',
  // Turkish, after the name as a suffix-free title ("Sağlık Bakanı Fahrettin Koca", "Cumhurbaşkanı Erdoğan").
  'bakan', 'bakani', 'cumhurbaskani', 'baskan', 'baskani', 'sozcusu', 'vali', 'valisi',
  // Russian, folded to Latin letters as tokens are ("госсекретарь" → "gossekretar'").
  "gossekretar'", 'ministr', 'prezident', "prem'er", "prem'er-ministr", 'posol', "press-sekretar'", 'kantsler', "predsedatel'",
  'spiker', 'gubernator', 'mer', "sekretar'",
  // Occupations written before a name like a title ("Engineer Tomas Berg", "biologist Samuel Mensah").
  'engineer', 'biologist', 'scientist', 'researcher', 'economist', 'analyst', 'lawyer', 'attorney', 'councillor',
  'councilor', 'opposition', 'veteran', 'historian', 'professor', 'doctor', 'nurse', 'teacher', 'activist', 'consultant', 'counsel', 'founder', 'co-founder', 'cofounder',
]);

/** German compound titles end in a title noun ("Bundesinnenminister", "Regierungssprecherin", "Parteichef"). */
const COMPOUND_TITLE_END =
  /(?:minister|ministerin|kanzler|kanzlerin|prasident|prasidentin|sprecher|sprecherin|chef|chefin|direktor|direktorin|burgermeister|burgermeisterin|botschafter|botschafterin|vorsitzende|vorsitzender|richter|richterin|trainer|trainerin|anwalt|anwaltin)$/u;
/** Compounds are at least this long: "Sprecher" alone is a role noun, "Regierungssprecher" a compound title. */
const MIN_COMPOUND_TITLE_CHARS = 9;

/** A title word, or a German compound ending in one. */
export function isTitleWord(fold: string): boolean {
  return TITLE_WORDS.has(fold) || (fold.length >= MIN_COMPOUND_TITLE_CHARS && COMPOUND_TITLE_END.test(fold));
}

/** Role nouns that, after "the", name a person mentioned earlier ("the minister said"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'president', 'senator', 'governor', 'chancellor', 'premier', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'mayor', 'coach', 'captain', 'chairman', 'leader', 'envoy', 'general', 'judge', 'official',
  'diplomat', 'commissioner', 'director', 'lawmaker', 'senator', 'actor', 'singer', 'player', 'officer', 'prosecutor',
  // Spanish and French, folded ("declaró el ministro", "a dit le ministre").
  'ministro', 'ministra', 'presidente', 'presidenta', 'portavoz', 'vocero', 'vocera', 'alcalde', 'alcaldesa', 'gobernador',
  'gobernadora', 'secretario', 'secretaria', 'embajador', 'embajadora', 'directora', 'fiscal', 'jefe', 'jefa', 'ministre',
  'maire', 'porte-parole',
  // German ("sagte der Minister", "ein Sprecher"), written with a capital as all German nouns are.
  'ministerin', 'sprecher', 'sprecherin', 'kanzler', 'kanzlerin', 'prasident', 'prasidentin', 'burgermeister', 'burgermeisterin',
  'anwalt', 'anwaltin', 'richter', 'richterin', 'experte', 'expertin', 'polizeisprecher',
]);

/** A role noun, or a German compound title standing for its person ("der Innenminister"). */
export function isRoleNoun(fold: string): boolean {
  return ROLE_NOUNS.has(fold) || (fold.length >= MIN_COMPOUND_TITLE_CHARS && COMPOUND_TITLE_END.test(fold));
}

/** Groups that speak as one ("officials said", "police told"): kept as written, never resolved to a person. */
export const COLLECTIVE_SPEAKERS: ReadonlySet<string> = new Set([
  'officials', 'police', 'authorities', 'witnesses', 'experts', 'analysts', 'sources', 'residents', 'diplomats', 'lawmakers',
  'prosecutors', 'investigators', 'critics', 'observers', 'activists', 'doctors', 'researchers', 'scientists',
]);

/**
 * Prepositions that make the name after them an object, never the subject of a speech verb that follows ("ships bound
 * for Rotterdam had asked for berths": Rotterdam asked nothing). "of" is not here: "the head of Greenpeace said".
 */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for', 'to', 'from', 'in', 'into', 'at', 'on', 'with', 'near', 'toward', 'towards', 'against', 'about', 'via', 'than',
]);

/** Determiners before a role noun ("the minister", "a spokesman"). */
export const ROLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'el', 'la', 'su', 'le', 'sa', 'son', 'der', 'die', 'ein', 'eine', 'il', 'lo', 'un', 'une', 'una', 'uno', 'sein', 'seine', 'ihr', 'ihre']);

/** Lower-case words that may sit inside a name ("Bashar al-Assad", "Secretary of State"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'la', 'von', 'van', 'der', 'den', 'al', 'bin', 'ibn', 'da', 'du']);

/** Capitalised function words that open sentences and are never names on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'in', 'on', 'at', 'as', 'it', 'this', 'that', 'these', 'those', 'we', 'i', 'you',
  'there', 'however', 'after', 'before', 'when', 'while', 'if', 'his', 'her', 'their', 'our', 'my', 'its', 'for', 'with',
  'to', 'from', 'by', 'of', 'also', 'yet', 'still', 'meanwhile', 'opening', 'speaking', 'asked',
]);

/** Time zones and temperature scales written with a capital ("10:00 GMT", "40 degrees Celsius"): they name no one. */
const CLOCK_AND_SCALE_WORDS = ['gmt', 'utc', 'cet', 'cest', 'bst', 'est', 'edt', 'pst', 'pdt', 'msk', 'jst', 'celsius', 'fahrenheit', 'kelvin'];

/** Month and weekday names (folded), time zones and temperature scales: capitalised, but they name no one. */
const CALENDAR_NAMES: ReadonlySet<string> = new Set([...CALENDAR_WORDS, ...Object.keys(MONTHS), ...CLOCK_AND_SCALE_WORDS]);

/** Whether a name key is calendar words only ("march", "monday", "monday march", "gmt"): a date or a time, not a name. */
export function isCalendarName(key: string): boolean {
  return key.split(' ').every((word) => CALENDAR_NAMES.has(word));
}

/** Turkish "diye" ('saying') stands between a quote and its verb: "“…” diye konuştu". */
export const QUOTATIVE_PARTICLES: ReadonlySet<string> = new Set(['diye']);

/** Languages that capitalise every noun: there a capitalised word is no sign of a name. */
export const CAPITALISES_NOUNS: ReadonlySet<string> = new Set(['de', 'lb']);

/**
 * Languages that drop a subject the sentences before have named ("“…”, apuntó.", "„…” – powiedział.", "“…” dedi."): a
 * speech verb alone after a quote speaks for that person, as "he said" does in English.
 */
export const DROPS_SUBJECTS: ReadonlySet<string> = new Set([
  'es', 'pt', 'it', 'ca', 'gl', 'ro', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'uk', 'tr', 'el',
]);
/** German articles, possessives, demonstratives and article contractions (folded): the noun they stand before is a common one. */
export const GERMAN_DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine', 'keiner', 'keines',
  'keinem', 'keinen', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr',
  'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'dieser', 'diese', 'dieses',
  'diesem', 'diesen', 'jeder', 'jede', 'jedes', 'jedem', 'jeden', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs',
  // Quantity words stand where an article does: "so wenig Wasser", "viele Schiffe", "mehrere Reedereien".
  'viele', 'vielen', 'vieler', 'wenig', 'wenige', 'wenigen', 'genug', 'mehrere', 'mehreren', 'einige', 'einigen', 'manche',
  'manchen', 'alle', 'allen', 'beide', 'beiden', 'weitere', 'weiteren', 'samtliche', 'samtlichen',
]);

/** Words after which a speech verb's form is a noun ("as states such as Texas", "the claims", "two notes"). */
export const BEFORE_NOUN: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'as', 'such', 'many', 'other', 'these', 'those', 'both', 'all', 'some', 'several', 'their', 'his', 'her',
  'its', 'our', 'your', 'my', 'no', 'any', 'of', 'in', 'on', 'for', 'with', 'two', 'three', 'four', 'five', 'ten',
]);
/** After "said to", "told to": who was told, not what ("told reporters", "said to the crowd"). */
export const AFTER_TO_RECIPIENT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'me', 'us', 'him', 'them', 'reporters', 'journalists']);

/** Determiners an unresolved English role is written with as "the …" ("his spokesman said" → "the spokesman"). */
export const ENGLISH_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Speech verbs whose object is the person spoken to, not the speaker. */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'asked', 'asks', 'urged', 'urges', 'warned', 'warns', 'replied', 'replies', 'responded']);

/** Lower-case words inside a title phrase besides name connectors ("Secretary of Health and Human Services"). */
export const TITLE_PHRASE_LINKS: ReadonlySet<string> = new Set(['the', 'for', 'and']);

/** Abbreviations that open a name without being a person's title: "St. Brendan's Church", "Mt. Everest", "Ft. Worth". */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste', 'mt', 'ft']);

/** Last words of an institution a possessive name is part of ("Sudanese People's Liberation Army", "National Women's
 *  Law Center", "St. Brendan's Church"); "Russia's Lavrov" and "Trump's White House" stay two names. */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_CUES, 'army', 'center', 'centre', 'church', 'cathedral', 'hospital', 'school', 'college', 'league', 'society',
  'movement', 'front', 'alliance', 'coalition', 'network', 'project', 'museum', 'library', 'clinic', 'forces',
]);
