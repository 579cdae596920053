import { type FindingDefinition, findings } from '../../knowledge/index.js';
import type { Lang } from '../../language/index.js';
import { localiseFindingsTo } from '../../pipeline/localise.js';
import { langQuerySchema, requestLang } from '../lang.js';
import { findingsResponseSchema, ok, problemResponses } from '../schemas.js';
import type { ZodApp } from '../types.js';

// Built once per language: the catalogs are fixed for the life of the process.
const byLang = new Map<Lang, readonly FindingDefinition[]>();

/** Endpoint: GET /v1/findings — the findings catalog (the ids accepted in `evidence`). Wording in `?lang=` or Accept-Language. */
export function listFindings(lang: Lang = 'en') {
  let list = byLang.get(lang);
  if (!list) {
    list = lang === 'en' ? findings : localiseFindingsTo(findings, lang);
    byLang.set(lang, list);
  }
  return list;
}

export function registerFindings(app: ZodApp): void {
  app.get(
    '/v1/findings',
    {
      schema: {
        querystring: langQuerySchema,
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
    (request) => listFindings(requestLang(request, undefined)),
  );
}
