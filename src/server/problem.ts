import { STATUS_CODES } from 'node:http';
import { clip, type FieldError, maxReportedErrors } from '../schema/case.js';

/** RFC 9457 problem details, the body of every error response (`application/problem+json`). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  /** The first `maxReportedErrors` field errors (each message bounded). */
  readonly errors: readonly FieldError[];
  /** Set when `errors` was cut: how many errors there were in all. */
  readonly errorCount?: number;
}

/** Longest `detail`; with the capped `errors`, every problem body stays a few KiB whatever the input. */
export const maxDetailLength = 4000;

export const problemContentType = 'application/problem+json; charset=utf-8';

/** Problem types: stable URNs, documented in docs/api.md. */
export const problemTypes = {
  invalidInput: 'urn:nightleg:problem:invalid-input',
  invalidJson: 'urn:nightleg:problem:invalid-json',
  bodyTooLarge: 'urn:nightleg:problem:body-too-large',
  textTooLong: 'urn:nightleg:problem:text-too-long',
  timeout: 'urn:nightleg:problem:request-timeout',
  headersTooLarge: 'urn:nightleg:problem:headers-too-large',
  unavailable: 'urn:nightleg:problem:shutting-down',
  /** The compute pool's queue is full, or a job missed its deadline (503 with Retry-After). */
  busy: 'urn:nightleg:problem:busy',
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

/**
 * A problem body, bounded whatever the input: at most `maxReportedErrors` field errors (then `errorCount`),
 * each path and message clipped, the detail and instance clipped.
 */
export function problem(
  status: number,
  type: string,
  detail: string,
  errors: readonly FieldError[] = [],
  instance?: string,
): Problem {
  const shown = errors
    .slice(0, maxReportedErrors)
    .map((e) => ({ path: clip(e.path, 200), message: clip(e.message) }));
  return {
    type,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: clip(detail, maxDetailLength),
    ...(instance === undefined ? {} : { instance: clip(instance, 200) }),
    errors: shown,
    ...(errors.length > shown.length ? { errorCount: errors.length } : {}),
  };
}
