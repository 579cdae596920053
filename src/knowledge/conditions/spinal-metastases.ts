import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

/** Neurological symptoms or signs that make suspected spinal metastases an oncological emergency (CG75). */
const cordOrRootSigns = [
  'numbness_tingling',
  'progressive_weakness',
  'weakness_rising_over_days',
  'weakness_both_legs',
  'foot_drop',
  'pain_radiates_down_leg',
  'unable_to_bear_weight',
];

export const spinalMetastases = {
  id: 'spinal_metastases',
  patientName: 'Cancer spreading to the spine, pressing on the spinal cord or nerves',
  clinicianName: 'Spinal metastases / metastatic spinal cord compression (MSCC)',
  description:
    'Cancer that has spread to the bones of the spine. It causes back pain, often at night, and can press on the spinal cord: legs become weak or numb. Finding it early protects walking.',
  usualUrgency: 'consultation_24',
  urgencySources: ['S301', 'S303', 'S305'],
  prior: {
    byAge: { '18-44': 0.0001, '45-64': 0.0005, '65-79': 0.001, '80+': 0.001 },
    sex: { female: 1, male: 1 },
    sources: ['S306', 'S303', 'S307', 'S131'],
    derivation:
      'MSCC up to about 80 per million per year (S306), i.e. 0.00008 per person-year across ages; spinal metastases without cord compression are more common (3-5% of people with cancer, S303), and 90-95% present with back pain (S307). Annual incidence, doubled for metastases without compression, is put on the presenting scale of cauda equina (its share of primary-care back pain is about 40 times its incidence, S131) at x5, an eighth of that ratio, because most cord compression is found in people already under cancer care (2026-11 review: it was raw incidence, 0.00002-0.0002). The age gradient, the doubling and the x5 are model settings.',
  },
  riskFactors: [
    {
      finding: 'cancer_history',
      oddsRatio: 15,
      sources: ['S306'],
      note: 'about 79% of people presenting with MSCC have a known cancer (21% had none, S306); divided by an assumed 5% of adults with a cancer history, the 5% is a model setting',
    },
  ],
  links: [
    { finding: 'back_pain', probability: 0.92, sources: ['S306', 'S307'], note: 'first symptom in 90-95%' },
    {
      finding: 'mid_back_band_pain',
      probability: 0.64,
      sources: ['S301', 'S310', 'S307'],
      note: 'CG75 names pain in the thoracic spine (S301); patients describe a band of pain round the body (S310); cord compression is thoracic in about 70% (S307) and back pain the first symptom in about 92% (S306, S307): 0.92 x 0.7 = 0.64, taking the pain to be felt at the level of the lesion (model setting)',
    },
    {
      finding: 'spinal_pain_night_lying',
      probability: v.sometimes,
      sources: ['S301', 'S306', 'S307'],
      note: 'CG75 names spinal pain at night that stops sleep; worse lying down in about 20% (S307)',
    },
    {
      finding: 'back_pain_getting_worse',
      probability: v.sometimes,
      sources: ['S301'],
      note: 'CG75 names lumbar pain that is progressive among the spinal-metastasis pain features (S301); no frequency given, so "sometimes"',
    },
    { finding: 'worse_lying_flat', probability: 0.2, sources: ['S307'], note: 'worse lying down ~20%' },
    {
      finding: 'relief_curling_up_or_head_raised',
      probability: v.sometimes,
      sources: ['S308'],
      note: 'cord-compression pain is classically eased by sitting upright (S308); no frequency given, so "sometimes"',
    },
    {
      finding: 'back_pain_worse_cough_strain',
      probability: 0.37,
      sources: ['S301', 'S307'],
      note: 'worse on cough or sneeze 35-40%',
    },
    {
      finding: 'pain_radiates_down_leg',
      probability: 0.5,
      sources: ['S307'],
      note: 'radicular pain 40-60%',
    },
    {
      finding: 'spinal_tenderness',
      probability: v.sometimes,
      sources: ['S301'],
      note: 'named by CG75, no frequency given',
    },
    {
      finding: 'weakness_both_legs',
      probability: v.sometimes,
      sources: ['S306', 'S307', 'S308'],
      note: 'limb weakness at diagnosis of MSCC is 60-95%, but back pain precedes neurological signs by about 7 weeks (S308) and spinal metastases without compression are commoner (S303); the tool meets people in that phase, so "sometimes" (model setting)',
    },
    { finding: 'progressive_weakness', probability: v.sometimes, sources: ['S301', 'S308'] },
    { finding: 'numbness_tingling', probability: 0.5, sources: ['S308'], note: 'sensory change ~50%' },
    {
      finding: 'bladder_bowel_change',
      probability: v.occasionally,
      sources: ['S308'],
      note: 'usually late',
    },
    {
      finding: 'symptoms_over_two_weeks',
      probability: v.usually,
      sources: ['S307', 'S308'],
      note: 'pain precedes neurological signs by 2-3 months (median 7 weeks)',
    },
    { finding: 'nightly_sleep_disruption', probability: v.sometimes, sources: ['S301', 'S306'] },
    { finding: 'weight_loss_night_sweats', probability: v.occasionally, sources: ['S142'] },
  ],
  advice: [
    {
      text: 'If you have had cancer, contact your cancer team or acute oncology helpline today about this back pain.',
      kinds: ['seek_care'],
      sources: ['S301', 'S310'],
    },
    {
      text: 'Go to an emergency department at once if your legs become weak or numb, walking gets harder, or your bladder or bowels change.',
      kinds: ['seek_care'],
      sources: ['S301', 'S303'],
    },
    {
      text: 'Until you are assessed, avoid bending and twisting your back.',
      kinds: ['position'],
      sources: ['S310'],
    },
  ],
  avoid: [
    {
      kind: 'wait',
      reason:
        'Waiting to see if it settles can cost the ability to walk: the spine needs a scan within a day.',
      sources: ['S301', 'S304'],
    },
  ],
  investigations: [
    {
      name: 'Whole-spine MRI',
      patientName: 'An MRI scan of the whole spine',
      sources: ['S301', 'S304', 'S449'],
    },
  ],
  sources: ['S301', 'S303', 'S304', 'S306', 'S307', 'S308', 'S310'],
  rules: [
    {
      id: 'cancer_back_pain_with_neuro_signs',
      level: 'emergency',
      all: ['cancer_history', 'back_pain'],
      any: cordOrRootSigns,
      reason:
        'Back pain with numbness, weakness or pain down the leg in someone who has had cancer can mean the spinal cord is being pressed on. This needs a scan today.',
      clinicianReason:
        'Known/previous cancer + spinal pain + neurological symptoms: suspected MSCC, contact MSCC coordinator immediately, whole-spine MRI within 24 h (CG75, QS56).',
      sources: ['S301', 'S303', 'S304'],
      suspects: ['spinal_metastases'],
    },
    {
      id: 'cancer_with_new_leg_weakness',
      level: 'emergency',
      all: ['cancer_history'],
      any: ['progressive_weakness', 'weakness_rising_over_days', 'weakness_both_legs', 'foot_drop'],
      reason: 'New or worsening leg weakness in someone who has had cancer needs checking today.',
      clinicianReason:
        'Cancer history + limb weakness / difficulty walking: oncological emergency until MSCC excluded (CG75).',
      sources: ['S301', 'S303'],
      suspects: ['spinal_metastases'],
    },
  ],
} as const satisfies ConditionDefinition;
