import { describe, expect, it } from 'vitest';
import { MinHeap } from './heap';
import { Random, WeightedSampler } from './random';

const draws = (rng: Random, count: number) => Array.from({ length: count }, () => rng.next());

describe('Random', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    expect(draws(Random.seeded(42), 50)).toEqual(draws(Random.seeded(42), 50));
    expect(draws(Random.seeded(42), 50)).not.toEqual(draws(Random.seeded(43), 50));
  });

  it('forks independent, reproducible streams', () => {
    const root = Random.seeded(1);
    expect(draws(root.fork('a'), 20)).toEqual(draws(Random.seeded(1).fork('a'), 20));
    expect(draws(root.fork('a'), 20)).not.toEqual(draws(root.fork('b'), 20));
  });

  it('stays in range and covers it roughly evenly', () => {
    const rng = Random.seeded(5);
    const counts = new Map<number, number>();
    for (let i = 0; i < 60_000; i++) {
      const value = rng.int(1, 6);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const count of counts.values()) expect(Math.abs(count - 10_000)).toBeLessThan(500);
    const values = draws(rng, 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('picks by weight and never picks a zero weight', () => {
    const rng = Random.seeded(9);
    const picks = Array.from({ length: 20_000 }, () =>
      rng.weighted([
        ['a', 3],
        ['b', 1],
        ['never', 0],
      ] as const),
    );
    const a = picks.filter((pick) => pick === 'a').length;
    expect(a / picks.length).toBeGreaterThan(0.72);
    expect(a / picks.length).toBeLessThan(0.78);
    expect(picks).not.toContain('never');
  });

  it('shuffles into a permutation and makes bytes of the requested length', () => {
    const rng = Random.seeded(3);
    const shuffled = rng.shuffle(Array.from({ length: 100 }, (_, i) => i));
    expect([...shuffled].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(shuffled).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(rng.bytes(16)).toHaveLength(16);
    expect(rng.digits(11)).toMatch(/^\d{11}$/);
  });
});

describe('WeightedSampler', () => {
  it('samples by weight, optionally from a prefix only', () => {
    const sampler = new WeightedSampler([1, 0, 3, 6]);
    const rng = Random.seeded(11);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) {
      const index = sampler.sample(rng);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[3] ?? 0) / 20_000).toBeGreaterThan(0.57);
    expect((counts[3] ?? 0) / 20_000).toBeLessThan(0.63);
    expect(Array.from({ length: 1_000 }, () => sampler.sample(rng, 3))).not.toContain(3);
    expect(() => sampler.sample(rng, 0)).toThrow(RangeError);
  });
});

describe('MinHeap', () => {
  it('pops in order', () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    const rng = Random.seeded(2);
    const values = Array.from({ length: 500 }, () => rng.int(0, 1000));
    for (const value of values) heap.push(value);
    const popped: number[] = [];
    while (heap.size > 0) popped.push(heap.pop() as number);
    expect(popped).toEqual([...values].sort((a, b) => a - b));
    expect(heap.pop()).toBeUndefined();
  });
});
