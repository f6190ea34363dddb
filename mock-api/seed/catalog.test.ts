import { describe, expect, it } from 'vitest';
import { isValidEan13 } from '../../src/domain/ean13';
import { SCALE_CONFIGS } from './scales';
import { Findings, groupBy, seeded, TESTED_SCALES } from './test-fixtures';

describe.each(TESTED_SCALES)('catalogue at %s scale', (scale) => {
  const db = seeded(scale);
  const config = SCALE_CONFIGS[scale];

  it('is a two-level category tree with products only in child categories', () => {
    const tops = db.categories.filter((category) => category.parentId === null);
    const children = db.categories.filter((category) => category.parentId !== null);
    expect(tops).toHaveLength(config.topCategories ?? tops.length);
    const byId = new Map(db.categories.map((category) => [category.id, category]));
    for (const child of children) expect(byId.get(child.parentId ?? -1)?.parentId).toBeNull();
    for (const top of tops) {
      const kids = children.filter((child) => child.parentId === top.id);
      expect(kids.length).toBe(config.childrenPerTop ?? kids.length);
      expect(kids.map((kid) => kid.position).sort()).toEqual(kids.map((_, i) => i + 1));
    }
    const childIds = new Set(children.map((child) => child.id));
    expect(db.products.filter((product) => !childIds.has(product.categoryId ?? -1))).toEqual([]);
    expect(new Set(db.categories.map((category) => category.slug)).size).toBe(db.categories.length);
    expect(
      db.categories.map((category) => category.slug).filter((slug) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)),
    ).toEqual([]);
  });

  it('has the configured number of products, warehouses and categories', () => {
    expect(db.products).toHaveLength(config.products);
    expect(db.warehouses).toHaveLength(config.warehouses);
    if (scale === 'demo') {
      expect(db.categories).toHaveLength(20);
      expect(db.warehouses.map((warehouse) => warehouse.code)).toEqual(['BER', 'HAM', 'MUC', 'CGN']);
    }
  });

  it('gives every product a unique SKU of the form KT-<CAT>-12345', () => {
    expect(
      db.products.map((product) => product.sku).filter((sku) => !/^KT-[A-Z]{3}-\d{5}$/.test(sku)),
    ).toEqual([]);
    expect(new Set(db.products.map((product) => product.sku)).size).toBe(db.products.length);
  });

  it('gives products valid, unique EAN-13 barcodes (drafts may lack one)', () => {
    const barcodes = db.products
      .map((product) => product.barcode)
      .filter((code): code is string => code !== null);
    expect(barcodes.filter((code) => !isValidEan13(code))).toEqual([]);
    expect(new Set(barcodes).size).toBe(barcodes.length);
    expect(db.products.filter((product) => product.status !== 'draft' && product.barcode === null)).toEqual(
      [],
    );
  });

  it('prices products like a shop: ,99 / ,95 / ,00, cost 40–70 % of price, positive weight', () => {
    const findings = new Findings();
    for (const { sku, price, cost, weightGrams } of db.products) {
      findings.check([99, 95, 0].includes(price % 100) && price >= 400, `${sku}: price ${price}`);
      findings.check(
        Number.isInteger(cost) && cost / price >= 0.4 && cost / price <= 0.7,
        `${sku}: cost ${cost} of ${price}`,
      );
      findings.check(weightGrams > 0, `${sku}: weight ${weightGrams}`);
    }
    expect(findings.problems).toEqual([]);
  });

  it('names products from the word lists, uniquely', () => {
    expect(new Set(db.products.map((product) => product.name)).size).toBe(db.products.length);
    expect(db.products.filter((product) => product.name.split(' ').length < 3)).toEqual([]);
  });

  it('has mostly active products, some drafts and a few archived', () => {
    const counts = groupBy(db.products, (product) => product.status);
    const share = (status: string) => (counts.get(status as never)?.length ?? 0) / db.products.length;
    expect(share('active')).toBeGreaterThan(0.75);
    if (scale === 'demo') {
      expect(share('draft')).toBeGreaterThan(0.02);
      expect(share('archived')).toBeGreaterThan(0.02);
      expect(share('archived')).toBeLessThan(share('active'));
    }
  });

  it('numbers products in order of creation', () => {
    const findings = new Findings();
    db.products.forEach((product, i) => {
      findings.check(product.id === i + 1, `product ${i} has id ${product.id}`);
      findings.check(
        product.createdAt >= (db.products[i - 1]?.createdAt ?? ''),
        `${product.sku} created before its predecessor`,
      );
    });
    expect(findings.problems).toEqual([]);
  });
});
