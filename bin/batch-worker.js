// A batch worker thread of the bundled CLI (src/cli/batch-threads.ts): the assess bundle, loaded with its
// code cache as bin/nightleg.js loads it, serves the chunks of lines the main thread sends.
import { loadBundle } from './load-cli.js';

loadBundle('assess').serveBatchWorker();
