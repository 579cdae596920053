import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConditionDefinition, findings, necessaryRiskAbsent } from '../knowledge/index.js';
import { explain } from './explain.js';
import { network } from './network.js';
import type { EvidenceItem, Factor } from './types.js';

/** The plain definition of an explanation, as `explain` was first written (factors built per call). */
function plainExplain(condition: ConditionDefinition, evidence: readonly EvidenceItem[]) {
  const j = network.conditionIndex.get(condition.id) as number;
  const links = new Map(condition.links.map((l) => [l.finding, l]));
  const risks = new Map(condition.riskFactors.map((r) => [r.finding, r]));
  const supporting: Factor[] = [];
  const opposing: Factor[] = [];
  for (const e of evidence) {
    if (e.state === 'unknown') continue;
    const i = network.findingIndex.get(e.id);
    if (i === undefined) continue;
    const finding = network.findings[i] as (typeof network.findings)[number];
    const base = {
      finding: e.id,
      state: e.state,
      label: finding.question,
      clinicianTerm: finding.clinicianTerm,
    };
    const link = links.get(e.id);
    if (link) {
      const q = (network.link[i] as Float64Array)[j] as number;
      const leak = network.leak[i] as number;
      const weight = e.state === 'present' ? Math.log((1 - (1 - leak) * (1 - q)) / leak) : Math.log(1 - q);
      if (Math.abs(weight) < 0.2) continue;
      (weight > 0 ? supporting : opposing).push({ ...base, weight, kind: 'symptom', sources: link.sources });
      continue;
    }
    const risk = risks.get(e.id);
    if (risk && e.state === 'present') {
      supporting.push({
        ...base,
        weight: Math.log(risk.oddsRatio),
        kind: 'risk_factor',
        sources: risk.sources,
      });
    } else if (risk?.necessary && e.state === 'absent') {
      opposing.push({
        ...base,
        weight: Math.log(necessaryRiskAbsent),
        kind: 'risk_factor',
        sources: risk.sources,
      });
    }
  }
  supporting.sort((a, b) => b.weight - a.weight);
  opposing.sort((a, b) => a.weight - b.weight);
  return { supporting, opposing };
}

const evidenceArb = fc.array(
  fc.record({
    id: fc.constantFrom(...findings.map((f) => f.id)),
    state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
  }),
  { maxLength: 40 },
);

describe('explain', () => {
  it('gives the same factors, in the same order and key order, as the plain definition', () => {
    fc.assert(
      fc.property(evidenceArb, (evidence) => {
        for (const condition of network.conditions) {
          expect(JSON.stringify(explain(network, condition, evidence))).toBe(
            JSON.stringify(plainExplain(condition, evidence)),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shares frozen factors between results, and fresh lists', () => {
    const condition = network.conditions.find((c) => c.links.length > 0) as ConditionDefinition;
    const evidence = condition.links.map((l) => ({ id: l.finding, state: 'present' as const }));
    const a = explain(network, condition, evidence);
    const b = explain(network, condition, evidence);
    expect(a.supporting.length).toBeGreaterThan(0);
    expect(a.supporting).not.toBe(b.supporting);
    expect(a.supporting[0]).toBe(b.supporting[0]);
    expect(Object.isFrozen(a.supporting[0])).toBe(true);
  });
});
