/** The README with its generated endpoint list, formatted by Prettier with the repository's settings. */
import { join } from 'node:path';
import prettier from 'prettier';
import { withEndpointList } from '../../src/domain/contract/endpointList';

export async function readmeWithEndpointList(readme: string): Promise<string> {
  const file = join(import.meta.dirname, '..', '..', 'README.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(withEndpointList(readme), { ...options, filepath: file });
}
