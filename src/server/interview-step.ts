import type { z } from 'zod';
import { understand } from '../language/index.js';
import { assessCase } from '../pipeline/assess-input.js';
import type { CaseInput } from '../schema/case.js';
import type { compactInterviewStepSchema, interviewNextResponseSchema } from './schemas.js';

// Kept apart from the route (and its zod schemas, imported for their types only) so that a compute worker
// thread loads the engine and the reader, not the HTTP layer.

export type InterviewStep = z.output<typeof interviewNextResponseSchema>;
export type CompactInterviewStep = z.output<typeof compactInterviewStepSchema>;

/**
 * POST /v1/interview/next, without HTTP: the case so far → the next question (or stop), progress, and the
 * assessment so far in the requested view. See the route and docs/api.md for how a client uses it.
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
    const result = assessCase(input, { view: 'full' }, understand);
    return { question: result.question, shouldStop: result.shouldStop, progress: result.progress, result };
  }
  const { question, shouldStop, progress, ...result } = assessCase(
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
