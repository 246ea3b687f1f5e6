// Gzip data unzipped the way gunzip reads it: member after member (`cat a.gz b.gz`), bytes after the last member that
// open no other ignored as trailing garbage (gunzip: "decompression OK, trailing garbage ignored"), and whatever was
// unzipped before a cut or a corrupt spot kept, with the failure. zlib's gunzip failed on trailing garbage and threw
// away the output of its last step (all of it, read whole), so a download cut short lost every article it held.
// Each member is inflated raw after its header is read here (RFC 1952), so where its data ends is known.
import { Transform, type TransformCallback } from 'node:stream';
import * as zlib from 'node:zlib';

/** zlib's own messages, so a failure reads the same whichever reader met it. */
const CUT_OFF = 'unexpected end of file';
const HEADER_FLAGS = { headerCrc: 2, extra: 4, name: 8, comment: 16 } as const;
const TRAILER_BYTES = 8;

/** `trailingGarbage`: bytes ignored after the last member (zero bytes of padding are not garbage). */
export type Gunzipped = { readonly bytes: Uint8Array; readonly trailingGarbage: number; readonly failure: string | null };

/** A failure of gzip data, coded as zlib codes its errors (`streamFailureReason` tells them by the `Z_` prefix). */
export function gzipError(message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code: message === CUT_OFF ? 'Z_BUF_ERROR' : 'Z_DATA_ERROR' });
}

export function trailingGarbageWarning(bytes: number): string {
  return `trailing garbage after the gzip data ignored (${bytes} byte${bytes === 1 ? '' : 's'})`;
}

/**
 * Where a member's compressed data starts, past its header; 'cut' when the bytes end inside the header, null when
 * no member starts at `at`.
 */
function memberDataStart(bytes: Uint8Array, at: number): number | 'cut' | null {
  const left = bytes.length - at;
  if (left === 0 || bytes[at] !== 0x1f || (left > 1 && bytes[at + 1] !== 0x8b)) return null;
  if (left < 10) return 'cut';
  if (bytes[at + 2] !== 8) throw gzipError('unknown compression method');
  const flags = bytes[at + 3]!;
  let p = at + 10;
  if (flags & HEADER_FLAGS.extra) p = p + 2 > bytes.length ? Infinity : p + 2 + (bytes[p]! | (bytes[p + 1]! << 8));
  for (const flag of [HEADER_FLAGS.name, HEADER_FLAGS.comment]) {
    if (!(flags & flag) || p >= bytes.length) continue;
    const end = bytes.indexOf(0, p);
    p = end < 0 ? Infinity : end + 1;
  }
  if (flags & HEADER_FLAGS.headerCrc) p += 2;
  return p > bytes.length ? 'cut' : p;
}

/** The failure a member's trailer names (its CRC-32 and length of the data it holds), or null when they match. */
function trailerFailure(trailer: Uint8Array, crc: number, size: number): string | null {
  const view = new DataView(trailer.buffer, trailer.byteOffset, TRAILER_BYTES);
  if (view.getUint32(0, true) !== crc >>> 0) return 'incorrect data check';
  return view.getUint32(4, true) === size >>> 0 ? null : 'incorrect length check';
}

/** CRC-32 as gzip's trailer holds it: zlib's (Node 20.15 and later), else computed here, a table lookup a byte. */
const crc32: (data: Uint8Array, crc?: number) => number = typeof zlib.crc32 === 'function' ? zlib.crc32 : crc32ByTable;

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

