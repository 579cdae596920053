import { type CriterionResult, criteriaFromEvidence, type WellsResult } from '../criteria/index.js';
import type { Citation } from '../knowledge/index.js';
import type { Case, Factor, TriageReason } from './types.js';

/**
 * Published risk of DVT by Wells band, used as a floor on the engine's DVT probability when the band is
 * certain whatever the unknown items are: three-level high (≥ 3) about 53% [S1, S2]; two-level "likely"
 * (≥ 2) roughly over 30% [S4] (BMJ Best Practice says about 40% [S3]; we take the lower figure).
 */
const wellsFloors = { high: 0.53, likely: 0.3 } as const;
const wellsFloorSources: readonly Citation[] = ['S1', 'S2', 'S4'];

export interface CriteriaOutcome {
  readonly criteria: CriterionResult[];
  readonly reasons: TriageReason[];
  /** Probability floors by condition id, with the factor that explains them. */
  readonly floors: ReadonlyMap<string, { probability: number; factor: Factor }>;
}

/**
 * Run every instrument that applies to the answers. Items only a clinician can give (the Wells "another
 * diagnosis at least as likely", the clinician-confirmed criteria of IRLSSG, cramps and CLTI) come only from
 * a clinician: the tool never fills them from its own probabilities. Without clinician input the Wells −2
 * item is not applied (counted 0) and the Wells result says so (src/criteria/fromEvidence.ts).
 */
export function assessCriteria(person: Case): CriteriaOutcome {
  const present = new Set(person.evidence.filter((e) => e.state === 'present').map((e) => e.id));
  const absent = new Set(person.evidence.filter((e) => e.state === 'absent').map((e) => e.id));
  const criteria = criteriaFromEvidence({ age: person.age, sex: person.sex, present, absent });
  const reasons: TriageReason[] = [];
  const floors = new Map<string, { probability: number; factor: Factor }>();
  const wells = criteria.find((c): c is WellsResult => c.instrument === 'wells');
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
        finding: 'criteria:wells',
        state: 'present',
        label: 'Wells score: clot likely',
        clinicianTerm: `Wells score ≥ ${wells.minScore >= 3 ? 3 : 2} (published risk about ${Math.round(probability * 100)}%)`,
        weight: Math.log(5.2),
        kind: 'criterion',
        sources: wellsFloorSources,
      },
    });
  }
  return { criteria, reasons, floors };
}
