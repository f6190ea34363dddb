/**
 * The bench's database, generated once per scale, seed and seed-code version
 * and kept in the OS temp directory: a large seed takes a while, and the same
 * data keeps runs comparable.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, generateDatabase, type SeedScale } from '../lib/servers';

const SEED_SOURCES = ['mock-api/seed', 'src/domain/types.ts'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

/** Changes whenever the seed code changes, so a stale cached database is never reused. */
export function seedCodeVersion(root = REPO_ROOT): string {
  const hash = createHash('sha256');
  for (const file of SEED_SOURCES.flatMap((source) => filesUnder(join(root, source)))) {
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

export async function cachedDatabase(
  scale: SeedScale,
  seed: number,
  logFile: string,
): Promise<{ file: string; reused: boolean }> {
  const prefix = `kontor-bench-${scale}-seed${seed}-`;
  const file = join(tmpdir(), `${prefix}${seedCodeVersion()}.json`);
  if (existsSync(file)) return { file, reused: true };
  // Written aside and renamed, so an interrupted run never leaves a half-written cache.
  const partial = `${file}.${process.pid}.partial`;
  await generateDatabase({ scale, seed, out: partial, output: { logFile } });
  renameSync(partial, file);
  // Databases from older seed code are never read again, and a large one is hundreds of MB.
  for (const entry of readdirSync(tmpdir())) {
    if (entry.startsWith(prefix) && entry.endsWith('.json') && join(tmpdir(), entry) !== file)
      rmSync(join(tmpdir(), entry), { force: true });
  }
  return { file, reused: false };
}
