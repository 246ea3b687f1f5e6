// A story's public summary, read off its in-memory state.
import type { StorySummary } from '../model/story.ts';
import { topKeys, type StoryState } from './story-state.ts';

/** Names and terms listed in a summary. */
const TOP_KEYS = 6;

const iso = (time: number | null): string | null => (time === null ? null : new Date(time).toISOString());

export function summarizeStory(story: StoryState): StorySummary {
  const names = topKeys(story.entities, TOP_KEYS * 2).map((word) => story.entity_labels.get(word) ?? word);
  return {
    id: story.id,
    title: story.title,
    article_count: story.members.length,
    sources: [...story.sources].sort(),
    first_published: iso(story.first),
    last_published: iso(story.latest),
    top_entities: [...new Set(names)].slice(0, TOP_KEYS),
    top_terms: topKeys(story.body, TOP_KEYS),
  };
}
