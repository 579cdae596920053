import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  conditionsById,
  findingsById,
  isCitation,
  type UrgencyLevel,
  urgencyDescriptions,
  urgencyLevels,
} from '../src/knowledge/index.js';

/**
 * Clinical-vignette evaluation: load hand-written cases, run them through an assess function, and score
 * diagnostic ranking (top-1 / top-3) and triage safety (under- and over-triage against a clinician's range).
 */

export const vignetteTags = ['typical', 'atypical', 'negation', 'mixed', 'unmodelled', 'red_flag'] as const;
export type VignetteTag = (typeof vignetteTags)[number];

export interface VignetteEvidence {
  readonly id: string;
  readonly state: 'present' | 'absent';
}

export interface Vignette {
  readonly id: string;
  readonly age: number;
  readonly sex: 'female' | 'male';
  readonly chiefComplaint: string;
  readonly text: string;
  readonly evidence: readonly VignetteEvidence[];
  readonly expectedCondition: string;
  readonly alsoAcceptable?: readonly string[];
  /** `min` is the least urgent acceptable level, `max` the most urgent acceptable level. */
  readonly acceptableTriage: { readonly min: UrgencyLevel; readonly max: UrgencyLevel };
  readonly rationale: string;
  readonly source: string;
  readonly tags: readonly VignetteTag[];
  /** File the vignette was loaded from (set by loadVignettes). */
  readonly file?: string;
}

/** The slice of an assessment the scorer needs; the real engine's Assessment satisfies it. */
export interface AssessOutput {
  readonly triage: { readonly level: UrgencyLevel };
  readonly conditions: readonly { readonly id: string; readonly probability: number }[];
}

export interface AssessInput {
  readonly age: number;
  readonly sex: 'female' | 'male';
  readonly evidence: readonly VignetteEvidence[];
}

export type AssessFn = (input: AssessInput) => AssessOutput;

export interface TriageTally {
  readonly count: number;
  readonly rate: number;
  readonly ids: readonly string[];
}

export type FailureKind = 'top1' | 'top3' | 'under_triage' | 'over_triage';

export interface Failure {
  readonly id: string;
  /** expectedCondition followed by alsoAcceptable. */
  readonly expected: readonly string[];
  /** The engine's first three conditions with their probabilities. */
  readonly got: readonly { readonly id: string; readonly probability: number }[];
  readonly triage: { readonly level: UrgencyLevel; readonly min: UrgencyLevel; readonly max: UrgencyLevel };
  readonly kinds: readonly FailureKind[];
}

export interface Score {
  readonly n: number;
  /** Fraction of vignettes whose first-ranked condition is acceptable. */
  readonly top1: number;
  /** Fraction with an acceptable condition among the first three. */
  readonly top3: number;
  readonly underTriage: TriageTally;
  readonly overTriage: TriageTally;
  /** Every vignette that missed top-1 or fell outside its acceptable triage range. */
  readonly failures: readonly Failure[];
}

export class VignetteError extends Error {
  constructor(
    readonly file: string,
    readonly vignetteId: string | undefined,
    readonly problems: readonly string[],
  ) {
    super(`${file}${vignetteId ? ` (${vignetteId})` : ''}: ${problems.join('; ')}`);
    this.name = 'VignetteError';
  }
}

const rank = (level: UrgencyLevel): number => urgencyDescriptions[level].rank;

function isUrgency(x: unknown): x is UrgencyLevel {
  return typeof x === 'string' && (urgencyLevels as readonly string[]).includes(x);
}

function isNonEmptyString(x: unknown): x is string {
  return typeof x === 'string' && x.trim().length > 0;
}

/** Problems with one parsed vignette; an empty list means it is valid. */
export function validateVignette(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['not an object'];
  const v = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (!isNonEmptyString(v.id)) problems.push('id must be a non-empty string');
  if (typeof v.age !== 'number' || !Number.isInteger(v.age) || v.age < 0 || v.age > 120)
    problems.push('age must be an integer 0-120');
  if (v.sex !== 'female' && v.sex !== 'male') problems.push('sex must be "female" or "male"');
  for (const key of ['chiefComplaint', 'text', 'rationale', 'source'] as const) {
    if (!isNonEmptyString(v[key])) problems.push(`${key} must be a non-empty string`);
  }
  if (!Array.isArray(v.evidence) || v.evidence.length === 0) {
    problems.push('evidence must be a non-empty array');
  } else {
    const seen = new Set<string>();
    v.evidence.forEach((e: unknown, i: number) => {
      const item = e as Record<string, unknown> | null;
      if (typeof item !== 'object' || item === null) {
        problems.push(`evidence[${i}] is not an object`);
        return;
      }
      if (typeof item.id !== 'string' || !findingsById.has(item.id))
        problems.push(`evidence[${i}] has unknown finding id ${JSON.stringify(item.id)}`);
      else if (seen.has(item.id)) problems.push(`evidence[${i}] repeats finding ${item.id}`);
      else seen.add(item.id);
      if (item.state !== 'present' && item.state !== 'absent')
        problems.push(`evidence[${i}] state must be "present" or "absent"`);
    });
  }
  if (typeof v.expectedCondition !== 'string' || !conditionsById.has(v.expectedCondition))
    problems.push(`expectedCondition ${JSON.stringify(v.expectedCondition)} is not a condition id`);
  if (v.alsoAcceptable !== undefined) {
    if (!Array.isArray(v.alsoAcceptable)) problems.push('alsoAcceptable must be an array');
    else
      for (const c of v.alsoAcceptable) {
        if (typeof c !== 'string' || !conditionsById.has(c))
          problems.push(`alsoAcceptable ${JSON.stringify(c)} is not a condition id`);
        else if (c === v.expectedCondition) problems.push(`alsoAcceptable repeats expectedCondition ${c}`);
      }
  }
  const t = v.acceptableTriage as Record<string, unknown> | undefined;
  if (typeof t !== 'object' || t === null || !isUrgency(t.min) || !isUrgency(t.max)) {
    problems.push(`acceptableTriage must be {min, max} with levels from ${urgencyLevels.join(', ')}`);
  } else if (rank(t.min) < rank(t.max)) {
    problems.push(`acceptableTriage.min (${t.min}) is more urgent than max (${t.max})`);
  }
  if (isNonEmptyString(v.source)) {
    for (const token of v.source.split(';').map((s) => s.trim())) {
      if (!isCitation(token)) problems.push(`source cites unknown reference ${JSON.stringify(token)}`);
    }
  }
  if (!Array.isArray(v.tags) || v.tags.length === 0) problems.push('tags must be a non-empty array');
  else
    for (const tag of v.tags) {
      if (!(vignetteTags as readonly unknown[]).includes(tag))
        problems.push(`unknown tag ${JSON.stringify(tag)}`);
    }
  return problems;
}

