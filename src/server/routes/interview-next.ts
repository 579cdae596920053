import type { ComputePool } from '../compute-pool.js';
import { langQuerySchema, requestLang } from '../lang.js';
import {
  caseRequestSchema,
  interviewStepResponseSchema,
  ok,
  problemResponses,
  viewQuerySchema,
} from '../schemas.js';
import type { ZodApp } from '../types.js';

export { type CompactInterviewStep, type InterviewStep, interviewNext } from '../interview-step.js';

/**
 * Endpoint: POST /v1/interview/next — the stateless interview. The client keeps the case (age, sex, text,
 * evidence so far, the estimate it showed last) and sends all of it each time; corrections to what was
 * understood from the text are appended as evidence; the answer to a `single` question appends `{id, state}`;
 * a `group` answer appends the chosen options as present ("none of these" = all absent, "don't know" = all
 * unknown) and an unticked option as `question.unticked` says (unknown, or nothing). See docs/api.md.
 * The work runs on the compute pool (src/server/compute-pool.ts), off the event loop.
 */
export function registerInterviewNext(app: ZodApp, compute: ComputePool): void {
  app.post(
    '/v1/interview/next',
    {
      schema: {
        operationId: 'interviewNext',
        tags: ['interview'],
        summary: 'Next interview question for the case so far',
        description:
          'Send the whole case each time (the server keeps no session). First, read back `result.understood.findings` and append any correction to `evidence` as `{id, state}` (evidence wins over the text). Single question: append `{id, state}` for its finding. Group question ("which of these apply?"): chosen options `present`; "none of these" = all `absent`; "don\'t know" = all `unknown`; an option left unticked while others are chosen is never absent: append it as `unknown` when `question.unticked` is "unknown", nothing when "open". Send `lastEstimate` = the `progress.remainingEstimate` shown last, so the estimate rises by at most two. Repeat until `shouldStop` is true; `result` is the assessment so far, compact (default) or full (`view=full`). `lang` (body or query; default from Accept-Language, else en) picks the language of `text` and of the wording returned.',
        querystring: viewQuerySchema.extend(langQuerySchema.shape),
        body: caseRequestSchema,
        response: {
          200: ok(
            interviewStepResponseSchema,
            'The next question (or stop), progress, and the assessment so far',
          ),
          ...problemResponses(400, 413, 415, 429, 500, 503),
        },
      },
    },
    (request) =>
      compute.run({
        kind: 'interviewNext',
        input: { ...request.body, lang: requestLang(request, request.body.lang) },
        view: request.query.view,
      }),
  );
}
