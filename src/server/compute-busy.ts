// Apart from the pool, so that the error handler can recognise it without loading the pool.

/** Why a job was not run: every one of them is answered 503 with Retry-After (src/server/errors.ts). */
export type BusyReason = 'queue_full' | 'timeout' | 'closed';

export class ComputeBusyError extends Error {
  constructor(
    readonly reason: BusyReason,
    /** Seconds a client should wait before trying again. */
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(message);
    this.name = 'ComputeBusyError';
  }
}
