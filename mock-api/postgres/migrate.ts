/**
 * Applies the schema's versioned migrations (./migrations, SQL files) with
 * node-pg-migrate, which records what it applied in `pgmigrations` and holds
 * an advisory lock meanwhile, so two instances starting at once do not both
 * migrate.
 */
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

export interface MigrateOptions {
  direction?: 'up' | 'down';
  /** How many migrations to apply or undo (default all up, one down). */
  count?: number;
  log?: (message: string) => void;
}

/** Returns the names of the migrations it ran. */
export async function migrateDatabase(databaseUrl: string, options: MigrateOptions = {}): Promise<string[]> {
  const direction = options.direction ?? 'up';
  const ran = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    direction,
    count: options.count ?? (direction === 'up' ? Infinity : 1),
    migrationsTable: 'pgmigrations',
    checkOrder: true,
    log: options.log ?? (() => undefined),
    verbose: false,
  });
  return ran.map((migration) => migration.name);
}
