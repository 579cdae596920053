import { criteriaCatalog } from '../../engine/index.js';
import { urgencyDescriptions, urgencyLevels } from '../../knowledge/index.js';
import { criteriaCatalogResponseSchema, ok, problemResponses, urgencyResponseSchema } from '../schemas.js';
import type { ZodApp } from '../types.js';

/** Endpoint: GET /v1/criteria — the instruments: names, the causes they concern, item labels, factor text. */
export function listCriteria() {
  return criteriaCatalog;
}

/** Endpoint: GET /v1/urgency — the five urgency levels with their label and action in plain words. */
export function listUrgency() {
  return urgencyLevels.map((level) => urgencyDescriptions[level]);
}

export function registerCatalogs(app: ZodApp): void {
  app.get(
    '/v1/criteria',
    {
      schema: {
        operationId: 'listCriteria',
        tags: ['catalog'],
        summary: 'The validated instruments',
        description:
          'Every instrument with the causes it concerns, its item labels and the factor text it can add to a cause (for the compact view).',
        response: {
          200: ok(criteriaCatalogResponseSchema, 'The criteria catalog'),
          ...problemResponses(429, 500),
        },
      },
    },
    () => listCriteria(),
  );
  app.get(
    '/v1/urgency',
    {
      schema: {
        operationId: 'listUrgency',
        tags: ['catalog'],
        summary: 'The urgency levels',
        description: 'The five levels, most urgent first, with the label and action a result page shows.',
        response: {
          200: ok(urgencyResponseSchema, 'The urgency levels'),
          ...problemResponses(429, 500),
        },
      },
    },
    () => listUrgency(),
  );
}
