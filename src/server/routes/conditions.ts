import { conditions } from '../../knowledge/index.js';
import { localiseConditionsTo } from '../../pipeline/localise.js';
import { langQuerySchema, perLanguage, requestLang } from '../lang.js';
import { conditionsResponseSchema, ok, problemResponses } from '../schemas.js';
import type { ZodApp } from '../types.js';

/** Endpoint: GET /v1/conditions — the causes the engine ranks, with priors, links and sources. Wording in `?lang=` or Accept-Language. */
export const listConditions = perLanguage((lang) =>
  lang === 'en' ? conditions : localiseConditionsTo(conditions, lang),
);

export function registerConditions(app: ZodApp): void {
  app.get(
    '/v1/conditions',
    {
      schema: {
        querystring: langQuerySchema,
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
    (request) => listConditions(requestLang(request, undefined)),
  );
}
