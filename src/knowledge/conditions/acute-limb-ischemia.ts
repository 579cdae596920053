import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const acuteLimbIschemia = {
  id: 'acute_limb_ischemia',
  patientName: 'Sudden blockage of a leg artery',
  clinicianName: 'Acute limb ischaemia',
  description:
    'A sudden loss of blood supply to the leg: severe pain, a cold pale leg, numbness or weakness. An emergency.',
  usualUrgency: 'emergency_ambulance',
  urgencySources: ['S48', 'S51'],
  prior: {
    byAge: { '18-44': 0.0002, '45-64': 0.0005, '65-79': 0.0015, '80+': 0.003 },
    sex: { female: 1, male: 1 },
    sources: ['S51', 'S52', 'S47'],
    derivation:
      'Incidence about 1 per 6,000 per year (S51), 9-16 per 100,000 for the lower limb (S47, S52), graded by age like PAD, on which it often occurs (S51).',
  },
  riskFactors: [
    {
      finding: 'atrial_fibrillation',
      oddsRatio: unsized,
      sources: ['S202'],
      note: 'S202 gives AF in 60-95% of operated ALI, a prevalence among cases, not an odds ratio; no odds ratio in clinical.md, so the unsized association (×2) is used',
    },
    { finding: 'known_arterial_disease', oddsRatio: unsized, sources: ['S51'] },
    { finding: 'diabetes', oddsRatio: unsized, sources: ['S51'] },
  ],
  links: [
    {
      finding: 'sudden_severe_pain',
      probability: v.defining,
      sources: ['S48'],
      note: 'pain is the earliest sign',
    },
    {
      finding: 'onset_within_two_weeks',
      probability: v.defining,
      sources: ['S51'],
      note: 'definition: under 2 weeks',
    },
    { finding: 'sudden_cold_pale_leg', probability: v.usually, sources: ['S48', 'S50'] },
    { finding: 'cool_limb', probability: v.usually, sources: ['S48'] },
    {
      finding: 'pain_unrelieved_by_position',
      probability: v.often,
      sources: ['S48'],
      note: 'not relieved by rest or gravity',
    },
    { finding: 'numbness_tingling', probability: v.often, sources: ['S48', 'S49'] },
    { finding: 'pain_feet_toes', probability: v.often, sources: ['S48'] },
    { finding: 'worse_leg_raised', probability: v.sometimes, sources: ['S48'] },
    { finding: 'progressive_weakness', probability: v.sometimes, sources: ['S48', 'S49'] },
    { finding: 'foot_drop', probability: v.occasionally, sources: ['S49'], note: 'paralysis is late' },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    { text: 'Do not wait: call an ambulance.', kinds: ['seek_care'] },
    {
      text: 'Keep the leg still and level or slightly lowered; do not warm or rub it.',
      kinds: ['lower_leg', 'rest'],
    },
  ],
  avoid: [
    {
      kind: 'raise_leg',
      reason:
        'Do not raise a leg whose blood supply may be blocked: raising it lowers the pressure reaching the foot.',
      sources: ['S34', 'S38', 'S48'],
    },
    {
      kind: 'heat',
      reason:
        'Do not warm a leg whose blood supply may be blocked: heat raises the tissue’s need for blood and can burn numb skin.',
      sources: ['S48', 'S49'],
    },
  ],
  investigations: [
    {
      name: 'Immediate vascular assessment; handheld arterial and venous Doppler to grade the Rutherford ALI class',
      patientName: 'An emergency check of the blood flow by a vascular team',
      sources: ['S48', 'S49', 'S51'],
    },
  ],
  sources: ['S48', 'S49', 'S51'],
  /** Red-flag and advice rules whose sources point to this cause. */
  rules: [
    {
      id: 'sudden_cold_pale_leg',
      level: 'emergency_ambulance',
      all: ['sudden_cold_pale_leg'],
      reason:
        'A leg that suddenly turns cold, pale or blue can mean its artery is blocked. Every hour counts.',
      clinicianReason: 'Acute limb ischaemia (pallor, poikilothermia): immediate vascular assessment.',
      sources: ['S48', 'S51', 'S136'],
      suspects: ['acute_limb_ischemia'],
    },
    {
      id: 'sudden_severe_pain_with_limb_threat',
      level: 'emergency_ambulance',
      all: ['sudden_severe_pain'],
      any: ['cool_limb', 'numbness_tingling', 'progressive_weakness', 'foot_drop'],
      reason: 'Sudden severe leg pain with a cold leg, numbness or weakness can mean a blocked artery.',
      clinicianReason:
        'Sudden severe pain with coldness, paraesthesia or paresis: suspected acute limb ischaemia.',
      sources: ['S48', 'S49', 'S51'],
      suspects: ['acute_limb_ischemia'],
    },
  ],
} as const satisfies ConditionDefinition;
