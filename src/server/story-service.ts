// Picks the story service for a store: the one place that will wire the cluster and compare stages to the server.
import type { Store } from '../store/index.ts';
import type { StoryService } from './stories.ts';
import { createMemoryStories } from './memory-stories.ts';

export function storyServiceFor(store: Store): StoryService {
  return createMemoryStories(store);
}

/** Stage settings an export cites, so a reader can reproduce the stories from the articles. */
export function stageSettings(): Record<string, unknown> {
  return {};
}
