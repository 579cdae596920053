import { findings } from '../../knowledge/index.js';
import { localiseFindingsTo } from '../../pipeline/localise.js';
import { langQuerySchema, perLanguage, requestLang } from '../lang.js';
import { findingsResponseSchema, ok, problemResponses } from '../schemas.js';
import type { ZodApp } from '../types.js';

/** Endpoint: GET /v1/findings — the findings catalog (the ids accepted in `evidence`). Wording in `?lang=` or Accept-Language. */
export const listFindings = perLanguage((lang) =>
  lang === 'en' ? findings : localiseFindingsTo(findings, lang),
);

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
