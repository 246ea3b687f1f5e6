// xxHash32 over a byte range, in plain JavaScript: the same values as xxhash-wasm's `h32` of the same UTF-8 bytes,
// without a string encode and a WebAssembly call per shingle (hundreds per article).

const PRIME1 = 0x9e3779b1;
const PRIME2 = 0x85ebca77;
const PRIME3 = 0xc2b2ae3d;
const PRIME4 = 0x27d4eb2f;
const PRIME5 = 0x165667b1;

const rotl = (value: number, bits: number): number => (value << bits) | (value >>> (32 - bits));

function readLane(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
}

function round(accumulator: number, lane: number): number {
  return Math.imul(rotl((accumulator + Math.imul(lane, PRIME2)) | 0, 13), PRIME1);
}

/** xxh32 of `bytes[start, end)` with `seed`, as an unsigned 32-bit number. */
export function xxh32(bytes: Uint8Array, start: number, end: number, seed = 0): number {
  const length = end - start;
  let at = start;
  let hash: number;
  if (length >= 16) {
    let v1 = (seed + PRIME1 + PRIME2) | 0;
    let v2 = (seed + PRIME2) | 0;
    let v3 = seed | 0;
    let v4 = (seed - PRIME1) | 0;
    const limit = end - 16;
    while (at <= limit) {
      v1 = round(v1, readLane(bytes, at));
      v2 = round(v2, readLane(bytes, at + 4));
      v3 = round(v3, readLane(bytes, at + 8));
      v4 = round(v4, readLane(bytes, at + 12));
      at += 16;
    }
    hash = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) | 0;
  } else {
    hash = (seed + PRIME5) | 0;
  }
  hash = (hash + length) | 0;
  while (at + 4 <= end) {
    hash = Math.imul(rotl((hash + Math.imul(readLane(bytes, at), PRIME3)) | 0, 17), PRIME4);
    at += 4;
  }
  while (at < end) {
    hash = Math.imul(rotl((hash + Math.imul(bytes[at]!, PRIME5)) | 0, 11), PRIME1);
    at++;
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, PRIME2);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, PRIME3);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
