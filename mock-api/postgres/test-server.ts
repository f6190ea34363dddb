/**
 * Vitest global setup of the `postgres` project: the server the tests use,
 * DATABASE_URL's or a throw-away one started here and removed after the run.
 * Each test file makes its own database on it (./testing.ts).
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../scripts/lib/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return async () => undefined;
  }
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
