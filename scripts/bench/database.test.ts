import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanedTempDirs } from '../lib/testing';
import { seedCodeVersion } from './database';

const tempDir = cleanedTempDirs();

function fakeRepo(): string {
  const root = tempDir('repo');
  mkdirSync(join(root, 'mock-api/seed/data'), { recursive: true });
  mkdirSync(join(root, 'src/domain'), { recursive: true });
  writeFileSync(join(root, 'mock-api/seed/index.ts'), 'export const a = 1;');
  writeFileSync(join(root, 'mock-api/seed/data/names.ts'), 'export const names = ["Ada"];');
  writeFileSync(join(root, 'src/domain/types.ts'), 'export type Id = number;');
  return root;
}

describe('seedCodeVersion', () => {
  it('stays the same for the same seed code', () => {
    expect(seedCodeVersion(fakeRepo())).toBe(seedCodeVersion(fakeRepo()));
  });

  it('changes when any seed file or the record types change', () => {
    const root = fakeRepo();
    const before = seedCodeVersion(root);
    writeFileSync(join(root, 'mock-api/seed/data/names.ts'), 'export const names = ["Ada", "Grace"];');
    const afterSeedEdit = seedCodeVersion(root);
    writeFileSync(join(root, 'src/domain/types.ts'), 'export type Id = string;');
    expect(afterSeedEdit).not.toBe(before);
    expect(seedCodeVersion(root)).not.toBe(afterSeedEdit);
  });
});
