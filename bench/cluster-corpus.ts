// A deterministic synthetic news stream for the story benchmark: events with their own names, numbers and
// vocabulary, told by several outlets over a few days each, some as wire copies, over a moving clock.

import { seededRandom } from '../src/eval/seeded-random.ts';

// 16 onsets × 5 vowels × 4 codas = 320 syllables: enough that pseudo-words (and their character grams) are as
// varied as a real lexicon, so unrelated events do not look alike by accident.
const SYLLABLES = 'b d f g k l m n p r s t v z ch st'.split(' ').flatMap((onset) => 'a e i o u'.split(' ').flatMap((vowel) => ['', 'n', 'r', 'l'].map((coda) => onset + vowel + coda)));
const OUTLETS = ['Daily Ledger', 'Morning Post', 'Evening Star', 'Global Wire', 'City Herald', 'National Times', 'Coast Gazette', 'Valley News'];
const FILLER = 'the of and to in a that said on for with was as by at from has have it is are were after their which about but also'.split(' ');

export type BenchRecord = { id: string; source: string; title: string; text: string; published_at: string; language: 'en' };

function word(random: () => number, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  return out;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

type Event = { names: string[]; terms: string[]; numbers: number[]; start: number };

/** `count` articles, ~6 per event, events starting every few minutes of simulated time. */
export function* benchCorpus(count: number, seed = 42): Generator<BenchRecord> {
  const random = seededRandom(seed);
  const vocabulary = Array.from({ length: 30_000 }, () => word(random, 2 + Math.floor(random() * 3)));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const live: Event[] = [];
  const start = Date.UTC(2024, 0, 1);
  let wire: string | null = null;
  for (let n = 0; n < count; n++) {
    const clock = start + n * 60_000; // one article a minute: 100k articles span ~70 days
    if (live.length === 0 || random() < 0.17) {
      live.push({
        names: Array.from({ length: 4 }, () => `${capital(word(random, 2))} ${capital(word(random, 3))}`),
        terms: Array.from({ length: 25 }, () => pick(vocabulary)),
        numbers: Array.from({ length: 3 }, () => 10 + Math.floor(random() * 5000)),
        start: clock,
      });
      if (live.length > 40) live.shift();
    }
    const event = live[Math.floor(Math.pow(random(), 0.5) * live.length)]!;
    const sentences: string[] = [];
    const length = 12 + Math.floor(random() * 16);
    for (let s = 0; s < length; s++) {
      const words: string[] = [];
      for (let w = 0; w < 18; w++) {
        const r = random();
        words.push(r < 0.35 ? pick(FILLER) : r < 0.6 ? pick(event.terms) : r < 0.65 ? pick(event.names) : r < 0.67 ? String(pick(event.numbers)) : pick(vocabulary));
      }
      sentences.push(`${capital(words.join(' '))}.`);
    }
    let text = sentences.reduce((acc, sentence, i) => acc + sentence + (i % 3 === 2 ? '\n\n' : ' '), '');
    // About one article in ten is a wire copy of the previous one, with a local paragraph added.
    if (wire !== null && random() < 0.1) text = `${wire}\n\nLocal officials in ${pick(event.names)} said the response was under way.`;
    wire = text;
    yield {
      id: `bench-${n}`,
      source: pick(OUTLETS),
      title: `${pick(event.names)} ${pick(event.terms)} ${pick(event.terms)} ${pick(event.terms)}`,
      text,
      published_at: new Date(clock).toISOString(),
      language: 'en',
    };
  }
}
