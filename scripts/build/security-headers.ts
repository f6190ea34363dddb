/**
 * The built console's security headers, from helmet like the API's: served by
 * `npm run preview`, and written to `dist/_headers` (the format Netlify and
 * Cloudflare Pages read; other static hosts: copy the lines into their
 * config). The CSP allows scripts only from the console's origin plus the one
 * inline script of index.html (route-preload.ts), by its hash. Styles need
 * 'unsafe-inline': MUI (emotion) and recharts set styles at run time.
 * The dev server sends none of this: its hot reload relies on inline scripts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { Plugin } from 'vite';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** `'sha256-…'` of every inline script in the page, which the CSP then allows and nothing else inline. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1]!.trim()) hashes.push(`'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`);
  }
  return hashes;
}

/** `apiUrl` is VITE_API_URL when the console calls an API on another origin. */
export function consoleHelmet(html: string, apiUrl?: string): Middleware {
  const apiOrigin = apiUrl && /^https?:\/\//.test(apiUrl) ? new URL(apiUrl).origin : null;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(html)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...(apiOrigin ? [apiOrigin] : [])],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Previews run on http://localhost; a real host should add HSTS itself once it serves HTTPS.
    strictTransportSecurity: false,
  }) as Middleware;
}

/** The headers a middleware sets, collected from a stand-in response. */
export function headersOf(middleware: Middleware): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => (headers[name] = String(value)),
    removeHeader: (name: string) => delete headers[name],
  } as unknown as ServerResponse;
  middleware({} as IncomingMessage, res, () => {});
  return headers;
}

export function securityHeaders(): Plugin {
  let outDir = 'dist';
  let apiUrl: string | undefined;
  return {
    name: 'kontor-security-headers',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      apiUrl = config.env.VITE_API_URL as string | undefined;
    },
    writeBundle() {
      const headers = headersOf(
        consoleHelmet(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8'), apiUrl),
      );
      const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
      fs.writeFileSync(path.join(outDir, '_headers'), ['/*', ...lines, ''].join('\n'));
    },
    configurePreviewServer(server) {
      const indexFile = path.join(outDir, 'index.html');
      const html = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : '';
      server.middlewares.use(consoleHelmet(html, apiUrl));
    },
  };
}
