import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { firstPageSize } from './scripts/size.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

/** The web app: a static build served by the API at `/` (see docs/web.md). */
export default defineConfig({
  root,
  base: './',
  plugins: [
    preact(),
    {
      // Belt and braces against third-party requests: the built page may only talk to its own origin.
      name: 'nightleg-csp',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content:
              "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
          },
          injectTo: 'head-prepend',
        },
      ],
    },
    {
      name: 'nightleg-first-page-size',
      apply: 'build',
      closeBundle() {
        firstPageSize(outDir, { print: true });
      },
    },
  ],
  resolve: {
    // jsPDF's optional html() / SVG helpers: never used (web/src/pdf-unused.ts), so not built.
    alias: Object.fromEntries(
      ['html2canvas', 'dompurify', 'canvg'].map((name) => [
        name,
        fileURLToPath(new URL('./src/pdf-unused.ts', import.meta.url)),
      ]),
    ),
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    // No external requests of any kind: fonts, scripts and images are all local or inline.
    assetsInlineLimit: 4096,
  },
  server: {
    proxy: { '/v1': 'http://127.0.0.1:8787' },
  },
});
