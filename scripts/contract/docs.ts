/**
 * `npm run docs:contract`: rewrites the endpoint list in README.md from the
 * contract, formatted the way `npm run format` leaves it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeWithEndpointList } from './readme';

const readme = join(import.meta.dirname, '..', '..', 'README.md');
writeFileSync(readme, await readmeWithEndpointList(readFileSync(readme, 'utf8')));
console.log('README.md: endpoint list written from the contract.');
