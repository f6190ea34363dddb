/**
 * zod builds fast parsers with `new Function` unless told not to. The built
 * console's CSP forbids eval (scripts/build/security-headers.ts), so zod's
 * probe for it would be reported as a violation on every page load. main.tsx
 * imports this first, before any schema is built.
 *
 * zod keeps its settings on this global so that every copy of it shares them
 * (`config()` in zod/v4/core/core.js). Setting it directly, instead of calling
 * `z.config`, keeps zod out of the login page's download.
 */
const shared = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
shared.__zod_globalConfig = { ...shared.__zod_globalConfig, jitless: true };

export {};
