import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

/** One thing wrong with the input: the FHIRPath of the bad element and what is wrong with it. */
export interface FhirIssue {
  readonly path: string;
  readonly message: string;
  /** OperationOutcome issue type; `invalid` unless said otherwise. */
  readonly code?: OperationOutcomeIssue['code'];
}

/** Bad FHIR input: becomes a 4xx OperationOutcome naming each bad element. */
export class FhirInputError extends Error {
  constructor(
    readonly issues: readonly FhirIssue[],
    readonly status = 400,
  ) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'FhirInputError';
  }
}

export function fail(path: string, message: string, status = 400): never {
  throw new FhirInputError([{ path, message }], status);
}

export function operationOutcome(
  issues: readonly FhirIssue[],
  severity: OperationOutcomeIssue['severity'] = 'error',
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map((i) => ({
      severity,
      code: i.code ?? 'invalid',
      diagnostics: i.message,
      ...(i.path ? { expression: [i.path] } : {}),
    })),
  };
}
