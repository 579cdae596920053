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
import { defaultConfig, type ServerConfig } from './config.js';
import { installProblemHandlers } from './errors.js';
import { logSerializers, RequestLogController } from './logging.js';
import { registerOpenApi } from './openapi.js';
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
  }).withTypeProvider<ZodTypeProvider>() as ZodApp;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: without this, a text/plain body would be parsed as a string and reported as a 400.
  app.removeContentTypeParser('text/plain');

  const indexHtml = join(config.staticDir, 'index.html');
  const hasWebApp = existsSync(indexHtml);
  installProblemHandlers(app, {
    bodyLimit: config.bodyLimit,
    ...(hasWebApp ? { spaIndexHtml: readFileSync(indexHtml, 'utf8') } : {}),
  });

  // Security headers (@fastify/helmet's, computed once at boot) and the request id, on every response.
  let security: Readonly<Record<string, string>> = {};
  app.register(async () => {
    security = await securityHeaders();
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(security);
    reply.header('x-request-id', request.id);
    done();
  });

  // Graceful close: requests still in flight when `close()` starts get `Connection: close`, so their
  // keep-alive sockets end with the response and the server can finish closing.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
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
    app.register(fastifyRateLimit, { max: config.rateLimit, timeWindow: '1 minute' });
  }
  registerOpenApi(app, packageVersion);

  app.register(async (api: ZodApp) => {
    registerAssess(api);
    registerInterviewNext(api);
    registerUnderstand(api);
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
