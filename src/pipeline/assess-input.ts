import { type Assessment, assess, type EvidenceItem, smoothEstimate } from '../engine/index.js';
import { type Understanding, understand } from '../language/index.js';
import type { CaseInput } from '../schema/case.js';

/**
 * The result every face returns for one case: the assessment, echoing the caller's id, and (when the case
 * had text) what was read from it, so a person or clinician can see what was and was not understood.
 */
export type CaseResult = { readonly id?: string | number; readonly understood?: Understanding } & Assessment;

/** Combine text-derived findings (if any) with explicit evidence; explicit evidence wins. */
export function mergeEvidence(
  fromText: readonly EvidenceItem[],
  explicit: readonly EvidenceItem[],
): EvidenceItem[] {
  const explicitIds = new Set(explicit.map((e) => e.id));
  return [...fromText.filter((e) => !explicitIds.has(e.id)), ...explicit];
}

/**
 * The evidence free text gives. A hedged mention ("I think the calf looks fatter") is shown in `understood`
 * but is not evidence: unknown weighs nothing in the inference, and left out it stays open, so the interview
 * still asks about it (an unknown answer would count as asked, and a hedged red flag would never be screened).
 */
export function textEvidence(understood: Understanding | undefined): EvidenceItem[] {
  return (understood?.findings ?? [])
    .filter((f) => f.state !== 'unknown')
    .map(({ id, state, side }) => (side ? { id, state, side } : { id, state }));
}

/**
 * Validated input → result. The one place a face turns a case into an assessment. Blank text counts as no
 * text (an empty description box); unreadable text throws `LanguageInputError` for the face to report.
 */
export function assessInput(input: CaseInput): CaseResult {
  const understood = input.text?.trim() ? understand(input.text) : undefined;
  const fromText = textEvidence(understood);
  const assessment = assess({
    age: input.age,
    sex: input.sex,
    evidence: mergeEvidence(fromText, input.evidence),
  });
  // A stateless client sends back the estimate it showed last, so the next one rises by at most two.
  const progress =
    input.lastEstimate === undefined
      ? assessment.progress
      : {
          ...assessment.progress,
          remainingEstimate: smoothEstimate(assessment.progress.remainingEstimate, input.lastEstimate),
        };
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    ...assessment,
    progress,
    ...(understood ? { understood } : {}),
  };
}
