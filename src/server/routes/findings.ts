import { findings } from '../../knowledge/index.js';
import { findingsResponseSchema, ok, problemResponses } from '../schemas.js';
import type { ZodApp } from '../types.js';

/** Endpoint: GET /v1/findings — the findings catalog (the ids accepted in `evidence`). */
export function listFindings() {
  return findings;
}

export function registerFindings(app: ZodApp): void {
  app.get(
    '/v1/findings',
    {
      schema: {
        operationId: 'listFindings',
        tags: ['catalog'],
        summary: 'The findings the engine understands',
        description:
          'Every symptom, sign and history item, with its id (used in `evidence`), question and sources.',
        response: {
          200: ok(findingsResponseSchema, 'The findings catalog'),
          ...problemResponses(429, 500),
        },
      },
    },
    () => listFindings(),
  );
}
