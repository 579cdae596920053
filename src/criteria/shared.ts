import type { Citation, CriteriaStatus, CriterionItem, Tri } from './types.js';

/** Kleene AND: false if any is false, true if all are true, otherwise unknown. */
export function triAnd(...values: readonly Tri[]): Tri {
  if (values.some((v) => v === false)) return false;
  if (values.every((v) => v === true)) return true;
  return undefined;
}

/** Kleene OR: true if any is true, false if all are false, otherwise unknown. */
export function triOr(...values: readonly Tri[]): Tri {
  if (values.some((v) => v === true)) return true;
  if (values.every((v) => v === false)) return false;
  return undefined;
}

export function statusOf(value: Tri): CriteriaStatus {
  return value === true ? 'met' : value === false ? 'not_met' : 'unknown';
}

/** Every citation of the lists, once, in order of first appearance. */
export function uniqueSources(...lists: readonly (readonly Citation[])[]): Citation[] {
  // The lists are a handful of ids each: a linear scan beats building a Set (this runs on every assessment).
  const out: Citation[] = [];
  for (const list of lists) for (const source of list) if (!out.includes(source)) out.push(source);
  return out;
}

export interface ItemSpec {
  readonly id: string;
  readonly label: string;
  readonly clinicianConfirms?: boolean;
  readonly sources: readonly Citation[];
  readonly points?: number;
}

export function makeItem(
  spec: ItemSpec,
  value: boolean | number | string | undefined,
  extra: { likelihoodRatio?: number } = {},
): CriterionItem {
  // Built field by field rather than with conditional spreads (much slower); the key order is the same.
  const item: { -readonly [K in keyof CriterionItem]: CriterionItem[K] } = {
    id: spec.id,
    label: spec.label,
    value: value === undefined ? null : value,
    known: value !== undefined,
  } as CriterionItem;
  if (spec.points !== undefined) item.points = spec.points;
  if (extra.likelihoodRatio !== undefined) item.likelihoodRatio = extra.likelihoodRatio;
  item.clinicianConfirms = spec.clinicianConfirms ?? false;
  item.sources = spec.sources;
  return item;
}

/** known / missing / total / coverage fields of a result. */
export function coverageOf(
  label: string,
  items: readonly CriterionItem[],
  noun = 'items',
): { known: string[]; missing: string[]; total: number; coverage: string } {
  const known: string[] = [];
  const missing: string[] = [];
  for (const item of items) (item.known ? known : missing).push(item.id);
  return {
    known,
    missing,
    total: items.length,
    coverage: `${label}: ${known.length} of ${items.length} ${noun} known`,
  };
}

/**
 * Every value `outcome` takes over the completions of `input`: each assignment of the unknown `keys` (known
 * keys kept) to `valuesFor(key)` (true/false by default). Used to bound results exactly. One working copy is
 * filled in turn, so `outcome` must not keep it.
 */
export function outcomesOfCompletions<T extends Record<string, unknown>, R>(
  input: T,
  keys: readonly (keyof T)[],
  outcome: (completion: T) => R,
  valuesFor: (key: keyof T) => readonly unknown[] = () => [true, false],
): Set<R> {
  const work: Record<keyof T, unknown> = { ...input };
  const open = keys.filter((key) => input[key] === undefined);
  const out = new Set<R>();
  const walk = (depth: number): void => {
    if (depth === open.length) {
      out.add(outcome(work as T));
      return;
    }
    const key = open[depth] as keyof T;
    for (const value of valuesFor(key)) {
      work[key] = value;
      walk(depth + 1);
    }
  };
  walk(0);
  return out;
}

export function formatNumber(value: number, decimals = 2): string {
  return value.toFixed(decimals);
}

export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
