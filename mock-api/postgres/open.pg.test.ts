/** Starting the API on a database that is not ready says what to run, instead of failing on the first request. */
import { afterEach, describe, expect, it } from 'vitest';
import { seeded } from '../seed/test-fixtures';
import { loadDatabase } from './load';
import { openPostgres, redacted } from './open';
import { freshDatabase, type TestDatabase } from './testing';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

describe('openPostgres', () => {
  it('names the migration command when the schema is missing', async () => {
    database = await freshDatabase();
    await expect(openPostgres(database.url)).rejects.toThrow(
      /lacks \d+ schema migration.*npm run db:migrate/,
    );
  });

  it('names the seed command when the schema is there but holds no data', async () => {
    database = await freshDatabase({ migrated: true });
    await expect(openPostgres(database.url)).rejects.toThrow(/holds no users yet.*npm run seed/);
  });

  it('migrates when asked and opens a loaded database', async () => {
    database = await freshDatabase();
    await expect(openPostgres(database.url, { migrate: true })).rejects.toThrow(/holds no users/);
    await loadDatabase(database.url, seeded('tiny'));
    const db = await openPostgres(database.url, { migrate: true });
    try {
      expect(await db.count('users')).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  it('says which server it cannot reach, without its password', async () => {
    const url = 'postgres://kontor:secret@127.0.0.1:1/kontor';
    await expect(openPostgres(url)).rejects.toThrow(
      'Cannot reach PostgreSQL at postgres://kontor:***@127.0.0.1:1/kontor',
    );
    expect(redacted(url)).not.toContain('secret');
  });
});
