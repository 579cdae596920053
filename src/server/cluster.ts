import cluster, { type Worker } from 'node:cluster';
import type { Writable } from 'node:stream';

/**
 * `nightleg serve --workers N`: N processes running the same command (node:cluster forks this script with the
 * same arguments and Node options), all serving one port. Each worker is a whole server: the assessment is
 * pure and the API keeps no state between requests, so any worker can answer any request.
 */
export interface ClusterHandle {
  /** The port every worker listens on (the one chosen by the first worker when the port asked was 0). */
  readonly port: number;
  /** Stop accepting, let every worker finish its in-flight requests (SIGTERM), and wait for them to exit. */
  close(): Promise<number>;
  /** Settles when every worker has exited for good, with the exit code the primary should end with. */
  readonly closed: Promise<number>;
}

export interface ClusterOptions {
  readonly workers: number;
  readonly stderr: Writable;
  /** A worker that dies while serving is replaced, at most this many times in any minute (then all stop). */
  readonly maxRestartsPerMinute?: number;
  /** After SIGTERM, workers still running after this long are killed (they give up after 10 s themselves). */
  readonly shutdownTimeoutMs?: number;
}

/**
 * Fork the workers and resolve once each one listens. If a worker exits before that (a busy port, say; it
 * has written why on stderr), the others are stopped and the promise resolves with null.
 */
export function startCluster(options: ClusterOptions): Promise<ClusterHandle | null> {
  const maxRestarts = options.maxRestartsPerMinute ?? 10;
  const live = new Set<Worker>();
  const restarts: number[] = [];
  let ready = false;
  let stopping = false;
  let exitCode = 0;
  let port = 0;
  let resolveClosed: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => {
    resolveClosed = resolve;
  });
  let resolveStart: (handle: ClusterHandle | null) => void = () => {};
  const started = new Promise<ClusterHandle | null>((resolve) => {
    resolveStart = resolve;
  });

  const stopAll = (code: number): Promise<number> => {
    if (!stopping) {
      stopping = true;
      exitCode = Math.max(exitCode, code);
      for (const worker of live) worker.process.kill('SIGTERM');
      const timer = setTimeout(() => {
        for (const worker of live) worker.process.kill('SIGKILL');
      }, options.shutdownTimeoutMs ?? 15_000);
      timer.unref();
      if (live.size === 0) finish();
    }
    return closed;
  };
  const finish = () => {
    cluster.off('listening', onListening);
    cluster.off('exit', onExit);
    resolveClosed(exitCode);
    if (!ready) resolveStart(null);
  };
  const handle: ClusterHandle = {
    get port() {
      return port;
    },
    close: () => stopAll(0),
    closed,
  };

  let listening = 0;
  const onListening = (_worker: Worker, address: { port: number }) => {
    if (ready) return;
    port = address.port;
    listening += 1;
    if (listening === options.workers) {
      ready = true;
      resolveStart(handle);
    }
  };
  const onExit = (worker: Worker, code: number | null, signal: string | null) => {
    if (!live.delete(worker)) return;
    if (stopping) {
      if (code !== 0 && code !== null) exitCode = Math.max(exitCode, 1);
      if (live.size === 0) finish();
      return;
    }
    if (!ready) {
      void stopAll(1);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while ((restarts[0] as number) < now - 60_000) restarts.shift();
    if (restarts.length > maxRestarts) {
      options.stderr.write(
        `nightleg serve: workers keep exiting (${restarts.length} in a minute); stopping the server\n`,
      );
      void stopAll(1);
      return;
    }
    options.stderr.write(
      `nightleg serve: worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another\n`,
    );
    fork();
  };
  const fork = () => {
    live.add(cluster.fork());
  };

  cluster.on('listening', onListening);
  cluster.on('exit', onExit);
  for (let i = 0; i < options.workers; i++) fork();
  return started;
}

/** In the primary: SIGTERM or SIGINT stops the workers gracefully; returns a function removing the handlers. */
export function closeClusterOnSignals(
  handle: ClusterHandle,
  signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): () => void {
  const onSignal = () => {
    void handle.close();
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}

export const isWorker = (): boolean => cluster.isWorker;
export const isPrimary = (): boolean => cluster.isPrimary;
