// Wire services a text credits: names, the contexts that count as a credit for short acronyms, normalised output.

type AgencyEntry = {
  readonly name: string;
  /** Spellings that are unambiguous anywhere in a text. */
  readonly names: readonly string[];
  /** Short forms that only count in a credit context, e.g. "(AP)", "AP reported", "PHOTO: AP". */
  readonly acronyms: readonly string[];
};

export const AGENCIES: readonly AgencyEntry[] = [
  { name: 'AFP', names: ['Agence France-Presse', 'Agence France Presse', 'AFP', 'Франс Пресс', 'Франс-Пресс', 'فرانس برس', '法新社'], acronyms: [] },
  { name: 'AP', names: ['Associated Press', 'Ассошиэйтед Пресс', 'أسوشيتد برس', '美联社'], acronyms: ['AP'] },
  { name: 'Reuters', names: ['Reuters', 'Рейтер', 'رويترز', '路透社', 'ロイター'], acronyms: [] },
  { name: 'RIA Novosti', names: ['RIA Novosti', 'RIA-Novosti', 'РИА Новости', 'РИА "Новости"'], acronyms: ['RIA'] },
  { name: 'TASS', names: ['ITAR-TASS', 'TASS', 'ИТАР-ТАСС', 'ТАСС', '塔斯社'], acronyms: [] },
  { name: 'Interfax', names: ['Interfax', 'Интерфакс'], acronyms: [] },
  { name: 'Xinhua', names: ['Xinhua', 'Синьхуа', 'شينخوا', '新华社', '新華社'], acronyms: [] },
  { name: 'Bloomberg', names: ['Bloomberg News', '彭博社'], acronyms: ['Bloomberg'] },
  { name: 'dpa', names: ['Deutsche Presse-Agentur', '德新社'], acronyms: ['dpa', 'DPA'] },
  { name: 'EFE', names: ['Agencia EFE', '埃菲社'], acronyms: ['EFE'] },
  { name: 'ANSA', names: ['ANSA', '安莎社'], acronyms: [] },
  { name: 'Kyodo', names: ['Kyodo News', 'Kyodo', '共同通信', '共同社'], acronyms: [] },
  { name: 'Yonhap', names: ['Yonhap', '연합뉴스', '韩联社'], acronyms: [] },
  { name: 'Jiji', names: ['Jiji Press', '時事通信', '时事社'], acronyms: [] },
  { name: 'China News Service', names: ['China News Service', '中新社', '中国新闻社'], acronyms: [] },
  { name: 'Newsis', names: ['Newsis', '뉴시스'], acronyms: [] },
  { name: 'PTI', names: ['Press Trust of India'], acronyms: ['PTI'] },
  { name: 'UPI', names: ['United Press International'], acronyms: ['UPI'] },
  { name: 'AAP', names: ['Australian Associated Press'], acronyms: ['AAP'] },
  { name: 'Canadian Press', names: ['The Canadian Press', 'Canadian Press'], acronyms: ['CP'] },
  { name: 'Anadolu', names: ['Anadolu Agency', 'Anadolu Ajansı', 'وكالة الأناضول'], acronyms: ['AA'] },
  { name: 'Bernama', names: ['Bernama'], acronyms: [] },
  { name: 'Antara', names: ['Antara News'], acronyms: ['Antara'] },
  { name: 'IRNA', names: ['Islamic Republic News Agency', 'IRNA'], acronyms: [] },
  { name: 'ANI', names: ['Asian News International'], acronyms: ['ANI'] },
  { name: 'Europa Press', names: ['Europa Press'], acronyms: [] },
  { name: 'APA', names: ['Austria Presse Agentur'], acronyms: ['APA'] },
  { name: 'KNA', names: ['Katholische Nachrichten-Agentur'], acronyms: ['KNA'] },
  { name: 'epd', names: ['Evangelischer Pressedienst'], acronyms: ['epd'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Contexts in which a bare acronym is a credit: "(AP)", "(dpa/lsw)", "AP reported", "told AP", "PHOTO: AP", "/AP", "AP Photo", "AP -". */
function creditPattern(acronym: string): RegExp {
  const a = escape(acronym);
  return new RegExp(
    [
      `\\(${a}\\s*(?:[/,][^()]{0,30})?\\)`,
      `\\b${a}\\s+(?:reported|reports|said|says|wrote|photo|news agency)\\b`,
      `\\b(?:told|to|according to|via|by|the)\\s+${a}\\b(?!-)`,
      `\\b(?:photo|image|picture|foto|bild)s?\\s*(?:credit)?\\s*[:/-]\\s*${a}\\b`,
      `/${a}\\b`,
      `^${a}\\s*[-–—]`,
      `\\b${a}\\s*(?:$|[|)])`,
    ].join('|'),
    'mi',
  );
}

const MATCHERS = AGENCIES.map((entry) => ({
  name: entry.name,
  acronyms: entry.acronyms,
  credit: entry.acronyms.length ? new RegExp(entry.acronyms.map((a) => creditPattern(a).source).join('|'), 'm') : null,
}));

/** In a Unicode pattern only syntax characters may be escaped (a hyphen outside a class is literal). */
const literal = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNSPACED_START = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const longestFirst = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).map(literal).join('|');
const ALL_NAMES = AGENCIES.flatMap((e) => e.names);

/** The characters some spelling starts with, as a character class. */
const firstCharacters = (names: readonly string[]): string => `[${[...new Set(names.map((n) => n[0]!))].join('').replace(/[\\\]\[^-]/g, '\\$&')}]`;

/**
 * Every unambiguous spelling in one pattern, so a text is scanned once for all of them. A spelling stands apart from
 * the letters around it ("Reutersova" is no credit, nor "ТАССР"), except in scripts written without spaces, where
 * "新华社东京11月2日电" credits Xinhua. The leading lookahead for a spelling's first character changes no match (every
 * spelling starts with one), but lets the scan pass over the positions no spelling starts at without testing the
 * Unicode lookbehind at each: half the cost of the article texts' scan, which few ever match.
 */
const ANY_NAME = new RegExp(
  `(?=${firstCharacters(ALL_NAMES)})(?:(?<![\\p{L}\\p{N}_-])(?:${longestFirst(ALL_NAMES.filter((n) => !UNSPACED_START.test(n)))})(?![\\p{L}\\p{N}_-])|${longestFirst(ALL_NAMES.filter((n) => UNSPACED_START.test(n)))})`,
  'gu',
);
const NAME_OWNER = new Map(AGENCIES.flatMap((e) => e.names.map((n) => [n, e.name] as const)));

/** Normalised agency names credited anywhere in the given texts, in the order they are first credited. */
export function findAgencies(texts: readonly string[]): string[] {
  const joined = texts.join('\n');
  const firstAt = new Map<string, number>();
  for (const m of joined.matchAll(ANY_NAME)) {
    const name = NAME_OWNER.get(m[0])!;
    if (!firstAt.has(name)) firstAt.set(name, m.index);
  }
  for (const m of MATCHERS) {
    if (firstAt.has(m.name) || !m.credit || !m.acronyms.some((a) => joined.includes(a))) continue;
    const hit = m.credit.exec(joined);
    if (hit) firstAt.set(m.name, hit.index);
  }
  return [...firstAt].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}

/** Words that may stand before an agency's name in a credit line: "Por Agencia EFE", "By The Associated Press", "Source: Reuters". */
const CREDIT_LEAD = /^(?:(?:by|por|par|von|da|di|door|av|source|fuente|quelle|fonte|с|по данным)\s*:?\s*)?(?:the|la|el|le|die|der|l')?$/iu;

/**
 * Whether a line is an agency's credit and nothing more ("Agencia EFE", "Por Agencia EFE", "AFP/dpa", "(Reuters)"):
 * it names who supplied the article, it is never its headline.
 */
export function isAgencyCredit(text: string): boolean {
  ANY_NAME.lastIndex = 0;
  if (!ANY_NAME.test(text)) return false;
  const rest = text.replace(ANY_NAME, ' ').replace(/[\s()[\]/,;&|+–—-]+/gu, ' ').trim();
  return rest === '' || CREDIT_LEAD.test(rest);
}

/** Every spelling, lower-cased, and every acronym as written, to its agency: datelines ask about every parenthesis. */
const BY_LOWER_CASE_NAME: ReadonlyMap<string, string> = new Map(AGENCIES.flatMap((e) => e.names.map((n) => [n.toLowerCase(), e.name] as const)));
const BY_ACRONYM: ReadonlyMap<string, string> = new Map(AGENCIES.flatMap((e) => e.acronyms.map((a) => [a, e.name] as const)));

/**
 * Maps a spelling found in a dateline or credit ("Associated Press", "dpa") to its normalised name. A joint
 * credit ("dpa/lsw", "AFP/Getty", "Reuters, AP") is named by its first known agency.
 */
export function normaliseAgency(name: string): string | null {
  const t = name.trim();
  const known = BY_LOWER_CASE_NAME.get(t.toLowerCase()) ?? BY_ACRONYM.get(t);
  if (known !== undefined) return known;
  // "dpa/lsw", "Reuters, AP", "dpa-AFX" (a hyphen before capitals joins two credits, not the words of one name).
  const parts = t.split(/\s*[/,;]\s*|-(?=\p{Lu})|\s+(?:and|und|et|y)\s+/u);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const known = normaliseAgency(part);
    if (known) return known;
  }
  return null;
}
