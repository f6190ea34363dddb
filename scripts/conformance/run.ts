/**
 * Runs the conformance checks against a Kontor API and reports each one as
 * it finishes: `✓ name (ms)` or `✗ name: reason`, then `N passed, N failed`.
 */
import type { Role } from '../../src/domain/permissions';
import { errorChecks } from './checks/errors';
import { invariantChecks } from './checks/invariants';
import { listChecks } from './checks/lists';
import { matrixChecks } from './checks/matrix';
import { serviceChecks } from './checks/service';
import { writeChecks } from './checks/writes';
import { CheckFailure, Context, type Check, type Credentials } from './context';

export const CHECKS: Check[] = [
  ...serviceChecks,
  ...listChecks,
  ...errorChecks,
  ...writeChecks,
  ...matrixChecks,
  ...invariantChecks,
];

export interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  reason?: string;
}

export interface ConformanceOptions {
  /** The API's base URL, e.g. http://127.0.0.1:3000/api. */
  url: string;
  credentials: Partial<Record<Role, Credentials>>;
  /** Only the checks whose name contains this text. */
  only?: string;
  log?: (line: string) => void;
}

export async function runConformance(
  options: ConformanceOptions,
): Promise<{ results: CheckResult[]; passed: number; failed: number }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const ctx = new Context(options.url.replace(/\/$/, ''), options.credentials);
  const results: CheckResult[] = [];
  for (const check of CHECKS.filter((c) => !options.only || c.name.includes(options.only))) {
    const started = performance.now();
    try {
      await check.run(ctx);
      results.push({ name: check.name, ok: true, ms: Math.round(performance.now() - started) });
      log(`✓ ${check.name} (${results.at(-1)!.ms} ms)`);
    } catch (error) {
      const reason =
        error instanceof CheckFailure
          ? error.message
          : `crashed: ${error instanceof Error ? error.message : String(error)}`;
      results.push({ name: check.name, ok: false, ms: Math.round(performance.now() - started), reason });
      log(`✗ ${check.name}: ${reason}`);
    }
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`${passed} passed, ${failed} failed`);
  return { results, passed, failed };
}
