// A batch worker thread (src/cli/batch-threads.ts): assesses the chunks of lines the main thread sends.
import { serveBatchWorker } from './assess.js';

serveBatchWorker();
