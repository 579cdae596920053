import { type ConditionDefinition, necessaryRiskAbsent } from '../knowledge/index.js';
import type { Network } from './network.js';
import type { EvidenceItem, Factor } from './types.js';

/** Factors weaker than this (|ln LR| < 0.2, i.e. LR within 0.82-1.22) are left out of explanations. */
const minimumWeight = 0.2;

/**
 * The factor (or none) for each finding of one condition, by state: `present[i]` and `absent[i]` for finding
 * index i. A factor depends only on the condition, the finding and its state, so each is built once and
 * shared, frozen, by every result (results are read-only data); `explain` then only picks and sorts them.
 */
interface FactorTable {
  readonly present: readonly (Entry | null)[];
  readonly absent: readonly (Entry | null)[];
}

/** A factor and the list it goes to (a symptom by the sign of its weight; a risk factor always supports). */
interface Entry {
  readonly factor: Factor;
  readonly supports: boolean;
}

const tables = new WeakMap<Network, WeakMap<ConditionDefinition, FactorTable>>();

function buildTable(net: Network, condition: ConditionDefinition): FactorTable {
  const j = net.conditionIndex.get(condition.id) as number;
  const links = new Map(condition.links.map((l) => [l.finding, l]));
  const risks = new Map(condition.riskFactors.map((r) => [r.finding, r]));
  const entry = (i: number, state: 'present' | 'absent'): Entry | null => {
    const finding = net.findings[i] as Network['findings'][number];
    const base = {
      finding: finding.id,
      state,
      label: finding.question,
      clinicianTerm: finding.clinicianTerm,
    };
    const link = links.get(finding.id);
    if (link) {
      const q = (net.link[i] as Float64Array)[j] as number;
      const leak = net.leak[i] as number;
      const weight = state === 'present' ? Math.log((1 - (1 - leak) * (1 - q)) / leak) : Math.log(1 - q);
      if (Math.abs(weight) < minimumWeight) return null;
      const factor: Factor = Object.freeze({ ...base, weight, kind: 'symptom', sources: link.sources });
      return { factor, supports: weight > 0 };
    }
    const risk = risks.get(finding.id);
    if (risk && state === 'present') {
      const weight = Math.log(risk.oddsRatio);
      const factor: Factor = Object.freeze({ ...base, weight, kind: 'risk_factor', sources: risk.sources });
      return { factor, supports: true };
    }
    if (risk?.necessary && state === 'absent') {
      const weight = Math.log(necessaryRiskAbsent);
      const factor: Factor = Object.freeze({ ...base, weight, kind: 'risk_factor', sources: risk.sources });
      return { factor, supports: false };
    }
    return null;
  };
  return {
    present: net.findings.map((_, i) => entry(i, 'present')),
    absent: net.findings.map((_, i) => entry(i, 'absent')),
  };
}

function tableFor(net: Network, condition: ConditionDefinition): FactorTable {
  let byCondition = tables.get(net);
  if (!byCondition) {
    byCondition = new WeakMap();
    tables.set(net, byCondition);
  }
  let table = byCondition.get(condition);
  if (!table) {
    table = buildTable(net, condition);
    byCondition.set(condition, table);
  }
  return table;
}

const bySupport = (a: Factor, b: Factor) => b.weight - a.weight;
const byOpposition = (a: Factor, b: Factor) => a.weight - b.weight;

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
  const table = tableFor(net, condition);
  const supporting: Factor[] = [];
  const opposing: Factor[] = [];
  for (const e of evidence) {
    if (e.state === 'unknown') continue;
    const i = net.findingIndex.get(e.id);
    if (i === undefined) continue;
    const entry = (e.state === 'present' ? table.present : table.absent)[i];
    if (entry) (entry.supports ? supporting : opposing).push(entry.factor);
  }
  supporting.sort(bySupport);
  opposing.sort(byOpposition);
  return { supporting, opposing };
}
