export { createApp, DEFAULT_MAX_BODY_BYTES, type AppOptions } from './app.ts';
export { startServer, type RunningServer } from './start.ts';
export { EventHub, type ServerEvent } from './events.ts';
export { DEFAULT_WEB_ROOT } from './static.ts';
export type { StoryService, StoryDetail, StoryPage, StoryArticle } from './stories.ts';
export { STORIES_UNAVAILABLE } from './stories-unavailable.ts';
export { exportChunks, type ExportFormat } from './export/write.ts';
export { PARALLAX_VERSION } from './version.ts';
export { storyServiceFor, stageSettings } from './story-service.ts';
