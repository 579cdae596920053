import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const venousInsufficiency = {
  id: 'venous_insufficiency',
  patientName: 'Vein problems (chronic venous disease)',
  clinicianName: 'Chronic venous disease / insufficiency',
  description:
    'Leaky leg veins: heavy, aching, swollen legs, worse by evening and after standing, better with the legs up.',
  usualUrgency: 'self_care',
  urgencySources: ['S158'],
  prior: {
    byAge: { '18-44': 0.03, '45-64': 0.06, '65-79': 0.08, '80+': 0.09 },
    sex: { female: 1, male: 1 },
    sources: ['S159', 'S158'],
    derivation:
      'Varicose veins 14.3% and venous oedema 13.4% of adults 18-79 (S159); symptoms are common but non-specific (S158), so about half are counted.',
  },
  riskFactors: [],
  links: [
    { finding: 'heavy_tired_legs', probability: v.usually, sources: ['S158'] },
    { finding: 'worse_end_of_day_standing', probability: v.usually, sources: ['S158'] },
    { finding: 'relief_leg_elevation', probability: v.usually, sources: ['S158'] },
    { finding: 'bilateral_symptoms', probability: v.often, sources: ['S158'] },
    { finding: 'both_ankles_swollen', probability: v.often, sources: ['S159'] },
    { finding: 'varicose_veins', probability: v.often, sources: ['S159'] },
    { finding: 'pain_calf', probability: v.sometimes, sources: ['S158'] },
    {
      finding: 'sudden_muscle_contraction',
      probability: v.occasionally,
      sources: ['S158'],
      note: 'muscle cramps are a venous symptom',
    },
    {
      finding: 'creeping_crawling_sensation',
      probability: v.occasionally,
      sources: ['S158'],
      note: 'restlessness',
    },
    {
      finding: 'skin_shiny_pale_or_bluish_red',
      probability: v.occasionally,
      sources: ['S160'],
      note: 'C4 skin changes',
    },
    { finding: 'non_healing_sore', probability: v.rarely, sources: ['S159'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    {
      text: 'Raise your legs when resting, walk often, avoid standing still for long.',
      kinds: ['raise_leg', 'keep_active'],
    },
    {
      text: 'Compression stockings may help (ask first if you have circulation problems).',
      kinds: ['compression'],
    },
  ],
  investigations: [
    {
      name: 'Duplex ultrasound of the leg veins (reflux), at a vascular service if symptomatic or with skin changes',
      patientName: 'An ultrasound scan of the leg veins',
      sources: ['S484'],
    },
  ],
  sources: ['S158', 'S159', 'S160'],
} as const satisfies ConditionDefinition;
