import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const hipOsteoarthritis = {
  id: 'hip_osteoarthritis',
  patientName: 'Wear-and-tear arthritis of the hip (osteoarthritis)',
  clinicianName: 'Hip osteoarthritis',
  description:
    'Worn cartilage in the hip: a deep ache in the groin, thigh or buttock, stiff after rest, that can reach the knee.',
  usualUrgency: 'consultation',
  urgencySources: ['S371', 'S375'],
  prior: {
    byAge: { '18-44': 0.0025, '45-64': 0.015, '65-79': 0.03, '80+': 0.035 },
    sex: { female: 1, male: 1 },
    sources: ['S374', 'S373'],
    derivation:
      'Derived like knee OA from clinical hip-and-knee OA prevalence (S374) and the night-pain share (S373); no source splits hip from knee, so hip is set at half of knee (model setting).',
  },
  riskFactors: [],
  links: [
    {
      finding: 'pain_hip_groin',
      probability: 0.86,
      sources: ['S375'],
      note: 'hip pain is the entry criterion; ACR clinical criteria sensitivity 86%',
      // The entry criterion (S375): an account that never puts the pain at the hip or groin is not this complaint.
      essential: true,
    },
    {
      finding: 'pain_buttock_thigh',
      probability: v.often,
      sources: ['S380'],
      note: 'groin, thigh or buttock',
    },
    {
      finding: 'pain_knee',
      probability: v.sometimes,
      sources: ['S380'],
      note: 'can radiate to the knee',
    },
    { finding: 'joint_pain_swelling', probability: v.often, sources: ['S375', 'S441'] },
    {
      finding: 'joint_stiffness_after_rest',
      probability: v.often,
      sources: ['S380', 'S375'],
      note: 'ACR: morning stiffness of 60 minutes or less',
    },
    { finding: 'deep_aching_pain', probability: v.often, sources: ['S441'] },
    { finding: 'joint_grinding', probability: v.occasionally, sources: ['S441'] },
    { finding: 'symptoms_over_two_weeks', probability: v.usually, sources: ['S375', 'S373'] },
    {
      finding: 'evening_night_worse',
      probability: v.sometimes,
      sources: ['S373'],
      note: 'night pain in hip and knee OA, variable',
    },
    { finding: 'nightly_sleep_disruption', probability: v.sometimes, sources: ['S373'] },
    {
      finding: 'morning_stiffness',
      probability: v.rarely,
      sources: ['S371'],
      note: 'prolonged morning stiffness is atypical',
    },
  ],
  advice: [
    {
      text: 'Keep active: regular exercise to strengthen the muscles round the hip helps most, and losing weight if you are overweight.',
      kinds: ['keep_active', 'lifestyle'],
      sources: ['S371'],
    },
    {
      text: 'Simple pain relief can help you stay active; ask a pharmacist which suits you.',
      kinds: ['pain_relief'],
      sources: ['S378'],
    },
  ],
  investigations: [
    {
      name: 'Clinical examination (hip internal rotation, ACR criteria); X-ray of the hip if atypical; ESR',
      patientName: 'An examination of the hip, sometimes an X-ray or a blood test',
      sources: ['S375', 'S371'],
    },
  ],
  sources: ['S371', 'S373', 'S375', 'S380', 'S441'],
} as const satisfies ConditionDefinition;
