import type { z } from 'zod';
import { type Answer, answerEvidence, groupAnswerProblem } from '../../engine/index.js';
import { understand } from '../../language/index.js';
import { assessCase as assessInView } from '../../pipeline/assess-input.js';
import type { CaseInput } from '../../schema/case.js';
import { langQuerySchema, requestLang } from '../lang.js';
import {
  type compactInterviewStepSchema,
  type interviewAnswerSchema,
  type interviewNextResponseSchema,
  interviewRequestSchema,
  interviewStepResponseSchema,
  ok,
  problemResponses,
  viewQuerySchema,
} from '../schemas.js';
import type { ZodApp } from '../types.js';
import { RequestValidationError } from '../validation.js';

export type InterviewStep = z.output<typeof interviewNextResponseSchema>;
export type CompactInterviewStep = z.output<typeof compactInterviewStepSchema>;
export type InterviewAnswer = z.output<typeof interviewAnswerSchema>;

/**
 * Endpoint: POST /v1/interview/next — the stateless interview. The client keeps the case (age, sex, text,
 * evidence so far, the estimate it showed last) and sends all of it each time; corrections to what was
 * understood from the text are appended as evidence. The answer to the pending question is either appended
 * by the client as evidence, or sent as `answer` (yes / no / don't know, a tick list `chosen`, or per-option
 * `items`): the server turns it into evidence, returns it as `answered` and asks the next question. See
 * docs/api.md.
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
    const voice = input.voice ?? result.understood?.voice ?? 'self';
    return {
      question: result.question,
      shouldStop: result.shouldStop,
      progress: result.progress,
      voice,
      result,
    };
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
    voice: result.voice ?? 'self',
    result,
  };
}

const answerError = (message: string, path = 'answer') =>
  new RequestValidationError([{ path, message }], 'body');

/**
 * The evidence an answer becomes, for the question this case asks next. Throws a 400 (naming the field)
 * when the answer is for another question or does not fit it.
 */
export function answeredEvidence(input: CaseInput, answer: InterviewAnswer) {
  const pending = assessInView(input, { view: 'compact', include: ['question'] }, understand).question;
  if (!pending)
    throw answerError(
      'the interview has stopped for this case: there is no question to answer',
      'answer.question',
    );
  if (pending.id !== answer.question)
    throw answerError(
      `"${answer.question}" is not the question this case asks next ("${pending.id}"): send the case without this answer's evidence, or answer "${pending.id}"`,
      'answer.question',
    );
  let reply: Answer;
  if (answer.answer !== undefined) reply = answer.answer;
  else {
    if (pending.kind !== 'group')
      throw answerError('a single question takes {"answer": "yes" | "no" | "unknown"}', 'answer');
    const group = answer.items !== undefined ? { items: answer.items } : { chosen: answer.chosen ?? [] };
    const problem = groupAnswerProblem(pending, group);
    if (problem) throw answerError(problem, answer.items !== undefined ? 'answer.items' : 'answer.chosen');
    reply = group;
  }
  return answerEvidence(pending, reply);
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
          'Send the whole case each time (the server keeps no session). First, read back `result.understood.findings` and append any correction to `evidence` as `{id, state}` (evidence wins over the text). To answer a question, either send `answer` with the case — `{question: <question.id>, answer: "yes"|"no"|"unknown"}`, or for a group `{question, items: {"<finding id>": "present"|"absent"|"unknown"}}` (per option) or `{question, chosen: [ids]}` (tick list) — and append the returned `answered` evidence to `evidence` for the next request; or append the evidence yourself. Single question: `{id, state}` for its finding. Group question: chosen options `present`; "none of these" = all `absent`; "don\'t know" = all `unknown`; an option left unticked while others are chosen is never absent: append it as `unknown` when `question.unticked` is "unknown", nothing when "open". `voice` says whom the questions address (`other`: a relative or carer writes; the wording speaks of "they"). Send `lastEstimate` = the `progress.remainingEstimate` shown last, so the estimate rises by at most two. Repeat until `shouldStop` is true; `result` is the assessment so far, compact (default) or full (`view=full`). `lang` (body or query; default from Accept-Language, else en) picks the language of `text` and of the wording returned.',
        querystring: viewQuerySchema.extend(langQuerySchema.shape),
        body: interviewRequestSchema,
        response: {
          200: ok(
            interviewStepResponseSchema,
            'The next question (or stop), progress, and the assessment so far',
          ),
          ...problemResponses(400, 413, 415, 429, 500),
        },
      },
    },
    (request) => {
      const { answer, ...body } = request.body;
      const input: CaseInput = { ...body, lang: requestLang(request, body.lang) };
      if (!answer) return interviewNext(input, request.query.view);
      const answered = answeredEvidence(input, answer);
      const step = interviewNext(
        { ...input, evidence: [...input.evidence, ...answered] },
        request.query.view,
      );
      return { ...step, answered };
    },
  );
}
