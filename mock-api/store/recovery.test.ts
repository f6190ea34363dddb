/** Journal recovery: torn tails are cut (and kept), damage in the middle refuses to start, appends are whole. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Store, type DatabaseFile } from './store';
import { encodeEntry } from './journal';
import { JournalDamagedError } from './recovery';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const SNAPSHOT: DatabaseFile = { meta: { seq: 0 }, items: [{ id: 1, name: 'seed', version: 1 }] };

function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-recovery-'));
  dirs.push(dir);
  const file = path.join(dir, 'db.json');
  fs.writeFileSync(file, JSON.stringify(SNAPSHOT));
  return file;
}

/** A crashed database: the seed snapshot plus a journal of `count` inserts named w1…wN (never closed). */
async function crashedDb(count: number): Promise<{ file: string; journal: Buffer; starts: number[] }> {
  const file = tempDb();
  const store = Store.open(file, { fsync: false });
  for (let i = 1; i <= count; i++) await store.transact((tx) => tx.insert('items', { name: `w${i}` }));
  const journal = fs.readFileSync(`${file}.journal`);
  const starts = [0];
  for (
    let at = journal.indexOf(0x0a);
    at !== -1 && at + 1 < journal.length;
    at = journal.indexOf(0x0a, at + 1)
  )
    starts.push(at + 1);
  expect(starts).toHaveLength(count);
  return { file, journal, starts };
}

