import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Worker threads for a large `assess --json` batch: the main thread splits stdin into chunks of lines, the
 * threads assess and serialise them (src/cli/batch-worker.ts), and the main thread writes the chunks' output
 * in input order. A thread's start (loading the engine, about 50 ms) is paid only once a batch outgrows its
 * first chunk; a smaller batch runs on the main thread.
 */

/** A line of the batch as read: its text, or the size of a line over the limit (reported, not read). */
export type BatchLine = { readonly text: string } | { readonly tooLong: number };

export interface ChunkJob {
  readonly lines: readonly BatchLine[];
  /** Line number of `lines[0]` (1-based, blank lines counted). */
  readonly first: number;
  readonly view: import('../pipeline/views.js').ViewOptions;
}

export interface ChunkOutput {
  /** One JSON line per non-blank input line, in order. */
  readonly text: string;
  /** Lines answered with an error. */
  readonly failures: number;
}

/** Lines per chunk and their bytes (engineering settings): big enough that a message costs little per line. */
export const chunkLines = 256;
export const chunkBytes = 1 << 20;

/**
 * Threads for a batch when `--threads` is not given: none. Measured on the shared 2-core machine (README
 * "Evaluation and benchmarks"), two threads cost about 1.5× the CPU of the main thread alone (each thread
 * loads and warms up the engine, chunks are copied between threads) and took 1.5× the wall time (median of 5 interleaved pairs) while other work
 * kept the processors busy; `--threads 2` is for a machine with idle processors.
 */
export function defaultThreads(): number {
  return 0;
}

/** The worker's entry for the code running now: the bundle's, the tsc build's, or the source's (tests). */
function workerEntry(): { url: URL; fromSource: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return { url: new URL('../../bin/batch-worker.js', here), fromSource: false };
  if (here.endsWith('.ts')) return { url: new URL('./batch-worker.ts', here), fromSource: true };
  return { url: new URL('./batch-worker.js', here), fromSource: false };
}

/** A pool of `threads` workers running chunk jobs; null when no worker entry exists beside this code. */
export function startChunkPool(threads: number): ChunkPool | null {
  const entry = workerEntry();
  if (!existsSync(fileURLToPath(entry.url))) return null;
  return new ChunkPool(threads, entry);
}

/** A worker: the entry file, or from source (tests) the TypeScript entry through tsx's loader. */
function startWorker(entry: { url: URL; fromSource: boolean }): Worker {
  if (!entry.fromSource) return new Worker(entry.url);
  // `import (` with a space: scripts/bundle-cli.mjs refuses a bundle with an `import(` call, which bin/load-cli.js
  // cannot run; this string runs only in a worker started from source, never in the bundle.
  const code = `import ('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry.url.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true });
}

interface Pending {
  readonly resolve: (output: ChunkOutput) => void;
  readonly reject: (error: Error) => void;
}

export class ChunkPool {
  private readonly workers: Worker[] = [];
  /** Per worker, its jobs in the order sent (a worker answers in order). */
  private readonly queues: Pending[][] = [];
  private next = 0;

  constructor(threads: number, entry: { url: URL; fromSource: boolean }) {
    for (let w = 0; w < threads; w++) {
      const worker = startWorker(entry);
      const queue: Pending[] = [];
      worker.on('message', (m: { ok: true; output: ChunkOutput } | { ok: false; message: string }) => {
        const job = queue.shift();
        if (!job) return;
        if (m.ok) job.resolve(m.output);
        else job.reject(new Error(`batch worker: ${m.message}`));
      });
      const fail = (error: Error) => {
        for (const job of queue.splice(0)) job.reject(error);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`batch worker exited with code ${code}`)));
      this.workers.push(worker);
      this.queues.push(queue);
    }
  }

  /** Runs a chunk on the next worker in turn. */
  run(job: ChunkJob): Promise<ChunkOutput> {
    const w = this.next;
    this.next = (this.next + 1) % this.workers.length;
    return new Promise((resolve, reject) => {
      (this.queues[w] as Pending[]).push({ resolve, reject });
      (this.workers[w] as Worker).postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
