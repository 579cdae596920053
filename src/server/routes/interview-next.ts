import type { ComputePool } from '../compute-pool.js';
import { langQuerySchema, requestLang } from '../lang.js';
import {
  includeList,
  interviewRequestSchema,
  interviewStepResponseSchema,
  ok,
  problemResponses,
  viewQuerySchema,
} from '../schemas.js';
import type { ZodApp } from '../types.js';

export {
  answeredEvidence,
  type CompactInterviewStep,
  type InterviewAnswer,
  type InterviewStep,
  interviewNext,
  interviewStep,
} from '../interview-step.js';

/**
 * Endpoint: POST /v1/interview/next — the stateless interview. The client keeps the case (age, sex, text,
 * evidence so far, the estimate it showed last) and sends all of it each time; corrections to what was
 * understood from the text are appended as evidence. The answer to the pending question is either appended
 * by the client as evidence, or sent as `answer` (yes / no / don't know, a tick list `chosen`, or per-option
 * `items`): the server turns it into evidence, returns it as `answered` and asks the next question. See
 * docs/api.md. The work runs on the compute pool (src/server/compute-pool.ts), off the event loop.
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
          'Send the whole case each time (the server keeps no session). First, read back `result.understood.findings` and append any correction to `evidence` as `{id, state}` (evidence wins over the text). To answer a question, either send `answer` with the case — `{question: <question.id>, answer: "yes"|"no"|"unknown"}`, or for a group `{question, items: {"<finding id>": "present"|"absent"|"unknown"}}` (per option) or `{question, chosen: [ids]}` (tick list) — and append the returned `answered` evidence to `evidence` for the next request; or append the evidence yourself. Single question: `{id, state}` for its finding. Group question: chosen options `present`; "none of these" = all `absent`; "don\'t know" = all `unknown`; an option left unticked while others are chosen is never absent: append it as `unknown` when `question.unticked` is "unknown", nothing when "open". `voice` says whom the questions address (`other`: a relative or carer writes; the wording speaks of "they"). Send `lastEstimate` = the `progress.remainingEstimate` shown last, so the estimate rises by at most two. Repeat until `shouldStop` is true; `result` is the assessment so far, compact (default) or full (`view=full`). `lang` (body or query; default from Accept-Language, else en) picks the language of `text` and of the wording returned.',
        querystring: viewQuerySchema.extend(langQuerySchema.shape),
        body: interviewRequestSchema,
        response: {
          200: ok(
            interviewStepResponseSchema,
            'The next question (or stop), progress, and the assessment so far',
          ),
          ...problemResponses(400, 413, 415, 429, 500, 503),
        },
      },
    },
    (request) => {
      const { answer, ...body } = request.body;
      return compute.run({
        kind: 'interviewNext',
        input: { ...body, lang: requestLang(request, body.lang) },
        answer,
        view: request.query.view,
        include: includeList(request.query.include),
      });
    },
  );
}
