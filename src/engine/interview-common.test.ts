import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findings, type UrgencyLevel, urgencyLevels } from '../knowledge/index.js';
import { inferWithTriage } from './inference.js';
import {
  computeUrgencyRaise,
  entropy,
  entropyAfterNo,
  entropyAfterYes,
  type InterviewInput,
} from './interview-common.js';
import { network as net } from './network.js';
import { questionSearch } from './question-search.js';
import type { Case, EvidenceItem } from './types.js';

/**
 * With a red-flag finding answered, the chance an answer raises the urgency reads the triage posterior's own
 * search, skipped where `urgencyStaysBelow` proves neither answer's probabilities reach a level above the
 * current one. The chance, and so every candidate's score and the question chosen, must be the same bits as
 * with the search always computed.
 */
const ids = findings.map((f) => f.id);
const excludedIds = ids.filter((id) => net.excludedFromTriage.has(id));

const evidenceArb = fc
  .tuple(
    // At least one finding triage leaves out, so the triage posterior is a separate one.
    fc.record({
      id: fc.constantFrom(...excludedIds),
      state: fc.constantFrom('present' as const, 'absent' as const),
    }),
    fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...ids),
        state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
      }),
      { selector: (e) => e.id, maxLength: 20 },
    ),
  )
  .map(([first, rest]) => [first, ...rest.filter((e) => e.id !== first.id)] as EvidenceItem[]);

const caseArb: fc.Arbitrary<Case> = fc.record({
  age: fc.integer({ min: 18, max: 105 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
  evidence: evidenceArb,
});

describe('interview: the urgency-raise skip changes nothing', () => {
  it('every finding: the same chance of raising the urgency with the skip as with the full search', () => {
    let compared = 0;
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...urgencyLevels), (c, level: UrgencyLevel) => {
        const { posterior, forTriage } = inferWithTriage(c, net);
        if (forTriage === posterior) return;
        const input: InterviewInput = {
          net,
          evidence: c.evidence,
          present: new Set(c.evidence.filter((e) => e.state === 'present').map((e) => e.id)),
          posterior,
          triagePosterior: forTriage,
          level,
          sex: c.sex,
          age: c.age,
        };
        const search = questionSearch(net, posterior);
        for (let i = 0; i < net.findings.length; i++) {
          const same = search.hypothetical(i);
          const skipped = computeUrgencyRaise(input, i, same.pYes, same);
          const full = computeUrgencyRaise(input, i, same.pYes, same, false);
          expect(Object.is(skipped, full)).toBe(true);
          // The hot paths read the hypothetical's range; the views give the same bits.
          const n = net.conditions.length;
          expect(Object.is(entropyAfterYes(same, n), entropy(same.yes))).toBe(true);
          expect(Object.is(entropyAfterNo(same, n), entropy(same.no))).toBe(true);
          compared++;
        }
      }),
      { numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(0);
  });
});
