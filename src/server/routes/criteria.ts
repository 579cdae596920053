import { z } from 'zod';
import {
  type CriterionResult,
  type InstrumentId,
  instrumentIds,
  instruments,
  isInstrumentId,
  runInstrument,
} from '../../criteria/index.js';
import { localiseCriterionTo } from '../../pipeline/localise.js';
import { describeErrors } from '../../schema/case.js';
import { langQuerySchema, requestLang } from '../lang.js';
import { HttpProblem, problemTypes } from '../problem.js';
import { criterionResultSchema, doc, ok, problemResponses } from '../schemas.js';
import type { ZodApp } from '../types.js';

const paramsSchema = z.object({
  instrument: doc(z.string(), `One of: ${instrumentIds.join(', ')}`),
});

const bodySchema = doc(
  z.unknown(),
  "The instrument's input: a JSON object of its items (true, false, or null/absent for unknown; numbers for measurements). Fields per instrument: docs/criteria.md.",
);

/**
 * Endpoint: POST /v1/criteria/:instrument — one clinical instrument (Wells, ABI, IRLSSG…) on its own input.
 * Unknown instrument → 404; invalid input → 400 naming each field.
 */
export function scoreCriterion(instrument: string, input: unknown): CriterionResult {
  if (!isInstrumentId(instrument)) {
    throw new HttpProblem(
      404,
      problemTypes.notFound,
      `Unknown instrument "${instrument}"; known instruments: ${instrumentIds.join(', ')}.`,
      [{ path: 'instrument', message: `must be one of ${instrumentIds.join(', ')}` }],
    );
  }
  const run = runInstrument(instrument satisfies InstrumentId, input);
  if (run.ok) return run.result;
  const errors = run.errors.map((e) => ({
    path: e.field === 'input' ? '(root)' : e.field,
    message: e.message,
  }));
  throw new HttpProblem(
    400,
    problemTypes.invalidInput,
    `The input for ${instruments[instrument].name} is not valid: ${describeErrors(errors)}`,
    errors,
  );
}

export function registerCriteria(app: ZodApp): void {
  app.post(
    '/v1/criteria/:instrument',
    {
      schema: {
        operationId: 'scoreCriterion',
        tags: ['criteria'],
        summary: 'Score a clinical instrument',
        description: `Validated instruments: ${instrumentIds
          .map((id) => `\`${id}\` (${instruments[id].name})`)
          .join(
            '; ',
          )}. Unknown items are never treated as "no": results give the range the unknowns allow. \`lang\` (query; default from Accept-Language, else en) picks the language of the wording returned. Supports a clinician's judgement; does not replace it.`,
        params: paramsSchema,
        querystring: langQuerySchema,
        body: bodySchema,
        response: {
          200: ok(
            criterionResultSchema,
            'The instrument result: items used, known and missing, score or class, reasons and sources',
          ),
          ...problemResponses(400, 404, 413, 415, 429, 500),
        },
      },
    },
    (request) =>
      localiseCriterionTo(
        scoreCriterion(request.params.instrument, request.body),
        requestLang(request, undefined),
      ),
  );
}
