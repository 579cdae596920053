import type { Citation } from '../knowledge/sources.js';

export type { Citation };

/** Ids of the instruments in this folder; stable, used by the CLI (`nightleg score <id>`) and the HTTP route. */
export const instrumentIds = [
  'wells',
  'abi',
  'irlssg',
  'cramps',
  'stenosis',
  'fontaine',
  'rutherford',
  'clti',
] as const;
export type InstrumentId = (typeof instrumentIds)[number];

export function isInstrumentId(id: string): id is InstrumentId {
  return (instrumentIds as readonly string[]).includes(id);
}

/** A yes/no answer that may be unknown: `undefined` (or `null` in JSON input) means "not known". */
export type Tri = boolean | undefined;

/** Three-valued outcome of a definition that needs every criterion. */
export type CriteriaStatus = 'met' | 'not_met' | 'unknown';

/** One input item of an instrument, as the result reports it. */
export interface CriterionItem {
  /** Field name in the instrument's input (dotted for nested fields, e.g. `ankle.left.dorsalisPedis`). */
  readonly id: string;
  /** Precise clinical wording of the item. */
  readonly label: string;
  /** The value used: true/false for yes/no items, a number for measurements, `null` when unknown. */
  readonly value: boolean | number | string | null;
  readonly known: boolean;
  /** Points the item adds when present (scores only, e.g. Wells). */
  readonly points?: number;
  /** Likelihood ratio the item carries in its current state (stenosis only). */
  readonly likelihoodRatio?: number;
  /** The item is an examination finding or a judgement that a clinician must confirm. */
  readonly clinicianConfirms: boolean;
  readonly sources: readonly Citation[];
}

/** Fields every instrument result carries. */
export interface ResultBase<Id extends InstrumentId> {
  readonly instrument: Id;
  readonly name: string;
  /** Every item of the instrument with the value used; these are the items that drove the result. */
  readonly items: readonly CriterionItem[];
  /**
   * Ids of the instrument's core items whose value is known (optional specifier inputs, such as the IRLSSG
   * frequency, are listed in `items` but not counted here).
   */
  readonly known: readonly string[];
  /** Ids of the core items whose value is unknown. */
  readonly missing: readonly string[];
  /** Number of items (`known.length + missing.length`). */
  readonly total: number;
  /** e.g. "Wells: 3 of 10 items known". */
  readonly coverage: string;
  /**
   * The instrument's positive finding holds whatever the unknown items turn out to be
   * (e.g. Wells minimum possible score ≥ 2, all five IRLSSG criteria met). See docs/criteria.md.
   */
  readonly decisive: boolean;
  /** Short lines saying why the result is what it is. */
  readonly reasons: readonly string[];
  /** Limits and caveats of the instrument that apply to this result. */
  readonly notes: readonly string[];
  readonly sources: readonly Citation[];
  /** One plain sentence for the person. */
  readonly patientSummary: string;
  /** One precise sentence for a clinician. */
  readonly clinicianSummary: string;
  /** Set by `criteriaFromEvidence`: which nightleg findings supplied which items. */
  readonly fromEvidence?: readonly EvidenceMapping[];
}

/** How one instrument item was filled from nightleg findings. */
export interface EvidenceMapping {
  readonly item: string;
  /** Finding ids (src/knowledge/findings.ts) read for this item. */
  readonly findings: readonly string[];
  readonly value: boolean | null;
  /** Set when the finding only approximates the item (e.g. one_leg_swollen for the > 3 cm calf measurement). */
  readonly proxy?: string;
}

export interface FieldError {
  /** Dotted path of the offending field (`input` for the whole value). */
  readonly field: string;
  readonly message: string;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Thrown by a `compute*` function when it is called with input that its `parse*` function would reject. */
export class CriteriaInputError extends Error {
  constructor(
    readonly instrument: InstrumentId,
    readonly errors: readonly FieldError[],
  ) {
    super(`${instrument}: invalid input: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
    this.name = 'CriteriaInputError';
  }
}
