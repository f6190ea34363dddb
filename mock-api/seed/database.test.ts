import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, ensureDatabase, generateDatabase, writeDatabaseFile, type Database } from './database';
import { serializeDatabase } from './file';
import { DAY_MS, Findings, ms, seeded, TESTED_SCALES, TEST_ANCHORS, TEST_SEED } from './test-fixtures';

const records = (db: Database) =>
  COLLECTIONS.flatMap(
    (name) => db[name] as { id: number; createdAt: string; updatedAt: string; version: number }[],
  );

describe('generateDatabase', () => {
  const tiny = seeded('tiny');

  it('is deterministic: same arguments, same data; another seed, other data', () => {
    const again = generateDatabase({ scale: 'tiny', seed: TEST_SEED, anchor: TEST_ANCHORS.tiny });
    expect(JSON.stringify(again)).toBe(JSON.stringify(tiny));
    const other = generateDatabase({ scale: 'tiny', seed: TEST_SEED + 1, anchor: TEST_ANCHORS.tiny });
    expect(other.products.map((product) => product.sku)).not.toEqual(
      tiny.products.map((product) => product.sku),
    );
    expect(other.orders.map((order) => order.total)).not.toEqual(tiny.orders.map((order) => order.total));
  });

  it('follows the anchor: a later anchor moves the whole history', () => {
    const later = generateDatabase({
      scale: 'tiny',
      seed: TEST_SEED,
      anchor: new Date(TEST_ANCHORS.tiny.getTime() + 30 * DAY_MS),
    });
    expect(ms(later.orders[0]?.placedAt ?? null)).toBeGreaterThan(ms(tiny.orders[0]?.placedAt ?? null));
    expect(later.meta.anchor).toBe(new Date(TEST_ANCHORS.tiny.getTime() + 30 * DAY_MS).toISOString());
  });

  it('rejects an invalid anchor', () => {
    expect(() => generateDatabase({ scale: 'tiny', seed: 1, anchor: new Date('nope') })).toThrow(RangeError);
  });
});

describe.each(TESTED_SCALES)('database at %s scale', (scale) => {
  const db = seeded(scale);
  const anchor = TEST_ANCHORS[scale].toISOString();

  it('has the agreed shape and meta', () => {
    expect(Object.keys(db)).toEqual(['meta', ...COLLECTIONS, 'credentials']);
    expect(db.meta).toEqual({ schemaVersion: 1, seq: 0, seed: TEST_SEED, scale, anchor });
    // What users do in the console, not history the seed invents.
    expect(db['audit-log']).toEqual([]);
    expect(db['saved-filters']).toEqual([]);
  });

  it('numbers every collection 1, 2, 3, … with version 1', () => {
    const findings = new Findings();
    for (const name of COLLECTIONS) {
      (db[name] as { id: number; version: number }[]).forEach((record, i) => {
        findings.check(
          record.id === i + 1 && record.version === 1,
          `${name}[${i}]: id ${record.id}, version ${record.version}`,
        );
      });
    }
    expect(findings.problems).toEqual([]);
  });

  it('keeps every timestamp a whole-second ISO string no later than the anchor, created ≤ updated', () => {
    const isoPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/;
    const findings = new Findings();
    for (const record of records(db)) {
      const label = JSON.stringify(record).slice(0, 80);
      findings.check(
        isoPattern.test(record.createdAt) && isoPattern.test(record.updatedAt),
        `${label}: not whole-second ISO`,
      );
      findings.check(record.createdAt <= record.updatedAt, `${label}: updated before created`);
      findings.check(record.updatedAt <= anchor, `${label}: updated after the anchor`);
    }
    for (const order of db.orders) {
      for (const moment of [order.paidAt, order.shippedAt, order.deliveredAt, order.cancelledAt]) {
        findings.check(moment === null || moment <= anchor, `${order.number}: ${moment} after the anchor`);
      }
    }
    expect(findings.problems).toEqual([]);
  });
});

describe('order rhythm at demo scale', () => {
  const db = seeded('demo');
  const placed = db.orders.map((order) => new Date(order.placedAt));

  it('sells most on Sundays and Mondays and least on Saturdays', () => {
    const perWeekday = [0, 1, 2, 3, 4, 5, 6].map(
      (day) => placed.filter((date) => date.getUTCDay() === day).length,
    );
    const [sunday = 0, monday = 0, , , , , saturday = 0] = perWeekday;
    expect(Math.min(sunday, monday)).toBeGreaterThan(Math.max(...perWeekday.slice(2, 6)));
    expect(saturday).toBe(Math.min(...perWeekday));
  });

  it('sells more in the evening than in the morning, especially on Sundays and Mondays', () => {
    const share = (dates: Date[]) =>
      dates.filter((date) => date.getUTCHours() >= 17 && date.getUTCHours() <= 21).length / dates.length;
    const sundayMonday = placed.filter((date) => date.getUTCDay() <= 1);
    const midweek = placed.filter((date) => date.getUTCDay() >= 2 && date.getUTCDay() <= 4);
    expect(share(sundayMonday)).toBeGreaterThan(share(midweek));
    expect(placed.filter((date) => date.getUTCHours() === 19).length).toBeGreaterThan(
      placed.filter((date) => date.getUTCHours() === 8).length,
    );
  });

  it('peaks in November/December, dips in summer, and grows year on year', () => {
    const perMonth = new Map<string, number>();
    for (const date of placed)
      perMonth.set(date.toISOString().slice(0, 7), (perMonth.get(date.toISOString().slice(0, 7)) ?? 0) + 1);
    // Anchor 2025-06-01: the history runs December 2023 – May 2025.
    const month = (key: string) => perMonth.get(key) ?? 0;
    expect(month('2024-11')).toBeGreaterThan(1.5 * month('2024-09'));
    expect(month('2024-12')).toBeGreaterThan(month('2024-10'));
    expect(month('2024-07') + month('2024-08')).toBeLessThan(month('2024-04') + month('2024-05'));
    expect(month('2025-03') + month('2025-04') + month('2025-05')).toBeGreaterThan(
      1.3 * (month('2024-03') + month('2024-04') + month('2024-05')),
    );
  });
});

describe('database file', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kontor-seed-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const db = seeded('tiny');

  it('writes JSON that reads back to the same database, one record per line, leaving no temp file', () => {
    const file = join(directory, 'nested', 'dir', 'db.json');
    writeDatabaseFile(db, file);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toEqual(db);
    expect(text.split('\n').length).toBeGreaterThan(db.orders.length + db.products.length);
    expect(readdirSync(join(directory, 'nested', 'dir'))).toEqual(['db.json']);
    expect([...serializeDatabase(db)].join('')).toBe(text);
  });

  it('replaces an existing file whole', () => {
    const file = join(directory, 'replace.json');
    writeFileSync(file, 'x'.repeat(10_000_000));
    writeDatabaseFile(db, file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(db);
  });

  it('ensureDatabase generates only when the file is missing', () => {
    const file = join(directory, 'ensure', 'db.json');
    expect(ensureDatabase(file, 'tiny')).toBe(true);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Database;
    expect(written.meta).toMatchObject({ seed: 42, scale: 'tiny' });
    expect(written.meta.anchor).toBe(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
    const before = statSync(file).mtimeMs;
    expect(ensureDatabase(file, 'tiny')).toBe(false);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(existsSync(file)).toBe(true);
  });
});
