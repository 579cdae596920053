import { assessInput, type CaseResult } from '../../pipeline/assess-input.js';
import type { CaseInput } from '../../schema/case.js';
import { langQuerySchema, requestLang } from '../lang.js';
import { caseRequestSchema, caseResultSchema, ok, problemResponses } from '../schemas.js';
import type { ZodApp } from '../types.js';

/** Endpoint: POST /v1/assess — one case in, the same result object as `nightleg assess --json` out. */
export function assessCase(input: CaseInput): CaseResult {
  return assessInput(input);
}

export function registerAssess(app: ZodApp): void {
  app.post(
    '/v1/assess',
    {
      schema: {
        operationId: 'assess',
        tags: ['assessment'],
        summary: 'Assess one case',
        description:
          'Triage urgency, ranked causes with the reasons for and against each, the evidence used, and the most useful next question. Not a diagnosis. `lang` (body or query; default from Accept-Language, else en) picks the language of `text` and of the wording returned.',
        body: caseRequestSchema,
        querystring: langQuerySchema,
        response: {
          200: ok(caseResultSchema, 'The assessment (same object as `nightleg assess --json`)'),
          ...problemResponses(400, 413, 415, 429, 500),
        },
      },
    },
    (request) => assessCase({ ...request.body, lang: requestLang(request, request.body.lang) }),
  );
}
