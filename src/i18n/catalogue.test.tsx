import { describe, expect, it } from 'vitest';
import { catalogueParts, messagesFor } from '.';

type Tree = { [key: string]: unknown };

/** Every leaf of a message tree as a dotted path, the way polyglot addresses it. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [leaf, text] of leaves(value as Tree, path)) found.set(leaf, text);
    } else {
      found.set(path, String(value));
    }
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('leaves', () => {
  it('finds a key missing deep inside one tree', () => {
    const english = leaves({ ra: { action: { save: 'Save', undo: 'Undo' } } });
    const german = leaves({ ra: { action: { save: 'Speichern' } } });
    expect([...german.keys()]).not.toEqual([...english.keys()]);
  });
});

describe.each(Object.keys(catalogueParts.en) as (keyof typeof catalogueParts.en)[])(
  'German %s messages',
  (part) => {
    const english = leaves(catalogueParts.en[part] as Tree);
    const german = leaves(catalogueParts.de[part] as Tree);

    it('have exactly the English keys', () => {
      expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('use the same %{placeholders} and plural forms as the English', () => {
      for (const [key, text] of english) {
        const translated = german.get(key) ?? '';
        expect({ key, placeholders: placeholders(translated) }).toEqual({
          key,
          placeholders: placeholders(text),
        });
        expect({ key, plural: translated.includes('||||') }).toEqual({ key, plural: text.includes('||||') });
      }
    });
  },
);

describe('merged catalogues', () => {
  it('never define one key in two parts, where one would silently win', () => {
    for (const locale of ['en', 'de'] as const) {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const [part, tree] of Object.entries(catalogueParts[locale])) {
        for (const key of leaves(tree as Tree).keys()) {
          const previous = owner.get(key);
          if (previous) clashes.push(`${key} (${previous}, ${part})`);
          owner.set(key, part);
        }
      }
      expect(clashes, locale).toEqual([]);
    }
  });

  it('keep every part’s keys, including the domain messages under domain.', () => {
    for (const locale of ['en', 'de'] as const) {
      const merged = leaves(messagesFor(locale) as Tree);
      for (const part of Object.values(catalogueParts[locale])) {
        for (const key of leaves(part as Tree).keys())
          expect(merged.has(key), `${locale}: ${key}`).toBe(true);
      }
    }
    expect(leaves(messagesFor('de') as Tree).get('domain.errors.required')).toBe(
      'Dieses Feld ist erforderlich.',
    );
  });
});
