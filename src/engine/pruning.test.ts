import { describe, expect, it } from 'vitest';
import { syntheticCases } from '../../bench/cases.js';
import { syntheticNetwork } from '../../test/synthetic-network.js';
import { infer } from './inference.js';
import { hypothetical, prunedMass, significant } from './interview.js';
import { network } from './network.js';
import type { Case, EvidenceItem } from './types.js';

/** The question search's pruning keeps its documented bound (question-search.ts, `prunedMass`) against the exact sums. */
describe('question-search pruning: the documented error bound', () => {
  for (const net of [network, syntheticNetwork(32)]) {
    it(`${net.conditions.length} causes: P(yes) within D, hypothetical marginals within D / (P(answer) − D)`, () => {
      let checked = 0;
      let pruned = 0;
      for (const c of syntheticCases(30, 17)) {
        for (const take of [0, 3, 8, 30]) {
          const person: Case = {
            age: c.age,
            sex: c.sex as Case['sex'],
            evidence: c.evidence.slice(0, take) as EvidenceItem[],
          };
          const posterior = infer(person, net);
          const kept = significant(posterior);
          let keptMass = 0;
          for (const k of kept) keptMass += posterior.weights[k] as number;
          const dropped = Math.max(0, 1 - keptMass);
          expect(dropped).toBeLessThanOrEqual(prunedMass + 1e-12);
          pruned += net.configurations.length - kept.length;
          for (let i = 0; i < net.findings.length; i += 3) {
            if (!net.linked[i]) continue;
            const exact = hypothetical(net, posterior, i, 0);
            const approx = hypothetical(net, posterior, i);
            const slack = dropped + 1e-12;
            expect(Math.abs(approx.pYes - exact.pYes)).toBeLessThanOrEqual(slack);
            for (const [answer, p] of [
              ['yes', exact.pYes],
              ['no', 1 - exact.pYes],
            ] as const) {
              if (p <= 10 * slack) continue;
              const bound = slack / (p - slack) + 1e-12;
              for (let j = 0; j < net.conditions.length; j++) {
                expect(
                  Math.abs((approx[answer][j] as number) - (exact[answer][j] as number)),
                ).toBeLessThanOrEqual(bound);
              }
            }
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
      // The pruning does prune (otherwise the bound would be trivially met).
      expect(pruned).toBeGreaterThan(0);
    });
  }
});
