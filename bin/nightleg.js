#!/usr/bin/env node
// The CLI, from the bundle built by `npm run build` (scripts/bundle-cli.mjs): each command loads only its
// own code. The unbundled tsc output in dist/cli is the same program (the tests run it from source).
import { main } from '../dist/cli-bundle/main.js';

await main(process.argv);
