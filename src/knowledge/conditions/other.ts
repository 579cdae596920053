import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const other = {
  id: 'other',
  patientName: 'A cause this tool does not cover',
  clinicianName: 'Other / not modelled (e.g. arthritis, gout, bone lesion)',
  description: 'Something outside the causes this tool knows about, such as joint, bone or muscle problems.',
  usualUrgency: 'consultation',
  urgencySources: ['S142', 'S155'],
  prior: {
    byAge: { '18-44': 0.06, '45-64': 0.07, '65-79': 0.08, '80+': 0.08 },
    sex: { female: 1, male: 1 },
    sources: ['S162', 'S85', 'S60'],
    derivation:
      'Gout alone affects 3.9% of US adults (S162); arthritis is common and named as a mimic (S60, S85); bone and soft-tissue causes add to this. Set near the sum of the named mimics.',
  },
  riskFactors: [],
  links: [
    { finding: 'joint_pain_swelling', probability: v.often, sources: ['S161', 'S155'] },
    { finding: 'morning_stiffness', probability: v.sometimes, sources: ['S155'] },
    { finding: 'bony_point_tenderness', probability: v.sometimes, sources: ['S142'] },
    { finding: 'recent_leg_injury', probability: v.sometimes, sources: ['S142'] },
    {
      finding: 'pain_unrelieved_by_position',
      probability: v.sometimes,
      sources: ['S142'],
      note: 'non-mechanical night pain',
    },
    { finding: 'deep_aching_pain', probability: v.sometimes, sources: ['S142'] },
    { finding: 'weight_loss_night_sweats', probability: v.occasionally, sources: ['S142'] },
    { finding: 'fever', probability: v.occasionally, sources: ['S142', 'S161'] },
    {
      finding: 'one_leg_warm_red',
      probability: v.occasionally,
      sources: ['S161'],
      note: 'gout: red, hot joint',
    },
    {
      finding: 'pain_feet_toes',
      probability: v.sometimes,
      sources: ['S161'],
      note: 'gout: first MTP joint in about half of first attacks',
    },
    {
      finding: 'onset_within_two_weeks',
      probability: v.sometimes,
      sources: ['S161'],
      note: 'gout peaks within 12 h',
    },
    { finding: 'sudden_severe_pain', probability: v.occasionally, sources: ['S161'] },
    {
      finding: 'evening_night_worse',
      probability: v.sometimes,
      sources: ['S161', 'S142'],
      note: 'gout starts at night; bone pain wakes',
    },
    {
      finding: 'bilateral_symptoms',
      probability: v.occasionally,
      sources: ['S142'],
      note: 'symmetrical joint swelling',
    },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    { text: 'A doctor can examine you to find the cause.', kinds: ['seek_care'] },
    { text: 'Simple pain relief and rest may help meanwhile.', kinds: ['pain_relief', 'rest'] },
  ],
  sources: ['S142', 'S155', 'S161', 'S162'],
} as const satisfies ConditionDefinition;
