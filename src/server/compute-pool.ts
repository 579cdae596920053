import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { ComputeBusyError } from './compute-busy.js';
import {
  type ComputeJob,
  type ComputeOutput,
  decodeError,
  type JobOutcome,
  runJob,
  warmUp,
} from './compute-jobs.js';

export { type BusyReason, ComputeBusyError } from './compute-busy.js';
export type { ComputeJob, ComputeOutput } from './compute-jobs.js';

/**
 * Where the API's CPU-heavy work runs (reading text, assessing, choosing the next question). The worker pool
 * runs it on worker threads so that a long text never holds the event loop (`/healthz` and every other
 * request keep answering); the in-process pool runs it on the calling thread, with the same code and result
 * (tests, `--compute-threads 0`, embedding `buildServer`). See docs/deploy.md, "Compute pool".
 */
export interface ComputePool {
  /** Run one job. Rejects with `ComputeBusyError` when the queue is full, the deadline passes or it is closed. */
  run<J extends ComputeJob>(job: J): Promise<ComputeOutput<J>>;
  /** Worker threads (0 = in-process). */
  readonly threads: number;
  /** Jobs accepted and not finished (running or waiting). */
  readonly pending: number;
  /** Stop taking jobs, let running ones finish, and end the threads. */
  close(): Promise<void>;
}

