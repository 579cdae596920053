import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';

/**
 * Content-Security-Policy for the JSON API, the self-hosted web app and Swagger UI: everything from this
 * origin only; inline styles are allowed (Swagger UI sets style attributes), inline scripts are not.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

const notSecurityHeaders = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The security headers @fastify/helmet sends with this configuration, computed once. They are the same for
 * every response (no CSP nonces), while the plugin itself rebuilds its middleware chain and re-parses the CSP
 * on every request, which measured at about half the throughput of a trivial route. So the headers are taken
 * from one request to a throwaway instance and then set as a constant.
 */
export async function securityHeaders(): Promise<Readonly<Record<string, string>>> {
  const probe = Fastify({ logger: false });
  await probe.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
  });
  probe.get('/', (_request, reply) => reply.send(''));
  const res = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (!notSecurityHeaders.has(name) && value !== undefined) headers[name] = String(value);
  }
  if (!headers['content-security-policy']) throw new Error('@fastify/helmet sent no Content-Security-Policy');
  return headers;
}
