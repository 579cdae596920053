import { conditions } from '../../knowledge/index.js';
import { conditionsResponseSchema, ok, problemResponses } from '../schemas.js';
import type { ZodApp } from '../types.js';

/** Endpoint: GET /v1/conditions — the causes the engine ranks, with priors, links and sources. */
export function listConditions() {
  return conditions;
}

export function registerConditions(app: ZodApp): void {
  app.get(
    '/v1/conditions',
    {
      schema: {
        operationId: 'listConditions',
        tags: ['catalog'],
        summary: 'The causes the engine ranks',
        description:
          'Every condition with its usual urgency, priors, risk factors, finding links and sources.',
        response: {
          200: ok(conditionsResponseSchema, 'The conditions catalog'),
          ...problemResponses(429, 500),
        },
      },
    },
    () => listConditions(),
  );
}
