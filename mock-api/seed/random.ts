/**
 * A small seeded PRNG (sfc32) with the few helpers the seed needs. Each stage
 * of the generator forks its own stream by label, so adding a draw in one
 * stage never reshuffles the data of another.
 */

/** cyrb128: spreads a string over four 32-bit words, the state sfc32 wants. */
function hashToState(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** Element `index` of `items`, which the caller knows exists. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} outside 0..${items.length - 1}`);
  return item;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(private readonly key: string) {
    [this.a, this.b, this.c, this.d] = hashToState(key);
    // sfc32 needs a few rounds before similar keys give unrelated streams.
    for (let i = 0; i < 15; i++) this.next();
  }

  static seeded(seed: number): Random {
    return new Random(`kontor:${seed}`);
  }

  /** An independent stream for one stage of the generator. */
  fork(label: string): Random {
    return new Random(`${this.key}/${label}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }

  /** Picks from `[item, weight]` pairs; weights need not sum to 1. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let u = this.next() * total;
    for (const [item, weight] of choices) {
      u -= weight;
      if (u < 0) return item;
    }
    return at(choices, choices.length - 1)[0];
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [at(items, j), at(items, i)];
    }
    return items;
  }

  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += String(Math.floor(this.next() * 10));
    return text;
  }

  bytes(count: number): Buffer {
    const buffer = Buffer.alloc(count);
    for (let i = 0; i < count; i++) buffer[i] = Math.floor(this.next() * 256);
    return buffer;
  }
}

/**
 * Weighted sampling by binary search over cumulative weights, optionally
 * restricted to the first `limit` items (e.g. customers registered so far).
 */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
  }

  get size(): number {
    return this.cumulative.length;
  }

  sample(rng: Random, limit = this.cumulative.length): number {
    const total = this.cumulative[limit - 1] ?? 0;
    if (limit <= 0 || total <= 0) throw new RangeError('nothing to sample from');
    const u = rng.next() * total;
    let low = 0;
    let high = limit - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] ?? 0) > u) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
