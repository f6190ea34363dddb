import { describe, expect, it } from 'vitest';
import { median, pageLoadGoals, summarizePageLoads } from './page-goals';
import type { PageLoadSample } from './page-load';

const sample = (
  visibleMs: number,
  scripts = 5,
  scriptBytes = 150 * 1024,
  navigations = 1,
): PageLoadSample => ({
  visibleMs,
  scripts,
  scriptBytes,
  navigations,
});

describe('median', () => {
  it('takes the middle sample, or the mean of the middle two, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(() => median([])).toThrow();
  });
});

describe('summarizePageLoads', () => {
  it('relates every median to the login page’s and keeps the worst file count', () => {
    const summary = summarizePageLoads({
      login: [sample(1000), sample(1200), sample(900)],
      root: [sample(1100), sample(1000), sample(5000)],
      orders: [sample(1300, 9), sample(1200, 11), sample(1250, 9)],
      dashboard: [sample(2000), sample(2000), sample(2000)],
    });
    expect(summary.login.ratio).toBe(1);
    expect(summary.root.ratio).toBeCloseTo(1.1);
    expect(summary.orders).toMatchObject({ visibleMs: 1250, scripts: 11, ratio: 1.25 });
    expect(summary.dashboard.ratio).toBe(2);
  });
});

describe('pageLoadGoals', () => {
  const within = summarizePageLoads({
    login: [sample(1000)],
    root: [sample(1000)],
    orders: [sample(1290, 12)],
    dashboard: [sample(1490, 15)],
  });

  it('meets every goal when the figures are within their targets', () => {
    expect(pageLoadGoals(within).filter((goal) => !goal.met)).toEqual([]);
  });

  it('misses the goals a slow or heavy console breaks', () => {
    const missed = pageLoadGoals(
      summarizePageLoads({
        login: [sample(1000, 31, 319 * 1024)],
        root: [sample(14000, 31, 319 * 1024, 1400)],
        orders: [sample(2110, 91)],
        dashboard: [sample(2320, 55)],
      }),
    )
      .filter((goal) => !goal.met)
      .map((goal) => goal.label);
    expect(missed).toEqual([
      'root URL signed out vs login page',
      'root URL signed out, navigations',
      'orders list first row vs login page',
      'dashboard chart vs login page',
      'JavaScript before the login form',
      'JavaScript files before the login form',
      'JavaScript files, most for one screen',
    ]);
  });
});
