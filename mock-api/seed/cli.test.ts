import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options';
import type { Database } from './database';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const directory = mkdtempSync(join(tmpdir(), 'kontor-seed-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const run = (command: string, args: string[]) =>
  spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
/** As `npm run seed` does it. */
const seed = (...args: string[]) => run('npx', ['tsx', 'mock-api/seed/cli.ts', ...args]);
/** The same without npx's start-up cost. */
const seedQuickly = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'mock-api/seed/cli.ts', ...args]);

describe('seed CLI', () => {
  it('writes byte-identical files for the same scale, seed and date', () => {
    const first = join(directory, 'first.json');
    const second = join(directory, 'second.json');
    const run1 = seed('--scale', 'tiny', '--out', first);
    // The same script without npx: npx adds a second of start-up and nothing to compare.
    const run2 = seedQuickly('--scale', 'tiny', '--out', second);
    expect(run1.status, run1.stderr).toBe(0);
    expect(run2.status, run2.stderr).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    expect(run1.stdout).toMatch(/orders\s+150/);
    expect(run1.stdout).toMatch(/Generated in [\d.]+ s/);
    const db = JSON.parse(readFileSync(first, 'utf8')) as Database;
    expect(db.meta).toMatchObject({ seed: 42, scale: 'tiny' });
  });

  it('honours --seed and --now', () => {
    const file = join(directory, 'custom.json');
    const result = seedQuickly(
      '--scale',
      'tiny',
      '--out',
      file,
      '--seed',
      '9',
      '--now',
      '2024-03-15T12:00:00Z',
    );
    expect(result.status, result.stderr).toBe(0);
    const db = JSON.parse(readFileSync(file, 'utf8')) as Database;
    expect(db.meta).toMatchObject({ seed: 9, anchor: '2024-03-15T12:00:00.000Z' });
  });

  it('prints usage and exits 2 on bad arguments, writing nothing', () => {
    const result = seedQuickly('--scale', 'huge', '--out', join(directory, 'never.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown scale: huge');
    expect(result.stderr).toContain('Usage: npm run seed');
    expect(existsSync(join(directory, 'never.json'))).toBe(false);
  });
});

describe('parseCliOptions', () => {
  it('defaults to demo scale, seed 42, today 00:00 UTC and mock-api/data/db.json', () => {
    const options = parseCliOptions([]);
    expect(options).toMatchObject({
      scale: 'demo',
      seed: 42,
      out: join(repoRoot, 'mock-api', 'data', 'db.json'),
    });
    expect(options !== 'help' && options.anchor.toISOString()).toBe(
      `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`,
    );
  });

  it('reads every option', () => {
    expect(
      parseCliOptions(['--scale', 'large', '--out', 'x.json', '--seed', '0', '--now', '2025-01-02']),
    ).toEqual({
      scale: 'large',
      out: resolve('x.json'),
      databaseUrl: null,
      seed: 0,
      anchor: new Date('2025-01-02T00:00:00Z'),
    });
    expect(parseCliOptions(['--database-url', 'postgres://kontor@db/shop'])).toMatchObject({
      databaseUrl: 'postgres://kontor@db/shop',
    });
    expect(parseCliOptions(['--help'])).toBe('help');
  });

  it.each([
    ['an unknown scale', ['--scale', 'huge']],
    ['a negative seed', ['--seed', '-1']],
    ['a fractional seed', ['--seed', '1.5']],
    ['a bad date', ['--now', 'yesterday']],
    ['an unknown option', ['--colour', 'blue']],
    ['a stray argument', ['tiny']],
    ['a missing value', ['--scale']],
    ['a database address that is not PostgreSQL’s', ['--database-url', 'mysql://db/shop']],
    ['both a file and a database', ['--out', 'x.json', '--database-url', 'postgres://db/shop']],
  ])('rejects %s', (_, args) => {
    expect(() => parseCliOptions(args)).toThrow();
  });
});
