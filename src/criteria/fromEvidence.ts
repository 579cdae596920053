import type { FindingId } from '../knowledge/findings/index.js';
import { computeClti } from './clti.js';
import { computeCramps } from './cramps.js';
import { computeIrlssg } from './irlssg.js';
import { computeFontaine, computeRutherford, type PadStageInput } from './pad-stage.js';
import type { CriterionResult } from './registry.js';
import { computeStenosis } from './stenosis.js';
import type { EvidenceMapping, Tri } from './types.js';
import { computeWells } from './wells.js';

/**
 * Evidence adapter: fills instrument inputs from nightleg findings (src/knowledge/findings.ts) and returns
 * every instrument that applies. The ABI is never returned: it needs measured pressures.
 *
 * A finding in `present` is true, in `absent` false, in neither (or, contradictorily, in both) unknown.
 * Some findings only approximate an item; those mappings carry a `proxy` note and the item is then read
 * in one direction only where the other direction would overstate what the answer says.
 */

export interface EvidenceInput {
  /** Years; used for the stenosis age LRs (ignored when not a finite number in 0-130). */
  readonly age: number;
  /** Part of the common case shape; no instrument here uses it. */
  readonly sex: 'female' | 'male';
  readonly present: ReadonlySet<string>;
  readonly absent: ReadonlySet<string>;
  /**
   * Wells item "alternative diagnosis at least as likely as DVT" (clinician judgement). When omitted it is not
   * applied (counted 0, and the result's notes say so): never inferred from answers or model probabilities.
   */
  readonly alternativeDiagnosisAsLikely?: boolean;
  /** Clinician-confirmed items that no finding can supply; unknown if omitted. */
  readonly clinician?: {
    /** IRLSSG criterion 5: RLS features not solely accounted for by another condition. */
    readonly rlsNotSolelyAnotherCondition?: boolean;
    /** Sleep-related leg cramps criterion D: not better explained by another disorder, drug or substance. */
    readonly crampsNotBetterExplained?: boolean;
    /** CLTI: arterial occlusive disease objectively proven (ABI, TBI, imaging). */
    readonly arterialDiseaseProven?: boolean;
  };
}

type Reading = 'both' | 'present_only';

interface Rule {
  readonly item: string;
  readonly findings: readonly FindingId[];
  /** `both`: present → true, absent → false; `present_only`: absent leaves the item unknown. */
  readonly reading: Reading;
  readonly proxy?: string;
}

