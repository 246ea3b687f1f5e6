// A deterministic synthetic news corpus for the server benchmark: stories told by several outlets each, with
// shared and outlet-only sentences, quotes, names and numbers, spread over two months.

const OUTLETS = ['Harbor Times', 'Daily Ledger', 'Capital Wire', 'Evening Post', 'North Star', 'Global Courier', 'Metro Herald', 'River Gazette'];
const FIRST = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Marco', 'Nadia', 'Omar', 'Priya'];
const LAST = ['Novak', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Kowalski', 'Silva', 'Petrov', 'Mensah', 'Fischer', 'Quinn', 'Rossi', 'Sato', 'Varga', 'Weber'];
const CITIES = ['Arden', 'Brightwater', 'Calder', 'Dunmore', 'Eastport', 'Fairhaven', 'Glenrock', 'Holloway', 'Ironbridge', 'Kestrel Bay', 'Lakemont', 'Marlow'];
const TOPICS = [
  { what: 'port strike', verb: 'walked out', thing: 'dock workers', org: 'Dockers Union' },
  { what: 'bridge collapse', verb: 'collapsed', thing: 'the river bridge', org: 'Transport Ministry' },
  { what: 'budget vote', verb: 'approved', thing: 'the city budget', org: 'City Council' },
  { what: 'flood warning', verb: 'flooded', thing: 'low-lying streets', org: 'Weather Service' },
  { what: 'factory fire', verb: 'burned', thing: 'a textile factory', org: 'Fire Brigade' },
  { what: 'election result', verb: 'won', thing: 'the mayoral race', org: 'Electoral Commission' },
  { what: 'rail merger', verb: 'agreed', thing: 'a rail merger', org: 'Competition Authority' },
  { what: 'vaccine trial', verb: 'reported', thing: 'trial results', org: 'Health Agency' },
];

/** Mulberry32: a tiny seeded generator, so every run benchmarks the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'vas', 'ru', 'bel', 'dor', 'in', 'sha', 'pol', 'gri', 'ze', 'nu', 'tar', 'ven', 'os', 'lem', 'quo', 'fa'];

/** A made-up proper name: every story gets its own people and places, as real stories do. */
function coin(random: () => number, parts: number): string {
  let word = '';
  for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  return word[0]!.toUpperCase() + word.slice(1);
}

export type BenchRecord = { id: string; source: string; title: string; published_at: string; text: string };

export function* benchCorpus(articleCount: number, articlesPerStory = 5): Generator<BenchRecord> {
  const random = rng(20130809);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const start = Date.parse('2024-03-01T00:00:00Z');
  let made = 0;
  for (let story = 0; made < articleCount; story++) {
    const topic = pick(TOPICS);
    const city = `${pick(CITIES)} ${coin(random, 2)}`;
    const person = `${pick(FIRST)} ${coin(random, 3)}`;
    const other = `${pick(FIRST)} ${pick(LAST)}-${coin(random, 2)}`;
    const count = Math.floor(random() * 1000) + 10;
    const day = Math.floor(random() * 60);
    const shared = [
      `${topic.thing[0]!.toUpperCase()}${topic.thing.slice(1)} in ${city} ${topic.verb} on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][story % 5]}, story ${story}, affecting ${count} residents.`,
      `"We are doing everything we can for the people of ${city}," ${person} said.`,
      `The ${topic.org} said it would publish a full report on the ${topic.what} within ${story % 9 + 2} weeks.`,
      `${other} of the ${topic.org} called the situation in ${city} serious but under control.`,
    ];
    const outlets = [...OUTLETS].sort(() => random() - 0.5).slice(0, articlesPerStory);
    for (const [k, source] of outlets.entries()) {
      if (made >= articleCount) return;
      const own = `${source} learned that ${pick(FIRST)} ${pick(LAST)} had warned about the ${topic.what} ${k + 2} years ago.`;
      const quote = `"This should never have happened in ${city}," ${person} told reporters${k % 2 ? ' on the scene' : ''}.`;
      const paragraphs = [`${city.toUpperCase()} (${source}) - ${shared[0]}`, shared[1]!, quote, ...shared.slice(2).filter(() => random() > 0.2), own];
      yield {
        id: `bench-${story}-${k}`,
        source,
        title: `${topic.what[0]!.toUpperCase()}${topic.what.slice(1)} in ${city}: ${person} speaks (${story})`,
        published_at: new Date(start + day * 86_400_000 + k * 3_600_000 * (1 + random() * 5)).toISOString(),
        text: paragraphs.join('\n\n'),
      };
      made++;
    }
  }
}
