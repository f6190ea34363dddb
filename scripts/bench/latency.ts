import { summarize, type LatencySummary } from './stats';

export interface LoadShape {
  /** Untimed requests first, so JIT and caches settle. */
  warmup: number;
  iterations: number;
  /** Requests in flight at once. */
  concurrency: number;
}

export interface LatencyRun {
  shape: LoadShape;
  latency: LatencySummary;
  /** Completed requests per second of wall time. */
  throughput: number;
}

/** Times `iterations` calls of `operation`, `concurrency` at a time; a failing call fails the run. */
export async function measureLatency(operation: () => Promise<void>, shape: LoadShape): Promise<LatencyRun> {
  for (let index = 0; index < shape.warmup; index += 1) await operation();
  const samples: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < shape.iterations) {
      started += 1;
      const begin = performance.now();
      await operation();
      samples.push(performance.now() - begin);
    }
  };
  const wallStart = performance.now();
  await Promise.all(Array.from({ length: Math.max(1, shape.concurrency) }, worker));
  const wallMs = performance.now() - wallStart;
  return { shape, latency: summarize(samples), throughput: (samples.length / wallMs) * 1000 };
}
