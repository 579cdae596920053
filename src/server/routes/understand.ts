import { z } from 'zod';
import type { FindingId } from '../../knowledge/index.js';
import type { Span, Understanding } from '../../language/index.js';
import { maximumTextLength, textTooLongIssue } from '../../schema/case.js';
import type { ComputePool } from '../compute-pool.js';
import { langQuerySchema, requestLang } from '../lang.js';
import { component, type DeepMutable, doc, list, ok, problemResponses, type Same } from '../schemas.js';
import type { ZodApp } from '../types.js';

export const understandRequestSchema = component(
  'UnderstandRequest',
  z.strictObject({
    text: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'is required: the description in words (a string)'
            : 'must be a string: the description in words',
      })
      .max(maximumTextLength, { error: (issue) => textTooLongIssue(issue.input) }),
    lang: z
      .enum(['en', 'es'], { error: 'must be "en" or "es"' })
      .optional()
      .describe('Language of the text (default: `?lang=`, then Accept-Language, else en)'),
  }),
  'Free text: the pain in the person’s own words.',
);

// Typed as the language module's own types, documented as plain JSON.
const findingId = z.string() as unknown as z.ZodType<FindingId>;
const span = doc(
  z.tuple([z.number().int(), z.number().int()]),
  'Character range [start, end) in the text sent',
) as unknown as z.ZodType<Span>;

export const understandResponseSchema = component(
  'Understanding',
  z.strictObject({
    findings: doc(
      list(
        z.strictObject({
          id: findingId,
          state: z.enum(['present', 'absent', 'unknown']),
          span,
          side: z.enum(['left', 'right', 'both']).optional(),
          text: doc(z.string(), 'The words at `span`'),
          possibly: doc(
            z.literal(true),
            'On an `unknown` finding said as present but with doubt ("slight swelling maybe"): triage counts it as possibly there until answered',
          ).optional(),
        }),
      ),
      'One entry per finding, in order of first mention; send `{id, state, side?}` as evidence',
    ),
    unrecognised: doc(list(z.string()), 'Clauses that gave no finding'),
    recognisedNotRelevant: doc(
      list(z.strictObject({ term: z.string(), span, note: z.string() })),
      'Known terms (often medicines) that map to no finding, with the reason',
    ),
    truncated: doc(z.boolean(), 'Always false: text over the limit is refused (413), never cut'),
    analysedLength: z.number().int(),
    voice: doc(
      z.enum(['self', 'other']),
      'Who the account is about: `self` (the writer\'s own legs) or `other` (a relative or carer writing, e.g. "my mum…"); the interview\'s questions then speak of that person',
    ),
  }),
  'Findings read from free text.',
);

/**
 * Endpoint: POST /v1/understand — free text in, findings (with the words that said them) out. Unreadable
 * text throws `LanguageInputError`, which the error handler answers 400, or 413 when over the limit. The work
 * runs on the compute pool (src/server/compute-pool.ts), off the event loop.
 */
export function registerUnderstand(app: ZodApp, compute: ComputePool): void {
  app.post(
    '/v1/understand',
    {
      schema: {
        operationId: 'understand',
        tags: ['language'],
        summary: 'Read findings from free text',
        description:
          'Negation ("no swelling"), hedges ("maybe"), time and side are taken into account. Send the findings as `evidence` to /v1/assess or /v1/interview/next (explicit answers win). The text is not stored or logged. `lang` (`en`, `es`; body or query, default from Accept-Language) picks the reader: same finding ids in both languages.',
        body: understandRequestSchema,
        querystring: langQuerySchema,
        response: {
          200: ok(understandResponseSchema, 'The findings read, and what was not understood'),
          ...problemResponses(400, 413, 415, 429, 500, 503),
        },
      },
    },
    (request) =>
      compute.run({
        kind: 'understand',
        text: request.body.text,
        lang: requestLang(request, request.body.lang),
      }),
  );
}

// ---- compile-time check: the schema describes exactly the language module's result.
const sameUnderstanding: Same<
  DeepMutable<Understanding>,
  DeepMutable<z.output<typeof understandResponseSchema>>
> = true;
void sameUnderstanding;
