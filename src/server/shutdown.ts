import type { FastifyInstance } from 'fastify';

export interface ShutdownOptions {
  readonly signals?: readonly NodeJS.Signals[];
  /** After this long, give up waiting for in-flight requests and exit with code 1. */
  readonly timeoutMs?: number;
  /** Called once the server has closed (default: nothing; the process exits when the event loop is empty). */
  readonly onClosed?: () => void;
  /** Replaceable for tests. */
  readonly processLike?: Pick<NodeJS.Process, 'once' | 'off' | 'exit'>;
}

/**
 * Graceful shutdown: on SIGTERM or SIGINT stop accepting connections, let in-flight requests finish
 * (Fastify's `close`, idle keep-alive sockets are closed at once), then let the process end.
 * Returns a function that removes the signal handlers.
 */
export function closeOnSignals(app: FastifyInstance, options: ShutdownOptions = {}): () => void {
  const proc = options.processLike ?? process;
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out; exiting');
      proc.exit(1);
    }, options.timeoutMs ?? 10_000);
    timer.unref();
    app.close().then(
      () => {
        clearTimeout(timer);
        app.log.info('server closed');
        options.onClosed?.();
      },
      () => {
        clearTimeout(timer);
        proc.exit(1);
      },
    );
  };
  for (const signal of signals) proc.once(signal, onSignal);
  return () => {
    for (const signal of signals) proc.off(signal, onSignal);
  };
}
