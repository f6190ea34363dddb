import type { ApiClient } from '../lib/api-client';

/** The request to time, chosen after a look at the data. */
export interface PreparedCase {
  /** One line saying exactly what is requested, for the report. */
  description: string;
  operation: () => Promise<void>;
  /** Load to run alongside the timed requests; `stop` says what it did, for the report. */
  background?: { start(): void; stop(): Promise<string> };
}

/**
 * One latency measurement against the running API. Add a module exporting one
 * of these and list it in cases.ts; the bench times it sequentially and under load.
 */
export interface LatencyCase {
  name: string;
  /** The p99 at concurrency 1 must stay below this. */
  p99TargetMs: number;
  prepare(api: ApiClient): Promise<PreparedCase>;
}
