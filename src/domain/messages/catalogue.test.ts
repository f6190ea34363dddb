/** The domain catalogue: every key said once, in both languages. */
import { describe, expect, it } from 'vitest';
import * as auth from './auth';
import * as catalog from './catalog';
import * as common from './common';
import * as kpis from './kpis';
import * as labels from './labels';
import * as orders from './orders';
import * as promotions from './promotions';
import * as records from './records';
import * as stock from './stock';

const PARTS = { auth, catalog, common, kpis, labels, orders, promotions, records, stock };

describe('the domain message catalogue', () => {
  it('defines no key in two files (a later file would silently win)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, part] of Object.entries(PARTS)) {
      for (const key of Object.keys(part.en)) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${name}`);
        owner.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has the same keys in English and German in every file', () => {
    for (const [name, part] of Object.entries(PARTS)) {
      expect(Object.keys(part.de).sort(), name).toEqual(Object.keys(part.en).sort());
    }
  });
});