/** Parse the vignettes of one file's text; throws VignetteError naming the file and vignette id. */
export function parseVignettes(file: string, text: string): Vignette[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new VignetteError(file, undefined, [`invalid JSON: ${(error as Error).message}`]);
  }
  if (!Array.isArray(data))
    throw new VignetteError(file, undefined, ['top level must be an array of vignettes']);
  return data.map((raw: unknown, i: number) => {
    const problems = validateVignette(raw);
    const id = (raw as { id?: unknown } | null)?.id;
    if (problems.length > 0) throw new VignetteError(file, typeof id === 'string' ? id : `#${i}`, problems);
    return { ...(raw as Vignette), file };
  });
}

/** Read and validate every `*.json` file in `dir` (sorted by name). Vignette ids must be unique. */
export function loadVignettes(dir: string): Vignette[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const all: Vignette[] = [];
  const where = new Map<string, string>();
  for (const f of files) {
    for (const v of parseVignettes(f, readFileSync(join(dir, f), 'utf8'))) {
      const previous = where.get(v.id);
      if (previous !== undefined) throw new VignetteError(f, v.id, [`duplicate id, also in ${previous}`]);
      where.set(v.id, f);
      all.push(v);
    }
  }
  return all;
}

function tally(ids: string[], n: number): TriageTally {
  return { count: ids.length, rate: n === 0 ? 0 : ids.length / n, ids };
}

/** Score vignettes against an assess function. Pure given a pure assessFn. */
export function scoreVignettes(vignettes: readonly Vignette[], assessFn: AssessFn): Score {
  let top1 = 0;
  let top3 = 0;
  const under: string[] = [];
  const over: string[] = [];
  const failures: Failure[] = [];
  for (const v of vignettes) {
    const out = assessFn({ age: v.age, sex: v.sex, evidence: v.evidence });
    const expected = [v.expectedCondition, ...(v.alsoAcceptable ?? [])];
    const ranked = out.conditions.map((c) => c.id);
    const hit1 = ranked.length > 0 && expected.includes(ranked[0] as string);
    const hit3 = ranked.slice(0, 3).some((id) => expected.includes(id));
    const level = out.triage.level;
    const { min, max } = v.acceptableTriage;
    const isUnder = rank(level) > rank(min);
    const isOver = rank(level) < rank(max);
    if (hit1) top1++;
    if (hit3) top3++;
    if (isUnder) under.push(v.id);
    if (isOver) over.push(v.id);
    const kinds: FailureKind[] = [];
    if (!hit1) kinds.push('top1');
    if (!hit3) kinds.push('top3');
    if (isUnder) kinds.push('under_triage');
    if (isOver) kinds.push('over_triage');
    if (kinds.length > 0) {
      failures.push({
        id: v.id,
        expected,
        got: out.conditions.slice(0, 3).map((c) => ({ id: c.id, probability: c.probability })),
        triage: { level, min, max },
        kinds,
      });
    }
  }
  const n = vignettes.length;
  return {
    n,
    top1: n === 0 ? 0 : top1 / n,
    top3: n === 0 ? 0 : top3 / n,
    underTriage: tally(under, n),
    overTriage: tally(over, n),
    failures,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** Plain-text report of a score. */
export function formatReport(score: Score): string {
  const lines = [
    `Vignettes: ${score.n}`,
    `Top-1 accuracy: ${pct(score.top1)} (${Math.round(score.top1 * score.n)}/${score.n})`,
    `Top-3 accuracy: ${pct(score.top3)} (${Math.round(score.top3 * score.n)}/${score.n})`,
    `Under-triage: ${score.underTriage.count} (${pct(score.underTriage.rate)})${
      score.underTriage.count > 0 ? ` ${score.underTriage.ids.join(', ')}` : ''
    }`,
    `Over-triage: ${score.overTriage.count} (${pct(score.overTriage.rate)})${
      score.overTriage.count > 0 ? ` ${score.overTriage.ids.join(', ')}` : ''
    }`,
  ];
  if (score.failures.length > 0) {
    lines.push('', `Failures (${score.failures.length}):`);
    for (const f of score.failures) {
      const got = f.got.map((g) => `${g.id} ${(g.probability * 100).toFixed(0)}%`).join(', ');
      lines.push(
        `- ${f.id} [${f.kinds.join(', ')}] expected ${f.expected.join(' | ')}; got ${got}; triage ${f.triage.level} (acceptable ${f.triage.min}..${f.triage.max})`,
      );
    }
  }
  return lines.join('\n');
}
