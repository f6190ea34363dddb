/**
 * npm run seed -- [--scale tiny|demo|large] [--out FILE | --database-url URL] [--seed N] [--now ISO]
 * Same scale, seed and --now give a byte-identical file (or the same rows).
 */
import { statSync } from 'node:fs';
import { parseCliOptions, USAGE, type CliOptions } from './cli-options';
import { COLLECTIONS } from './database';
import { writeDatabaseFile } from './file';
import { generateDatabase } from './generate';
import { loadDatabase } from '../postgres/load';
import { migrateDatabase } from '../postgres/migrate';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(argv: string[]): Promise<number> {
  let options: CliOptions | 'help';
  try {
    options = parseCliOptions(argv);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`${reason}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const db = generateDatabase(options);
  const generated = performance.now();
  if (options.databaseUrl) {
    const migrations = await migrateDatabase(options.databaseUrl);
    const report = await loadDatabase(options.databaseUrl, db);
    console.log(
      `Seeded ${options.scale} data (seed ${options.seed}, now ${db.meta.anchor}) into PostgreSQL` +
        (migrations.length
          ? ` after ${migrations.length} migration${migrations.length === 1 ? '' : 's'}`
          : ''),
    );
    for (const [name, rows] of Object.entries(report.rows))
      console.log(`  ${name.padEnd(16)} ${String(rows).padStart(8)}`);
    console.log(`Generated in ${seconds(generated - started)}, loaded with COPY in ${seconds(report.ms)}`);
    return 0;
  }
  writeDatabaseFile(db, options.out);
  const written = performance.now();
  const megabytes = statSync(options.out).size / 1e6;
  console.log(
    `Seeded ${options.scale} data (seed ${options.seed}, now ${db.meta.anchor}) into ${options.out}`,
  );
  for (const name of COLLECTIONS) console.log(`  ${name.padEnd(16)} ${String(db[name].length).padStart(8)}`);
  console.log(
    `Generated in ${((generated - started) / 1000).toFixed(1)} s, written in ${((written - generated) / 1000).toFixed(1)} s (${megabytes.toFixed(1)} MB)`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
