/** Categories, products and warehouses. */
import { withEan13CheckDigit } from '../../src/domain/ean13';
import type { Category, Id, Product, ProductStatus, Warehouse } from '../../src/domain/types';
import { at, Random } from './random';
import type { ScaleConfig } from './scales';
import { slugify } from './text';
import { DAY, iso, type Span } from './time';
import { CATALOG, COLOURS, type LeafCategory, type ProductNoun } from './vocab/catalog';

/** What later stages need to know about a product beyond its record. */
export interface ProductFacts {
  createdAt: number;
  /** When it stopped selling; null while it is (or will be) on sale. */
  archivedAt: number | null;
  /** Relative share of demand; 0 for products never sold. */
  popularity: number;
}

export interface Catalog {
  categories: Category[];
  products: Product[];
  facts: ProductFacts[];
  /** Parent of each category id (null for top level). */
  parentOf: ReadonlyMap<Id, Id | null>;
}

interface Leaf {
  id: Id;
  spec: LeafCategory;
}

function buildCategories(config: ScaleConfig, span: Span): { categories: Category[]; leaves: Leaf[] } {
  const categories: Category[] = [];
  const leaves: Leaf[] = [];
  const stamp = iso(span.start - 90 * DAY);
  const add = (name: string, parentId: Id | null, position: number): Id => {
    const id = categories.length + 1;
    const record = { id, createdAt: stamp, updatedAt: stamp, version: 1 };
    categories.push({ ...record, name, slug: slugify(name), parentId, position });
    return id;
  };
  CATALOG.slice(0, config.topCategories ?? undefined).forEach((top, topIndex) => {
    const topId = add(top.name, null, topIndex + 1);
    top.children.slice(0, config.childrenPerTop ?? undefined).forEach((child, childIndex) => {
      leaves.push({ id: add(child.name, topId, childIndex + 1), spec: child });
    });
  });
  return { categories, leaves };
}

/** Splits `total` over `weights` in whole numbers that add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  const byRemainder = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (const [, i] of byRemainder) {
    if (missing-- <= 0) break;
    counts[i] = at(counts, i) + 1;
  }
  return counts;
}

/** Shop prices end in ,99 / ,95 / ,00. */
function shopPrice(rng: Random, noun: ProductNoun): number {
  const euros = Math.exp(rng.float(Math.log(noun.minEuro), Math.log(noun.maxEuro)));
  const whole = Math.max(1, Math.floor(euros));
  const cents = rng.weighted([
    [99, 60],
    [95, 25],
    [0, 15],
  ] as const);
  return whole * 100 + cents;
}

interface Draft {
  product: Omit<Product, 'id'>;
  facts: ProductFacts;
}

class ProductFactory {
  private readonly names = new Set<string>();
  private readonly skus = new Set<string>();
  private readonly companyPrefix: string;
  private itemNumber = 0;

  constructor(
    private readonly rng: Random,
    private readonly span: Span,
  ) {
    this.companyPrefix = `4260${rng.digits(3)}`;
  }

  make(leaf: Leaf): Draft {
    const { rng } = this;
    const noun = rng.pick(leaf.spec.nouns);
    const material = rng.pick(leaf.spec.materials);
    const variant = rng.pick(noun.variants);
    const { name, colour } = this.uniqueName(`${noun.noun} ${material} ${variant}`);
    const price = shopPrice(rng, noun);
    const status = rng.weighted<ProductStatus>([
      ['active', 87],
      ['draft', 7],
      ['archived', 6],
    ]);
    const timing = this.timing(status);
    const description =
      `${noun.noun} aus ${material}, ${variant}.` +
      (colour ? ` Farbe: ${colour}.` : '') +
      ` Sortiment: ${leaf.spec.name}.`;
    this.itemNumber += 1;
    return {
      product: {
        createdAt: iso(timing.createdAt),
        updatedAt: iso(timing.updatedAt),
        version: 1,
        sku: this.uniqueSku(leaf.spec.code),
        name,
        description,
        categoryId: leaf.id,
        price,
        cost: Math.round(price * rng.float(0.41, 0.69)),
        status: timing.status,
        barcode:
          timing.status === 'draft' && rng.chance(0.4)
            ? null
            : withEan13CheckDigit(`${this.companyPrefix}${String(this.itemNumber).padStart(5, '0')}`),
        imageUrl: null,
        weightGrams: Math.max(10, Math.round(rng.float(noun.minGrams, noun.maxGrams) / 10) * 10),
      },
      facts: { createdAt: timing.createdAt, archivedAt: timing.archivedAt, popularity: 0 },
    };
  }

