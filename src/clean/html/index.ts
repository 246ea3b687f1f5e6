export { extractHtml } from './extract.ts';
export { decodeHtmlBytes } from './charset.ts';
export type { HtmlExtraction, HtmlExtractionOptions } from './types.ts';
