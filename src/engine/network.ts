import {
  alarmBackground,
  backgroundRates,
  type ConditionDefinition,
  defaultBackground,
  type FindingDefinition,
  conditions as knowledgeConditions,
  findings as knowledgeFindings,
  screeningGroups,
  triageRules,
  urgencyDescriptions,
} from '../knowledge/index.js';

/** Link probabilities are capped so that no single answer can make a cause impossible. */
const maxLinkProbability = 0.95;

/**
 * The knowledge base compiled into dense arrays for fast exact inference. Built once at load; pure.
 * Rows are findings, columns are conditions (in `conditions` order).
 */
export interface Network {
  readonly conditions: readonly ConditionDefinition[];
  readonly findings: readonly FindingDefinition[];
  readonly conditionIndex: ReadonlyMap<string, number>;
  readonly findingIndex: ReadonlyMap<string, number>;
  /** q[finding][condition]: P(finding | only that condition), 0 when unlinked. */
  readonly link: readonly Float64Array[];
  /** P(finding | no modelled cause). */
  readonly leak: Float64Array;
  /** Findings that some condition causes (the others only move priors). */
  readonly linked: readonly boolean[];
  /** Findings that alone fire a red-flag rule (consultation_24 or above), plus every alarm finding. */
  readonly redFlag: ReadonlySet<string>;
  /** Every set of up to `maxCoexisting` conditions, as condition-index lists (the empty set excluded). */
  readonly configurations: readonly (readonly number[])[];
  /** The same sets flattened: `maxCoexisting` slots per configuration, unused slots = conditions.length. */
  readonly configurationSlots: Int32Array;
  /** absentFactor[finding][j] = 1 - link (j < conditions.length); the padding slot holds 1. */
  readonly absentFactor: readonly Float64Array[];
  /** Rank (0 = most urgent) of the most urgent usual urgency among each configuration's causes. */
  readonly configurationUrgency: Uint8Array;
  /**
   * Findings left out of the posterior that drives probability-based urgency: red flags and every
   * warning-sign screen item. They act through rules and the self-care gate only, so adding one can never
   * lower the level (a warning sign may otherwise make a benign cause look likelier).
   */
  readonly excludedFromTriage: ReadonlySet<string>;
}

/** More than three causes of one night-time leg pain at once is negligible; this bounds the enumeration. */
export const maxCoexisting = 3;

function subsets(n: number, maxSize: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, current: number[]) => {
    if (current.length > 0) out.push([...current]);
    if (current.length === maxSize) return;
    for (let i = start; i < n; i++) {
      current.push(i);
      walk(i + 1, current);
      current.pop();
    }
  };
  walk(0, []);
  return out;
}

/**
 * Compile a catalog into a network. The product uses the knowledge base (`network`); benches and tests
 * compile enlarged synthetic catalogs (test/synthetic-network.ts) to measure how the search scales.
 */
export function compileNetwork(
  conditions: readonly ConditionDefinition[] = knowledgeConditions,
  findings: readonly FindingDefinition[] = knowledgeFindings,
): Network {
  const conditionIndex = new Map(conditions.map((c, i) => [c.id, i]));
  const findingIndex = new Map(findings.map((f, i) => [f.id, i]));
  const link = findings.map(() => new Float64Array(conditions.length));
  const linked = findings.map(() => false);
  conditions.forEach((condition, j) => {
    for (const l of condition.links) {
      const i = findingIndex.get(l.finding);
      if (i === undefined) throw new Error(`${condition.id} links unknown finding ${l.finding}`);
      (link[i] as Float64Array)[j] = Math.min(l.probability, maxLinkProbability);
      linked[i] = true;
    }
  });
  const leak = new Float64Array(
    findings.map((f) => (f.group === 'alarm' ? alarmBackground.probability : defaultBackground.probability)),
  );
  for (const b of backgroundRates) {
    const i = findingIndex.get(b.finding);
    if (i === undefined) throw new Error(`background rate for unknown finding ${b.finding}`);
    leak[i] = b.probability;
  }
  // A red-flag finding is one that on its own fires a rule of level consultation_24 or above, or an alarm
  // finding. (A finding needed only as the second half of a pair, e.g. a cool limb with sudden pain, is not.)
  const redFlag = new Set<string>(findings.filter((f) => f.group === 'alarm').map((f) => f.id));
  for (const rule of triageRules) {
    if (urgencyDescriptions[rule.level].rank > urgencyDescriptions.consultation_24.rank) continue;
    const any = rule.any ?? [];
    if (rule.all.length === 1 && any.length === 0) redFlag.add(rule.all[0] as string);
    if (rule.all.length === 0) for (const id of any) redFlag.add(id);
  }
  const configurations = subsets(conditions.length, maxCoexisting);
  const configurationSlots = new Int32Array(configurations.length * maxCoexisting).fill(conditions.length);
  configurations.forEach((config, c) => {
    config.forEach((j, k) => {
      configurationSlots[c * maxCoexisting + k] = j;
    });
  });
  const absentFactor = link.map((row) => Float64Array.from([...row.map((q) => 1 - q), 1]));
  const urgencyRank = conditions.map((c) => urgencyDescriptions[c.usualUrgency].rank);
  const configurationUrgency = Uint8Array.from(
    configurations.map((config) => Math.min(...config.map((j) => urgencyRank[j] as number))),
  );
  const excludedFromTriage = new Set([...redFlag, ...screeningGroups.flatMap((g) => g.findings)]);
  return {
    conditions,
    findings,
    conditionIndex,
    findingIndex,
    link,
    leak,
    linked,
    redFlag,
    configurations,
    configurationSlots,
    absentFactor,
    configurationUrgency,
    excludedFromTriage,
  };
}

export const network: Network = compileNetwork();
