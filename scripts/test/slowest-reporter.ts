/**
 * A Vitest reporter that ends the run with the slowest test files, so a file
 * that grows slow shows up in every `npm test` instead of only in CI's total.
 * It runs after the default reporter, which prints the results themselves.
 */
import type { Reporter, TestModule, Vitest } from 'vitest/node';

export interface FileTiming {
  project: string;
  file: string;
  /** Importing the file and what it imports; in a non-isolated worker, only the first file pays for shared modules. */
  importMs: number;
  /** The file's tests and hooks. */
  testsMs: number;
  /** Setup files, import and tests, plus the environment's start where the file gets its own. */
  totalMs: number;
}

/** The `count` slowest files, slowest first. */
export function slowestFiles(timings: readonly FileTiming[], count: number): FileTiming[] {
  return [...timings].sort((a, b) => b.totalMs - a.totalMs).slice(0, count);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** One line per file: total, then where the time went, then project and path. */
export function formatSlowest(timings: readonly FileTiming[]): string {
  const lines = timings.map(
    (timing) =>
      `${seconds(timing.totalMs).padStart(7)}  (import ${seconds(timing.importMs).padStart(6)}, tests ${seconds(
        timing.testsMs,
      ).padStart(6)})  ${timing.project.padEnd(11)} ${timing.file}`,
  );
  return [`Slowest ${timings.length} test files:`, ...lines].join('\n');
}

function timingOf(module: TestModule, root: string): FileTiming {
  const diagnostic = module.diagnostic();
  // A non-isolated worker starts its environment once but reports that time for every file it runs.
  const environmentMs = module.project.config.isolate ? diagnostic.environmentSetupDuration : 0;
  const file = module.moduleId.startsWith(`${root}/`)
    ? module.moduleId.slice(root.length + 1)
    : module.moduleId;
  return {
    project: module.project.name,
    file,
    importMs: diagnostic.collectDuration,
    testsMs: diagnostic.duration,
    totalMs:
      environmentMs +
      diagnostic.prepareDuration +
      diagnostic.setupDuration +
      diagnostic.collectDuration +
      diagnostic.duration,
  };
}

export class SlowestFilesReporter implements Reporter {
  private vitest: Vitest | null = null;

  constructor(private readonly count = 10) {}

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    // A run of one or two files (while working on them) needs no ranking.
    if (!this.vitest || testModules.length <= 2) return;
    const root = this.vitest.config.root;
    const timings = testModules.map((module) => timingOf(module, root));
    this.vitest.logger.log(`\n${formatSlowest(slowestFiles(timings, this.count))}\n`);
  }
}
