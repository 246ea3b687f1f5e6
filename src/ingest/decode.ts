// Bytes to text for non-HTML inputs: BOM first, then strict UTF-8, then a detected legacy charset.
import chardet from 'chardet';
import iconv from 'iconv-lite';

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decodeTextBytes(bytes: Uint8Array): string {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return iconv.decode(Buffer.from(bytes.subarray(mark.length)), encoding);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const guess = chardet.detect(bytes);
    return iconv.decode(Buffer.from(bytes), guess && iconv.encodingExists(guess) ? guess : 'windows-1252');
  }
}
