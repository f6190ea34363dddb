import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { chunkGroups } from './scripts/build/chunk-groups';
import { routePreload } from './scripts/build/route-preload';
import { securityHeaders } from './scripts/build/security-headers';

// The SPA talks to the API same-origin under /api; in development and preview
// Vite forwards it to the mock API (API_PORT, default 3000).
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`;
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

export default defineConfig({
  plugins: [react(), routePreload(), securityHeaders()],
  resolve: {
    alias: {
      'object.entries': fileURLToPath(new URL('./scripts/build/shims/object-entries.cjs', import.meta.url)),
    },
  },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: false, proxy },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: false, proxy },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // A few chunks by what loads together instead of one per shared module: see chunk-groups.ts.
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
});
