import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findings } from '../knowledge/index.js';
import { absentMovesNothing, noChangeBound, noneWithBound, yesWithBound } from './bounded-answer.js';
import { infer, inferWithTriage, type Posterior } from './inference.js';
import type { InterviewInput } from './interview.js';
import { network as net } from './network.js';
import { urgencyMass } from './triage.js';
import type { Case, EvidenceItem } from './types.js';

/**
 * `yesWithBound` (bounded-answer.ts) lets the interview skip the exact inference after a hypothetical "yes" when
 * the decision is settled beyond twice its bound. Here every marginal and every cumulative urgency mass it
 * returns is checked against the exact path the interview otherwise takes: `infer` with the finding added as
 * present (and, for the triage posterior, without the findings excluded from triage), `urgencyMass` on its
 * weights.
 */

const findingIds = findings.map((f) => f.id);
const excluded = (id: string) => net.excludedFromTriage.has(id);
const linkedIds = findingIds.filter((id) => net.linked[net.findingIndex.get(id) as number]);
const riskFactorIds = [
  ...new Set(net.conditions.flatMap((c) => (c.riskFactors ?? []).map((r) => r.finding as string))),
];

const evidenceOver = (ids: readonly string[]) =>
  fc
    .uniqueArray(
      fc.record({
        id: fc.constantFrom(...ids),
        state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
      }),
      { selector: (e) => e.id, maxLength: 20 },
    )
    .map((items) => items as EvidenceItem[]);

// Half the cases avoid red-flag and screen findings, so the posterior is its own triage posterior (the
// default, triage-mass path); the other half may answer them (separate triage posterior).
const caseArb: fc.Arbitrary<Case> = fc.record({
  age: fc.integer({ min: 18, max: 105 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
  evidence: fc.oneof(evidenceOver(findingIds.filter((id) => !excluded(id))), evidenceOver(findingIds)),
});

// Findings to answer "yes" to: linked symptoms, risk factors (the reweighting path) and any finding.
const askedArb = fc.array(
  fc.oneof(fc.constantFrom(...linkedIds), fc.constantFrom(...riskFactorIds), fc.constantFrom(...findingIds)),
  { minLength: 1, maxLength: 6 },
);

interface Exact {
  readonly marginals: Float64Array;
  readonly mass: Float64Array;
}

const exactOf = (p: Posterior): Exact => ({ marginals: p.marginals, mass: urgencyMass(net, p.weights) });

/** Largest difference over the marginals and the cumulative masses. */
function largestError(estimate: { marginals: Float64Array; mass: Float64Array }, exact: Exact): number {
  let worst = 0;
  expect(estimate.marginals).toHaveLength(exact.marginals.length);
  expect(estimate.mass).toHaveLength(exact.mass.length);
  exact.marginals.forEach((m, j) => {
    worst = Math.max(worst, Math.abs((estimate.marginals[j] as number) - m));
  });
  exact.mass.forEach((m, r) => {
    worst = Math.max(worst, Math.abs((estimate.mass[r] as number) - m));
  });
  return worst;
}

describe('interview: yesWithBound keeps its stated error bound', () => {
  it('every marginal and cumulative urgency mass after a hypothetical "yes" is within the returned bound of the exact inference', () => {
    const checked = { triage: 0, unlinked: 0, linked: 0, linkedTriage: 0, unlinkedTriage: 0 };
    fc.assert(
      fc.property(caseArb, askedArb, (c, asked) => {
        const { posterior, forTriage } = inferWithTriage(c, net);
        const input: InterviewInput = {
          net,
          evidence: c.evidence,
          present: new Set(c.evidence.filter((e) => e.state === 'present').map((e) => e.id)),
          posterior,
          triagePosterior: forTriage,
          level: 'consultation', // not read by yesWithBound
          sex: c.sex,
          age: c.age,
        };
        const answered = new Set(c.evidence.map((e) => e.id));
        for (const id of new Set(asked)) {
          // The interview asks only what is not answered yet (the first answer to a finding is the one used).
          if (answered.has(id)) continue;
          const withYes = [...c.evidence, { id, state: 'present' as const }];
          let after: Exact | undefined;
          let afterTriage: Exact | undefined;
          const exactAfter = () => {
            after ??= exactOf(infer({ ...c, evidence: withYes }, net));
            return after;
          };
          const exactTriage = () => {
            afterTriage ??= exactOf(infer({ ...c, evidence: withYes.filter((e) => !excluded(e.id)) }, net));
            return afterTriage;
          };
          const cases: [keyof typeof checked, ReturnType<typeof yesWithBound>, () => Exact][] = [
            // screenedYes without a red-flag finding: marginals and the triage mass.
            ['triage', yesWithBound(input, id), exactTriage],
            // shownChangesAfterYes: an unlinked finding, from the posterior's weights.
            ['unlinked', yesWithBound(input, id, false), exactAfter],
            // screenedYes with a red-flag finding answered: the leader from the posterior's search...
            ['linked', yesWithBound(input, id, false, true), exactAfter],
            // ...and the level from the triage posterior's search.
            ['linkedTriage', yesWithBound({ ...input, posterior: forTriage }, id, false, true), exactTriage],
            // ...or, for an unlinked finding triage keeps (a risk factor), the triage posterior reweighted.
            [
              'unlinkedTriage',
              forTriage !== posterior && !excluded(id)
                ? yesWithBound({ ...input, posterior: forTriage }, id, false)
                : undefined,
              exactTriage,
            ],
          ];
          for (const [mode, estimate, exact] of cases) {
            if (!estimate) continue;
            expect(estimate.bound).toBeGreaterThan(0);
            const error = largestError(estimate, exact());
            if (!(error <= estimate.bound))
              throw new Error(
                `${mode} "yes" to ${id}: error ${error} exceeds bound ${estimate.bound} (case ${JSON.stringify(c)})`,
              );
            checked[mode]++;
          }
          // In the default mode the marginals must also be the posterior's own (not only the triage ones).
          const own = yesWithBound(input, id);
          if (own) expect(largestError(own, exactAfter())).toBeLessThanOrEqual(own.bound);
        }
      }),
      { numRuns: 80 },
    );
    // Every path was exercised (otherwise the property above would hold vacuously for it).
    for (const mode of Object.keys(checked) as (keyof typeof checked)[])
      expect(checked[mode], mode).toBeGreaterThan(0);
  });
});

describe('interview: "no" to a finding that moves nothing', () => {
  const unmoving = findingIds.filter((id) => absentMovesNothing(net, id));
  const moving = findingIds.filter((id) => !absentMovesNothing(net, id));

  it('leaves every marginal and cumulative urgency mass, of both posteriors, within noChangeBound', () => {
    expect(unmoving.length).toBeGreaterThan(0);
    let checked = 0;
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...unmoving), (c, id) => {
        if (c.evidence.some((e) => e.id === id)) return;
        const { posterior, forTriage } = inferWithTriage(c, net);
        const withNo = [...c.evidence, { id, state: 'absent' as const }];
        const after = exactOf(infer({ ...c, evidence: withNo }, net));
        expect(
          largestError({ marginals: posterior.marginals, mass: urgencyMass(net, posterior.weights) }, after),
        ).toBeLessThanOrEqual(noChangeBound);
        const triageAfter = exactOf(infer({ ...c, evidence: withNo.filter((e) => !excluded(e.id)) }, net));
        expect(
          largestError(
            { marginals: forTriage.marginals, mass: urgencyMass(net, forTriage.weights) },
            triageAfter,
          ),
        ).toBeLessThanOrEqual(noChangeBound);
        checked++;
      }),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(0);
  });

  it('is false for every linked finding and every necessary risk factor (their "no" does move the posterior)', () => {
    const necessary = new Set(
      net.conditions.flatMap((c) =>
        (c.riskFactors ?? []).filter((r) => r.necessary).map((r) => r.finding as string),
      ),
    );
    for (const id of findingIds)
      if (net.linked[net.findingIndex.get(id) as number] || necessary.has(id))
        expect(moving, id).toContain(id);
  });
});

