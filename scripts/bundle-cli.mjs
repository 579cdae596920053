// Bundles the CLI (src/cli/main.ts) with esbuild into dist/cli-bundle/: one file per command, loaded on
// demand (code splitting on the commands' dynamic imports), so that a command reads a few files instead of
// resolving a hundred modules. The HTTP server (src/server) is not bundled: `serve` imports the tsc build in
// dist/server (a sibling directory, so the relative imports stay the same), with Fastify and its plugins
// from node_modules as they expect (some read their own files at run time).
// Run by `npm run build` after tsc; bin/nightleg.js runs the bundle.
import { rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { build } from 'esbuild';

// Chunk names carry a content hash: without a clean directory every build leaves the last one's chunks behind.
rmSync('dist/cli-bundle', { recursive: true, force: true });

const serverModule = /^\.\.\/server\//;

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/cli-bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // CommonJS dependencies (commander) require Node built-ins; an ESM chunk has no `require` of its own.
  banner: {
    js: "import{createRequire as __nlRequire}from'node:module';const require=__nlRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [
    {
      // zod re-exports every message locale (`z.locales`, ~300 KB minified); the CLI uses English only (its
      // messages are our own), so the bundle carries the English locale alone. `z.locales.xx` would be
      // undefined in the bundle; nothing calls it.
      name: 'zod-english-only',
      setup(b) {
        b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
          args.importer.includes(`${sep}zod${sep}`)
            ? { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-en' }
            : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
          contents: `export { default as en } from ${JSON.stringify(args.path)};`,
          resolveDir: dirname(args.path),
        }));
      },
    },
    {
      // The CLI speaks English only (it has no --lang; `serve` runs the tsc build, which has every locale), so
      // the bundle leaves out the Spanish reader and wording (~80 KB minified that every command would
      // compile at start). Both modules become an empty export; their tables' lookups then find no Spanish.
      name: 'english-only',
      setup(b) {
        const spanish =
          /[\\/](knowledge[\\/]locales[\\/]es(-advice|-criteria)?|language[\\/]locales[\\/]es[\\/]index)\.(ts|js)$/;
        b.onResolve({ filter: /(^|\/)es(-advice|-criteria|\/index)?\.js$/ }, (args) => {
          const path = join(args.resolveDir, args.path).replace(/\.js$/, '.ts');
          return spanish.test(path) ? { path, namespace: 'spanish-left-out' } : undefined;
        });
        b.onLoad({ filter: /.*/, namespace: 'spanish-left-out' }, () => ({
          contents:
            'export const spanishKnowledge = undefined; export const spanish = undefined; export const spanishAdvice = undefined; export const spanishCriteria = undefined;',
          loader: 'js',
        }));
      },
    },
    {
      name: 'server-from-dist',
      setup(b) {
        // `../server/x.js` from src/cli → `../server/x.js` from dist/cli-bundle: the tsc output.
        b.onResolve({ filter: serverModule }, (args) =>
          args.importer.includes('/src/cli/') ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
});
