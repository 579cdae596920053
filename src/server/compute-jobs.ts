import { type Lang, LanguageInputError, type Understanding, understand } from '../language/index.js';
import {
  assessView,
  type CaseResult,
  type CompactResult,
  type Include,
  type ViewOptions,
} from '../pipeline/assess-input.js';
import type { CaseInput } from '../schema/case.js';
import {
  type CompactInterviewStep,
  type InterviewAnswer,
  type InterviewStep,
  interviewStep,
} from './interview-step.js';
import { HttpProblem } from './problem.js';
import { RequestValidationError } from './validation.js';

/**
 * The CPU-heavy work of the API (reading text, assessing, choosing the next question) as plain-data jobs, so
 * that it can run on a worker thread (src/server/compute-pool.ts) as well as in-process, with the same code
 * and the same result. Everything here is structured-clone safe: jobs and results are plain JSON-like data.
 */
export type ComputeJob =
  | { readonly kind: 'assess'; readonly input: CaseInput; readonly options: ViewOptions }
  | {
      readonly kind: 'interviewNext';
      readonly input: CaseInput;
      readonly answer?: InterviewAnswer;
      readonly view: 'compact' | 'full';
      /** Optional parts of a compact step's `result` (`question` changes nothing: the step carries it). */
      readonly include?: readonly Include[];
    }
  | { readonly kind: 'understand'; readonly text: string; readonly lang: Lang };

export type ComputeOutput<J extends ComputeJob> = J extends { kind: 'assess' }
  ? CaseResult | CompactResult
  : J extends { kind: 'interviewNext' }
    ? InterviewStep | CompactInterviewStep
    : Understanding;

/** Run one job on this thread. Throws what the pipeline throws (`LanguageInputError` for unreadable text). */
export function runJob<J extends ComputeJob>(job: J): ComputeOutput<J> {
  switch (job.kind) {
    case 'assess':
      return assessView(job.input, job.options) as ComputeOutput<J>;
    case 'interviewNext':
      return interviewStep(job.input, job.answer, job.view, job.include) as ComputeOutput<J>;
    case 'understand':
      return understand(job.text, job.lang) as ComputeOutput<J>;
  }
}

/**
 * An error as data, to cross a thread boundary: a structured clone keeps an Error's message but not its
 * class, and the error handler (src/server/errors.ts) maps errors by class. Anything else becomes `internal`
 * (its class name kept for the log; its message dropped, as it may quote input).
 */
export type EncodedError =
  | { readonly kind: 'language'; readonly message: string; readonly reason: LanguageInputError['reason'] }
  | {
      readonly kind: 'problem';
      readonly status: number;
      readonly type: string;
      readonly message: string;
      readonly errors: HttpProblem['errors'];
    }
  | {
      readonly kind: 'validation';
      readonly errors: RequestValidationError['errors'];
      readonly part: string;
      readonly textTooLong: boolean;
    }
  | { readonly kind: 'internal'; readonly name: string; readonly stack: string };

export function encodeError(error: unknown): EncodedError {
  if (error instanceof LanguageInputError) {
    return { kind: 'language', message: error.message, reason: error.reason };
  }
  if (error instanceof RequestValidationError) {
    return { kind: 'validation', errors: error.errors, part: error.part, textTooLong: error.textTooLong };
  }
  if (error instanceof HttpProblem) {
    return {
      kind: 'problem',
      status: error.status,
      type: error.type,
      message: error.message,
      errors: error.errors,
    };
  }
  const name = error instanceof Error ? error.name : typeof error;
  // The stack's first line repeats the message; keep only the frames.
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
  return { kind: 'internal', name, stack: frames };
}

/** An error from a worker thread that the in-process code would have thrown as something unexpected. */
export class ComputeInternalError extends Error {
  constructor(name: string, stack: string) {
    super(`${name} in a compute worker`);
    this.name = `ComputeInternalError(${name})`;
    this.stack = `${this.name}: ${this.message}\n${stack}`;
  }
}

export function decodeError(encoded: EncodedError): Error {
  switch (encoded.kind) {
    case 'language':
      return new LanguageInputError(encoded.message, encoded.reason);
    case 'problem':
      return new HttpProblem(encoded.status, encoded.type, encoded.message, encoded.errors);
    case 'validation':
      return new RequestValidationError(encoded.errors, encoded.part, encoded.textTooLong);
    case 'internal':
      return new ComputeInternalError(encoded.name, encoded.stack);
  }
}

/** What crosses back from a worker: the result, or the error as data. */
export type JobOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: EncodedError };

export function runEncoded(job: ComputeJob): JobOutcome {
  try {
    return { ok: true, value: runJob(job) };
  } catch (error) {
    return { ok: false, error: encodeError(error) };
  }
}

const warmUpStory =
  'For three weeks my left calf has ached at night, worse lying down and better hanging it off the bed; no swelling, no chest pain, but my toes are cold and numb and I walk less far than before. ';
const warmUpStoryEs =
  'Desde hace tres semanas me duele la pantorrilla izquierda por la noche, peor acostado y mejor con la pierna colgando; sin hinchazón ni dolor en el pecho, pero los dedos fríos y dormidos. ';

/**
 * Run each kind of job a few times on long texts in both languages, so that lazily built tables and the JIT
 * are ready before the first request (a cold first assessment of a long text costs about ten times a warm
 * one). Called once when a worker thread starts, or at boot in-process; takes a second or so of CPU.
 */
export function warmUp(rounds = 2): void {
  const inputs: CaseInput[] = [
    { age: 64, sex: 'male', evidence: [], text: warmUpStory.repeat(40), lang: 'en' },
    { age: 58, sex: 'female', evidence: [], text: warmUpStoryEs.repeat(40), lang: 'es' },
    { age: 40, sex: 'female', evidence: [{ id: 'pain_calf', state: 'present' }] },
  ];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      runEncoded({ kind: 'assess', input, options: { view: 'full', include: [] } });
      // The interview step is this same path (compact with the question).
      runEncoded({ kind: 'assess', input, options: { view: 'compact', include: ['question'] } });
      if (input.text) runEncoded({ kind: 'understand', text: input.text, lang: input.lang ?? 'en' });
    }
  }
}
