import { coverageOf, type ItemSpec, makeItem, statusOf, triAnd, uniqueSources } from './shared.js';
import {
  type Citation,
  CriteriaInputError,
  type CriteriaStatus,
  type ParseResult,
  type ResultBase,
  type Tri,
} from './types.js';
import { parseTriObject } from './validate.js';

/**
 * Sleep-related leg cramps, ICSD-3 criteria in substance (clinical.md §4.1). A-C were confirmed in substance
 * [S80][S74][S81][S82]; the wording and lettering of the exclusion criterion D are UNVERIFIED, so D is
 * implemented as a clinician-confirmed item ("not better explained by another disorder, medication or
 * substance"), which MedLink supports in substance (diagnosis requires excluding secondary forms [S82]).
 */

export const crampsCriterionIds = [
  'painfulHardening',
  'duringTimeInBed',
  'reliefByStretching',
  'notBetterExplained',
] as const;
export type CrampsCriterionId = (typeof crampsCriterionIds)[number];
export type CrampsInput = { readonly [K in CrampsCriterionId]?: Tri };

export const crampsCriterionSpecs: Readonly<Record<CrampsCriterionId, ItemSpec>> = {
  painfulHardening: {
    id: 'painfulHardening',
    label: 'A. Painful sensation in the leg or foot with sudden, involuntary muscle hardness or tightness',
    sources: ['S80', 'S74'],
  },
  duringTimeInBed: {
    id: 'duringTimeInBed',
    label: 'B. The painful contractions occur during time in bed, arising from wakefulness or sleep',
    sources: ['S82', 'S81'],
  },
  reliefByStretching: {
    id: 'reliefByStretching',
    label: 'C. Pain relieved by forceful stretching of the affected muscles, releasing the contraction',
    sources: ['S80'],
  },
  notBetterExplained: {
    id: 'notBetterExplained',
    label:
      'D. Not better explained by another sleep, medical or neurological disorder, medication or substance (a clinician confirms)',
    clinicianConfirms: true,
    sources: ['S82'],
  },
};

const crampsSources: readonly Citation[] = ['S80', 'S74', 'S81', 'S82'];

export interface CrampsResult extends ResultBase<'cramps'> {
  readonly status: CriteriaStatus;
  readonly criteriaMet: readonly CrampsCriterionId[];
  readonly criteriaNotMet: readonly CrampsCriterionId[];
  readonly criteriaUnknown: readonly CrampsCriterionId[];
}

export function parseCrampsInput(raw: unknown): ParseResult<CrampsInput> {
  return parseTriObject(raw, crampsCriterionIds);
}

export function computeCramps(input: CrampsInput): CrampsResult {
  const checked = parseCrampsInput(input);
  if (!checked.ok) throw new CriteriaInputError('cramps', checked.errors);
  const status = statusOf(triAnd(...crampsCriterionIds.map((id) => input[id])));
  const criteriaMet = crampsCriterionIds.filter((id) => input[id] === true);
  const criteriaNotMet = crampsCriterionIds.filter((id) => input[id] === false);
  const criteriaUnknown = crampsCriterionIds.filter((id) => input[id] === undefined);
  const items = crampsCriterionIds.map((id) => makeItem(crampsCriterionSpecs[id], input[id]));
  const cover = coverageOf('Sleep-related leg cramps', items, 'criteria');
  const letter = (ids: readonly CrampsCriterionId[]) =>
    ids.map((id) => 'ABCD'[crampsCriterionIds.indexOf(id)]).join(', ') || 'none';

  const reasons = [
    ...criteriaMet.map((id) => `Met: ${crampsCriterionSpecs[id].label}`),
    ...criteriaNotMet.map((id) => `Not met: ${crampsCriterionSpecs[id].label}`),
    ...criteriaUnknown.map((id) => `Unknown: ${crampsCriterionSpecs[id].label}`),
  ];
  const notes = [
    'Criterion D is an exclusion a clinician confirms: the cramps are not better explained by another disorder, a medicine or a substance (ICSD-3 in substance, clinical.md §10.3).',
    'Secondary causes to consider before confirming D: electrolyte disturbance, hypothyroidism, dehydration, dialysis, cirrhosis, pregnancy, peripheral vascular disease, neuropathy and drugs such as diuretics and long-acting β2-agonists [S86][S87][S88].',
  ];
  const patientSummary =
    status === 'met'
      ? 'Your answers meet the criteria for sleep-related leg cramps.'
      : status === 'not_met'
        ? 'Your answers do not fit the criteria for sleep-related leg cramps.'
        : `Your answers fit ${criteriaMet.length} of the 4 criteria for night-time leg cramps so far; ${criteriaUnknown.includes('notBetterExplained') ? 'a doctor needs to rule out other causes' : 'some are still unknown'}.`;
  const clinicianSummary = `Sleep-related leg cramps (ICSD-3 in substance): ${status.replace('_', ' ')} (met ${letter(criteriaMet)}; not met ${letter(criteriaNotMet)}; unknown ${letter(criteriaUnknown)}); criterion D is confirmed by a clinician.`;

  return {
    instrument: 'cramps',
    name: 'Sleep-related leg cramps (ICSD-3 criteria, in substance)',
    items,
    ...cover,
    decisive: status === 'met',
    reasons,
    notes,
    sources: uniqueSources(crampsSources, ['S86', 'S87', 'S88']),
    patientSummary,
    clinicianSummary,
    status,
    criteriaMet,
    criteriaNotMet,
    criteriaUnknown,
  };
}
