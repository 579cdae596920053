/**
 * Free-text evaluation: per-finding precision/recall on the annotated corpus (match on id + state),
 * red-flag negation errors, and narrative vignettes assessed from understood text alone. Pure functions.
 */
import { triageRules, type UrgencyLevel, urgencyDescriptions } from '../../src/knowledge/index.js';

export type State = 'present' | 'absent' | 'unknown';
export interface Expected {
  readonly id: string;
  readonly state: State;
}
export interface CorpusItem {
  readonly id: string;
  readonly text: string;
  readonly expected: readonly Expected[];
}
export interface UnderstoodLike {
  readonly findings: readonly {
    readonly id: string;
    readonly state: State;
    readonly side?: 'left' | 'right' | 'both';
    readonly possibly?: true;
  }[];
}
export type UnderstandFn = (text: string) => UnderstoodLike;

export interface FindingScore {
  readonly id: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
}
export interface NegationError {
  readonly item: string;
  readonly finding: string;
  readonly expected: State | 'not mentioned';
  readonly got: State | 'not found';
}
export interface CorpusScore {
  readonly perFinding: readonly FindingScore[];
  readonly micro: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly redFlagNegationErrors: {
    /** A red flag read as present where the text negates or hedges it (or does not say it). */
    readonly falsePresent: readonly NegationError[];
    /** A red flag the text states as present, read as absent or unknown (a negation or hedge applied wrongly). */
    readonly missed: readonly NegationError[];
  };
}

const urgent: ReadonlySet<UrgencyLevel> = new Set(['emergency_ambulance', 'emergency', 'consultation_24']);

/** Findings that can raise urgency to consultation within 24 h or more through a triage rule. */
export const redFlagFindings: ReadonlySet<string> = new Set(
  triageRules.filter((r) => urgent.has(r.level)).flatMap((r) => [...r.all, ...(r.any ?? [])]),
);

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreCorpus(corpus: readonly CorpusItem[], understandFn: UnderstandFn): CorpusScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (id: string, k: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(id, c);
  };
  const falsePresent: NegationError[] = [];
  const missed: NegationError[] = [];
  for (const item of corpus) {
    const got = new Map(understandFn(item.text).findings.map((f) => [f.id, f.state] as const));
    const want = new Map(item.expected.map((e) => [e.id, e.state] as const));
    for (const [id, state] of want) bump(id, got.get(id) === state ? 'tp' : 'fn');
    for (const [id, state] of got) if (want.get(id) !== state) bump(id, 'fp');
    for (const id of redFlagFindings) {
      const w = want.get(id);
      const g = got.get(id);
      if (g === 'present' && w !== undefined && w !== 'present')
        falsePresent.push({ item: item.id, finding: id, expected: w, got: g });
      if (w === 'present' && g !== undefined && g !== 'present')
        missed.push({ item: item.id, finding: id, expected: w, got: g });
    }
  }
  const perFinding = [...counts.entries()]
    .map(([id, c]) => ({ id, ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of counts.values()) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { perFinding, micro: { precision, recall, f1 }, redFlagNegationErrors: { falsePresent, missed } };
}

export interface Narrative {
  readonly id: string;
  readonly age: number;
  readonly sex: 'female' | 'male';
  readonly text: string;
  readonly expectedCondition: string;
  /** Other causes accepted as the answer (e.g. a cause the catalog gained after the narrative was written). */
  readonly alsoAcceptable?: readonly string[];
  readonly acceptableTriage: { readonly min: UrgencyLevel; readonly max: UrgencyLevel };
}
export interface AssessLike {
  readonly triage: { readonly level: UrgencyLevel };
  readonly conditions: readonly { readonly id: string; readonly probability: number }[];
}
export type AssessFn = (input: {
  age: number;
  sex: 'female' | 'male';
  evidence: { id: string; state: State; side?: 'left' | 'right' | 'both' }[];
  possible?: string[];
}) => AssessLike;

export interface NarrativeFailure {
  readonly id: string;
  readonly expected: string;
  readonly got: readonly { readonly id: string; readonly probability: number }[];
  readonly triage: UrgencyLevel;
  readonly acceptable: { readonly min: UrgencyLevel; readonly max: UrgencyLevel };
  readonly kinds: readonly ('top1' | 'top3' | 'under_triage' | 'over_triage')[];
  /** What was understood, as `id` / `id:absent` / `id:unknown`. */
  readonly understood: readonly string[];
}
export interface NarrativeScore {
  readonly n: number;
  readonly top1: number;
  readonly top3: number;
  readonly underTriage: number;
  readonly overTriage: number;
  readonly failures: readonly NarrativeFailure[];
}

const rank = (l: UrgencyLevel) => urgencyDescriptions[l].rank;

export function scoreNarratives(
  narratives: readonly Narrative[],
  understandFn: UnderstandFn,
  assessFn: AssessFn,
): NarrativeScore {
  let top1 = 0;
  let top3 = 0;
  let under = 0;
  let over = 0;
  const failures: NarrativeFailure[] = [];
  for (const n of narratives) {
    const u = understandFn(n.text);
    const evidence = u.findings.map(({ id, state, side }) => ({ id, state, ...(side ? { side } : {}) }));
    // As the product pipeline does: a hedged mention is possibly present for triage (Case.possible).
    const possible = u.findings.filter((f) => f.state === 'unknown' && f.possibly).map((f) => f.id);
    const result = assessFn({
      age: n.age,
      sex: n.sex,
      evidence,
      ...(possible.length > 0 ? { possible } : {}),
    });
    const ids = result.conditions.map((c) => c.id);
    const kinds: NarrativeFailure['kinds'][number][] = [];
    const expected = [n.expectedCondition, ...(n.alsoAcceptable ?? [])];
    if (expected.includes(ids[0] as string)) top1++;
    else kinds.push('top1');
    if (ids.slice(0, 3).some((id) => expected.includes(id))) top3++;
    else kinds.push('top3');
    const level = result.triage.level;
    if (rank(level) > rank(n.acceptableTriage.min)) {
      under++;
      kinds.push('under_triage');
    }
    if (rank(level) < rank(n.acceptableTriage.max)) {
      over++;
      kinds.push('over_triage');
    }
    if (kinds.length > 0)
      failures.push({
        id: n.id,
        expected: n.expectedCondition,
        got: result.conditions.slice(0, 3).map((c) => ({ id: c.id, probability: c.probability })),
        triage: level,
        acceptable: n.acceptableTriage,
        kinds,
        understood: u.findings.map((f) => (f.state === 'present' ? f.id : `${f.id}:${f.state}`)),
      });
  }
  const total = narratives.length;
  return {
    n: total,
    top1: ratio(top1, total),
    top3: ratio(top3, total),
    underTriage: under,
    overTriage: over,
    failures,
  };
}