describe('interview: noneWithBound keeps its stated error bound', () => {
  it('"none of these" (every finding of a set absent): marginals and cumulative urgency mass within the bound of the exact inference, for both posteriors', () => {
    const checked = { posterior: 0, triage: 0 };
    fc.assert(
      fc.property(
        caseArb,
        fc.uniqueArray(fc.oneof(fc.constantFrom(...linkedIds), fc.constantFrom(...findingIds)), {
          minLength: 1,
          maxLength: 6,
        }),
        (c, asked) => {
          const answered = new Set(c.evidence.map((e) => e.id));
          const ids = asked.filter((id) => !answered.has(id));
          if (ids.length === 0) return;
          const { posterior, forTriage } = inferWithTriage(c, net);
          const input: InterviewInput = {
            net,
            evidence: c.evidence,
            present: new Set(c.evidence.filter((e) => e.state === 'present').map((e) => e.id)),
            posterior,
            triagePosterior: forTriage,
            level: 'consultation', // not read by noneWithBound
            sex: c.sex,
            age: c.age,
          };
          const withNo = [...c.evidence, ...ids.map((id) => ({ id, state: 'absent' as const }))];
          const estimate = noneWithBound(input, ids);
          if (estimate) {
            const error = largestError(estimate, exactOf(infer({ ...c, evidence: withNo }, net)));
            if (!(error <= estimate.bound))
              throw new Error(`"none" of ${ids}: error ${error} exceeds bound ${estimate.bound}`);
            checked.posterior++;
          }
          const triage = noneWithBound({ ...input, posterior: forTriage }, ids);
          if (triage) {
            const exact = exactOf(infer({ ...c, evidence: withNo.filter((e) => !excluded(e.id)) }, net));
            const error = largestError(triage, exact);
            if (!(error <= triage.bound))
              throw new Error(`"none" of ${ids} (triage): error ${error} exceeds bound ${triage.bound}`);
            checked.triage++;
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(checked.posterior).toBeGreaterThan(0);
    expect(checked.triage).toBeGreaterThan(0);
  });
});
