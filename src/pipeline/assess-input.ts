import { type Assessment, assess, type EvidenceItem } from '../engine/index.js';
import type { CaseInput } from '../schema/case.js';

/** The result every face returns for one case: the assessment, echoing the caller's id. */
export type CaseResult = { readonly id?: string | number } & Assessment;

/** Combine text-derived findings (if any) with explicit evidence; explicit evidence wins. */
export function mergeEvidence(
  fromText: readonly EvidenceItem[],
  explicit: readonly EvidenceItem[],
): EvidenceItem[] {
  const explicitIds = new Set(explicit.map((e) => e.id));
  return [...fromText.filter((e) => !explicitIds.has(e.id)), ...explicit];
}

/** Validated input → result. The one place a face turns a case into an assessment. */
export function assessInput(input: CaseInput): CaseResult {
  const assessment = assess({ age: input.age, sex: input.sex, evidence: input.evidence });
  return input.id === undefined ? assessment : { id: input.id, ...assessment };
}
