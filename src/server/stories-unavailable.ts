// The story service of a build without the cluster stage: articles work, story endpoints say so plainly.
import { createError } from '../errors.ts';
import type { StoryService } from './stories.ts';

export const STORIES_UNAVAILABLE: StoryService = {
  list: async () => {
    throw createError('feature_unavailable', { feature: 'story clustering' });
  },
  get: async () => null,
  compare: async () => null,
  storyOf: async () => null,
};
