import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceRules, evidenceTriggers, type WellsResult, wellsFromEvidence } from '../criteria/index.js';
import { findings } from '../knowledge/index.js';
import { assessCriteria, wellsRange } from './criteria.js';
import type { Case, EvidenceItem } from './types.js';

// The findings Wells reads, most of the draw (so decisive scores are common), and a few others.
const wellsFindings: string[] = [
  ...new Set([...evidenceRules.wells.flatMap((r) => r.findings), ...evidenceTriggers.wellsPresent]),
];
const otherFindings = findings.map((f) => f.id).filter((id) => !wellsFindings.includes(id));
const findingId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...wellsFindings) },
  { weight: 1, arbitrary: fc.constantFrom(...otherFindings) },
);
const evidenceArb = fc.array(
  fc.record({
    id: findingId,
    state: fc.constantFrom('present', 'absent', 'unknown'),
  }) as fc.Arbitrary<EvidenceItem>,
  { maxLength: 16 },
);
const caseArb = fc.record({
  age: fc.integer({ min: 18, max: 100 }),
  sex: fc.constantFrom('female', 'male'),
  evidence: evidenceArb,
}) as fc.Arbitrary<Case>;

describe('wellsRange (the lean Wells path of a result without criteria)', () => {
  it('scores as wellsFromEvidence, including conflicting and unknown states', () => {
    fc.assert(
      fc.property(evidenceArb, (evidence) => {
        const present = new Set(evidence.filter((e) => e.state === 'present').map((e) => e.id));
        const absent = new Set(evidence.filter((e) => e.state === 'absent').map((e) => e.id));
        const full = wellsFromEvidence({ age: 50, sex: 'female', present, absent }) as
          | WellsResult
          | undefined;
        const lean = wellsRange(present, absent);
        expect(lean).toEqual(
          full && {
            decisive: full.decisive,
            score: full.score,
            minScore: full.minScore,
            maxScore: full.maxScore,
          },
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same triage reasons and floors as the full criteria run', () => {
    let decisive = 0;
    fc.assert(
      fc.property(caseArb, (person) => {
        const full = assessCriteria(person, true);
        const lean = assessCriteria(person, false);
        if (full.reasons.length > 0) decisive++;
        expect(lean.reasons).toEqual(full.reasons);
        expect([...lean.floors]).toEqual([...full.floors]);
        expect(lean.criteria).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    // The property is about decisive scores too, not only about cases without a Wells reason.
    expect(decisive).toBeGreaterThan(50);
  });
});
