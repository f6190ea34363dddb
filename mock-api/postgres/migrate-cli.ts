/**
 * npm run db:migrate [-- --database-url URL] [--down [N]]
 * Applies every migration not yet applied to DATABASE_URL (or --database-url);
 * --down undoes the last one (or N).
 */
import { parseArgs } from 'node:util';
import { migrateDatabase } from './migrate';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { 'database-url': { type: 'string' }, down: { type: 'string' } },
    allowPositionals: false,
  });
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('Say which database: set DATABASE_URL=postgres://… or pass --database-url postgres://…');
    return 2;
  }
  const count = values.down === undefined ? undefined : Number(values.down || 1);
  if (count !== undefined && !(Number.isInteger(count) && count > 0)) {
    console.error(`--down takes how many migrations to undo, got "${values.down}"`);
    return 2;
  }
  const ran = await migrateDatabase(databaseUrl, {
    direction: count === undefined ? 'up' : 'down',
    count,
    log: (message) => console.log(message),
  });
  console.log(
    ran.length
      ? `${count ? 'Undid' : 'Applied'}: ${ran.join(', ')}`
      : 'Nothing to migrate: the database is up to date.',
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
