/** The README lists the endpoints of the route table, as `npm run docs:contract` writes them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES, ROUTE_IDS } from '../../src/domain/contract/routes';
import { readmeWithEndpointList } from './readme';

describe("the README's endpoint list", () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

  it('is the one generated from the table (run npm run docs:contract after changing it)', async () => {
    expect(readme).toBe(await readmeWithEndpointList(readme));
  });

  it('names every route', () => {
    for (const id of ROUTE_IDS) expect(readme, id).toContain(`\`/api${ROUTES[id].path}\``);
  });
});
