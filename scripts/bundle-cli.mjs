// Bundles the CLI with esbuild into CommonJS files in dist/cli-bundle/: main.cjs (src/cli/main.ts: the command
// line) and one file per command module that main.ts imports lazily (assess.cjs, catalog.cjs, score.cjs,
// interview.cjs), then makes a V8 code cache for each (*.cjs.cache, scripts/warm-cli-cache.mjs) that
// bin/load-cli.js loads them with: a start then reads compiled bytecode instead of parsing and compiling
// (Node 20 caches no module code itself), and reads only the command's own file. A command bundle holds all it
// imports (a process runs one command, so no module is loaded twice); imports that are lazy inside it (the
// language tables of `assess --text`) stay lazy (esbuild wraps each in an init function). The HTTP server
// (src/server) is not bundled: `serve` imports the tsc build in dist/server (a sibling directory, so the
// relative imports stay the same), with Fastify and its plugins from node_modules as they expect (some read
// their own files at run time).
// Run by `npm run build` after tsc; bin/nightleg.js runs the bundle.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { build } from 'esbuild';

// No file of an earlier build (the chunks of the former split build, a stale cache) stays behind.
rmSync('dist/cli-bundle', { recursive: true, force: true });

const serverModule = /^\.\.\/server\//;

/** The modules src/cli/main.ts imports lazily, one bundle each. */
const commands = ['assess', 'catalog', 'score', 'interview'];
const commandImport = new RegExp(`^\\./(${commands.join('|')})\\.js$`);

const commandsAsBundles = {
  // In main.cjs, `await import('./assess.js')` loads the assess bundle (bin/load-cli.js passes `__nightlegBundle`).
  name: 'commands-as-bundles',
  setup(b) {
    b.onResolve({ filter: commandImport }, (args) =>
      args.importer.endsWith(`${sep}cli${sep}main.ts`)
        ? { path: args.path.slice(2, -3), namespace: 'cli-command' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'cli-command' }, (args) => ({
      contents: `module.exports = __nightlegBundle(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

const bundle = (name, entry, extraPlugins = []) =>
  build({
    entryPoints: [entry],
    outfile: `dist/cli-bundle/${name}.cjs`,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // NIGHTLEG_BUNDLE_NAMES=1 keeps the names (for a readable --cpu-prof); the shipped bundle minifies them.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: process.env.NIGHTLEG_BUNDLE_NAMES !== '1',
    legalComments: 'linked',
    // A CommonJS file has no import.meta: bin/load-cli.js passes the bundle's URL as `__nightlegUrl`.
    define: { 'import.meta.url': '__nightlegUrl' },
    logLevel: 'warning',
    plugins: [
      ...extraPlugins,
      {
        // commander requires node:child_process at load, for executable subcommands, which nightleg has none
        // of; loading it (with net, dgram and the streams) is a sizeable part of a start. It loads on first use.
        name: 'lazy-child-process',
        setup(b) {
          b.onResolve({ filter: /^node:child_process$/ }, (args) =>
            args.importer.includes(`${sep}commander${sep}`)
              ? { path: args.path, namespace: 'lazy-builtin' }
              : undefined,
          );
          b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
            contents: `let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require(${JSON.stringify(args.path)}))[key] });`,
            loader: 'js',
          }));
        },
      },
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
              'export const spanishKnowledge = undefined; export const spanish = undefined; export const spanishAdvice = undefined; export const spanishInvestigations = undefined; export const spanishCriteria = undefined;',
            loader: 'js',
          }));
        },
      },
      {
        name: 'server-from-dist',
        setup(b) {
          // `../server/x.js` from src/cli → `../server/x.js` from dist/cli-bundle: the tsc output, loaded with
          // import() (src/cli/serve.ts imports it only so; bin/load-cli.js resolves it against the bundle).
          b.onResolve({ filter: serverModule }, (args) =>
            args.importer.includes('/src/cli/') ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });

await Promise.all([
  bundle('main', 'src/cli/main.ts', [commandsAsBundles]),
  ...commands.map((name) => bundle(name, `src/cli/${name}.ts`)),
]);

// `serve` imports the HTTP server with import() (src/cli/serve.ts): in a vm script that needs a loader of its
// own, so the bundles call `__nightlegImport` (bin/load-cli.js), which is import() relative to the bundle.
for (const name of ['main', ...commands]) {
  const file = `dist/cli-bundle/${name}.cjs`;
  const code = readFileSync(file, 'utf8');
  const rewritten = code.replaceAll('import("../server/', '__nightlegImport("../server/');
  if (/\bimport\(/.test(rewritten)) throw new Error(`${file}: an import() that bin/load-cli.js cannot run`);
  if (rewritten !== code) writeFileSync(file, rewritten);
}

// The cache is made by running commands once in a fresh Node (the same flags as a start: none), so that it
// holds the bytecode of every function they ran, not only the top level.
const warm = spawnSync(process.execPath, ['scripts/warm-cli-cache.mjs'], {
  stdio: 'inherit',
  env: process.env,
});
if (warm.status !== 0) throw new Error(`scripts/warm-cli-cache.mjs exited with ${warm.status}`);
