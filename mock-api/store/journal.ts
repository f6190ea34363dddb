/**
 * Durability for the in-memory store. Every committed transaction is appended
 * as one self-checking line (length, checksum, JSON) to `<db>.journal` before
 * it is applied, so a crash loses no acknowledged write (recovery.ts reads it
 * back); periodically the whole state is written to a temporary
 * file and renamed over the database file, so the file on disk is always a
 * complete JSON document. Replaying a journal line is idempotent (it stores
 * whole records by id), which makes recovery safe whichever step a crash hit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';

export type JournalOp =
  { c: string; id: number; r: Record<string, unknown> } | { c: string; id: number; d: 1 };

export interface JournalEntry {
  seq: number;
  ops: JournalOp[];
}

export interface JournalOptions {
  /** fsync every entry; on by default so an OS crash cannot lose an acknowledged write. */
  fsync?: boolean;
}

/**
 * One journal line: `<byte length> <crc32 hex> <json>\n`. The length and
 * checksum make every entry self-checking, so recovery can tell a torn or
 * damaged line from a whole one instead of trusting whatever parses.
 */
export function encodeEntry(entry: JournalEntry): Buffer {
  const json = Buffer.from(JSON.stringify(entry), 'utf8');
  const header = `${json.length} ${crc32(json).toString(16).padStart(8, '0')} `;
  return Buffer.concat([Buffer.from(header, 'latin1'), json, NEWLINE]);
}

const NEWLINE = Buffer.from('\n');
const CHECKED_LINE = /^(\d{1,10}) ([0-9a-f]{8}) /;

/**
 * The entry a line (without its newline) holds, or null when it is not a
 * whole, intact entry. Lines written before entries carried a checksum start
 * with `{`; they are still read (a snapshot after recovery folds them away).
 */
export function decodeLine(line: Buffer): JournalEntry | null {
  let json: Buffer;
  if (line[0] === 0x7b) json = line;
  else {
    const header = CHECKED_LINE.exec(line.subarray(0, 24).toString('latin1'));
    if (!header) return null;
    json = line.subarray(header[0].length);
    if (json.length !== Number(header[1])) return null;
    if (crc32(json) !== parseInt(header[2]!, 16)) return null;
  }
  try {
    const entry = JSON.parse(json.toString('utf8')) as JournalEntry;
    return Number.isInteger(entry?.seq) && Array.isArray(entry.ops) ? entry : null;
  } catch {
    return null;
  }
}

export class Journal {
  private fd: number;
  /** Bytes of whole entries in the file: where a failed append is cut back to. */
  private size: number;
  private entriesSinceSnapshot = 0;
  /** Set when a failed append could not be undone: further entries would follow a damaged one. */
  private broken: Error | null = null;

  constructor(
    readonly file: string,
    private readonly options: JournalOptions = {},
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.fd = fs.openSync(file, 'a');
    this.size = fs.fstatSync(this.fd).size;
  }

  get pending(): number {
    return this.entriesSinceSnapshot;
  }

  /**
   * Writes the whole entry (a write may take fewer bytes than asked, so it
   * loops) and syncs it. If that fails the partial entry is cut off again and
   * the error is thrown, so the transaction is not applied or acknowledged.
   */
  append(entry: JournalEntry): void {
    if (this.broken) throw new Error(`The journal ${this.file} cannot be written: ${this.broken.message}`);
    const bytes = encodeEntry(entry);
    try {
      let written = 0;
      while (written < bytes.length) {
        const n = fs.writeSync(this.fd, bytes, written, bytes.length - written);
        if (n <= 0) throw new Error(`writing the journal made no progress after ${written} bytes`);
        written += n;
      }
      if (this.options.fsync !== false) fs.fdatasyncSync(this.fd);
    } catch (error) {
      try {
        fs.ftruncateSync(this.fd, this.size);
      } catch {
        this.broken = error as Error;
      }
      throw error;
    }
    this.size += bytes.length;
    this.entriesSinceSnapshot += 1;
  }

  /**
   * Moves the current journal aside (to `.old`) and starts an empty one; the
   * caller deletes `.old` once a snapshot containing those entries is in place.
   */
  rotate(): string {
    fs.closeSync(this.fd);
    const old = `${this.file}.old`;
    if (fs.existsSync(old)) {
      // A previous snapshot failed: keep its entries by appending the newer ones.
      fs.appendFileSync(old, fs.readFileSync(this.file));
      fs.rmSync(this.file);
    } else {
      fs.renameSync(this.file, old);
    }
    this.fd = fs.openSync(this.file, 'a');
    this.size = 0;
    this.entriesSinceSnapshot = 0;
    return old;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/**
 * Writes `{ "meta": …, "<collection>": [ …records ] }` to a temporary file in
 * chunks, yielding to the event loop between chunks, then fsyncs and renames
 * it over `file`. Records are immutable in the store, so the arrays captured
 * before the first await stay a consistent picture while writes go on.
 */
export async function writeSnapshot(
  file: string,
  meta: Record<string, unknown>,
  tables: Array<[string, readonly unknown[]]>,
): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, `{"meta":${JSON.stringify(meta)}`);
    for (const [name, rows] of tables) {
      fs.writeSync(fd, `,\n${JSON.stringify(name)}:[`);
      const CHUNK = 2000;
      for (let i = 0; i < rows.length; i += CHUNK) {
        const slice = rows.slice(i, i + CHUNK).map((r) => JSON.stringify(r));
        fs.writeSync(fd, (i > 0 ? ',\n' : '\n') + slice.join(',\n'));
        if (rows.length > CHUNK) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      fs.writeSync(fd, ']');
    }
    fs.writeSync(fd, '}\n');
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  syncDirectory(path.dirname(file));
}

function syncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch {
    // Some file systems refuse fsync on directories; the rename is still atomic.
  }
}
