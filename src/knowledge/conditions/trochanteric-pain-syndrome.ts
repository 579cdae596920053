import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const trochantericPainSyndrome = {
  id: 'trochanteric_pain_syndrome',
  patientName: 'Pain on the outside of the hip (hip tendon or bursa)',
  clinicianName: 'Greater trochanteric pain syndrome (gluteal tendinopathy / trochanteric bursitis)',
  description:
    'Sore tendons over the bony point on the outside of the hip: it hurts to lie on that side and can spread down the outer thigh, not below the knee.',
  usualUrgency: 'self_care',
  urgencySources: ['S377', 'S379'],
  prior: {
    byAge: { '18-44': 0.01, '45-64': 0.03, '65-79': 0.03, '80+': 0.02 },
    sex: { female: 1.84, male: 0.55 },
    sources: ['S376', 'S377'],
    derivation:
      'Prevalence at 50-79: 15% (women) and 6.6% (men) one-sided (S376), commonest at 40-60 (S377). About a fifth of that prevalence is taken as night pain brought to attention (model setting), lower under 45 and over 80. Female OR 3.37 (S376) split as x1.84 / x0.55 so the ratio is 3.37.',
  },
  riskFactors: [{ finding: 'back_pain', oddsRatio: 2.79, sources: ['S376'], note: 'low back pain OR 2.79' }],
  links: [
    {
      finding: 'pain_outer_hip',
      probability: v.defining,
      sources: ['S377'],
      // GTPS is lateral hip pain over the greater trochanter (S377): without it the account is not this complaint.
      essential: true,
    },
    {
      finding: 'pain_lying_on_side',
      probability: v.usually,
      sources: ['S377', 'S379'],
      note: 'sleep disturbed lying on the affected side',
    },
    {
      finding: 'pain_buttock_thigh',
      probability: v.sometimes,
      sources: ['S377'],
      note: 'may spread down the outer thigh',
    },
    { finding: 'evening_night_worse', probability: v.often, sources: ['S377'] },
    { finding: 'nightly_sleep_disruption', probability: v.sometimes, sources: ['S377'] },
    { finding: 'symptoms_over_two_weeks', probability: v.usually, sources: ['S377', 'S417'] },
    {
      finding: 'bony_point_tenderness',
      probability: v.sometimes,
      sources: ['S377'],
      note: 'point tenderness over the trochanter reproduces the pain',
    },
    {
      finding: 'pain_radiates_down_leg',
      probability: v.rarely,
      sources: ['S377'],
      note: 'does not spread below the knee',
    },
  ],
  advice: [
    {
      text: 'Lying on the sore side makes it worse, so try to avoid it for now.',
      kinds: ['position'],
      sources: ['S379'],
    },
    {
      text: 'Keep walking, but ease off what brings it on (stairs, long walks) for a while; simple pain relief can help.',
      kinds: ['keep_active', 'pain_relief'],
      sources: ['S379'],
    },
    {
      text: 'See a doctor or physiotherapist if it is not settling after a few weeks.',
      kinds: ['seek_care'],
    },
  ],
  investigations: [
    {
      name: 'Clinical diagnosis (tenderness over the greater trochanter); ultrasound or MRI only if unclear',
      patientName: 'An examination of the hip',
      sources: ['S377'],
    },
  ],
  sources: ['S376', 'S377', 'S379', 'S438'],
} as const satisfies ConditionDefinition;
