import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LanguageInputError, maxTextLength, textTooLongMessage } from '../language/index.js';
import { describeErrors } from '../schema/case.js';
import { ComputeBusyError } from './compute-busy.js';
import { pathOnly } from './logging.js';
import { HttpProblem, type Problem, problem, problemContentType, problemTypes } from './problem.js';
import { RequestValidationError } from './validation.js';

/**
 * The one place errors become responses: every error, and every unknown route, is answered with an
 * RFC 9457 problem (`application/problem+json`). Bad input is always a 4xx; anything unexpected is a 500
 * whose body says nothing about the cause (the log has the error class and stack, never the message).
 */

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).header('content-type', problemContentType).send(JSON.stringify(body));
}

function fastifyCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : undefined;
}

/** Map any error to a problem; `bodyLimit` is quoted in the 413 detail. */
export function problemFor(error: unknown, instance: string, bodyLimit: number): Problem {
  if (error instanceof RequestValidationError && error.textTooLong) {
    const tooLong = error.errors.find((e) => e.path === 'text' || e.path.endsWith('.text'));
    return problem(
      413,
      problemTypes.textTooLong,
      tooLong?.message ?? textTooLongMessage(maxTextLength + 1),
      error.errors,
      instance,
    );
  }
  if (error instanceof RequestValidationError) {
    return problem(
      400,
      problemTypes.invalidInput,
      `The request ${error.part === 'body' ? 'body' : error.part} is not valid: ${describeErrors(error.errors)}`,
      error.errors,
      instance,
    );
  }
  if (error instanceof LanguageInputError) {
    const tooLong = error.reason === 'too_long';
    return problem(
      tooLong ? 413 : 400,
      tooLong ? problemTypes.textTooLong : problemTypes.invalidInput,
      error.message,
      [{ path: 'text', message: error.message }],
      instance,
    );
  }
  if (error instanceof HttpProblem) {
    return problem(error.status, error.type, error.message, error.errors, instance);
  }
  if (error instanceof ComputeBusyError) {
    return problem(
      503,
      error.reason === 'closed' ? problemTypes.unavailable : problemTypes.busy,
      error.message,
      [],
      instance,
    );
  }
  const status = statusOf(error);
  switch (fastifyCode(error)) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem(400, problemTypes.invalidJson, 'The body is not valid JSON.', [], instance);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(
        400,
        problemTypes.invalidJson,
        'The body is empty; send a JSON object (Content-Type: application/json).',
        [],
        instance,
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(
        413,
        problemTypes.bodyTooLarge,
        `The body is larger than the limit of ${bodyLimit} bytes.`,
        [],
        instance,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(
        415,
        problemTypes.unsupportedMediaType,
        'Unsupported content type: send the body as JSON with Content-Type: application/json.',
        [],
        instance,
      );
    case 'FST_ERR_BAD_URL':
      return problem(
        400,
        problemTypes.http,
        'The URL is not valid: a percent-encoded part (%xx) does not decode.',
        [],
        instance,
      );
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problem(
        414,
        problemTypes.http,
        'A part of the URL is too long (at most 100 characters).',
        [],
        instance,
      );
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(
        400,
        problemTypes.http,
        'The Content-Length header does not match the body.',
        [],
        instance,
      );
  }
  if (status === 429) {
    return problem(
      429,
      problemTypes.rateLimited,
      'Too many requests from this address; retry after the number of seconds in the Retry-After header.',
      [],
      instance,
    );
  }
  if (status !== undefined && status < 500) {
    // Other client errors raised by Fastify itself (its messages never quote the body).
    const detail = fastifyCode(error)?.startsWith('FST_')
      ? (error as Error).message
      : 'The request was rejected.';
    return problem(status, problemTypes.http, detail, [], instance);
  }
  return problem(
    500,
    problemTypes.internal,
    'Something went wrong on our side; the request id in the X-Request-Id header identifies it in the logs.',
    [],
    instance,
  );
}

/**
 * A whole HTTP response for errors Node's parser raises before Fastify has a request (`clientError`): 431
 * headers too large, 408 request timeout, 400 malformed. The connection is closed after it.
 */
export function rawProblemResponse(
  error: { readonly code?: string },
  requestId: string,
  headers: Readonly<Record<string, string>>,
): { readonly status: number; readonly text: string } {
  const body =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? problem(
          431,
          problemTypes.headersTooLarge,
          'The request line and headers are too large (at most 16 KiB together).',
        )
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problem(
            408,
            problemTypes.timeout,
            'The request took too long to arrive and was closed; send it again, faster.',
          )
        : problem(400, problemTypes.http, 'The request is not valid HTTP.');
  const json = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${body.status} ${STATUS_CODES[body.status] ?? 'Error'}`,
    `content-type: ${problemContentType}`,
    `content-length: ${Buffer.byteLength(json)}`,
    'connection: close',
    `x-request-id: ${requestId}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return { status: body.status, text: `${lines.join('\r\n')}\r\n\r\n${json}` };
}

export interface ProblemHandlerOptions {
  readonly bodyLimit: number;
  /** The methods the routes matching a path answer (a 405 with `Allow` when the path exists). */
  readonly allowedMethods?: (path: string) => readonly string[];
  /** When set, GETs for non-API paths that accept HTML get this page (the web app's client-side routes). */
  readonly spaIndexHtml?: string;
}

/** Paths that belong to the API (never answered with the web app's page). */
export function isApiPath(path: string): boolean {
  return (
    path === '/v1' ||
    path.startsWith('/v1/') ||
    path.startsWith('/docs') ||
    path === '/openapi.json' ||
    path === '/healthz'
  );
}

export function installProblemHandlers(app: FastifyInstance, options: ProblemHandlerOptions): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const body = problemFor(error, pathOnly(request.url), options.bodyLimit);
    if (error instanceof ComputeBusyError) {
      // Expected under load: a warning naming the reason (never the input), and when to come back.
      request.log.warn({ compute: error.reason }, 'compute pool busy');
      reply.header('retry-after', String(error.retryAfterSeconds));
    } else if (body.status >= 500) request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, body);
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOnly(request.url);
    if (
      options.spaIndexHtml !== undefined &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !isApiPath(path) &&
      (request.headers.accept ?? '').includes('text/html')
    ) {
      return reply.code(200).type('text/html; charset=utf-8').send(options.spaIndexHtml);
    }
    const allowed = options.allowedMethods?.(path) ?? [];
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(
        reply,
        problem(
          405,
          problemTypes.methodNotAllowed,
          `${path} does not answer ${request.method}; it answers ${allowed.join(', ')}.`,
          [],
          path,
        ),
      );
    }
    return sendProblem(
      reply,
      problem(
        404,
        problemTypes.notFound,
        `There is no ${request.method} ${path}; the API is described at /openapi.json and /docs.`,
        [],
        path,
      ),
    );
  });
}
