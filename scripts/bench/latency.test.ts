import { describe, expect, it } from 'vitest';
import { measureLatency } from './latency';

describe('measureLatency', () => {
  it('runs warm-up plus iterations, never more than `concurrency` at once', async () => {
    let calls = 0;
    let inFlight = 0;
    let peak = 0;
    const operation = async () => {
      calls += 1;
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
    };
    const run = await measureLatency(operation, { warmup: 3, iterations: 40, concurrency: 4 });
    expect(calls).toBe(43);
    expect(run.latency.count).toBe(40);
    expect(peak).toBe(4);
    expect(run.throughput).toBeGreaterThan(0);
  });

  it('fails when an operation fails', async () => {
    const failing = async () => {
      throw new Error('HTTP 500');
    };
    await expect(measureLatency(failing, { warmup: 0, iterations: 5, concurrency: 1 })).rejects.toThrow(
      'HTTP 500',
    );
  });
});
