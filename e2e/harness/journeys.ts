import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Journey } from './types';

function isJourney(value: unknown): value is Journey {
  const candidate = value as Partial<Journey> | null;
  return typeof candidate?.name === 'string' && typeof candidate.run === 'function';
}

/**
 * Every `*.ts` in `dir`, in file-name order. With filters, only journeys whose
 * name or file name contains one of them (`npm run test:e2e -- foundation`).
 */
export async function loadJourneys(dir: string, filters: readonly string[]): Promise<Journey[]> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort();
  const journeys: Journey[] = [];
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(join(dir, file)).href);
    if (!isJourney(module)) throw new Error(`e2e/journeys/${file} must export \`name\` and \`run(ctx)\``);
    const matches =
      filters.length === 0 || filters.some((f) => module.name.includes(f) || basename(file).includes(f));
    if (matches) journeys.push({ name: module.name, run: module.run });
  }
  return journeys;
}
