/** Who buys and what: customers and products drawn for each order. */
import type { Catalog } from './catalog';
import type { CustomerFacts } from './people';
import { at, Random, WeightedSampler } from './random';

/** Returning customers by loyalty, with a steady share of first orders from recent sign-ups. */
export class CustomerPicker {
  private registered = 0;
  private newcomer = 0;
  private readonly orderCounts: Uint32Array;
  private readonly sampler: WeightedSampler;

  constructor(private readonly facts: readonly CustomerFacts[]) {
    this.orderCounts = new Uint32Array(facts.length);
    this.sampler = new WeightedSampler(facts.map((fact) => fact.loyalty));
  }

  /** Index of the customer placing an order at `moment` (non-decreasing between calls). */
  pick(rng: Random, moment: number): { index: number; firstOrder: boolean } {
    while (this.registered < this.facts.length && at(this.facts, this.registered).createdAt <= moment)
      this.registered++;
    let index: number | null = null;
    if (rng.chance(0.35)) {
      while (this.newcomer < this.registered && (this.orderCounts[this.newcomer] ?? 0) > 0) this.newcomer++;
      if (this.newcomer < this.registered) index = this.newcomer;
    }
    index ??= this.sampler.sample(rng, this.registered);
    const firstOrder = this.orderCounts[index] === 0;
    this.orderCounts[index] = (this.orderCounts[index] ?? 0) + 1;
    return { index, firstOrder };
  }
}

/** Products by popularity, among those on sale at the moment. */
export class ProductPicker {
  private readonly sampler: WeightedSampler;

  constructor(private readonly catalog: Catalog) {
    this.sampler = new WeightedSampler(catalog.facts.map((fact) => fact.popularity));
  }

  private onSale(index: number, moment: number): boolean {
    const fact = at(this.catalog.facts, index);
    return (
      fact.popularity > 0 &&
      fact.createdAt <= moment &&
      (fact.archivedAt === null || moment < fact.archivedAt)
    );
  }

  pick(rng: Random, moment: number, taken: ReadonlySet<number>): number | null {
    for (let attempt = 0; attempt < 40; attempt++) {
      const index = this.sampler.sample(rng);
      if (!taken.has(index) && this.onSale(index, moment)) return index;
    }
    const fallback = this.catalog.facts.findIndex(
      (_, index) => !taken.has(index) && this.onSale(index, moment),
    );
    return fallback === -1 ? null : fallback;
  }
}
