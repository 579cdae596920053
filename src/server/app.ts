import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cdsRoutes } from '../cds/routes.js';
import { fhirRoutes } from '../fhir/routes.js';
import { type ComputePool, inProcessPool } from './compute-pool.js';
import { defaultConfig, type ServerConfig } from './config.js';
import { installProblemHandlers, problemFor, rawProblemResponse, sendProblem } from './errors.js';
import { logSerializers, pathOnly, RequestLogController } from './logging.js';
import { registerOpenApi } from './openapi.js';
import { problem, problemTypes } from './problem.js';
import { RouteTable } from './route-table.js';
import { registerAssess } from './routes/assess.js';
import { registerCatalogs } from './routes/catalogs.js';
import { registerConditions } from './routes/conditions.js';
import { registerCriteria } from './routes/criteria.js';
import { registerFindings } from './routes/findings.js';
import { registerHealth } from './routes/health.js';
import { registerInterviewNext } from './routes/interview-next.js';
import { registerUnderstand } from './routes/understand.js';
import { securityHeaders } from './security-headers.js';
import type { ZodApp } from './types.js';
import { serializerCompiler, validatorCompiler } from './validation.js';

export interface BuildOptions extends Partial<ServerConfig> {
  /** Where JSON log lines go (default stdout); tests pass a stream to read them. */
  readonly logStream?: Writable;
  /**
   * Where text is read and cases assessed. Default: in-process (tests, embedding); `nightleg serve` passes a
   * pool of worker threads (`createComputePool`). The server closes it when it closes.
   */
  readonly compute?: ComputePool;
}

const packageVersion: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
})();

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** Use the caller's `X-Request-Id` when it is a plain token, otherwise make one. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
}

