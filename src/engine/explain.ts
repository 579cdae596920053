import type { ConditionDefinition, Link, RiskFactor } from '../knowledge/index.js';
import type { Network } from './network.js';
import type { EvidenceItem, Factor } from './types.js';

/** Factors weaker than this (|ln LR| < 0.2, i.e. LR within 0.82-1.22) are left out of explanations. */
const minimumWeight = 0.2;

const lookups = new WeakMap<
  ConditionDefinition,
  { links: Map<string, Link>; risks: Map<string, RiskFactor> }
>();

/** Links and risk factors by finding id, built once per condition. */
function lookup(condition: ConditionDefinition) {
  let entry = lookups.get(condition);
  if (!entry) {
    entry = {
      links: new Map(condition.links.map((l) => [l.finding, l])),
      risks: new Map(condition.riskFactors.map((r) => [r.finding, r])),
    };
    lookups.set(condition, entry);
  }
  return entry;
}

/**
 * Findings for and against one condition. A present finding the condition causes supports it with weight
 * ln(P(f | condition alone) / P(f | no cause)); an absent finding it usually causes opposes it with
 * ln(1 - link). Present risk factors support it with ln(odds ratio).
 */
export function explain(
  net: Network,
  condition: ConditionDefinition,
  evidence: readonly EvidenceItem[],
): { supporting: Factor[]; opposing: Factor[] } {
  const j = net.conditionIndex.get(condition.id) as number;
  const supporting: Factor[] = [];
  const opposing: Factor[] = [];
  for (const e of evidence) {
    if (e.state === 'unknown') continue;
    const i = net.findingIndex.get(e.id);
    if (i === undefined) continue;
    const finding = net.findings[i] as Network['findings'][number];
    const base = {
      finding: e.id,
      state: e.state,
      label: finding.question,
      clinicianTerm: finding.clinicianTerm,
    };
    const link = lookup(condition).links.get(e.id);
    if (link) {
      const q = (net.link[i] as Float64Array)[j] as number;
      const leak = net.leak[i] as number;
      const weight = e.state === 'present' ? Math.log((1 - (1 - leak) * (1 - q)) / leak) : Math.log(1 - q);
      if (Math.abs(weight) < minimumWeight) continue;
      const factor: Factor = { ...base, weight, kind: 'symptom', sources: link.sources };
      (weight > 0 ? supporting : opposing).push(factor);
      continue;
    }
    const risk = lookup(condition).risks.get(e.id);
    if (risk && e.state === 'present') {
      supporting.push({
        ...base,
        weight: Math.log(risk.oddsRatio),
        kind: 'risk_factor',
        sources: risk.sources,
      });
    }
  }
  supporting.sort((a, b) => b.weight - a.weight);
  opposing.sort((a, b) => a.weight - b.weight);
  return { supporting, opposing };
}
