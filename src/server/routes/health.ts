import { healthSchema, ok } from '../schemas.js';
import type { ZodApp } from '../types.js';

/** Endpoint: GET /healthz — liveness for load balancers and container probes. */
export function health(version: string) {
  return { status: 'ok' as const, version };
}

export function registerHealth(app: ZodApp, version: string): void {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'health',
        tags: ['service'],
        summary: 'Liveness check',
        response: { 200: ok(healthSchema, 'The server is up') },
      },
    },
    () => health(version),
  );
}
