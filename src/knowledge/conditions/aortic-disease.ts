import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const aorticDisease = {
  id: 'aortic_disease',
  patientName: 'A tear, burst swelling or blockage of the main artery in the body (aorta)',
  clinicianName:
    'Acute aortic syndrome: dissection, ruptured AAA or aortic saddle embolus with leg ischaemia',
  description:
    'The main artery in the tummy can tear (dissection), burst (a ruptured aneurysm) or be blocked by a clot where it splits to the legs. It causes sudden severe back or tummy pain, and the legs can go cold, numb or weak. Call an ambulance.',
  usualUrgency: 'emergency_ambulance',
  urgencySources: ['S446', 'S368', 'S370'],
  prior: {
    byAge: { '18-44': 0.000005, '45-64': 0.00003, '65-79': 0.0001, '80+': 0.00015 },
    sex: { female: 1, male: 2 },
    sources: ['S368', 'S367', 'S370'],
    derivation:
      'No reliable population incidence was found for dissection or saddle embolus (case reports only, lookalikes.md). NICE screens men from 66 and women from 70 only with risk factors (S368), so aneurysm is set commoner in men (x2) and rising with age. All values are model settings kept below acute limb ischaemia; the rules carry the triage.',
  },
  riskFactors: [
    { finding: 'smoker', oddsRatio: unsized, sources: ['S368'] },
    { finding: 'high_blood_pressure', oddsRatio: unsized, sources: ['S368'] },
    { finding: 'known_arterial_disease', oddsRatio: unsized, sources: ['S368'] },
    {
      finding: 'atrial_fibrillation',
      oddsRatio: unsized,
      sources: ['S370', 'S434'],
      note: 'commonest source of an aortic saddle embolus',
    },
  ],
  links: [
    {
      finding: 'back_or_belly_pain_sudden',
      probability: 0.9,
      sources: ['S367', 'S446'],
      note: 'painless in about 10%',
    },
    { finding: 'sudden_severe_pain', probability: v.usually, sources: ['S366', 'S370'] },
    {
      finding: 'sudden_cold_pale_leg',
      probability: 0.2,
      sources: ['S367', 'S370'],
      note: 'pulse deficit under 20% in dissection; cold, mottled legs in saddle embolus',
    },
    { finding: 'cool_limb', probability: v.sometimes, sources: ['S370', 'S434'] },
    {
      finding: 'weakness_both_legs',
      probability: 0.2,
      sources: ['S367', 'S370'],
      note: 'neurological deficit up to 20%; paraplegia from spinal malperfusion or saddle embolus',
    },
    { finding: 'numbness_tingling', probability: 0.2, sources: ['S367', 'S370'] },
    { finding: 'bilateral_symptoms', probability: v.sometimes, sources: ['S370'] },
    { finding: 'back_pain', probability: v.usually, sources: ['S368', 'S369'] },
    { finding: 'chest_pain_or_breathless', probability: v.sometimes, sources: ['S366', 'S367'] },
    {
      finding: 'systemic_illness',
      probability: v.sometimes,
      sources: ['S446', 'S368'],
      note: 'faint, collapse, shock',
    },
    { finding: 'onset_within_two_weeks', probability: v.defining, sources: ['S446'] },
    { finding: 'pain_unrelieved_by_position', probability: v.often, sources: ['S446'] },
  ],
  advice: [
    {
      text: 'Call an ambulance now (999 / 911 / 112). Do not drive yourself. Lie still while you wait.',
      kinds: ['seek_care'],
      sources: ['S446'],
    },
  ],
  avoid: [
    {
      kind: 'wait',
      reason: 'A torn or burst aorta is fatal within hours without surgery.',
      sources: ['S446'],
    },
    {
      kind: 'heat',
      reason: 'Heat on the tummy, back or a cold leg does not help and can burn skin with poor blood flow.',
      sources: ['S446', 'S434'],
    },
    { kind: 'massage', reason: 'Rubbing a cold leg does not restore blood flow.', sources: ['S434'] },
  ],
  investigations: [
    {
      name: 'CT angiography of the aorta',
      patientName: 'An urgent CT scan of the main artery',
      sources: ['S367', 'S365'],
    },
    {
      name: 'ADD-RS with D-dimer (ADD-RS 0 and D-dimer < 500 ng/mL makes dissection unlikely)',
      patientName: 'A risk score and blood test',
      sources: ['S365', 'S366'],
    },
    {
      name: 'Bedside aortic ultrasound (over 60: before calling it renal colic or back strain)',
      patientName: 'An ultrasound of the tummy',
      sources: ['S369'],
    },
  ],
  sources: ['S364', 'S365', 'S366', 'S367', 'S368', 'S369', 'S370', 'S446'],
  rules: [
    {
      id: 'sudden_back_or_belly_pain',
      level: 'emergency_ambulance',
      all: ['back_or_belly_pain_sudden'],
      reason:
        'Sudden severe tearing pain in the back or tummy, especially with a cold or weak leg, can mean the main artery is torn or burst. Call an ambulance.',
      clinicianReason:
        'Abrupt severe back / abdominal pain: exclude aortic dissection and ruptured AAA (NHS: 999; ADD-RS high-risk pain feature).',
      sources: ['S446', 'S366', 'S368'],
      suspects: ['aortic_disease'],
    },
  ],
} as const satisfies ConditionDefinition;
