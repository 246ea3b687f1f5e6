// Datelines: the "PLACE, Date (Agency) –" opening of a wire-style article.
import type { Dateline } from '../model/index.ts';
import { normaliseAgency } from './agencies.ts';
import { icuMonthNames } from './icu-months.ts';

/**
 * English months, and the Spanish, French, German, Italian and Portuguese names and abbreviations wire services
 * print in datelines ("Madrid, 15 mar (EFE).-", "Berlin, 3. März (dpa) -"), any case.
 */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?' +
  '|ene(?:ro)?|febr?(?:ero)?|mar(?:zo)?|abr(?:il)?|mayo|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sept?(?:iembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?' +
  '|janv(?:ier)?|févr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?' +
  '|Januar|Februar|März|Mai|Juni|Juli|Okt(?:ober)?|Dez(?:ember)?|gen(?:naio)?|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre' +
  '|jan(?:eiro)?|fev(?:ereiro)?|março|maio|junho|julho|set(?:embro)?|out(?:ubro)?|dez(?:embro)?)\\.?';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+${MONTH}(?:\\s+\\d{4})?|${WEEKDAY}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?=\\s*\\())`;
/**
 * A place in capitals ("WASHINGTON", "NEW YORK", "ST. PETERSBURG"), perhaps with its state or country
 * ("WASHINGTON, D.C.", "ALBUQUERQUE, N.M.", "KOUROU, French Guiana"; never a date: "PARIS, Tuesday"), or Title Case when an agency follows.
 */
const NOT_REGION = `(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?:\\s|,|$)|${WEEKDAY}\\b)`;
const REGION = `${NOT_REGION}(?:(?:[A-Z][a-z]*\\.){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\\.?|[A-Z]{2,})`;
const CAPS_PLACE = `[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+(?:[ ][A-ZÀ-Ý.'’-]+){0,3}(?:,\\s*${REGION})?`;
const TITLE_PLACE = "[A-ZÀ-Ý][\\p{L}.'’-]+(?:[ ][A-ZÀ-Ý][\\p{L}.'’-]+){0,3}";
const AGENCY = '\\(([^()]{2,40})\\)';
/** A dash (or colon), after Spanish agencies' full stop too ("(EFE).-"). */
const DASH = '\\s*\\.?(?:[-–—:]{1,2}|‐)\\s+';

const WITH_CAPS_PLACE = new RegExp(`^(${CAPS_PLACE})(?:,?\\s+(${DATE}))?(?:\\s*${AGENCY})?${DASH}`, 'u');
const WITH_TITLE_PLACE = new RegExp(`^(${TITLE_PLACE})(?:,?\\s+(${DATE}))?\\s*${AGENCY}${DASH}`, 'u');

/** Capitalised words that begin sentences but are not places. */
const NOT_PLACES = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'VIDEO', 'PHOTOS', 'LIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENT']);
/**
 * A dateline opens a sentence: the article's first words follow it. A capitals label with a dash and little or
 * nothing after it ("THE END -", "SPORTS -") is a sign-off or a section label, not a dateline.
 */
const MIN_WORDS_AFTER_DATELINE = 3;
const SENTENCE_START = /^["“‘'(\[]?[\p{Lu}\p{N}]/u;

/** `reporters`: the names a dateline credits besides its agency ("新华社北京3月5日电（记者张三、李四）"), when it names any. */
export type DatelineMatch = { readonly dateline: Dateline; readonly length: number; readonly reporters?: string };

export function extractDateline(paragraph: string): DatelineMatch | null {
  const m = WITH_CAPS_PLACE.exec(paragraph) ?? WITH_TITLE_PLACE.exec(paragraph);
  if (!m) return CYRILLIC_OPENING.test(paragraph) ? extractCyrillicDateline(paragraph) : extractUncasedDateline(paragraph);
  const place = m[1]!.trim().replace(/,$/, '');
  if (NOT_PLACES.has(place.toUpperCase())) return null;
  const isCaps = place === place.toUpperCase();
  const agencyText = m[3]?.trim() ?? null;
  // A Title Case opening is only a dateline with an agency or a date; a capitals one needs at least two letters.
  if (!isCaps && !agencyText) return null;
  if (isCaps && place.replace(/[^A-ZÀ-Ý]/g, '').length < 2) return null;
  if (agencyText && !looksLikeAgency(agencyText)) return null;
  if (!opensSentence(paragraph.slice(m[0].length))) return null;
  return {
    dateline: { place, date: m[2]?.trim() ?? null, agency: agencyText ? (normaliseAgency(agencyText) ?? agencyText) : null },
    length: m[0].length,
  };
}

function opensSentence(rest: string): boolean {
  return SENTENCE_START.test(rest) && rest.split(/\s+/).filter(Boolean).length >= MIN_WORDS_AFTER_DATELINE;
}

/** An unknown name in parentheses is accepted as an agency when it is short and capitalised, e.g. "(Tanjug)". */
function looksLikeAgency(text: string): boolean {
  return normaliseAgency(text) !== null || /^[A-Z][\p{L}&.' -]{1,30}$/u.test(text);
}

/** Months as Russian, Ukrainian, Belarusian, Bulgarian and Serbian datelines write them after the day, long and short
 *  ("9 августа", "20 мар"), from ICU's names: the day-and-month forms, with the full stop of an abbreviation optional. */
function cyrillicMonthPattern(): string {
  const names = new Set<string>();
  for (const language of ['ru', 'uk', 'be', 'bg', 'sr']) {
    for (const month of ['long', 'short'] as const) {
      for (const name of icuMonthNames(language, month, true)) if (/^\p{Script=Cyrillic}+\.?$/u.test(name)) names.add(name.replace(/\.$/u, ''));
    }
  }
  return [...names].sort((a, b) => b.length - a.length).join('|');
}

const CYRILLIC_OPENING = /^\p{Script=Cyrillic}/u;
/**
 * "МОСКВА, 9 авг — РИА Новости. …", "ВАШИНГТОН, 9 августа — Вечерняя газета. …", "КИЕВ, 3 марта (Интерфакс) – …":
 * a place in capitals, a day and month, and the agency in parentheses or, after the dash, closed by a full stop (the
 * outlet's own name there is no agency).
 */
const CYRILLIC_DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}'’-]+(?:[ -]\\p{Lu}[\\p{Lu}'’-]*){0,3}),\\s+(\\d{1,2}\\s+(?:${cyrillicMonthPattern()})\\.?(?:\\s+\\d{4}(?:\\s+(?:года|г\\.))?)?)` +
    `(?:\\s*\\(([^()]{2,40})\\))?\\s*[-–—]\\s+(?:([^.!?\\n]{2,40})\\.\\s+)?`,
  'u',
);

function extractCyrillicDateline(paragraph: string): DatelineMatch | null {
  const m = CYRILLIC_DATELINE.exec(paragraph);
  if (!m) return null;
  const credited = m[3] ?? m[4];
  const agency = credited === undefined ? null : normaliseAgency(credited);
  // Text after the dash that names no agency is the article's first sentence, not a credit.
  const length = m[4] !== undefined && agency === null && m[3] === undefined ? m[0].length - m[4].length - 2 : m[0].length;
  if (!opensSentence(paragraph.slice(m[0].length))) return null;
  return { dateline: { place: m[1]!, date: m[2]!, agency }, length };
}

/**
 * Chinese datelines: who sent the report (an agency, the paper's own "本报", an outlet), the place, the day and 电
 * "cabled", then perhaps the reporters in parentheses: "新华社北京3月5日电", "本报利马3月10日电（记者林晓雯）",
 * "中新网北京3月5日电".
 */
const HAN_DATELINE = /^(\p{Script=Han}{2,16}?)(\d{1,2}月\d{1,2}日)电(?:\s*[（(]([^（）()]{1,40})[）)])?/u;
/** The reporters in a Chinese dateline's parentheses: "记者张三、李四", "记者 林晓雯". */
const HAN_REPORTERS = /^(?:\p{Script=Han}{0,6}?记者)\s*(\p{Script=Han}[\p{Script=Han}·、\s]{1,30})$/u;
/** "本报" (this paper) and its kin: the outlet's own correspondent, no agency. */
const OWN_REPORT = /^(?:本报|本報|本刊|本台|本臺|本网|本網)/u;
/** An outlet's name before the place: it ends in the word for agency, site, paper or station ("中新网北京"). */
const SENDER_THEN_PLACE = /^\p{Script=Han}{1,8}?[社网網报報台臺](\p{Script=Han}{2,8})$/u;
/** A place named alone before the date is a city or a country: a few characters. */
const MAX_HAN_PLACE = 6;
/** Korean: "(서울=연합뉴스)", "[워싱턴=뉴시스]": the place, then the agency. */
const KOREAN_DATELINE = /^[(\[]([\p{Script=Hangul}\p{Script=Han}]{1,12})\s*=\s*([^()[\]=]{2,20})[)\]]/u;
/** Japanese: "【ワシントン共同】", "【北京時事】": the place and the agency's short name, as Kyodo and Jiji sign. */
const JAPANESE_DATELINE = /^【([\p{Script=Katakana}ー・]{2,16}|\p{Script=Han}{1,6})(共同|時事)】/u;
const JAPANESE_AGENCY: Readonly<Record<string, string>> = { 共同: 'Kyodo', 時事: 'Jiji' };
/** The report that follows a dateline in a script without capitals (written without spaces in East Asia): this many characters at least. */
const MIN_CHARACTERS_AFTER_DATELINE = 10;

/**
 * Arabic, Hebrew, Persian and Urdu wire datelines: the place, perhaps the date, and a known agency in parentheses
 * ("القاهرة (رويترز) -", "دبي، 12 مارس (أ ف ب) -"). Only a known agency makes the words before it a place.
 */
const RIGHT_TO_LEFT_DATELINE = /^([\p{Script=Arabic}\p{Script=Hebrew}]+(?:\s[\p{Script=Arabic}\p{Script=Hebrew}]+){0,2})\s*[،,]?\s*(\d{1,2}\s+[\p{Script=Arabic}\p{Script=Hebrew}]+(?:\s\d{4})?)?\s*[-–—]?\s*\(([^()]{2,30})\)\s*[-–—:]\s*/u;

function rightToLeftDateline(paragraph: string): DatelineMatch | null {
  const m = RIGHT_TO_LEFT_DATELINE.exec(paragraph);
  const agency = m === null ? null : normaliseAgency(m[3]!);
  return m === null || agency === null ? null : { dateline: { place: m[1]!, date: m[2] ?? null, agency }, length: m[0].length };
}

function extractUncasedDateline(paragraph: string): DatelineMatch | null {
  const found = hanDateline(paragraph) ?? koreanDateline(paragraph) ?? japaneseDateline(paragraph) ?? rightToLeftDateline(paragraph);
  if (found === null || paragraph.slice(found.length).trim().length < MIN_CHARACTERS_AFTER_DATELINE) return null;
  return found;
}

function hanDateline(paragraph: string): DatelineMatch | null {
  const m = HAN_DATELINE.exec(paragraph);
  if (m === null) return null;
  const sent = senderAndPlace(m[1]!);
  if (sent === null) return null;
  const reporters = m[3] === undefined ? undefined : HAN_REPORTERS.exec(m[3].trim())?.[1]?.trim();
  return { dateline: { place: sent.place, date: m[2]!, agency: sent.agency }, length: m[0].length, ...(reporters === undefined ? {} : { reporters }) };
}

/** The agency (if the sender is one) and the place of a Chinese dateline's opening ("新华社北京" → Xinhua, 北京). */
function senderAndPlace(opening: string): { agency: string | null; place: string } | null {
  for (let k = 2; k <= opening.length - 2; k++) {
    const agency = normaliseAgency(opening.slice(0, k));
    if (agency !== null) return { agency, place: opening.slice(k) };
  }
  const own = OWN_REPORT.exec(opening)?.[0];
  if (own !== undefined) return opening.length - own.length >= 2 ? { agency: null, place: opening.slice(own.length) } : null;
  const place = SENDER_THEN_PLACE.exec(opening)?.[1];
  if (place !== undefined) return { agency: null, place };
  return opening.length <= MAX_HAN_PLACE ? { agency: null, place: opening } : null;
}

function koreanDateline(paragraph: string): DatelineMatch | null {
  const m = KOREAN_DATELINE.exec(paragraph);
  return m === null ? null : { dateline: { place: m[1]!, date: null, agency: normaliseAgency(m[2]!) }, length: m[0].length };
}

function japaneseDateline(paragraph: string): DatelineMatch | null {
  const m = JAPANESE_DATELINE.exec(paragraph);
  return m === null ? null : { dateline: { place: m[1]!, date: null, agency: JAPANESE_AGENCY[m[2]!]! }, length: m[0].length };
}
