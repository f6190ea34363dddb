/** Set by the script scripts/build/route-preload.ts puts into index.html (production builds only). */
interface KontorChunks {
  /** Starts downloading the signed-in console and the screen `hash` names (`#/orders`, `#/` for the dashboard). */
  preload(hash: string): void;
  /** Downloads the console's and these screens' code at low priority, to run later without waiting (`orders`, `` for the dashboard). */
  prefetch(screens: readonly string[]): void;
}

interface Window {
  kontorChunks?: KontorChunks;
}