/** Runs each job at once on the calling thread. No queue and no deadline: synchronous work cannot be cut. */
export function inProcessPool(): ComputePool {
  let closed = false;
  return {
    threads: 0,
    pending: 0,
    run<J extends ComputeJob>(job: J): Promise<ComputeOutput<J>> {
      if (closed) return Promise.reject(closedError());
      try {
        return Promise.resolve(runJob(job));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    close() {
      closed = true;
      return Promise.resolve();
    },
  };
}

export interface WorkerPoolOptions {
  /** Worker threads, started at once and kept (≥ 1). */
  readonly threads: number;
  /** Jobs that may wait for a thread beyond those running; one more is refused (`queue_full`). */
  readonly queue: number;
  /**
   * Milliseconds a job may take from being accepted (waiting included) to its result. Then the client gets a
   * 503, and a thread still running the job is terminated and replaced.
   */
  readonly timeoutMs: number;
  /** Heap limit of each thread, in MiB: a runaway job ends its thread, not the server. */
  readonly maxHeapMb?: number;
  /** The worker module (tests pass one with extra jobs); default src/server/compute-worker. */
  readonly workerModule?: URL;
  /** Errors of a thread that was not running a job (it is replaced); a job's own errors reject its `run`. */
  readonly onThreadError?: (error: Error) => void;
}

/** Heap per compute thread (model setting): the reader and engine use about 60 MiB on a text at the limit. */
export const defaultMaxHeapMb = 256;

/** How much lower the compute threads' priority is than the event loop's (engineering setting). */
export const computeNiceIncrement = 10;

/** Longest a thread may take to load and warm up at boot (far more than the second or so it needs). */
const bootTimeoutMs = 120_000;

/** The compiled worker next to this module, or (tests, tsx) the TypeScript source run through tsx. */
function workerEntry(module: URL | undefined): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = module ?? new URL(fromSource ? './compute-worker.ts' : './compute-worker.js', import.meta.url);
  const filename = fileURLToPath(url);
  return filename.endsWith('.ts') ? { filename, execArgv: ['--import', 'tsx'] } : { filename };
}

function closedError(): ComputeBusyError {
  return new ComputeBusyError('closed', 5, 'The server is shutting down; retry in a few seconds.');
}

/**
 * Start the threads and resolve once each has loaded the engine and warmed up (about a second of CPU each,
 * paid once at boot, never per request).
 */
export async function startWorkerPool(options: WorkerPoolOptions): Promise<ComputePool> {
  const threads = Math.max(1, Math.floor(options.threads));
  const capacity = threads + Math.max(0, Math.floor(options.queue));
  const timeoutSeconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
  const entry = workerEntry(options.workerModule);
  const piscina = new Piscina<ComputeJob, JobOutcome>({
    ...entry,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: 1,
    // Our own bound (`capacity`) refuses first; this is a backstop.
    maxQueue: capacity,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? defaultMaxHeapMb },
    // Lower the threads' scheduling priority (Linux nice is per thread; via @napi-rs/nice, skipped where
    // it is not installed): when cores are short, the event loop, and so /healthz, runs first.
    niceIncrement: computeNiceIncrement,
  });
  // A thread that fails between jobs is replaced by Piscina; without a listener the 'error' event would throw.
  piscina.on('error', (error: Error) => options.onThreadError?.(error));

  let pending = 0;
  let closed = false;
  const run = <J extends ComputeJob>(job: J): Promise<ComputeOutput<J>> => dispatch(job, options.timeoutMs);
  const dispatch = async <J extends ComputeJob>(job: J, timeoutMs: number): Promise<ComputeOutput<J>> => {
    if (closed) throw closedError();
    if (pending >= capacity) {
      throw new ComputeBusyError(
        'queue_full',
        Math.max(1, Math.ceil(timeoutSeconds / 2)),
        'The server is busy (its work queue is full); retry in a moment.',
      );
    }
    pending += 1;
    let outcome: JobOutcome;
    try {
      outcome = await piscina.run(job, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      // Piscina rejects with an AbortError when the deadline passes (and ends the thread if it had started).
      if ((error as Error | null)?.name === 'AbortError') {
        throw new ComputeBusyError(
          'timeout',
          timeoutSeconds,
          `The work was not done within the limit of ${timeoutMs} ms (the server is busy, or the input is unusually costly); retry later.`,
        );
      }
      throw error;
    } finally {
      pending -= 1;
    }
    if (!outcome.ok) throw decodeError(outcome.error);
    return outcome.value as ComputeOutput<J>;
  };

  const pool: ComputePool = {
    threads,
    get pending() {
      return pending;
    },
    run,
    async close() {
      if (closed) return;
      closed = true;
      await piscina.close();
    },
  };
  // One tiny job per thread: each thread takes one (one job per thread at a time), so this resolves when every
  // thread has loaded its module (which warms it up). A thread that cannot start fails the boot.
  try {
    await Promise.all(
      Array.from({ length: threads }, () =>
        dispatch({ kind: 'understand', text: 'calf pain', lang: 'en' }, bootTimeoutMs),
      ),
    );
  } catch (error) {
    await piscina.destroy();
    throw error;
  }
  return pool;
}

/**
 * Whether a job is light enough for the event loop: everything but reading text. Structured work is bounded
 * by the case schema (a capped list of findings): an assessment costs well under a millisecond and a next
 * question a few (`npm run bench:interview`), less than a round trip to a thread (a structured clone each way)
 * and a wait behind a text in the thread's queue. Text is what can take tens of milliseconds.
 */
export function isLightJob(job: ComputeJob): boolean {
  return job.kind !== 'understand' && !job.input.text;
}

/**
 * Light jobs on the calling thread, the rest on `heavy` (the worker pool): `/healthz` still never waits on
 * a text, and structured requests do not pay for a thread hop.
 */
export function splitPool(heavy: ComputePool, light: ComputePool = inProcessPool()): ComputePool {
  return {
    threads: heavy.threads,
    get pending() {
      return heavy.pending + light.pending;
    },
    run: (job) => (isLightJob(job) ? light.run(job) : heavy.run(job)),
    async close() {
      await Promise.all([light.close(), heavy.close()]);
    },
  };
}

/** The `auto` thread count: the cores left after the event loops, shared among the server processes. */
export function autoComputeThreads(processes = 1, cores = availableParallelism()): number {
  return Math.max(1, Math.floor((cores - 1) / Math.max(1, processes)));
}

export interface ComputeSettings {
  /** Worker threads per server process; 0 = in-process (no threads), 'auto' = `autoComputeThreads`. */
  readonly computeThreads: number | 'auto';
  readonly computeQueue: number;
  readonly computeTimeout: number;
  /** Server processes (`--workers`), among which `auto` shares the cores. */
  readonly workers: number;
}

/** The pool `nightleg serve` uses, from its settings (docs/deploy.md). In-process pools are warmed up too. */
export async function createComputePool(
  settings: ComputeSettings,
  onThreadError?: (error: Error) => void,
): Promise<ComputePool> {
  const threads =
    settings.computeThreads === 'auto' ? autoComputeThreads(settings.workers) : settings.computeThreads;
  if (threads === 0) {
    warmUp();
    return inProcessPool();
  }
  return splitPool(
    await startWorkerPool({
      threads,
      queue: settings.computeQueue,
      timeoutMs: settings.computeTimeout,
      ...(onThreadError ? { onThreadError } : {}),
    }),
  );
}
