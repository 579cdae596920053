import { type ConditionDefinition, conditions } from '../../knowledge/index.js';
import type { Lang } from '../../language/index.js';
import { localiseConditionsTo } from '../../pipeline/localise.js';
import { langQuerySchema, requestLang } from '../lang.js';
import { conditionsResponseSchema, ok, problemResponses } from '../schemas.js';
import type { ZodApp } from '../types.js';

// Built once per language: the catalogs are fixed for the life of the process.
const byLang = new Map<Lang, readonly ConditionDefinition[]>();

/** Endpoint: GET /v1/conditions — the causes the engine ranks, with priors, links and sources. Wording in `?lang=` or Accept-Language. */
export function listConditions(lang: Lang = 'en') {
  let list = byLang.get(lang);
  if (!list) {
    list = lang === 'en' ? conditions : localiseConditionsTo(conditions, lang);
    byLang.set(lang, list);
  }
  return list;
}

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