  private timing(status: ProductStatus) {
    const { rng, span } = this;
    if (status === 'draft') {
      const createdAt = span.anchor - rng.float(2, 60) * DAY;
      return { status, createdAt, updatedAt: rng.float(createdAt, span.anchor), archivedAt: null };
    }
    const launched = rng.chance(0.25) && span.anchor - 14 * DAY > span.start;
    const createdAt = launched
      ? rng.float(span.start, span.anchor - 14 * DAY)
      : span.start - rng.float(10, 400) * DAY;
    const earliestArchive = Math.max(createdAt + 60 * DAY, span.start + 30 * DAY);
    if (status === 'archived' && earliestArchive < span.anchor - 7 * DAY) {
      const archivedAt = rng.float(earliestArchive, span.anchor - 7 * DAY);
      return { status, createdAt, updatedAt: archivedAt, archivedAt };
    }
    const updatedAt = rng.chance(0.5) ? createdAt : rng.float(Math.max(createdAt, span.start), span.anchor);
    return { status: 'active' as const, createdAt, updatedAt, archivedAt: null };
  }

  private uniqueName(base: string): { name: string; colour: string | null } {
    let candidate = base;
    let colour: string | null = null;
    for (let attempt = 0; this.names.has(candidate); attempt++) {
      colour = this.rng.pick(COLOURS);
      candidate = attempt < 12 ? `${base}, ${colour}` : `${base}, ${colour} (${attempt})`;
    }
    this.names.add(candidate);
    return { name: candidate, colour };
  }

  private uniqueSku(code: string): string {
    let sku: string;
    do sku = `KT-${code}-${this.rng.int(10000, 99999)}`;
    while (this.skus.has(sku));
    this.skus.add(sku);
    return sku;
  }
}

export function buildCatalog(rng: Random, config: ScaleConfig, span: Span): Catalog {
  const { categories, leaves } = buildCategories(config, span);
  const factory = new ProductFactory(rng.fork('products'), span);
  const leafWeights = leaves.map(() => rng.float(0.6, 1.4));
  const drafts: Draft[] = [];
  apportion(config.products, leafWeights).forEach((count, i) => {
    for (let n = 0; n < count; n++) drafts.push(factory.make(at(leaves, i)));
  });
  // Ids follow creation time, as they would in a shop that grew its range.
  drafts.sort((a, b) => a.facts.createdAt - b.facts.createdAt);
  // Demand is long-tailed (a few bestsellers, many slow movers) and leans to cheaper items.
  const ranks = rng.shuffle(drafts.map((_, i) => i));
  drafts.forEach((draft, i) => {
    const { status, price } = draft.product;
    draft.facts.popularity =
      status === 'draft' ? 0 : Math.sqrt(3000 / price) / Math.pow(at(ranks, i) + 1, 0.9);
  });
  return {
    categories,
    products: drafts.map((draft, i) => ({ id: i + 1, ...draft.product })),
    facts: drafts.map((draft) => draft.facts),
    parentOf: new Map(categories.map((category) => [category.id, category.parentId])),
  };
}

const WAREHOUSE_SITES = [
  { code: 'BER', name: 'Berlin-Spandau', city: 'Berlin', lat: 52.53, lon: 13.2 },
  { code: 'HAM', name: 'Hamburg-Billbrook', city: 'Hamburg', lat: 53.53, lon: 10.08 },
  { code: 'MUC', name: 'München-Freiham', city: 'München', lat: 48.14, lon: 11.41 },
  { code: 'CGN', name: 'Köln-Eifeltor', city: 'Köln', lat: 50.9, lon: 6.93 },
] as const;

export interface Site {
  id: Id;
  lat: number;
  lon: number;
}

export function buildWarehouses(config: ScaleConfig, span: Span): { warehouses: Warehouse[]; sites: Site[] } {
  const stamp = iso(span.start - 120 * DAY);
  const chosen = WAREHOUSE_SITES.slice(0, config.warehouses);
  return {
    warehouses: chosen.map(({ code, name, city }, i) => ({
      id: i + 1,
      createdAt: stamp,
      updatedAt: stamp,
      version: 1,
      code,
      name,
      city,
    })),
    sites: chosen.map(({ lat, lon }, i) => ({ id: i + 1, lat, lon })),
  };
}

/** `count` distinct bin locations like A-03-2 (aisle, rack, shelf), in random order. */
export function binLocations(rng: Random, count: number): string[] {
  const racks = Math.min(99, Math.max(4, Math.ceil((count * 1.3) / (26 * 5))));
  const slots: string[] = [];
  for (let aisle = 0; slots.length < count; aisle++) {
    // A … Z, then AA, AB, … for very large warehouses.
    const letter =
      (aisle >= 26 ? String.fromCharCode(64 + Math.floor(aisle / 26)) : '') +
      String.fromCharCode(65 + (aisle % 26));
    for (let rack = 1; rack <= racks; rack++) {
      for (let shelf = 1; shelf <= 5; shelf++)
        slots.push(`${letter}-${String(rack).padStart(2, '0')}-${shelf}`);
    }
  }
  return rng.shuffle(slots).slice(0, count);
}
