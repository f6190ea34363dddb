/** Writing the database file atomically, and making one on first start. */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { shopDefaultsFromEnv } from '../config';
import type { Database } from './database';
import { generateDatabase } from './generate';
import type { Scale } from './scales';
import { startOfUtcDay } from './time';

export const DEFAULT_SEED = 42;
const CHUNK_CHARS = 1 << 20;

/** Today 00:00 UTC, so freshly generated demo data always looks recent. */
export function defaultAnchor(now: Date = new Date()): Date {
  return startOfUtcDay(now);
}

/**
 * The file as text, in chunks: one record per line, so the file stays
 * greppable and no single string has to hold a large database.
 */
export function* serializeDatabase(db: Database): Generator<string> {
  let buffer = '{';
  let first = true;
  for (const [key, value] of Object.entries(db)) {
    buffer += `${first ? '' : ',\n'}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      buffer += JSON.stringify(value);
      continue;
    }
    const records: readonly unknown[] = value;
    buffer += records.length === 0 ? '[' : '[\n';
    for (let i = 0; i < records.length; i++) {
      buffer += (i === 0 ? '' : ',\n') + JSON.stringify(records[i]);
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += records.length === 0 ? ']' : '\n]';
  }
  yield `${buffer}}\n`;
}

/** Writes to a temporary file next to `file`, syncs it to disk, then renames it over `file`. */
export function writeDatabaseFile(db: Database, file: string): void {
  const target = resolve(file);
  const directory = dirname(target);
  mkdirSync(directory, { recursive: true });
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    for (const chunk of serializeDatabase(db)) writeSync(fd, chunk);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, target);
  syncDirectory(directory);
}

/** Makes the rename itself durable; not every platform lets a directory be opened. */
function syncDirectory(directory: string): void {
  try {
    const fd = openSync(directory, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort only.
  }
}

/**
 * Generates and writes the database if `file` does not exist yet. Returns whether it did.
 * The environment's SHOP_TIME_ZONE and SERVICE_LEVEL_HOURS seed the shop's settings here, and only here.
 */
export function ensureDatabase(file: string, scale: Scale = 'demo', shop = shopDefaultsFromEnv()): boolean {
  if (existsSync(file)) return false;
  writeDatabaseFile(generateDatabase({ scale, seed: DEFAULT_SEED, anchor: defaultAnchor(), shop }), file);
  return true;
}
