import {
  type CriterionResult,
  cltiItemSpecs,
  crampsCriterionSpecs,
  criteriaFromEvidence,
  evidenceRules,
  evidenceTriggers,
  type InstrumentId,
  instrumentIds,
  instruments,
  irlssgCriterionSpecs,
  stenosisItemSpecs,
  type WellsResult,
  wellsItemIds,
  wellsItemSpecs,
} from '../criteria/index.js';
import type { Citation } from '../knowledge/index.js';
import type { Case, Factor, RankedCondition, TriageReason } from './types.js';

/**
 * Published risk of DVT by Wells band, used as a floor on the engine's DVT probability when the band is
 * certain whatever the unknown items are: three-level high (≥ 3) about 53% [S1, S2]; two-level "likely"
 * (≥ 2) roughly over 30% [S4] (BMJ Best Practice says about 40% [S3]; we take the lower figure).
 */
const wellsFloors = { high: 0.53, likely: 0.3 } as const;
const wellsFloorSources: readonly Citation[] = ['S1', 'S2', 'S4'];
/** The factor a decisive Wells score adds for DVT (an id that is not a finding: catalog text in `criteriaCatalog`). */
export const wellsFactor = { id: 'criteria:wells', label: 'Wells score: clot likely' } as const;

export interface CriteriaOutcome {
  readonly criteria: CriterionResult[];
  readonly reasons: TriageReason[];
  /** Probability floors by condition id, with the factor that explains them. */
  readonly floors: ReadonlyMap<string, { probability: number; factor: Factor }>;
}

/**
 * Run every instrument that applies to the answers (`all`), or Wells alone (the only one with triage
 * reasons or floors; for a result that shows no criteria). Items only a clinician can give (the Wells "another
 * diagnosis at least as likely", the clinician-confirmed criteria of IRLSSG, cramps and CLTI) come only from
 * a clinician: the tool never fills them from its own probabilities. Without clinician input the Wells −2
 * item is not applied (counted 0) and the Wells result says so (src/criteria/fromEvidence.ts).
 */
export function assessCriteria(person: Case, all = true): CriteriaOutcome {
  const present = new Set(person.evidence.filter((e) => e.state === 'present').map((e) => e.id));
  const absent = new Set(person.evidence.filter((e) => e.state === 'absent').map((e) => e.id));
  const evidence = { age: person.age, sex: person.sex, present, absent };
  // Only Wells can add a triage reason or a floor: without `all` only its score range is computed.
  if (!all) return { criteria: [], ...wellsDecision(wellsRange(present, absent)) };
  const criteria = criteriaFromEvidence(evidence);
  const wells = criteria.find((c): c is WellsResult => c.instrument === 'wells');
  return { criteria, ...wellsDecision(wells) };
}

/** The Wells numbers triage and the DVT floor read. */
type WellsScores = Pick<WellsResult, 'decisive' | 'score' | 'minScore' | 'maxScore'>;

/**
 * The Wells score range alone, scored as `wellsFromEvidence` scores it (its triggers, finding → item rules and
 * item points, without clinician input, so the −2 judgement is not applied), without building the items,
 * texts and mappings a result that shows no criteria never reads. criteria.test.ts checks it against
 * `wellsFromEvidence` over random evidence.
 */
export function wellsRange(
  present: ReadonlySet<string>,
  absent: ReadonlySet<string>,
): WellsScores | undefined {
  const known = (id: string) => present.has(id) !== absent.has(id);
  const isPresent = (id: string) => present.has(id) && !absent.has(id);
  if (!evidenceTriggers.wellsKnown.some(known) && !evidenceTriggers.wellsPresent.some(isPresent))
    return undefined;
  const values = new Map<string, boolean>();
  for (const rule of evidenceRules.wells) {
    // Kleene OR of the findings' states, as `fill` in src/criteria/fromEvidence.ts.
    let anyTrue = false;
    let allFalse = true;
    for (const f of rule.findings) {
      if (isPresent(f)) anyTrue = true;
      if (!(absent.has(f) && !present.has(f))) allFalse = false;
    }
    const value = anyTrue ? true : allFalse && rule.reading === 'both' ? false : undefined;
    if (value !== undefined) values.set(rule.item, value);
  }
  let score = 0;
  let minScore = 0;
  let maxScore = 0;
  for (const id of wellsItemIds) {
    const { points } = wellsItemSpecs[id];
    const value = values.get(id);
    if (value === true) {
      score += points;
      minScore += points;
      maxScore += points;
    } else if (value === undefined && id !== 'alternativeDiagnosisAsLikely') {
      if (points < 0) minScore += points;
      else maxScore += points;
    }
  }
  return { decisive: minScore >= 2, score, minScore, maxScore };
}