/** Build the HTTP API (not listening). Options default to `defaultConfig`; see docs/api.md. */
export function buildServer(options: BuildOptions = {}): FastifyInstance {
  const config: ServerConfig = { ...defaultConfig, ...options };
  const compute = options.compute ?? inProcessPool();
  const app = Fastify({
    logger: {
      level: config.logLevel,
      serializers: logSerializers,
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    logController: new RequestLogController(),
    bodyLimit: config.bodyLimit,
    trustProxy: typeof config.trustProxy === 'boolean' ? config.trustProxy : [...config.trustProxy],
    requestIdHeader: false,
    genReqId: requestId,
    // Never leave a connection half-open on shutdown: idle keep-alive sockets close, in-flight requests finish.
    forceCloseConnections: 'idle',
    // Slow clients cannot hold connections open (docs/api.md, "Timeouts"): the whole request must arrive within
    // requestTimeout, its headers within headersTimeout; an idle keep-alive connection closes after
    // keepAliveTimeout. Node checks these deadlines every second (its default is every 30 s).
    requestTimeout: config.requestTimeout,
    keepAliveTimeout: config.keepAliveTimeout,
    http: {
      requestTimeout: config.requestTimeout,
      headersTimeout: config.headersTimeout,
      connectionsCheckingInterval: 1000,
    },
    // Requests that arrive while closing get a 503 problem from the onRequest hook below, not Fastify's plain JSON.
    return503OnClosing: false,
    // Bad URL encoding (/v1/criteria/%zz) and over-long URL parts: problems like every other error.
    frameworkErrors: (error, request, reply) => {
      reply.headers(security);
      reply.header('x-request-id', request.id);
      sendProblem(reply, problemFor(error, pathOnly(request.url), config.bodyLimit));
      // These replies skip Fastify's request hooks, and so its log line: write the same one.
      request.log.info({ req: request, res: reply, responseTime: 0 }, 'request completed');
    },
    // Errors Node's HTTP parser raises before there is a request (431 headers too large, 408 timeout, 400
    // malformed): answered on the socket as problems, with the security headers and a request id, and logged.
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE' || socket.destroyed) return;
      const id = randomUUID();
      const response = rawProblemResponse(error, id, security);
      app.log.info(
        { reqId: id, res: { statusCode: response.status }, clientError: error.code },
        'request completed',
      );
      if (
        socket.writable &&
        !(socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent
      )
        socket.write(response.text);
      socket.destroy();
    },
  }).withTypeProvider<ZodTypeProvider>() as ZodApp;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: without this, a text/plain body would be parsed as a string and reported as a 400.
  app.removeContentTypeParser('text/plain');

  const indexHtml = join(config.staticDir, 'index.html');
  const hasWebApp = existsSync(indexHtml);
  // Every route, so that a known path with another method is a 405 with `Allow`, not a 404.
  const routes = new RouteTable();
  app.addHook('onRoute', (route) => routes.add(route.method, route.url));
  installProblemHandlers(app, {
    bodyLimit: config.bodyLimit,
    allowedMethods: (path) => routes.methodsFor(path),
    ...(hasWebApp ? { spaIndexHtml: readFileSync(indexHtml, 'utf8') } : {}),
  });

  // Security headers (@fastify/helmet's, computed once at boot) and the request id, on every response.
  let security: Readonly<Record<string, string>> = {};
  app.register(async () => {
    security = await securityHeaders();
  });
  // Graceful close: requests still in flight when `close()` starts get `Connection: close`, so their
  // keep-alive sockets end with the response and the server can finish closing; new ones get a 503 problem.
  let closing = false;
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(security);
    reply.header('x-request-id', request.id);
    if (closing) {
      reply.header('retry-after', '5');
      sendProblem(
        reply,
        problem(
          503,
          problemTypes.unavailable,
          'The server is shutting down; retry in a few seconds.',
          [],
          pathOnly(request.url),
        ),
      );
      return;
    }
    // Request bodies are plain JSON: a compressed body would be read as invalid JSON, so say what is wrong.
    const encoding = request.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      reply.header('accept-encoding', 'identity');
      sendProblem(
        reply,
        problem(
          415,
          problemTypes.unsupportedMediaType,
          'Compressed request bodies (Content-Encoding) are not supported; send the JSON uncompressed.',
          [],
          pathOnly(request.url),
        ),
      );
      return;
    }
    done();
  });

  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // After the in-flight requests have been answered: let running jobs finish, then end the threads.
  app.addHook('onClose', () => compute.close());
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  if (config.corsOrigins.length > 0) {
    app.register(fastifyCors, {
      origin: config.corsOrigins.includes('*') ? '*' : [...config.corsOrigins],
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'x-request-id'],
      exposedHeaders: [
        'x-request-id',
        'retry-after',
        'x-ratelimit-limit',
        'x-ratelimit-remaining',
        'x-ratelimit-reset',
      ],
      maxAge: 600,
    });
  }
  if (config.rateLimit > 0) {
    app.register(fastifyRateLimit, {
      max: config.rateLimit,
      timeWindow: '1 minute',
      // A health probe from the same address as real traffic must never be told 429.
      allowList: (request) => pathOnly(request.url) === '/healthz',
    });
  }
  registerOpenApi(app, packageVersion);

  app.register(async (api: ZodApp) => {
    registerAssess(api, compute);
    registerInterviewNext(api, compute);
    registerUnderstand(api, compute);
    registerCriteria(api);
    registerFindings(api);
    registerConditions(api);
    registerCatalogs(api);
    registerHealth(api, packageVersion);
  });
  // Clinical-systems faces (docs/fhir.md, docs/cds-hooks.md), each with its own error format.
  app.register(fhirRoutes, { prefix: '/fhir', version: packageVersion, bodyLimit: config.bodyLimit });
  app.register(cdsRoutes, { prefix: '/cds-services', version: packageVersion, bodyLimit: config.bodyLimit });

  if (hasWebApp) {
    // Encapsulated: Swagger UI registers its own copy of @fastify/static.
    app.register(async (web) => {
      await web.register(fastifyStatic, { root: config.staticDir, prefix: '/', index: ['index.html'] });
    });
  }
  return app;
}
