/**
 * What opening a database does before it serves: read the journal back,
 * cutting off a torn tail (the entry a crash interrupted, never acknowledged)
 * and refusing to start when an entry in the middle is damaged, because
 * replaying past a hole would silently lose or reorder acknowledged writes.
 * Also clears snapshot temp files left by a process that died mid-snapshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeLine, type JournalEntry } from './journal';

export class JournalDamagedError extends Error {
  constructor(file: string, offset: number, detail: string) {
    super(
      [
        `The journal ${file} is damaged at byte ${offset}: ${detail}.`,
        'Kontor did not start, because replaying past the damage would lose or reorder acknowledged writes.',
        'What to do: stop every process using this database and keep a copy of the journal. Then either restore',
        `the database and its journal from a backup, or accept losing the entries from byte ${offset} on by cutting`,
        `the journal there (\`truncate -s ${offset} '${file}'\`) and starting again.`,
      ].join('\n'),
    );
    this.name = 'JournalDamagedError';
  }
}

export interface RecoveryLog {
  warn(message: string): void;
}

/**
 * Whole entries of a journal file, in order. A damaged stretch at the end
 * (no intact entry after it) is a torn write: it is copied to
 * `<journal>.torn-<time>` and cut off, so the next append starts on a clean line.
 */
export function recoverJournal(file: string, log: RecoveryLog = console): JournalEntry[] {
  if (!fs.existsSync(file)) return [];
  const bytes = fs.readFileSync(file);
  const entries: JournalEntry[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const end = bytes.indexOf(0x0a, pos);
    const entry = end === -1 ? null : decodeLine(bytes.subarray(pos, end));
    if (!entry) break;
    entries.push(entry);
    pos = end + 1;
  }
  if (pos === bytes.length) return entries;

  const intactAfter = firstIntactLineAfter(bytes, pos);
  if (intactAfter !== -1) {
    throw new JournalDamagedError(
      file,
      pos,
      `entry ${entries.length + 1} is not intact, yet an intact entry follows at byte ${intactAfter}`,
    );
  }
  const torn = `${file}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.writeFileSync(torn, bytes.subarray(pos));
  fs.truncateSync(file, pos);
  log.warn(
    `Cut a torn last entry (${bytes.length - pos} bytes, a write interrupted by a crash and never ` +
      `acknowledged) off ${file}; the cut bytes are kept in ${torn}.`,
  );
  return entries;
}

function firstIntactLineAfter(bytes: Buffer, from: number): number {
  let start = bytes.indexOf(0x0a, from);
  while (start !== -1 && start + 1 < bytes.length) {
    const end = bytes.indexOf(0x0a, start + 1);
    if (end === -1) return -1;
    if (decodeLine(bytes.subarray(start + 1, end))) return start + 1;
    start = end;
  }
  return -1;
}

/**
 * Entries to replay over a snapshot at `afterSeq`, from the journals in the
 * order they were written. Sequence numbers must follow on without a gap: a
 * missing number means a whole entry went missing, which no crash can cause.
 */
export function entriesToReplay(files: string[], afterSeq: number, log?: RecoveryLog): JournalEntry[] {
  const replay: JournalEntry[] = [];
  let seq = afterSeq;
  for (const file of files) {
    for (const entry of recoverJournal(file, log)) {
      if (entry.seq <= seq) continue;
      if (entry.seq !== seq + 1) {
        throw new JournalDamagedError(
          file,
          0,
          `entry ${seq + 1} is missing (the next one is ${entry.seq}); an entry was removed`,
        );
      }
      replay.push(entry);
      seq = entry.seq;
    }
  }
  return replay;
}

/** Removes `<db>.<pid>.<time>.tmp` files whose writer is no longer running. */
export function removeStaleSnapshots(dbFile: string, log: RecoveryLog = console): string[] {
  const dir = path.dirname(dbFile);
  const prefix = `${path.basename(dbFile)}.`;
  const removed: string[] = [];
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const match = /^(\d+)\.\d+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed.push(name);
  }
  if (removed.length > 0)
    log.warn(`Removed ${removed.length} unfinished snapshot file(s) left by a crash: ${removed.join(', ')}`);
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