/** A decisive Wells score: the triage reason and the DVT probability floor. */
function wellsDecision(wells: WellsScores | undefined): Omit<CriteriaOutcome, 'criteria'> {
  const reasons: TriageReason[] = [];
  const floors = new Map<string, { probability: number; factor: Factor }>();
  if (wells?.decisive) {
    reasons.push({
      kind: 'criterion',
      id: 'wells_dvt_likely',
      level: 'consultation_24',
      reason:
        'Your answers score as "clot likely" on the Wells score, so you should have a scan within 24 hours.',
      clinicianReason: `Wells ${wells.minScore === wells.maxScore ? wells.score : `${wells.minScore}-${wells.maxScore}`} (DVT likely, ≥ 2): imaging indicated; D-dimer cannot exclude.`,
      findings: [],
      sources: ['S3', 'S4'],
    });
    const probability = wells.minScore >= 3 ? wellsFloors.high : wellsFloors.likely;
    floors.set('deep_vein_thrombosis', {
      probability,
      factor: {
        finding: wellsFactor.id,
        state: 'present',
        label: wellsFactor.label,
        clinicianTerm: `Wells score ≥ ${wells.minScore >= 3 ? 3 : 2} (published risk about ${Math.round(probability * 100)}%)`,
        weight: Math.log(5.2),
        kind: 'criterion',
        sources: wellsFloorSources,
      },
    });
  }
  return { reasons, floors };
}

/**
 * The causes each instrument is about (what the instrument's own name says it assesses). The stenosis LRs
 * separate spinal stenosis from vascular claudication, so they concern both; the PAD stages and the CLTI
 * definition concern chronic arterial disease. The ABI is listed for completeness: it needs measurements, so
 * it never comes from evidence.
 */
export const instrumentConditions: Readonly<Record<InstrumentId, readonly string[]>> = {
  wells: ['deep_vein_thrombosis'],
  abi: ['arterial_rest_pain'],
  irlssg: ['restless_legs_syndrome'],
  cramps: ['nocturnal_leg_cramps'],
  stenosis: ['lumbar_spinal_stenosis', 'arterial_rest_pain'],
  fontaine: ['arterial_rest_pain'],
  rutherford: ['arterial_rest_pain'],
  clti: ['arterial_rest_pain'],
};

/**
 * The instrument results worth returning: those about a cause in play, and any decisive one (a decisive
 * result may set the triage, and must be shown whatever the ranking).
 */
export function criteriaInPlay(
  criteria: readonly CriterionResult[],
  causesInPlay: readonly Pick<RankedCondition, 'id'>[],
): CriterionResult[] {
  const ids = new Set(causesInPlay.map((c) => c.id));
  return criteria.filter(
    (c) => c.decisive || instrumentConditions[c.instrument].some((condition) => ids.has(condition)),
  );
}

export interface CriterionCatalogEntry {
  readonly id: InstrumentId;
  readonly name: string;
  /** The causes the instrument is about; its result is in the full view when one of them is in play. */
  readonly conditions: readonly string[];
  /** Item labels (text the results refer to by item id); empty for instruments built from measurements. */
  readonly items: readonly {
    readonly id: string;
    readonly label: string;
    readonly sources: readonly Citation[];
  }[];
  /** Factor ids this instrument can add to a cause's reasons, with their text. */
  readonly factors: readonly { readonly id: string; readonly label: string }[];
}

const itemSpecs: Partial<
  Record<InstrumentId, Readonly<Record<string, { id: string; label: string; sources: readonly Citation[] }>>>
> = {
  wells: wellsItemSpecs,
  irlssg: irlssgCriterionSpecs,
  cramps: crampsCriterionSpecs,
  stenosis: stenosisItemSpecs,
  clti: cltiItemSpecs,
};

/** The criteria catalog (`GET /v1/criteria`): instrument names, item labels and factor text, served once. */
export const criteriaCatalog: readonly CriterionCatalogEntry[] = instrumentIds.map((id) => ({
  id,
  name: instruments[id].name,
  conditions: instrumentConditions[id],
  items: Object.values(itemSpecs[id] ?? {}).map(({ id: item, label, sources }) => ({
    id: item,
    label,
    sources,
  })),
  factors: id === 'wells' ? [wellsFactor] : [],
}));
