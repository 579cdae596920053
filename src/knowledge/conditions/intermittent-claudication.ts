import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const intermittentClaudication = {
  id: 'intermittent_claudication',
  patientName: 'Narrowed leg arteries causing pain on walking (claudication)',
  clinicianName: 'Intermittent claudication (PAD without rest pain)',
  description:
    'Narrowed leg arteries: the calf aches after walking a fairly fixed distance and eases within minutes of standing still. It does not start at rest.',
  usualUrgency: 'consultation',
  urgencySources: ['S412', 'S413'],
  prior: {
    byAge: { '18-44': 0.001, '45-64': 0.01, '65-79': 0.03, '80+': 0.04 },
    sex: { female: 1, male: 1 },
    sources: ['S412', 'S43', 'S44'],
    derivation:
      'About 20% of people over 60 have some PAD (S412), by age from about 1% at 40-49 to over 20% at 80+ (S43, S44). Claudication is exertional, not a night pain (S410), so only a small share is taken, similar to rest-pain PAD (model setting).',
  },
  riskFactors: [
    { finding: 'diabetes', oddsRatio: 4, sources: ['S43', 'S53'], note: 'as for rest-pain PAD' },
    { finding: 'smoker', oddsRatio: 2.5, sources: ['S43', 'S53'] },
    { finding: 'high_blood_pressure', oddsRatio: 1.5, sources: ['S43'] },
    { finding: 'known_arterial_disease', oddsRatio: unsized, sources: ['S44', 'S51'] },
  ],
  links: [
    {
      finding: 'calf_pain_walking_relieved_standing_still',
      probability: 0.91,
      sources: ['S410'],
      note: 'Edinburgh Claudication Questionnaire sensitivity 91.3%',
    },
    {
      finding: 'pain_calf',
      probability: v.usually,
      sources: ['S410'],
      note: 'calf pain = definite claudication',
    },
    {
      finding: 'pain_buttock_thigh',
      probability: v.occasionally,
      sources: ['S410'],
      note: 'thigh or buttock without calf = atypical',
    },
    {
      finding: 'deep_aching_pain',
      probability: v.often,
      sources: ['S433', 'S410'],
      note: 'a painful ache in the calf, thigh or buttock on walking (NHS, S433); the questionnaire asks about "pain or discomfort" (S410); no share given, so "often", as for rest pain (model setting)',
    },
    { finding: 'symptoms_over_two_weeks', probability: v.usually, sources: ['S412'] },
    { finding: 'cool_limb', probability: v.sometimes, sources: ['S41'] },
    { finding: 'hair_loss_leg', probability: v.occasionally, sources: ['S42'] },
    {
      finding: 'starts_at_rest',
      probability: v.rarely,
      sources: ['S410'],
      note: 'ECQ: pain never begins at rest',
    },
    {
      finding: 'evening_night_worse',
      probability: v.rarely,
      sources: ['S410'],
      note: 'exertional, not nocturnal; night pain means rest pain',
    },
  ],
  advice: [
    {
      text: 'Keep walking: walking until the pain is nearly at its worst, resting, then walking again, several times a week, increases the distance you can walk.',
      kinds: ['keep_active'],
      sources: ['S413'],
    },
    {
      text: 'If you smoke, stopping is the most important thing you can do.',
      kinds: ['lifestyle'],
      sources: ['S43'],
    },
    {
      text: 'See your doctor for a check of the leg pulses and blood pressure. Get help the same day if pain comes on at rest or in bed, or the foot turns cold, pale or blue.',
      kinds: ['seek_care'],
      sources: ['S412', 'S48'],
    },
  ],
  investigations: [
    {
      name: 'Ankle-brachial pressure index (ABPI); cardiovascular risk assessment (lipids, HbA1c, blood pressure)',
      patientName: 'Blood-pressure measurements at the ankles and arms',
      sources: ['S412'],
    },
  ],
  sources: ['S410', 'S412', 'S413', 'S43', 'S433'],
} as const satisfies ConditionDefinition;
