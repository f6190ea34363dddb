import { setTimeout as delay } from 'node:timers/promises';
import { describeExit, type ManagedProcess } from './processes';
import { describeError } from './terminal';

const POLL_INTERVAL_MS = 150;

/**
 * Polls `url` until it answers 2xx. Fails fast when `owner` exits first, so a
 * crashed server reports its crash instead of a timeout.
 */
export async function waitForHttp(
  url: string,
  { timeoutMs, owner }: { timeoutMs: number; owner?: ManagedProcess },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (owner?.hasExited()) {
      throw new Error(`${owner.name} exited (${describeExit(await owner.exited)}) before ${url} answered`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = describeError(error);
    }
    await delay(POLL_INTERVAL_MS);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastProblem})`);
}
