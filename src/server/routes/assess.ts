import {
  assessView,
  type CaseResult,
  type CompactResult,
  type ViewOptions,
} from '../../pipeline/assess-input.js';
import type { CaseInput } from '../../schema/case.js';
import type { ComputePool } from '../compute-pool.js';
import { langQuerySchema, requestLang } from '../lang.js';
import {
  assessResponseSchema,
  caseRequestSchema,
  includeList,
  ok,
  problemResponses,
  viewQuerySchema,
} from '../schemas.js';
import type { ZodApp } from '../types.js';

/** POST /v1/assess without HTTP: one case in, its result in the requested view (compact by default). */
export function assessCase(
  input: CaseInput,
  options: ViewOptions = { view: 'full', include: [] },
): CaseResult | CompactResult {
  return assessView(input, options);
}

/** Endpoint: POST /v1/assess. The work runs on the compute pool (src/server/compute-pool.ts), off the event loop. */
export function registerAssess(app: ZodApp, compute: ComputePool): void {
  app.post(
    '/v1/assess',
    {
      schema: {
        operationId: 'assess',
        tags: ['assessment'],
        summary: 'Assess one case',
        description:
          'Triage urgency and ranked causes. `view=compact` (default): ids and probabilities, catalog text from GET /v1/conditions, /v1/findings, /v1/criteria and /v1/urgency; add `include=question` for the next interview question. `view=full`: the reasons for and against each cause, the criteria, the evidence used and the next question, with their text (the same object as `nightleg assess --json --view full`). `lang` (body or query; default from Accept-Language, else en) picks the language of `text` and of the wording returned. Not a diagnosis.',
        querystring: viewQuerySchema.extend(langQuerySchema.shape),
        body: caseRequestSchema,
        response: {
          200: ok(assessResponseSchema, 'The assessment in the requested view'),
          ...problemResponses(400, 413, 415, 429, 500, 503),
        },
      },
    },
    (request) =>
      compute.run({
        kind: 'assess',
        input: { ...request.body, lang: requestLang(request, request.body.lang) },
        options: { view: request.query.view, include: includeList(request.query.include) },
      }),
  );
}
