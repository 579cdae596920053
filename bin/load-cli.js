// Loads the CLI bundles (dist/cli-bundle/*.cjs, built by scripts/bundle-cli.mjs) with the V8 code caches that
// the build made for them (*.cjs.cache): V8 then reads compiled bytecode instead of parsing and compiling the
// JavaScript at every start (Node 20 has no module.enableCompileCache; this is what v8-compile-cache does).
// main.cjs holds the command line; each command's code is its own bundle (assess.cjs, ...), loaded when the
// command runs. A cache is an optimisation only: when it is missing, or V8 rejects it (another Node or V8
// version, other V8 flags), the same bundle is compiled from source and behaves the same.

// Built-ins through process.getBuiltinModule (Node ≥ 20.16), not `import`: an ES module import of a built-in
// builds its ESM facade, which for node:fs reads every export and so loads all of fs's streams.
const { readFileSync } = process.getBuiltinModule('node:fs');
const { createRequire } = process.getBuiltinModule('node:module');
const { dirname } = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const { Script } = process.getBuiltinModule('node:vm');

const bundleDir = new URL('../dist/cli-bundle/', import.meta.url);
export const bundleFile = (name) => fileURLToPath(new URL(`${name}.cjs`, bundleDir));
export const cacheFile = (name) => `${bundleFile(name)}.cache`;

/**
 * A bundle as a CommonJS function, as Node's own loader wraps a module. `__nightlegUrl` stands for
 * `import.meta.url` (esbuild `define`); `__nightlegBundle(name)` returns another bundle's exports (a command's
 * code, imported lazily by main.cjs); `__nightlegImport(specifier)` is import() relative to the bundle (`serve`
 * imports the HTTP server, the tsc build, so; a vm script's own import() would need --experimental-vm-modules). The wrapper opens on the bundle's first line, so line numbers in stack
 * traces are the bundle's own. The build and every start must wrap the same way: a cache is for this text.
 */
const wrap = (source) =>
  `(function (exports, require, module, __filename, __dirname, __nightlegUrl, __nightlegBundle, __nightlegImport) {${source}\n})`;

/** The bundles loaded so far, by name: the build makes each one's cache after a warm-up run. */
export const loaded = new Map();
let cacheWanted = true;

/** Compile (from its cache when there is one) and run one bundle, once; returns its exports. */
export function loadBundle(name) {
  const known = loaded.get(name);
  if (known) return known.exports;
  const file = bundleFile(name);
  const url = new URL(`${name}.cjs`, bundleDir);
  const source = readFileSync(file, 'utf8');
  let cachedData;
  if (cacheWanted) {
    try {
      cachedData = readFileSync(cacheFile(name));
    } catch {
      // No cache (a build that could not write one): compile from source.
    }
  }
  const script = new Script(wrap(source), {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  loaded.set(name, { script, module, cacheRejected: cachedData === undefined || script.cachedDataRejected });
  Object.defineProperty(loaded.get(name), 'exports', { get: () => module.exports });
  script.runInThisContext()(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
    url.href,
    loadBundle,
    (specifier) => import(new URL(specifier, url).href),
  );
  return module.exports;
}

/** The CLI (`main`, `buildProgram`); `useCache: false` compiles every bundle from source (the build's warm-up). */
export function loadCli({ useCache = true } = {}) {
  cacheWanted = useCache;
  return loadBundle('main');
}