export function crc32ByTable(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const isZeros = (bytes: Uint8Array): boolean => bytes.every((b) => b === 0);

/** Gzip data read whole. Fast when it is sound (zlib's gunzip); else member by member, as far as it goes. */
export function gunzipWhole(bytes: Uint8Array): Gunzipped {
  try {
    return { bytes: zlib.gunzipSync(bytes), trailingGarbage: 0, failure: null };
  } catch {
    return gunzipMembers(bytes);
  }
}

function gunzipMembers(bytes: Uint8Array): Gunzipped {
  const parts: Uint8Array[] = [];
  const result = (trailingGarbage: number, failure: string | null): Gunzipped => ({ bytes: Buffer.concat(parts), trailingGarbage, failure });
  for (let at = 0; ; ) {
    let start;
    try {
      start = memberDataStart(bytes, at);
    } catch (e) {
      return result(0, (e as Error).message);
    }
    if (start === 'cut') return result(0, CUT_OFF);
    if (start === null) return result(at === 0 || isZeros(bytes.subarray(at)) ? 0 : bytes.length - at, at === 0 ? 'incorrect header check' : null);
    const member = inflateMember(bytes.subarray(start));
    parts.push(member.output);
    if (member.failure) return result(0, member.failure);
    const end = start + member.consumed;
    if (end + TRAILER_BYTES > bytes.length) return result(0, CUT_OFF);
    const failure = trailerFailure(bytes.subarray(end, end + TRAILER_BYTES), crc32(member.output), member.output.length);
    if (failure) return result(0, failure);
    at = end + TRAILER_BYTES;
  }
}

/** Raw deflate data inflated as far as it goes (no error where it is cut short), with how many bytes it took. */
function inflateRawInfo(data: Uint8Array): { readonly buffer: Buffer; readonly engine: zlib.InflateRaw } {
  return zlib.inflateRawSync(data, { info: true, finishFlush: zlib.constants.Z_SYNC_FLUSH }) as unknown as { buffer: Buffer; engine: zlib.InflateRaw };
}

type InflatedMember = { readonly output: Uint8Array; readonly consumed: number; readonly failure: string | null };

/**
 * One member's compressed data, inflated until it ends, the bytes end, or it turns corrupt: then the longest start of
 * it that inflates (found by halving; a start of sound data always inflates) gives what came before the corrupt spot.
 */
function inflateMember(data: Uint8Array): InflatedMember {
  const inflate = (length: number) => inflateRawInfo(data.subarray(0, length));
  try {
    const { buffer, engine } = inflate(data.length);
    return { output: buffer, consumed: engine.bytesWritten, failure: null };
  } catch (e) {
    let sound = 0;
    for (let corrupt = data.length; corrupt - sound > 1; ) {
      const middle = Math.floor((sound + corrupt) / 2);
      try {
        inflate(middle);
        sound = middle;
      } catch {
        corrupt = middle;
      }
    }
    return { output: inflate(sound).buffer, consumed: sound, failure: (e as Error).message };
  }
}

/** The member being inflated: its output's CRC-32 and length so far, and its inflater once it runs past one chunk. */
type Member = { crc: number; size: number; streamed: { readonly inflater: zlib.InflateRaw; readonly ended: Promise<void> } | null };

/**
 * Gzip data streamed: output is passed on as it is inflated, and a cut or corrupt member ends the stream with a
 * zlib-coded error once everything before it is out (a corrupt spot may cost the output of the step that met it, up to
 * zlib's 16 KB chunk). `onWarning` hears of bytes ignored after the last member before the stream ends.
 */
export class GunzipStream extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  private stage: 'header' | 'data' | 'trailer' | 'after' = 'header';
  private member: Member = { crc: 0, size: 0, streamed: null };
  private members = 0;
  private trailing = { bytes: 0, zerosOnly: true };

  constructor(private readonly onWarning: (message: string) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.advance().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    this.advance().then(() => {
      if (this.stage !== 'after' && (this.stage !== 'header' || this.pending.length > 0)) return done(gzipError(CUT_OFF));
      if (!this.trailing.zerosOnly) this.onWarning(trailingGarbageWarning(this.trailing.bytes));
      done();
    }, done);
  }

  override _destroy(error: Error | null, done: (error: Error | null) => void): void {
    this.member.streamed?.inflater.destroy();
    done(error);
  }

  private async advance(): Promise<void> {
    for (;;) {
      if (this.stage === 'header') {
        const start = memberDataStart(this.pending, 0);
        if (start === 'cut') return;
        if (start === null) {
          if (this.pending.length === 0) return;
          if (this.members === 0) throw gzipError('incorrect header check');
          this.stage = 'after';
          continue;
        }
        this.pending = this.pending.subarray(start);
        this.member = { crc: 0, size: 0, streamed: null };
        this.stage = 'data';
      } else if (this.stage === 'data') {
        if (this.pending.length === 0) return;
        const consumed = this.member.streamed === null ? this.inflateWhole(this.pending) : null;
        if (consumed !== null) {
          this.stage = 'trailer';
          this.pending = this.pending.subarray(consumed);
          continue;
        }
        const streamed = (this.member.streamed ??= this.startInflater());
        const taken = await this.inflate(streamed.inflater, this.pending);
        // Bytes left over: the member's compressed data ended inside them.
        if (taken < this.pending.length) {
          await streamed.ended;
          this.stage = 'trailer';
        }
        this.pending = this.pending.subarray(taken);
      } else if (this.stage === 'trailer') {
        if (this.pending.length < TRAILER_BYTES) return;
        const failure = trailerFailure(this.pending.subarray(0, TRAILER_BYTES), this.member.crc, this.member.size);
        if (failure) throw gzipError(failure);
        this.pending = this.pending.subarray(TRAILER_BYTES);
        this.members++;
        this.stage = 'header';
      } else {
        this.trailing.bytes += this.pending.length;
        this.trailing.zerosOnly &&= isZeros(this.pending);
        this.pending = Buffer.alloc(0);
        return;
      }
    }
  }

  private output(chunk: Buffer): void {
    this.member.crc = crc32(chunk, this.member.crc);
    this.member.size += chunk.length;
    this.push(chunk);
  }

  /**
   * A member whose compressed data ends among the bytes at hand (an archive's record, a small file) is inflated at
   * once: a stream per member cost 50 µs each. The number of bytes it took, or null when it runs on past them (or
   * is corrupt: its inflater says so).
   */
  private inflateWhole(bytes: Buffer): number | null {
    try {
      const { buffer, engine } = inflateRawInfo(bytes);
      if (engine.bytesWritten === bytes.length) return null;
      this.output(buffer);
      return engine.bytesWritten;
    } catch {
      return null;
    }
  }

  private startInflater(): NonNullable<Member['streamed']> {
    const inflater = zlib.createInflateRaw();
    inflater.on('data', (chunk: Buffer) => this.output(chunk));
    // Its errors reach the write that met them (`inflate`); one emitted after that write's callback is no crash.
    inflater.on('error', () => undefined);
    return { inflater, ended: new Promise((resolve) => inflater.once('end', resolve)) };
  }

  /** Writes to the member's inflater; how many of the bytes it took (fewer when its data ended among them). */
  private inflate(inflater: zlib.InflateRaw, bytes: Buffer): Promise<number> {
    const before = inflater.bytesWritten;
    return new Promise((resolve, reject) => {
      inflater.once('error', reject);
      inflater.write(bytes, (error) => {
        if (error) return reject(error);
        inflater.off('error', reject);
        resolve(inflater.bytesWritten - before);
      });
    });
  }
}
