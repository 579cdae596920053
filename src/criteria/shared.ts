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

export function uniqueSources(...lists: readonly (readonly Citation[])[]): Citation[] {
  return [...new Set(lists.flat())];
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
  return {
    id: spec.id,
    label: spec.label,
    value: value === undefined ? null : value,
    known: value !== undefined,
    ...(spec.points === undefined ? {} : { points: spec.points }),
    ...(extra.likelihoodRatio === undefined ? {} : { likelihoodRatio: extra.likelihoodRatio }),
    clinicianConfirms: spec.clinicianConfirms ?? false,
    sources: spec.sources,
  };
}

/** known / missing / total / coverage fields of a result. */
export function coverageOf(
  label: string,
  items: readonly CriterionItem[],
  noun = 'items',
): { known: string[]; missing: string[]; total: number; coverage: string } {
  const known = items.filter((i) => i.known).map((i) => i.id);
  const missing = items.filter((i) => !i.known).map((i) => i.id);
  return {
    known,
    missing,
    total: items.length,
    coverage: `${label}: ${known.length} of ${items.length} ${noun} known`,
  };
}

/** Every assignment of the unknown keys to true/false (known keys kept); used to bound results exactly. */
export function completions<T extends Record<string, unknown>>(
  input: T,
  keys: readonly (keyof T)[],
  valuesFor: (key: keyof T) => readonly unknown[] = () => [true, false],
): T[] {
  let out: T[] = [input];
  for (const key of keys) {
    if (input[key] !== undefined) continue;
    out = out.flatMap((partial) => valuesFor(key).map((v) => ({ ...partial, [key]: v })));
  }
  return out;
}

export function formatNumber(value: number, decimals = 2): string {
  return value.toFixed(decimals);
}

export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
