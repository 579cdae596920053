import { coverageOf, type ItemSpec, makeItem, statusOf, triAnd, triOr, uniqueSources } from './shared.js';
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
 * Chronic limb-threatening ischaemia, 2016 AHA/ACC definition (clinical.md §2.5): chronic (≥ 2 weeks)
 * ischaemic rest pain, non-healing wound or ulcer, or gangrene, attributable to objectively proven arterial
 * occlusive disease. Three-valued: met, not met, or unknown while an item that could decide it is unknown.
 */

export const cltiItemIds = ['restPain', 'tissueLoss', 'atLeastTwoWeeks', 'arterialDiseaseProven'] as const;
export type CltiItemId = (typeof cltiItemIds)[number];
export type CltiInput = { readonly [K in CltiItemId]?: Tri };

const cltiSources: readonly Citation[] = ['S21'];

export const cltiItemSpecs: Readonly<Record<CltiItemId, ItemSpec>> = {
  restPain: {
    id: 'restPain',
    label: 'Ischaemic rest pain',
    clinicianConfirms: true,
    sources: ['S21', 'S34'],
  },
  tissueLoss: {
    id: 'tissueLoss',
    label: 'Non-healing wound or ulcer, or gangrene, in one or both legs',
    clinicianConfirms: true,
    sources: cltiSources,
  },
  atLeastTwoWeeks: {
    id: 'atLeastTwoWeeks',
    label: 'Present for at least 2 weeks (chronic)',
    sources: cltiSources,
  },
  arterialDiseaseProven: {
    id: 'arterialDiseaseProven',
    label: 'Arterial occlusive disease objectively proven (e.g. ABI, TBI, imaging)',
    clinicianConfirms: true,
    sources: cltiSources,
  },
};

export interface CltiResult extends ResultBase<'clti'> {
  readonly status: CriteriaStatus;
  /** Rest pain or tissue loss (the clinical part of the definition). */
  readonly clinicalCriterion: CriteriaStatus;
}

export function parseCltiInput(raw: unknown): ParseResult<CltiInput> {
  return parseTriObject(raw, cltiItemIds);
}

export function computeClti(input: CltiInput): CltiResult {
  const checked = parseCltiInput(input);
  if (!checked.ok) throw new CriteriaInputError('clti', checked.errors);
  const clinical = triOr(input.restPain, input.tissueLoss);
  const met = triAnd(clinical, input.atLeastTwoWeeks, input.arterialDiseaseProven);
  const status = statusOf(met);

  const reasons: string[] = [];
  if (clinical === true) {
    const what = [input.restPain ? 'ischaemic rest pain' : '', input.tissueLoss ? 'tissue loss' : ''].filter(
      Boolean,
    );
    reasons.push(`Clinical criterion met: ${what.join(' and ')}.`);
  } else if (clinical === false)
    reasons.push('Clinical criterion not met: no ischaemic rest pain and no tissue loss.');
  else reasons.push('Clinical criterion unknown: rest pain or tissue loss not yet established.');
  if (input.atLeastTwoWeeks === true) reasons.push('Chronic: present for at least 2 weeks.');
  else if (input.atLeastTwoWeeks === false) reasons.push('Not chronic: present for less than 2 weeks.');
  else reasons.push('Duration unknown (needs ≥ 2 weeks).');
  if (input.arterialDiseaseProven === true) reasons.push('Arterial occlusive disease objectively proven.');
  else if (input.arterialDiseaseProven === false)
    reasons.push('Arterial occlusive disease not shown on objective testing.');
  else reasons.push('Arterial disease not yet objectively proven (ABI, TBI or imaging needed).');

  const notes = [
    'A very low ABI or TBI alone does not make CLTI; rest pain or tissue loss must be present [S21].',
    'CLTI implies chronicity and is kept separate from acute limb ischaemia [S21].',
    'The research definition (Second European Consensus) also requires ankle pressure ≤ 50 mmHg or toe pressure ≤ 30 mmHg [S33]; the ABI instrument reports haemodynamic ranges.',
  ];
  const acuteRisk = input.atLeastTwoWeeks === false && clinical !== false;
  if (acuteRisk) {
    notes.push(
      'Rest pain or tissue loss of less than 2 weeks is not CLTI; consider acute limb ischaemia (an emergency: 6 Ps) [S51].',
    );
  }

  const items = cltiItemIds.map((id) => makeItem(cltiItemSpecs[id], input[id]));
  const cover = coverageOf('CLTI', items);
  const patientSummary =
    status === 'met'
      ? 'Your findings meet the definition of severe, long-lasting poor blood flow that threatens the leg (chronic limb-threatening ischaemia), which needs a vascular specialist soon.'
      : status === 'not_met'
        ? 'Your findings do not meet the definition of chronic limb-threatening ischaemia (severe, long-lasting poor blood flow to the leg).'
        : 'It is not yet known whether this is chronic limb-threatening ischaemia; that needs tests of the leg arteries and a doctor’s examination.';
  const clinicianSummary = `CLTI (2016 AHA/ACC): ${status.replace('_', ' ')}; rest pain or tissue loss ${statusOf(clinical).replace('_', ' ')}, ≥ 2 weeks ${statusOf(input.atLeastTwoWeeks).replace('_', ' ')}, objective arterial disease ${statusOf(input.arterialDiseaseProven).replace('_', ' ')}${acuteRisk ? '; < 2 weeks: consider acute limb ischaemia' : ''}.`;

  return {
    instrument: 'clti',
    name: 'Chronic limb-threatening ischaemia (2016 AHA/ACC definition)',
    items,
    ...cover,
    decisive: status === 'met',
    reasons,
    notes,
    sources: uniqueSources(cltiSources, ['S33'], acuteRisk ? ['S51'] : [], input.restPain ? ['S34'] : []),
    patientSummary,
    clinicianSummary,
    status,
    clinicalCriterion: statusOf(clinical),
  };
}
