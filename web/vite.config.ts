import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const backend = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';

/**
 * After the build: writes dist/formular.html, /formular with the form's first page prerendered
 * (web/prerender/formular-html.tsx). Rendered by Node through tsx, with the app's own components.
 */
const prerenderFormular = (): Plugin => ({
  name: 'prerender-formular',
  apply: 'build',
  async closeBundle() {
    const { tsImport } = await import('tsx/esm/api');
    const prerender = (await tsImport('./prerender/formular-html.tsx', import.meta.url)) as {
      writeFormularHtml: (distDir: string) => void;
    };
    prerender.writeFormularHtml(fileURLToPath(new URL('./dist', import.meta.url)));
  },
});

/** The staff web app. `npm run build:web` writes web/dist, which the local server and CloudFront serve. */
export default defineConfig({
  root,
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [prerenderFormular()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or styles: the app must run under a strict Content-Security-Policy. The one
    // exception, formular.html's variant script, is allowed by its hash (infra/web-headers.ts).
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: which chunk each module became. The first-load test derives from it
    // what /formular may load (no staff page); it is not deployed (infra/constructs/web-hosting.ts).
    manifest: true,
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