/** Finding → item rules, per instrument. Exported so docs and tests can list them. */
export const evidenceRules = {
  wells: [
    { item: 'activeCancer', findings: ['active_cancer'], reading: 'both' },
    { item: 'paralysisOrCast', findings: ['leg_cast_or_paralysis'], reading: 'both' },
    { item: 'bedriddenOrSurgery', findings: ['recent_surgery_or_bedridden'], reading: 'both' },
    {
      item: 'deepVeinTenderness',
      findings: ['calf_tender_along_veins'],
      reading: 'both',
      proxy: 'self-reported tenderness; the item is tenderness along the deep veins on examination',
    },
    { item: 'entireLegSwollen', findings: ['whole_leg_swollen'], reading: 'both' },
    {
      item: 'calfSwelling',
      findings: ['one_leg_swollen'],
      reading: 'both',
      proxy:
        'one leg or calf swollen is a proxy for the > 3 cm calf circumference difference, which must be measured',
    },
    { item: 'pittingOedema', findings: ['pitting_oedema'], reading: 'both' },
    { item: 'collateralVeins', findings: ['visible_surface_veins'], reading: 'both' },
    {
      item: 'previousDvt',
      findings: ['previous_dvt'],
      reading: 'both',
      proxy:
        'the question also counts a previous clot in the lung; the 2003 item is previously documented DVT',
    },
  ],
  irlssg: [
    { item: 'urgeToMove', findings: ['urge_to_move_legs'], reading: 'both' },
    { item: 'worseAtRest', findings: ['starts_at_rest'], reading: 'both' },
    { item: 'reliefByMovement', findings: ['relief_moving_legs'], reading: 'both' },
    { item: 'eveningOrNight', findings: ['evening_night_worse'], reading: 'both' },
  ],
  cramps: [
    { item: 'painfulHardening', findings: ['sudden_muscle_contraction'], reading: 'both' },
    {
      item: 'duringTimeInBed',
      findings: ['starts_at_rest'],
      reading: 'present_only',
      proxy:
        'onset at rest lying or sitting stands in for "during time in bed"; cramps can also arise from sleep, so a "no" is not read',
    },
    { item: 'reliefByStretching', findings: ['relief_stretching_muscle'], reading: 'both' },
  ],
  stenosis: [
    {
      item: 'painTriggeredByStandingAlone',
      findings: ['pain_standing_walking_relieved_sitting'],
      reading: 'present_only',
      proxy:
        'the question asks "standing or walking, eased by sitting or bending"; a "no" does not say which part failed, so the LR− 0.05 is never taken from it',
    },
    {
      item: 'reliefBySitting',
      findings: ['pain_standing_walking_relieved_sitting'],
      reading: 'present_only',
      proxy: 'same question as the standing trigger',
    },
    { item: 'symptomsAboveKnee', findings: ['pain_buttock_thigh'], reading: 'both' },
    {
      item: 'calfSymptomsRelievedByStandingStill',
      findings: ['calf_pain_walking_relieved_standing_still'],
      reading: 'both',
    },
    {
      item: 'bilateralButtockOrLegPain',
      findings: ['bilateral_symptoms'],
      reading: 'both',
      proxy: 'both legs affected, not specifically buttock or leg pain',
    },
    {
      item: 'improvesBendingForward',
      findings: ['relief_curling_up_or_head_raised'],
      reading: 'both',
      proxy:
        'relief by curling up or raising the head of the bed (lumbar flexion in bed) stands in for improvement on bending forward',
    },
  ],
  padStage: [
    {
      item: 'claudication',
      findings: ['calf_pain_walking_relieved_standing_still'],
      reading: 'both',
      proxy: 'typical calf claudication; thigh or buttock claudication is not asked',
    },
    {
      item: 'restPain',
      findings: ['relief_dangling_leg'],
      reading: 'present_only',
      proxy:
        'rest pain relieved by hanging the leg down is the ischaemic pattern; a clinician must confirm it is ischaemic',
    },
    {
      item: 'tissueLoss',
      findings: ['non_healing_sore', 'black_or_dying_skin'],
      reading: 'both',
      proxy: 'a non-healing sore or black skin; a clinician must confirm it is ischaemic tissue loss',
    },
  ],
  clti: [
    {
      item: 'restPain',
      findings: ['relief_dangling_leg'],
      reading: 'present_only',
      proxy:
        'rest pain relieved by hanging the leg down is the ischaemic pattern; a clinician must confirm it is ischaemic',
    },
    {
      item: 'tissueLoss',
      findings: ['non_healing_sore', 'black_or_dying_skin'],
      reading: 'both',
      proxy: 'a non-healing sore or black skin; a clinician must confirm it is ischaemic tissue loss',
    },
    { item: 'atLeastTwoWeeks', findings: ['symptoms_over_two_weeks'], reading: 'both' },
  ],
} as const satisfies Record<string, readonly Rule[]>;

/** Findings whose being known (answered either way) makes an instrument apply. */
export const evidenceTriggers = {
  /** Any Wells item known, or a warm red leg present (brief: a DVT picture). */
  wellsKnown: evidenceRules.wells.flatMap((r) => r.findings),
  wellsPresent: ['one_leg_swollen', 'one_leg_warm_red'],
  irlssgKnown: ['urge_to_move_legs', 'relief_moving_legs'],
  crampsKnown: ['sudden_muscle_contraction', 'relief_stretching_muscle'],
  stenosisKnown: [
    'pain_standing_walking_relieved_sitting',
    'calf_pain_walking_relieved_standing_still',
    'relief_curling_up_or_head_raised',
  ],
  /** Staging presumes PAD, so it applies only when an ischaemic feature is present. */
  padStagePresent: [
    'calf_pain_walking_relieved_standing_still',
    'relief_dangling_leg',
    'non_healing_sore',
    'black_or_dying_skin',
  ],
  cltiPresent: ['relief_dangling_leg', 'non_healing_sore', 'black_or_dying_skin'],
} as const satisfies Record<string, readonly FindingId[]>;

function stateOf(evidence: EvidenceInput, id: string): Tri {
  const p = evidence.present.has(id);
  const a = evidence.absent.has(id);
  if (p === a) return undefined;
  return p;
}

function fill(
  evidence: EvidenceInput,
  rules: readonly Rule[],
): { values: Record<string, boolean>; mappings: EvidenceMapping[] } {
  const values: Record<string, boolean> = {};
  const mappings: EvidenceMapping[] = [];
  for (const rule of rules) {
    // Kleene OR of the findings' states (as `triOr`), without the intermediate arrays.
    let anyTrue = false;
    let allFalse = true;
    for (const f of rule.findings) {
      const state = stateOf(evidence, f);
      if (state === true) anyTrue = true;
      if (state !== false) allFalse = false;
    }
    let value: Tri = anyTrue ? true : allFalse ? false : undefined;
    if (rule.reading === 'present_only' && value === false) value = undefined;
    if (value !== undefined) values[rule.item] = value;
    const mapping: { -readonly [K in keyof EvidenceMapping]: EvidenceMapping[K] } = {
      item: rule.item,
      findings: rule.findings,
      value: value ?? null,
    };
    if (rule.proxy !== undefined) mapping.proxy = rule.proxy;
    mappings.push(mapping);
  }
  return { values, mappings };
}

