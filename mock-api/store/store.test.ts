/** Durability: journal, atomic snapshots, recovery. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WriteTransaction } from './database';
import { Store, type DatabaseFile } from './store';

const dirs: string[] = [];
function tempDb(
  data: DatabaseFile = { meta: { seq: 0 }, items: [{ id: 1, name: 'a', version: 1 }] },
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-store-'));
  dirs.push(dir);
  const file = path.join(dir, 'db.json');
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Store', () => {
  it('commits all of a transaction or none of it', async () => {
    const store = Store.open(tempDb(), { fsync: false });
    await expect(
      store.transact(async (tx) => {
        await tx.insert('items', { name: 'b' });
        await tx.update('items', 1, { name: 'changed' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await store.count('items')).toBe(1);
    expect((await store.get<{ name: string }>('items', 1))?.name).toBe('a');
    // The id the refused insert reserved is not handed out again.
    expect((await store.transact((tx) => tx.insert('items', { name: 'c' }))).id).toBe(3);
  });

  it('lets a transaction read its own writes', async () => {
    const store = Store.open(tempDb(), { fsync: false });
    await store.transact(async (tx) => {
      const created = await tx.insert('items', { name: 'b' });
      expect(await tx.get('items', created.id)).toEqual(created);
      expect(await tx.all('items')).toHaveLength(2);
      expect(await tx.findBy('items', 'name', 'b')).toEqual([created]);
      // Nothing is visible outside the transaction before it commits.
      expect(await store.count('items')).toBe(1);
      await tx.remove('items', 1);
      expect(await tx.all('items')).toHaveLength(1);
    });
    expect(await store.count('items')).toBe(1);
  });

  it('runs transactions one at a time, though their functions await', async () => {
    const store = Store.open(tempDb(), { fsync: false });
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    // Read-modify-write with a pause in between: interleaved, some increments would be lost.
    const increment = () =>
      store.transact(async (tx) => {
        const item = (await tx.get<{ id: number; n?: number }>('items', 1))!;
        await tick();
        await tx.update('items', 1, { n: (item.n ?? 0) + 1 });
      });
    const failing = store.transact(async (tx) => {
      await tx.update('items', 1, { n: -100 });
      await tick();
      throw new Error('refused');
    });
    await Promise.all([increment(), failing.catch(() => {}), increment(), increment()]);
    expect(await store.get('items', 1)).toMatchObject({ n: 3, version: 4 });
    await expect(failing).rejects.toThrow('refused');
  });

  it('refuses a transaction inside a transaction and a write after one ended', async () => {
    const store = Store.open(tempDb(), { fsync: false });
    await expect(
      store.transact(() => store.transact((tx) => tx.insert('items', { name: 'nested' }))),
    ).rejects.toThrow(/inside a transaction/);
    let leaked: WriteTransaction | null = null;
    await store.transact(async (tx) => {
      leaked = tx;
    });
    await expect(leaked!.insert('items', { name: 'late' })).rejects.toThrow(/after the transaction ended/);
    expect(await store.count('items')).toBe(1);
    // The queue still runs after a refusal.
    expect((await store.transact((tx) => tx.insert('items', { name: 'b' }))).id).toBeGreaterThan(1);
  });

  it('recovers every acknowledged write from the journal after a crash', async () => {
    const file = tempDb();
    const store = Store.open(file, { fsync: false });
    await store.transact((tx) => tx.insert('items', { name: 'b' }));
    await store.transact((tx) => tx.update('items', 1, { name: 'a2' }));
    await store.transact((tx) => tx.remove('items', 2));
    // No close(): the process "crashes"; the snapshot on disk is still the original.
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).items).toHaveLength(1);
    const reopened = Store.open(file, { fsync: false });
    expect(await reopened.get<{ name: string; version: number }>('items', 1)).toMatchObject({
      name: 'a2',
      version: 2,
    });
    expect(await reopened.get('items', 2)).toBeUndefined();
    expect(await reopened.version()).toBe(3);
    // Ids are never reused, even for a deleted record.
    expect((await reopened.transact((tx) => tx.insert('items', { name: 'c' }))).id).toBe(3);
  });

  it('ignores a torn last journal line (the write it held was never acknowledged)', async () => {
    const file = tempDb();
    const store = Store.open(file, { fsync: false });
    await store.transact((tx) => tx.insert('items', { name: 'b' }));
    fs.appendFileSync(`${file}.journal`, '{"seq":2,"ops":[{"c":"items","id":9,"r":{"id":9,"na');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reopened = Store.open(file, { fsync: false });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Cut a torn last entry'));
    warn.mockRestore();
    expect(await reopened.count('items')).toBe(2);
    expect(await reopened.version()).toBe(1);
  });

  it('writes snapshots atomically: the file is always complete JSON while writes go on', async () => {
    // Enough rows for a snapshot to take several turns of the event loop (it writes 2,000 rows
    // per turn), so reads and writes land while one is half written; more rows only cost time.
    const rows = Array.from({ length: 6_000 }, (_, i) => ({ id: i + 1, name: `row ${i}` }));
    const file = tempDb({ meta: { seq: 0 }, items: rows });
    const store = Store.open(file, { fsync: false, snapshotEvery: 50 });
    const snapshotInProgress = () => fs.readdirSync(path.dirname(file)).some((name) => name.endsWith('.tmp'));
    let reads = 0;
    let readsDuringSnapshot = 0;
    for (let i = 0; i < 400; i += 1) {
      await store.transact((tx) => tx.update('items', 1 + (i % 100), { name: `write ${i}` }));
      if (i % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (snapshotInProgress()) readsDuringSnapshot += 1;
      expect(() => JSON.parse(fs.readFileSync(file, 'utf8'))).not.toThrow();
      reads += 1;
    }
    await store.close();
    expect(reads).toBe(400);
    expect(readsDuringSnapshot).toBeGreaterThan(0);
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as DatabaseFile & {
      items: Array<{ name: string }>;
    };
    expect(onDisk.meta.seq).toBe(400);
    expect(onDisk.items[99]!.name).toBe('write 399');
    expect(fs.existsSync(`${file}.journal.old`)).toBe(false);
    expect(fs.readFileSync(`${file}.journal`, 'utf8')).toBe('');
  });
});
