import { type CriterionResult, criteriaFromEvidence, type WellsResult } from '../criteria/index.js';
import type { Citation } from '../knowledge/index.js';
import type { Posterior } from './inference.js';
import type { Network } from './network.js';
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
 * Run every instrument that applies to the answers. The Wells item "another diagnosis at least as likely"
 * is the engine's own estimate from the posterior WITHOUT red-flag findings (so that, like the rest of the
 * probability-driven triage, a red flag can never lower it), and the result says so.
 */
export function assessCriteria(net: Network, person: Case, triagePosterior: Posterior): CriteriaOutcome {
  const present = new Set(person.evidence.filter((e) => e.state === 'present').map((e) => e.id));
  const absent = new Set(person.evidence.filter((e) => e.state === 'absent').map((e) => e.id));
  const dvt = net.conditionIndex.get('deep_vein_thrombosis') as number;
  const pDvt = triagePosterior.marginals[dvt] as number;
  const alternativeDiagnosisAsLikely = net.conditions.some(
    (_, j) => j !== dvt && (triagePosterior.marginals[j] as number) >= pDvt,
  );
  const criteria = criteriaFromEvidence({
    age: person.age,
    sex: person.sex,
    present,
    absent,
    alternativeDiagnosisAsLikely,
  });
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
