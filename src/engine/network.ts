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
 * The knowledge base compiled into dense arrays for fast exact inference. Built once at load (cheaply: typed
 * arrays filled by loops); pure.
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
  /**
   * Every set of up to `maxCoexisting` conditions, as condition-index lists (the empty set excluded); built on
   * first read (the hot paths use `configurationSlots`).
   */
  readonly configurations: readonly (readonly number[])[];
  /** How many sets (5,488 with 32 causes). */
  readonly configurationCount: number;
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

/**
 * Every set of up to three of `n` causes in depth-first order ({a}, {a, b}, {a, b, d} with a < b < d), three
 * slots each, unused slots = n; the order the inference walks (inference.ts `checkEnumeration`). Nested loops
 * straight into a typed array: building 5,488 small arrays and spreading each (the former way) cost ≈ 30 ms of
 * every CLI start.
 */
function configurationSlotsOf(n: number): Int32Array {
  const count = n + (n * (n - 1)) / 2 + (n * (n - 1) * (n - 2)) / 6;
  const slots = new Int32Array(count * maxCoexisting).fill(n);
  let k = 0;
  for (let a = 0; a < n; a++) {
    slots[k] = a;
    k += 3;
    for (let b = a + 1; b < n; b++) {
      slots[k] = a;
      slots[k + 1] = b;
      k += 3;
      for (let d = b + 1; d < n; d++) {
        slots[k] = a;
        slots[k + 1] = b;
        slots[k + 2] = d;
        k += 3;
      }
    }
  }
  return slots;
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
  const n = conditions.length;
  const configurationSlots = configurationSlotsOf(n);
  const configurationCount = configurationSlots.length / maxCoexisting;
  const absentFactor = link.map((row) => {
    const factor = new Float64Array(n + 1);
    for (let j = 0; j < n; j++) factor[j] = 1 - (row[j] as number);
    factor[n] = 1;
    return factor;
  });
  // The padding slot ranks below every level, so it never sets a configuration's urgency.
  const urgencyRank = Uint8Array.from([
    ...conditions.map((c) => urgencyDescriptions[c.usualUrgency].rank),
    Object.keys(urgencyDescriptions).length,
  ]);
  const configurationUrgency = new Uint8Array(configurationCount);
  for (let c = 0, k = 0; c < configurationCount; c++, k += maxCoexisting) {
    configurationUrgency[c] = Math.min(
      urgencyRank[configurationSlots[k] as number] as number,
      urgencyRank[configurationSlots[k + 1] as number] as number,
      urgencyRank[configurationSlots[k + 2] as number] as number,
    );
  }
  // The sets as lists are for tests and explanations, not the hot path: built on first use.
  let configurations: readonly (readonly number[])[] | undefined;
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
    get configurations() {
      configurations ??= Array.from({ length: configurationCount }, (_, c) =>
        Array.from(configurationSlots.subarray(c * maxCoexisting, (c + 1) * maxCoexisting)).filter(
          (j) => j < n,
        ),
      );
      return configurations;
    },
    configurationCount,
    configurationSlots,
    absentFactor,
    configurationUrgency,
    excludedFromTriage,
  };
}

export const network: Network = compileNetwork();
