import { STATUS_CODES } from 'node:http';
import type { FieldError } from '../schema/case.js';

/** RFC 9457 problem details, the body of every error response (`application/problem+json`). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly errors: readonly FieldError[];
}

export const problemContentType = 'application/problem+json; charset=utf-8';

/** Problem types: stable URNs, documented in docs/api.md. */
export const problemTypes = {
  invalidInput: 'urn:nightleg:problem:invalid-input',
  invalidJson: 'urn:nightleg:problem:invalid-json',
  bodyTooLarge: 'urn:nightleg:problem:body-too-large',
  unsupportedMediaType: 'urn:nightleg:problem:unsupported-media-type',
  notFound: 'urn:nightleg:problem:not-found',
  methodNotAllowed: 'urn:nightleg:problem:method-not-allowed',
  rateLimited: 'urn:nightleg:problem:rate-limited',
  internal: 'urn:nightleg:problem:internal-error',
  /** Any other HTTP error: the status code says it all (RFC 9457 §4.2.1). */
  http: 'about:blank',
} as const;

/** An error a handler throws to answer with a specific problem (e.g. 404 for an unknown instrument). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    detail: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function problem(
  status: number,
  type: string,
  detail: string,
  errors: readonly FieldError[] = [],
  instance?: string,
): Problem {
  return {
    type,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    ...(instance === undefined ? {} : { instance }),
    errors,
  };
}
