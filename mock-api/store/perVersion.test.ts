import { describe, expect, it } from 'vitest';
import { perVersion } from './perVersion';
import { Store } from './store';

describe('perVersion', () => {
  it('builds once per data version, and again after a commit', async () => {
    const db = new Store({ meta: { seq: 0 }, notes: [{ id: 1, text: 'a' }] });
    let builds = 0;
    const count = perVersion(async (on) => {
      builds += 1;
      return (await on.all('notes')).length;
    });
    expect([await count(db), await count(db)]).toEqual([1, 1]);
    expect(builds).toBe(1);
    await db.transact((tx) => tx.insert('notes', { text: 'b' }));
    expect(await count(db)).toBe(2);
    expect(builds).toBe(2);
    // Another database has its own figures.
    expect(await count(new Store({ meta: { seq: 0 }, notes: [] }))).toBe(0);
  });
});
