// A deterministic synthetic news corpus for the server benchmark: stories told by several outlets each, with
// shared and outlet-only sentences, quotes, names and numbers, spread over two months.
import { seededRandom } from '../src/eval/seeded-random.ts';

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


/** Everyday news words; each story draws its own sentences from them, so stories share topics but not wording. */
const NEWS_WORDS = `officials residents council ministry police court budget plan report inquiry workers union company
  government minister mayor election vote protest strike talks agreement contract road bridge river harbor school
  hospital doctors nurses teachers farmers prices taxes fuel water power grid storm flood fire drought harvest market
  shares investors bank loan deficit debt exports imports factory plant jobs wages pension housing rent tenants
  landlords transport railway airport flights delays safety inspection permit license ban fine penalty lawsuit judge
  verdict appeal prison sentence charges suspects witnesses investigation evidence audit scandal resignation cabinet
  parliament opposition coalition campaign poll survey census study scientists research vaccine virus outbreak
  patients clinic treatment emergency rescue evacuation shelter aid donors charity volunteers festival museum
  stadium club season match coach players fans tickets tourism hotels beaches parks forest wildlife pollution waste
  recycling energy solar wind turbines pipeline mine copper gold oil gas drilling license quota fishing boats`
  .split(/\s+/).filter(Boolean);
const VERBS = ['announced', 'rejected', 'approved', 'delayed', 'criticised', 'welcomed', 'investigated', 'cancelled', 'expanded', 'reviewed', 'confirmed', 'questioned'];

const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'vas', 'ru', 'bel', 'dor', 'in', 'sha', 'pol', 'gri', 'ze', 'nu', 'tar', 'ven', 'os', 'lem', 'quo', 'fa'];

/** A made-up proper name: every story gets its own people and places, as real stories do. */
function coin(random: () => number, parts: number): string {
  let word = '';
  for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Sentence shapes, so that stories do not share wording beyond everyday words. */
const SHAPES: ReadonlyArray<(n: string, v: string, w: () => string, k: number) => string> = [
  (n, v, w, k) => `${n} ${v} the ${w()} ${w()} after ${k} ${w()} and ${w()} ${w()}.`,
  (n, v, w, k) => `According to ${n}, ${k} ${w()} were ${v} over ${w()} ${w()}.`,
  (n, v, w) => `${w()[0]!.toUpperCase()}${w().slice(1)} ${w()} ${v} by ${n} drew ${w()} from ${w()} groups.`,
  (n, _v, w, k) => `In ${n}, ${w()} ${w()} rose to ${k}, the highest since ${1990 + (k % 30)}.`,
  (n, v, w) => `Critics of ${n} ${v} ${w()}, citing ${w()} ${w()} and ${w()}.`,
  (n, _v, w, k) => `${n} has ${k} ${w()} ${w()} waiting for ${w()}.`,
];

/** A sentence about the story: its names and a few news words of its own. */
function sentence(random: () => number, names: readonly string[]): string {
  const word = () => NEWS_WORDS[Math.floor(random() * NEWS_WORDS.length)]!;
  const name = names[Math.floor(random() * names.length)]!;
  const verb = VERBS[Math.floor(random() * VERBS.length)]!;
  const shape = SHAPES[Math.floor(random() * SHAPES.length)]!;
  return shape(name, verb, word, Math.floor(random() * 900) + 10);
}

export type BenchRecord = { id: string; source: string; title: string; published_at: string; text: string };

export function* benchCorpus(articleCount: number, articlesPerStory = 5): Generator<BenchRecord> {
  const random = seededRandom(20130809);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const start = Date.parse('2024-03-01T00:00:00Z');
  let made = 0;
  for (let story = 0; made < articleCount; story++) {
    const topic = pick(TOPICS);
    const city = `${pick(CITIES)} ${coin(random, 2)}`;
    const person = `${pick(FIRST)} ${coin(random, 3)}`;
    const other = `${pick(FIRST)} ${pick(LAST)}-${coin(random, 2)}`;
    const count = Math.floor(random() * 1000) + 10;
    // Story-specific words (a project, a district) that every outlet repeats, as real coverage of one event does.
    const project = `${coin(random, 3)} project`;
    const district = `${coin(random, 2)} district`;
    const day = Math.floor(random() * 60);
    const names = [city, person, other, project, district, topic.org];
    const shared = [
      `${topic.thing[0]!.toUpperCase()}${topic.thing.slice(1)} in ${city} ${topic.verb}, affecting ${count} residents of the ${district}.`,
      `"${sentence(random, names).replace(/\.$/, ',')}" ${person} said.`,
      sentence(random, names),
      sentence(random, names),
      sentence(random, names),
    ];
    const outlets = [...OUTLETS].sort(() => random() - 0.5).slice(0, articlesPerStory);
    for (const [k, source] of outlets.entries()) {
      if (made >= articleCount) return;
      const own = `${sentence(random, names)} ${sentence(random, names)}`;
      const quote = `"${sentence(random, names).replace(/\.$/, ',')}" ${person} told ${source}.`;
      const paragraphs = [`${city.toUpperCase()} (${source}) - ${shared[0]}`, shared[1]!, quote, ...shared.slice(2).filter(() => random() > 0.2), own];
      yield {
        id: `bench-${story}-${k}`,
        source,
        title: `${topic.what[0]!.toUpperCase()}${topic.what.slice(1)} in ${city}: ${person} on the ${project}`,
        published_at: new Date(start + day * 86_400_000 + k * 3_600_000 * (1 + random() * 5)).toISOString(),
        text: paragraphs.join('\n\n'),
      };
      made++;
    }
  }
}
