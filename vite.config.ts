import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA talks to the API same-origin under /api; in development and preview
// Vite forwards it to the mock API (API_PORT, default 3000).
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`;
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  server: { port: Number(process.env.PORT ?? 5173), strictPort: false, proxy },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: false, proxy },
  build: { sourcemap: false, chunkSizeWarningLimit: 900 },
});
