/**
 * Durability for the in-memory store. Every committed transaction is appended
 * as one JSON line to `<db>.journal` before it is applied, so a crash loses no
 * acknowledged write; periodically the whole state is written to a temporary
 * file and renamed over the database file, so the file on disk is always a
 * complete JSON document. Replaying a journal line is idempotent (it stores
 * whole records by id), which makes recovery safe whichever step a crash hit.
 */
import fs from 'node:fs';
import path from 'node:path';

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

export class Journal {
  private fd: number;
  private entriesSinceSnapshot = 0;

  constructor(
    readonly file: string,
    private readonly options: JournalOptions = {},
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.fd = fs.openSync(file, 'a');
  }

  get pending(): number {
    return this.entriesSinceSnapshot;
  }

  append(entry: JournalEntry): void {
    fs.writeSync(this.fd, JSON.stringify(entry) + '\n');
    if (this.options.fsync !== false) fs.fdatasyncSync(this.fd);
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
    this.entriesSinceSnapshot = 0;
    return old;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** Reads journal entries with a sequence number above `afterSeq`; a torn last line is ignored. */
export function readJournal(file: string, afterSeq: number): JournalEntry[] {
  if (!fs.existsSync(file)) return [];
  const entries: JournalEntry[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as JournalEntry;
      if (entry.seq > afterSeq) entries.push(entry);
    } catch {
      // Only the last line can be torn (a crash mid-append); its write was never acknowledged.
      break;
    }
  }
  return entries;
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
