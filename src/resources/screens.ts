/**
 * The resources' screens, each loaded on first use, and all of one resource
 * loaded at once when the console opens on it (its code is one chunk: see
 * scripts/build/chunk-groups.ts), so the screen renders without suspending.
 */
import type { ComponentType } from 'react';
import { preloadable, type Preloadable } from '../startup/preloadable';

const screens = new Map<string, Preloadable<object>[]>();

/** A `lazy` for one resource's index.ts: `const screen = screensOf('orders'); list: screen(() => import('./OrderList'))`. */
export function screensOf(resource: string) {
  return (load: () => Promise<{ default: ComponentType }>): ComponentType => {
    const screen = preloadable(load);
    screens.set(resource, [...(screens.get(resource) ?? []), screen]);
    return screen;
  };
}

/** Loads every screen of `resource`; resolves at once for an unknown one. */
export async function preloadScreens(resource: string): Promise<void> {
  await Promise.all((screens.get(resource) ?? []).map((screen) => screen.preload()));
}