function anyKnown(evidence: EvidenceInput, ids: readonly string[]): boolean {
  return ids.some((id) => stateOf(evidence, id) !== undefined);
}

function anyPresent(evidence: EvidenceInput, ids: readonly string[]): boolean {
  return ids.some((id) => stateOf(evidence, id) === true);
}

/**
 * The result with the proxy notes appended and the mappings attached, as `{ ...result, notes, fromEvidence }`
 * would give (same key order), but set on the fresh result object instead of copying it.
 */
function withMappings<R extends CriterionResult>(result: R, mappings: readonly EvidenceMapping[]): R {
  const notes = [...result.notes];
  for (const m of mappings) {
    if (m.proxy !== undefined && m.value !== null)
      notes.push(`${m.item} from ${m.findings.join(' / ')} (${m.proxy}).`);
  }
  const out = result as { -readonly [K in keyof R]: R[K] } & { fromEvidence?: readonly EvidenceMapping[] };
  out.notes = notes;
  out.fromEvidence = mappings;
  return out;
}

function clinicianMapping(item: string, value: boolean | undefined): EvidenceMapping {
  return {
    item,
    findings: [],
    value: value ?? null,
    proxy:
      value === undefined
        ? 'clinician-confirmed input, not a finding; not given, so not taken from answers or from the tool’s own probabilities'
        : 'clinician-confirmed input, not a finding',
  };
}

/**
 * The Wells result alone, when it applies (the one instrument that can set the triage: a caller that shows no
 * criteria needs only it); the same object `criteriaFromEvidence` lists first.
 */
export function wellsFromEvidence(evidence: EvidenceInput): CriterionResult | undefined {
  if (
    !anyKnown(evidence, evidenceTriggers.wellsKnown) &&
    !anyPresent(evidence, evidenceTriggers.wellsPresent)
  )
    return undefined;
  const { values, mappings } = fill(evidence, evidenceRules.wells);
  const alt = evidence.alternativeDiagnosisAsLikely;
  const input = alt === undefined ? values : { ...values, alternativeDiagnosisAsLikely: alt };
  return withMappings(computeWells(input, { notApplied: ['alternativeDiagnosisAsLikely'] }), [
    ...mappings,
    clinicianMapping('alternativeDiagnosisAsLikely', alt),
  ]);
}

/**
 * Every instrument that applies to this evidence, in registry order (Wells, IRLSSG, cramps, stenosis,
 * Fontaine, Rutherford, CLTI), each with `known`/`missing` items, `decisive`, and `fromEvidence` mappings.
 */
export function criteriaFromEvidence(evidence: EvidenceInput): CriterionResult[] {
  const out: CriterionResult[] = [];
  const clinician = evidence.clinician ?? {};

  const wells = wellsFromEvidence(evidence);
  if (wells) out.push(wells);

  if (anyKnown(evidence, evidenceTriggers.irlssgKnown)) {
    const { values, mappings } = fill(evidence, evidenceRules.irlssg);
    const c5 = clinician.rlsNotSolelyAnotherCondition;
    const input = c5 === undefined ? values : { ...values, notSolelyAnotherCondition: c5 };
    out.push(
      withMappings(computeIrlssg(input), [...mappings, clinicianMapping('notSolelyAnotherCondition', c5)]),
    );
  }

  if (anyKnown(evidence, evidenceTriggers.crampsKnown)) {
    const { values, mappings } = fill(evidence, evidenceRules.cramps);
    const d = clinician.crampsNotBetterExplained;
    const input = d === undefined ? values : { ...values, notBetterExplained: d };
    out.push(withMappings(computeCramps(input), [...mappings, clinicianMapping('notBetterExplained', d)]));
  }

  if (anyKnown(evidence, evidenceTriggers.stenosisKnown)) {
    const { values, mappings } = fill(evidence, evidenceRules.stenosis);
    const ageKnown = Number.isFinite(evidence.age) && evidence.age >= 0 && evidence.age <= 130;
    const input = ageKnown ? { ...values, age: evidence.age } : values;
    out.push(withMappings(computeStenosis(input), mappings));
  }

  if (anyPresent(evidence, evidenceTriggers.padStagePresent)) {
    const { values, mappings } = fill(evidence, evidenceRules.padStage);
    const input: PadStageInput = values;
    out.push(withMappings(computeFontaine(input), mappings));
    out.push(withMappings(computeRutherford(input), mappings));
  }

  if (anyPresent(evidence, evidenceTriggers.cltiPresent)) {
    const { values, mappings } = fill(evidence, evidenceRules.clti);
    const proven = clinician.arterialDiseaseProven;
    const input = proven === undefined ? values : { ...values, arterialDiseaseProven: proven };
    out.push(
      withMappings(computeClti(input), [...mappings, clinicianMapping('arterialDiseaseProven', proven)]),
    );
  }

  return out;
}
