import type { z } from 'zod';
import { understand } from '../../language/index.js';
import { assessCase as assessInView } from '../../pipeline/assess-input.js';
import type { CaseInput } from '../../schema/case.js';
import { langQuerySchema, requestLang } from '../lang.js';
import {
  caseRequestSchema,
  type compactInterviewStepSchema,
  type interviewNextResponseSchema,
  interviewStepResponseSchema,
  ok,
  problemResponses,
  viewQuerySchema,
} from '../schemas.js';
import type { ZodApp } from '../types.js';

export type InterviewStep = z.output<typeof interviewNextResponseSchema>;
export type CompactInterviewStep = z.output<typeof compactInterviewStepSchema>;

/**
 * Endpoint: POST /v1/interview/next — the stateless interview. The client keeps the case (age, sex, text,
 * evidence so far, the estimate it showed last) and sends all of it each time; corrections to what was
 * understood from the text are appended as evidence; the answer to a `single` question appends `{id, state}`;
 * a `group` answer appends the chosen options as present ("none of these" = all absent, "don't know" = all
 * unknown) and an unticked option as `question.unticked` says (unknown, or nothing). See docs/api.md.
 */
export function interviewNext(input: CaseInput, view: 'full'): InterviewStep;
export function interviewNext(input: CaseInput, view?: 'compact'): CompactInterviewStep;
export function interviewNext(
  input: CaseInput,
  view?: 'compact' | 'full',
): InterviewStep | CompactInterviewStep;
export function interviewNext(
  input: CaseInput,
  view: 'compact' | 'full' = 'compact',
): InterviewStep | CompactInterviewStep {
  if (view === 'full') {
    const result = assessInView(input, { view: 'full' }, understand);
    return { question: result.question, shouldStop: result.shouldStop, progress: result.progress, result };
  }
  const { question, shouldStop, progress, ...result } = assessInView(
    input,
    { view: 'compact', include: ['question'] },
    understand,
  );
  return {
    question: question ?? null,
    shouldStop: shouldStop ?? false,
    progress: progress ?? { answered: 0, remainingEstimate: 0 },
    result,
  };
}

export function registerInterviewNext(app: ZodApp): void {
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
          ...problemResponses(400, 413, 415, 429, 500),
        },
      },
    },
    (request) =>
      interviewNext({ ...request.body, lang: requestLang(request, request.body.lang) }, request.query.view),
  );
}
