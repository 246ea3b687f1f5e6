export { readInputs, SIDECAR_SUFFIX } from './files.ts';
export { readBytes, type OnWarning, type ReadOptions } from './read-bytes.ts';
export { recordToItem } from './records.ts';
export { contentHash, rawId } from './identity.ts';
