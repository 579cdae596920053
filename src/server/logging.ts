import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * Logging that never carries health data: no request or response bodies, no query strings (free text could
 * be sent there), no headers, no error messages (a message may quote input). Each request gives one line:
 * method, path, status, response time and the request id (pino binding `reqId`).
 */

interface RequestLike {
  readonly method?: string;
  readonly url?: string;
  readonly routeOptions?: { readonly url?: string };
}

/** The path without the query string. */
export function pathOnly(url: string | undefined): string {
  if (!url) return '';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

const redacted = '(not logged)';

export const logSerializers = {
  req(request: RequestLike) {
    return { method: request.method, path: pathOnly(request.url) };
  },
  res(reply: { readonly statusCode?: number }) {
    return { statusCode: reply.statusCode };
  },
  /** Error class, code and stack frames; the message (first stack line) is dropped, as it may quote input. */
  err(error: unknown) {
    if (!(error instanceof Error)) return { type: typeof error, message: redacted, stack: '' };
    const code = (error as { code?: unknown }).code;
    const frames = (error.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .map((line) => line.trim());
    return {
      type: error.name,
      message: redacted,
      ...(typeof code === 'string' ? { code } : {}),
      stack: frames.join('\n'),
    };
  },
};

/** One line per request (on completion) instead of Fastify's two; the line carries only the serialised fields. */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    _error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    request.log.info(
      { req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 100) / 100 },
      'request completed',
    );
  }
}
