/** The seed CLI's arguments, separate from cli.ts so they can be tested without spawning it. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultAnchor, DEFAULT_SEED } from './file';
import { isScale, SCALES, type Scale } from './scales';

const DEFAULT_OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../data/db.json');

export const USAGE = `Usage: npm run seed -- [--scale ${SCALES.join('|')}] [--out FILE | --database-url URL] [--seed N] [--now ISO]
  --scale         how much data (default demo)
  --out           where to write (default mock-api/data/db.json)
  --database-url  load into this PostgreSQL database instead (migrated first; it must hold no data)
  --seed          non-negative integer (default ${DEFAULT_SEED})
  --now           the moment the data is generated for (default today 00:00 UTC)`;

export interface CliOptions {
  scale: Scale;
  out: string;
  /** postgres://…: load there instead of writing `out`. */
  databaseUrl: string | null;
  seed: number;
  anchor: Date;
}

/** Bad arguments: the CLI prints the message and USAGE and exits with 2. */
export class UsageError extends Error {}

/** Throws UsageError (or parseArgs' TypeError) on bad arguments. */
export function parseCliOptions(argv: string[]): CliOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      scale: { type: 'string' },
      out: { type: 'string' },
      'database-url': { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const scale = values.scale ?? 'demo';
  if (!isScale(scale)) throw new UsageError(`unknown scale: ${scale}`);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!/^\d+$/.test(values.seed ?? '0') || !Number.isSafeInteger(seed))
    throw new UsageError(`bad seed: ${values.seed}`);
  const anchor = values.now === undefined ? defaultAnchor() : new Date(values.now);
  if (Number.isNaN(anchor.getTime())) throw new UsageError(`bad --now date: ${values.now}`);
  const databaseUrl = values['database-url'] ?? null;
  if (databaseUrl !== null && values.out !== undefined)
    throw new UsageError('give either --out or --database-url, not both');
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new UsageError(`--database-url must be a postgres:// address, got "${databaseUrl}"`);
  return { scale, out: resolve(values.out ?? DEFAULT_OUT), databaseUrl, seed, anchor };
}
