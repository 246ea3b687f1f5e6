// The running Parallax version, read once from package.json (exports and the OpenAPI document cite it).
import { readFileSync } from 'node:fs';

export const PARALLAX_VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
