/**
 * Vitest global setup of the projects that need PostgreSQL: the server the
 * tests use, DATABASE_URL's or a throw-away one started here and removed after
 * the run. Each test file makes its own databases on it (./testing.ts), API
 * tests from a migrated, empty template made here once.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../scripts/lib/postgres';
import { migrateDatabase } from './migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** A database migrated once here, which API tests copy instead of migrating each time. */
export const MIGRATED_TEMPLATE = 'kontor_template_migrated';

async function makeMigratedTemplate(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${MIGRATED_TEMPLATE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${MIGRATED_TEMPLATE}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${MIGRATED_TEMPLATE}`;
  await migrateDatabase(url.href);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    await makeMigratedTemplate(given);
    return async () => undefined;
  }
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  await makeMigratedTemplate(server.url);
  return () => server.stop();
}
