import type { FastifyRequest } from 'fastify';
import { problemFor } from '../server/errors.js';
import { pathOnly } from '../server/logging.js';
import { RequestValidationError } from '../server/validation.js';
import { FhirInputError, type FhirIssue } from './outcome.js';

/**
 * Any error in the FHIR or CDS Hooks scope as a status and OperationOutcome issues (4xx for bad input, never a
 * 5xx for it). The one mapping both faces use; each sends it with its own content type.
 */
export function outcomeForError(
  error: unknown,
  request: FastifyRequest,
  bodyLimit: number,
): { status: number; issues: FhirIssue[] } {
  if (error instanceof FhirInputError) return { status: error.status, issues: [...error.issues] };
  if (error instanceof RequestValidationError)
    return {
      status: 400,
      issues: error.errors.map((e) => ({ path: e.path === '(root)' ? '' : e.path, message: e.message })),
    };
  const p = problemFor(error, pathOnly(request.url), bodyLimit);
  const code =
    p.status >= 500
      ? 'exception'
      : p.status === 413
        ? 'too-long'
        : p.status === 429
          ? 'throttled'
          : 'invalid';
  if (p.status >= 500) request.log.error({ err: error }, 'unexpected error');
  return { status: p.status, issues: [{ path: '', message: p.detail, code }] };
}
