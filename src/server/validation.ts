import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import type { z } from 'zod';
import { caseSchema, type FieldError, fieldErrors, isTextTooLong } from '../schema/case.js';
import { checkCase } from '../schema/case-check.js';

/** A request part (body, params…) that failed its zod schema; `errors` name each field (`evidence[2].id`). */
export class RequestValidationError extends Error {
  readonly statusCode: number = 400;
  readonly code = 'FST_ERR_VALIDATION';
  constructor(
    readonly errors: readonly FieldError[],
    readonly part: string,
    /** `text` is over its limit: answered 413 naming the limit (never read in part). */
    readonly textTooLong = false,
  ) {
    super(`invalid ${part}`);
    this.name = 'RequestValidationError';
    if (textTooLong) this.statusCode = 413;
  }
}

/**
 * Validate each request part once, with its zod schema (a case body with the quick check first), keeping the shared field-error format of the CLI
 * (`fieldErrors`). Handlers receive the parsed value (defaults applied) and never re-validate.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    // A case body: the zod-free check accepts exactly what `caseSchema` accepts and returns the same value
    // (src/schema/case-check.test.ts); only a case with something wrong runs zod, which says what.
    if (schema === caseSchema) {
      const quick = checkCase(data);
      if (quick) return { value: quick };
    }
    const result = schema.safeParse(data);
    return result.success
      ? { value: result.data }
      : {
          error: new RequestValidationError(
            fieldErrors(result.error),
            httpPart ?? 'request',
            result.error.issues.some(isTextTooLong),
          ),
        };
  };

/**
 * Responses are the engine's own typed values, so they are not re-validated at run time (zod `encode` of an
 * assessment costs more than the JSON itself); the schemas document them and the tests check real responses
 * against them. JSON.stringify is what remains.
 */
export const serializerCompiler: FastifySerializerCompiler<unknown> = () => (data: unknown) =>
  JSON.stringify(data);
