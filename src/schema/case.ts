import { z } from 'zod';
import { findingsById } from '../knowledge/index.js';
import { textTooLongMessage } from '../language/input.js';
import {
  maximumAge,
  maximumEvidenceItems,
  maximumLastEstimate,
  maximumTextLength,
  minimumAge,
} from './case-check.js';

/**
 * The wire format of one case, shared by the CLI (stdin JSON lines) and the HTTP API. The limits live in
 * case-check.ts (zod-free, for the CLI's quick check of valid cases) and are re-exported here.
 */
export { maximumAge, maximumTextLength, minimumAge };
/** Error reports list at most this many field errors (then a count), and each message is cut to this length. */
export const maxReportedErrors = 20;
export const maxMessageLength = 300;

// The warning signs are those that rule out growing pains and call for blood tests (S155, S157).
export const adultsOnlyMessage =
  'nightleg is for adults (18 and over). For a child or teenager with leg pain, please ask a doctor, nurse or pharmacist, and soon if the pain is in one leg only, is there in the morning, or comes with a limp, fever, tiredness, weight loss, a swollen joint or a sore spot on a bone.';

/** Distinguish a missing field from a wrong one, so the message says which. */
function requiredAs(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `is required: ${expected}`
      : `must be ${expected} (got ${JSON.stringify(issue.input)})`;
}

export const evidenceItemSchema = z
  .object(
    {
      id: z.string({ error: requiredAs('a finding id (a string)') }).refine((id) => findingsById.has(id), {
        error: (issue) => `unknown finding id "${String(issue.input)}" (list them with: nightleg findings)`,
      }),
      state: z.enum(['present', 'absent', 'unknown'], {
        error: requiredAs('"present", "absent" or "unknown"'),
      }),
      side: z.enum(['left', 'right', 'both'], { error: 'must be "left", "right" or "both"' }).optional(),
    },
    { error: 'each evidence item must be an object like {"id": "fever", "state": "present"}' },
  )
  .strict();

export const caseSchema = z
  .object(
    {
      id: z.union([z.string(), z.number()], { error: 'must be a string or a number' }).optional(),
      age: z
        .number({ error: requiredAs('a number of years') })
        .int({ error: 'must be a whole number of years' })
        .min(minimumAge, { error: adultsOnlyMessage })
        .max(maximumAge, { error: `must be at most ${maximumAge}` }),
      sex: z.enum(['female', 'male'], { error: requiredAs('"female" or "male"') }),
      evidence: z
        .array(evidenceItemSchema, { error: 'must be a list of {id, state}' })
        .max(maximumEvidenceItems)
        .default([]),
      text: z
        .string({ error: 'must be a string' })
        .max(maximumTextLength, { error: (issue) => textTooLongIssue(issue.input) })
        .optional(),
      lang: z
        .enum(['en', 'es'], { error: 'must be "en" or "es"' })
        .optional()
        .describe('Language of `text` and of the wording returned (default: Accept-Language, else en)'),
      voice: z
        .enum(['self', 'other'], { error: 'must be "self" or "other"' })
        .optional()
        .describe(
          'Who the questions address: `self` (the person typing is the patient) or `other` (a relative or carer asking for someone: questions speak of "they"). Default: read from `text` (`understood.voice`), else self',
        ),
      lastEstimate: z
        .number({ error: 'must be a whole number of questions' })
        .int({ error: 'must be a whole number of questions' })
        .min(0, { error: 'must be 0 or more' })
        .max(maximumLastEstimate, { error: `must be at most ${maximumLastEstimate}` })
        .optional(),
      described: z
        .array(z.string({ error: 'must be a finding id' }), { error: 'must be a list of finding ids' })
        .max(maximumEvidenceItems)
        .optional()
        .describe(
          "Ids of evidence items that came from the person's own description (the read-back a client shows and lets the person correct), not from questions: they do not count toward the interview's 12-question limit",
        ),
    },
    { error: 'a case must be a JSON object like {"age": 67, "sex": "female", "evidence": []}' },
  )
  .strict();

export type CaseInput = z.infer<typeof caseSchema>;

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** "evidence[2].id" style paths. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** The message for a `text` over the limit (the zod issue's input is the text). */
export function textTooLongIssue(input: unknown): string {
  return textTooLongMessage(typeof input === 'string' ? input.length : maximumTextLength + 1);
}

/** Is this issue a text over the limit (answered 413 by the API, not 400)? */
export function isTextTooLong(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'too_big' && issue.origin === 'string' && issue.path.at(-1) === 'text';
}

/** At most `max` characters: a message must never grow with the input (error bodies are bounded). */
export function clip(text: string, max = maxMessageLength): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "a, b, c and 4 more": the first few of a list that comes from the input. */
function firstOf(items: readonly string[], shown = 5): string {
  const head = items.slice(0, shown).map((k) => clip(JSON.stringify(k), 60));
  return items.length > shown ? `${head.join(', ')} and ${items.length - shown} more` : head.join(', ');
}

/**
 * Field errors in the shared format. Each message is bounded (unknown keys are listed by their first few);
 * reports show the first `maxReportedErrors` and a count (`describeErrors`, the API's problem bodies).
 */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = clip(formatPath(issue.path) || '(root)', 200);
    if (issue.code === 'unrecognized_keys') {
      return {
        path,
        message: `unexpected field${issue.keys.length > 1 ? 's' : ''}: ${firstOf(issue.keys)}`,
      };
    }
    return { path, message: clip(issue.message) };
  });
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function parseCase(input: unknown): ParseResult<CaseInput> {
  const result = caseSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** One human-readable message naming each field: the first few (each clipped), then how many more. */
export function describeErrors(errors: readonly FieldError[], shownErrors = 10): string {
  const shown = errors
    .slice(0, shownErrors)
    .map((e) => clip(e.path === '(root)' ? e.message : `${e.path}: ${e.message}`, 200))
    .join('; ');
  const more = errors.length - shownErrors;
  return more > 0 ? `${shown}; and ${more} more error${more > 1 ? 's' : ''}` : shown;
}
