import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const backend = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';

/** The staff web app. `npm run build:web` writes web/dist, which the local server and CloudFront serve. */
export default defineConfig({
  root,
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or styles: the app must run under a strict Content-Security-Policy.
    assetsInlineLimit: 0,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': backend,
      '/health': backend,
      '/config.json': backend,
    },
  },
});
