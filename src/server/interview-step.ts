import type { z } from 'zod';
import { type Answer, answerEvidence, groupAnswerProblem } from '../engine/index.js';
import { understand } from '../language/index.js';
import { assessCase, type Include } from '../pipeline/assess-input.js';
import type { CaseInput } from '../schema/case.js';
import type {
  compactInterviewStepSchema,
  interviewAnswerSchema,
  interviewNextResponseSchema,
} from './schemas.js';
import { RequestValidationError } from './validation.js';

// Kept apart from the route (and its zod schemas, imported for their types only) so that a compute worker
// thread loads the engine and the reader, not the HTTP layer.

export type InterviewStep = z.output<typeof interviewNextResponseSchema>;
export type CompactInterviewStep = z.output<typeof compactInterviewStepSchema>;
export type InterviewAnswer = z.output<typeof interviewAnswerSchema>;

/**
 * POST /v1/interview/next, without HTTP: the case so far → the next question (or stop), progress, and the
 * assessment so far in the requested view. See the route and docs/api.md for how a client uses it.
 */
export function interviewNext(input: CaseInput, view: 'full'): InterviewStep;
export function interviewNext(
  input: CaseInput,
  view?: 'compact',
  include?: readonly Include[],
): CompactInterviewStep;
export function interviewNext(
  input: CaseInput,
  view?: 'compact' | 'full',
  include?: readonly Include[],
): InterviewStep | CompactInterviewStep;
export function interviewNext(
  input: CaseInput,
  view: 'compact' | 'full' = 'compact',
  include: readonly Include[] = [],
): InterviewStep | CompactInterviewStep {
  if (view === 'full') {
    const result = assessCase(input, { view: 'full' }, understand);
    const voice = input.voice ?? result.understood?.voice ?? 'self';
    return {
      question: result.question,
      shouldStop: result.shouldStop,
      progress: result.progress,
      voice,
      result,
    };
  }
  const { question, shouldStop, progress, ...result } = assessCase(
    input,
    { view: 'compact', include: include.includes('question') ? include : [...include, 'question'] },
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
  const pending = assessCase(input, { view: 'compact', include: ['question'] }, understand).question;
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

/**
 * One interview step with the answer to the pending question, if sent: the answer becomes evidence (returned
 * as `answered` for the client to keep) and the next question is asked of the case with it.
 */
export function interviewStep(
  input: CaseInput,
  answer: InterviewAnswer | undefined,
  view: 'compact' | 'full',
  include: readonly Include[] = [],
): InterviewStep | CompactInterviewStep {
  if (!answer) return interviewNext(input, view, include);
  const answered = answeredEvidence(input, answer);
  const step = interviewNext({ ...input, evidence: [...input.evidence, ...answered] }, view, include);
  return { ...step, answered };
}
