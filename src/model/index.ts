export type * from './ids.ts';
export type * from './raw.ts';
export type * from './article.ts';
export { INPUT_FORMATS, describeOrigin, htmlContent, htmlText } from './raw.ts';
export type * from './analysis.ts';
export { ENTITY_KINDS } from './analysis.ts';
export type * from './story.ts';
export { ARTICLE_LINK_KINDS } from './story.ts';
