/**
 * The page-load goals, judged on medians from one bench run. Times are
 * compared with the floor, the login page opened directly in the same run, so
 * a busy or quiet machine moves both sides alike.
 */
import type { PageLoadCaseName, PageLoadSample } from './page-load';

export interface PageLoadSummary {
  visibleMs: number;
  scripts: number;
  scriptBytes: number;
  navigations: number;
  /** visibleMs divided by the floor's. */
  ratio: number;
}

export interface Goal {
  label: string;
  /** The figure as measured, formatted. */
  measured: string;
  target: string;
  met: boolean;
}

/** The middle sample, or the mean of the middle two. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarizePageLoads(
  samples: Record<PageLoadCaseName, readonly PageLoadSample[]>,
): Record<PageLoadCaseName, PageLoadSummary> {
  const floor = median(samples.login.map((sample) => sample.visibleMs));
  const summarize = (list: readonly PageLoadSample[]): PageLoadSummary => {
    const visibleMs = median(list.map((sample) => sample.visibleMs));
    return {
      visibleMs,
      // Files and bytes barely vary between runs; the maximum is the honest figure for a budget.
      scripts: Math.max(...list.map((sample) => sample.scripts)),
      scriptBytes: Math.max(...list.map((sample) => sample.scriptBytes)),
      navigations: Math.max(...list.map((sample) => sample.navigations)),
      ratio: visibleMs / floor,
    };
  };
  return {
    login: summarize(samples.login),
    root: summarize(samples.root),
    orders: summarize(samples.orders),
    dashboard: summarize(samples.dashboard),
  };
}

export const PAGE_LOAD_TARGETS = {
  /**
   * The root URL does the login page's work plus one redirect, so "no slower"
   * is judged with 5 % of slack: medians of the same work differ that much between runs here.
   */
  rootRatio: 1.05,
  /** A redirect or two is fine; a loop is not. */
  rootNavigations: 3,
  ordersRatio: 1.3,
  dashboardRatio: 1.5,
  loginKiB: 200,
  loginFiles: 8,
  screenFiles: 15,
} as const;

const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function pageLoadGoals(summary: Record<PageLoadCaseName, PageLoadSummary>): Goal[] {
  const t = PAGE_LOAD_TARGETS;
  const mostFiles = Math.max(summary.login.scripts, summary.orders.scripts, summary.dashboard.scripts);
  return [
    {
      label: 'root URL signed out vs login page',
      measured: times(summary.root.ratio),
      target: `≤ ${times(t.rootRatio)}`,
      met: summary.root.ratio <= t.rootRatio,
    },
    {
      label: 'root URL signed out, navigations',
      measured: String(summary.root.navigations),
      target: `≤ ${t.rootNavigations}`,
      met: summary.root.navigations <= t.rootNavigations,
    },
    {
      label: 'orders list first row vs login page',
      measured: times(summary.orders.ratio),
      target: `≤ ${times(t.ordersRatio)}`,
      met: summary.orders.ratio <= t.ordersRatio,
    },
    {
      label: 'dashboard chart vs login page',
      measured: times(summary.dashboard.ratio),
      target: `≤ ${times(t.dashboardRatio)}`,
      met: summary.dashboard.ratio <= t.dashboardRatio,
    },
    {
      label: 'JavaScript before the login form',
      measured: kib(summary.login.scriptBytes),
      target: `≤ ${t.loginKiB} KiB`,
      met: summary.login.scriptBytes <= t.loginKiB * 1024,
    },
    {
      label: 'JavaScript files before the login form',
      measured: String(summary.login.scripts),
      target: `≤ ${t.loginFiles}`,
      met: summary.login.scripts <= t.loginFiles,
    },
    {
      label: 'JavaScript files, most for one screen',
      measured: String(mostFiles),
      target: `≤ ${t.screenFiles}`,
      met: mostFiles <= t.screenFiles,
    },
  ];
}