const names = async (store: Store) => (await store.all<{ name: string }>('items')).map((r) => r.name);
const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('a torn last entry', () => {
  it('is cut off at every byte offset, kept beside the journal, and later writes survive', async () => {
    const { file, journal, starts } = await crashedDb(4);
    const last = starts.at(-1)!;
    const warn = quiet();
    for (let cut = last; cut < journal.length; cut++) {
      fs.writeFileSync(`${file}.journal`, journal.subarray(0, cut));
      for (const name of fs.readdirSync(path.dirname(file)))
        if (name.includes('.torn-')) fs.rmSync(path.join(path.dirname(file), name));
      fs.writeFileSync(file, JSON.stringify(SNAPSHOT));

      const store = Store.open(file, { fsync: false, snapshotEvery: 1e9 });
      // Exactly the three whole entries: nothing lost, nothing invented from the torn bytes.
      expect(await names(store)).toEqual(['seed', 'w1', 'w2', 'w3']);
      expect(await store.version()).toBe(3);
      const torn = fs.readdirSync(path.dirname(file)).filter((name) => name.includes('.journal.torn-'));
      expect(torn).toHaveLength(cut > last ? 1 : 0);
      if (cut > last)
        expect(fs.readFileSync(path.join(path.dirname(file), torn[0]!))).toEqual(journal.subarray(last, cut));

      // The next write starts on a clean line, so the start after it still sees it.
      await store.transact((tx) => tx.insert('items', { name: 'after' }));
      const again = Store.open(file, { fsync: false });
      expect(await names(again)).toEqual(['seed', 'w1', 'w2', 'w3', 'after']);
      await again.close();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Cut a torn last entry'));
  });

  it('keeps the adjustment made after the reproduction in issue 12 (a fragment appended while stopped)', async () => {
    const { file } = await crashedDb(2);
    fs.appendFileSync(`${file}.journal`, '{"seq":999999,"ops":[{"c":"x"');
    quiet();
    const store = Store.open(file, { fsync: false, snapshotEvery: 1e9 });
    await store.transact((tx) => tx.insert('items', { name: 'adjusted' }));
    expect(await names(Store.open(file, { fsync: false }))).toEqual(['seed', 'w1', 'w2', 'adjusted']);
  });
});

describe('damage in the middle of the journal', () => {
  it('refuses to start at any changed byte of a middle entry, says what to do, and leaves the file as it was', async () => {
    const { file, journal, starts } = await crashedDb(5);
    for (let at = starts[2]!; at < starts[3]!; at++) {
      const damaged = Buffer.from(journal);
      damaged[at] = damaged[at]! ^ 0x21;
      fs.writeFileSync(`${file}.journal`, damaged);
      expect(() => Store.open(file, { fsync: false })).toThrow(JournalDamagedError);
      expect(fs.readFileSync(`${file}.journal`)).toEqual(damaged);
    }
  });

  it('refuses to start when a random stretch of a middle entry is missing', async () => {
    const { file, journal, starts } = await crashedDb(5);
    // A fixed sequence of "random" points keeps a failure reproducible.
    let seed = 12;
    const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below;
    for (let round = 0; round < 20; round++) {
      const from = starts[2]! + random(starts[3]! - starts[2]!);
      const to = from + 1 + random(starts[3]! - from);
      fs.writeFileSync(`${file}.journal`, Buffer.concat([journal.subarray(0, from), journal.subarray(to)]));
      let message = '';
      try {
        Store.open(file, { fsync: false });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/is damaged at byte \d+/);
      expect(message).toContain(`truncate -s ${starts[2]}`);
    }
  });

  it('refuses to start when a whole entry is missing (a gap in the sequence)', async () => {
    const { file, journal, starts } = await crashedDb(4);
    fs.writeFileSync(
      `${file}.journal`,
      Buffer.concat([journal.subarray(0, starts[1]), journal.subarray(starts[2])]),
    );
    expect(() => Store.open(file, { fsync: false })).toThrow(/entry 2 is missing/);
  });
});

describe('appending and old journals', () => {
  it('writes the whole entry even when the system writes only a few bytes at a time', async () => {
    const file = tempDb();
    const store = Store.open(file, { fsync: false });
    const write = fs.writeSync.bind(fs) as (fd: number, b: Buffer, o: number, l: number) => number;
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, b: Buffer, o: number, l: number) =>
      write(fd, b, o, Math.min(l, 7))) as typeof fs.writeSync);
    await store.transact((tx) => tx.insert('items', { name: 'in pieces' }));
    vi.restoreAllMocks();
    expect(await names(Store.open(file, { fsync: false }))).toEqual(['seed', 'in pieces']);
  });

  it('cuts a failed append back off, so the write is refused and the next one lands on a clean line', async () => {
    const file = tempDb();
    const store = Store.open(file, { fsync: false });
    await store.transact((tx) => tx.insert('items', { name: 'before' }));
    const write = fs.writeSync.bind(fs) as (fd: number, b: Buffer, o: number, l: number) => number;
    let calls = 0;
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, b: Buffer, o: number, l: number) => {
      if (++calls === 2) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return write(fd, b, o, Math.min(l, 10));
    }) as typeof fs.writeSync);
    await expect(store.transact((tx) => tx.insert('items', { name: 'refused' }))).rejects.toThrow('no space');
    vi.restoreAllMocks();
    expect(await names(store)).toEqual(['seed', 'before']);
    await store.transact((tx) => tx.insert('items', { name: 'next' }));
    expect(await names(Store.open(file, { fsync: false }))).toEqual(['seed', 'before', 'next']);
  });

  it('still replays entries written before lines carried a checksum', async () => {
    const file = tempDb();
    const legacy = { seq: 1, ops: [{ c: 'items', id: 2, r: { id: 2, name: 'legacy' } }] };
    const checked = { seq: 2, ops: [{ c: 'items', id: 3, r: { id: 3, name: 'checked' } }] };
    fs.writeFileSync(
      `${file}.journal`,
      Buffer.concat([Buffer.from(JSON.stringify(legacy) + '\n'), encodeEntry(checked)]),
    );
    expect(await names(Store.open(file, { fsync: false }))).toEqual(['seed', 'legacy', 'checked']);
  });

  it('removes snapshot temp files of processes that are gone, and only those', async () => {
    const file = tempDb();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = `${file}.${gone}.1700000000000.tmp`;
    const ours = `${file}.${process.pid}.1700000000000.tmp`;
    const other = path.join(path.dirname(file), 'other.json.1.1.tmp');
    for (const name of [stale, ours, other]) fs.writeFileSync(name, '{');
    quiet();
    Store.open(file, { fsync: false });
    expect([stale, ours, other].map((name) => fs.existsSync(name))).toEqual([false, true, true]);
  });
});
