#!/usr/bin/env node
// The CLI, from the bundles built by `npm run build` (scripts/bundle-cli.mjs), loaded with their V8 code caches
// (bin/load-cli.js); each command loads only its own code. The unbundled tsc output in dist/cli is the same
// program (the tests run it from source).
import { loadCli } from './load-cli.js';

await loadCli().main(process.argv);
