import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

/** Signs of a clot in one leg (S11, S13), the trigger shared by the suspected-DVT and breathlessness rules. */
const oneLegClotSigns = [
  'one_leg_swollen',
  'one_leg_warm_red',
  'calf_tender_along_veins',
  'whole_leg_swollen',
] as const;

export const deepVeinThrombosis = {
  id: 'deep_vein_thrombosis',
  patientName: 'Blood clot in a leg vein (DVT)',
  clinicianName: 'Deep vein thrombosis',
  description: 'A clot in a deep vein: one swollen, warm, tender leg. It can travel to the lungs.',
  usualUrgency: 'consultation_24',
  urgencySources: ['S11', 'S13', 'seed:L15'],
  prior: {
    byAge: { '18-44': 0.001, '45-64': 0.001, '65-79': 0.004, '80+': 0.007 },
    sex: { female: 1, male: 1 },
    sources: ['S8', 'S9'],
    derivation:
      'VTE incidence 0.72 (40-54) to 6.96 (85+) per 1,000 per year (S8), two-thirds DVT alone (S9): about 0.0005-0.001 at 45-64 (the upper end is used; it was 0.002 before the 2026-11 review, which the derivation did not support), 0.004 at 65-79 and 0.007 at 80+ (rounded up from 0.0046 at 85+). DVT is a must-not-miss mimic, not a lying-down pain, so it gets no extra weight in this population; the rules and the urgency mass, not this prior, keep it safe.',
  },
  riskFactors: [
    { finding: 'active_cancer', oddsRatio: 2.71, sources: ['S6'] },
    { finding: 'previous_dvt', oddsRatio: 2.25, sources: ['S6'] },
    {
      finding: 'recent_surgery_or_bedridden',
      oddsRatio: 1.98,
      sources: ['S6'],
      note: 'immobilisation 1.98, surgery 1.76',
    },
    { finding: 'leg_cast_or_paralysis', oddsRatio: 1.98, sources: ['S6'] },
    { finding: 'recent_long_journey', oddsRatio: 3.2, sources: ['S203'] },
    { finding: 'pregnant_or_postpartum', oddsRatio: unsized, sources: ['S8'] },
    {
      finding: 'takes_oestrogen',
      oddsRatio: unsized,
      sources: ['S471'],
      note: 'S471 states the association (combined pill and HRT raise venous thrombosis risk) without an odds ratio used here, so the unsized association (x2, a model setting) is used',
    },
  ],
  links: [
    {
      finding: 'one_leg_swollen',
      probability: 0.63,
      sources: ['S6'],
      note: 'sensitivity from calf-diameter LR+ 1.80 / LR- 0.57',
    },
    { finding: 'pain_calf', probability: v.usually, sources: ['S11', 'S13'] },
    { finding: 'onset_within_two_weeks', probability: v.usually, sources: ['S11'] },
    {
      finding: 'one_leg_warm_red',
      probability: 0.45,
      sources: ['S14'],
      note: 'classic signs absent in 50-60%',
    },
    { finding: 'calf_tender_along_veins', probability: 0.45, sources: ['S14', 'S3'] },
    { finding: 'pitting_oedema', probability: v.sometimes, sources: ['S3'] },
    { finding: 'deep_aching_pain', probability: v.sometimes, sources: ['S11'] },
    { finding: 'whole_leg_swollen', probability: v.occasionally, sources: ['S3'] },
    { finding: 'visible_surface_veins', probability: v.occasionally, sources: ['S11'] },
    {
      finding: 'chest_pain_or_breathless',
      probability: v.occasionally,
      sources: ['S9'],
      note: 'one third of VTE presents as PE',
    },
    { finding: 'sudden_severe_pain', probability: v.occasionally, sources: ['seed:L15'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    { text: 'Get checked today. Do not massage the leg.', kinds: ['seek_care'] },
    { text: 'If you become breathless or have chest pain, call an ambulance.', kinds: ['seek_care'] },
  ],
  avoid: [
    {
      kind: 'massage',
      reason:
        'Do not massage a leg that may have a clot: case reports describe a clot reaching the lung during or soon after leg massage.',
      sources: ['S447'],
    },
    {
      kind: 'heat',
      reason:
        'Warmth is held back until a clot is ruled out: it treats neither a clot nor an infection, and a warm leg is itself a sign a doctor needs to see (a policy of this tool).',
      sources: ['S11', 'S13'],
    },
  ],
  investigations: [
    { name: 'Two-level Wells score', patientName: 'A checklist of clot risk', sources: ['S4', 'S1'] },
    {
      name: 'D-dimer if Wells "unlikely" (negative excludes DVT); not enough to exclude it if "likely"',
      patientName: 'A blood test for clotting',
      sources: ['S4', 'S7'],
    },
    {
      name: 'Compression (duplex) ultrasound of the leg veins, same day',
      patientName: 'An ultrasound scan of the leg veins',
      sources: ['S4', 'S11', 'S13'],
    },
  ],
  sources: ['seed:L15', 'S1', 'S6', 'S11'],
  /** Red-flag and advice rules whose sources point to this cause. */
  rules: [
    {
      id: 'clot_in_lung_signs',
      level: 'emergency_ambulance',
      all: ['chest_pain_or_breathless'],
      any: [
        'one_leg_swollen',
        'one_leg_warm_red',
        'calf_tender_along_veins',
        'whole_leg_swollen',
        'pitting_oedema',
      ],
      reason:
        'Leg swelling or tenderness together with chest pain or breathlessness can mean a clot has reached the lungs.',
      clinicianReason: 'DVT signs with chest pain / dyspnoea: suspected pulmonary embolism.',
      sources: ['S11', 'S12', 'S13'],
      suspects: ['deep_vein_thrombosis'],
    },
    {
      // Breathlessness lying flat is read as heart failure (S472), but with signs of a clot in one leg it may be
      // the lung: the PE rule applies to any breathlessness then. Bilateral pitting oedema is heart failure's
      // own sign, so it is not among these.
      id: 'clot_in_lung_signs_breathless_lying_flat',
      level: 'emergency_ambulance',
      all: ['breathless_lying_flat_or_gradual'],
      any: oneLegClotSigns,
      reason:
        'Swelling or tenderness in one leg together with breathlessness can mean a clot has reached the lungs.',
      clinicianReason:
        'Unilateral DVT signs with dyspnoea (even orthopnoea): suspected pulmonary embolism until proven otherwise.',
      sources: ['S11', 'S12', 'S13'],
      suspects: ['deep_vein_thrombosis'],
    },
    {
      id: 'suspected_dvt',
      level: 'consultation_24',
      all: [],
      any: oneLegClotSigns,
      reason: 'One swollen, warm, red or tender leg can be a blood clot and should be checked today.',
      clinicianReason:
        'Unilateral swelling / warmth / erythema / tenderness along the deep veins: same-day DVT assessment (Wells, D-dimer, ultrasound).',
      sources: ['seed:L15', 'S11', 'S13'],
      suspects: ['deep_vein_thrombosis'],
    },
  ],
} as const satisfies ConditionDefinition;
