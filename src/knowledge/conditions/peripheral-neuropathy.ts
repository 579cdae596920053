import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const peripheralNeuropathy = {
  id: 'peripheral_neuropathy',
  patientName: 'Nerve damage in the feet (peripheral neuropathy)',
  clinicianName: 'Painful peripheral neuropathy (e.g. diabetic)',
  description:
    'Damaged nerves in both feet: burning, tingling or electric pain, worse at night, not eased by position.',
  usualUrgency: 'consultation',
  urgencySources: ['seed:L16', 'S150'],
  prior: {
    byAge: { '18-44': 0.005, '45-64': 0.02, '65-79': 0.04, '80+': 0.05 },
    sex: { female: 1, male: 1 },
    sources: ['S150', 'S152'],
    derivation:
      'Painful diabetic neuropathy in 21% of people with diabetes (S150), neuropathy in 28% (S152); the non-diabetic baseline is set so that diabetes multiplies it about eightfold.',
  },
  riskFactors: [
    {
      finding: 'diabetes',
      oddsRatio: 8,
      sources: ['S150', 'S152'],
      note: '21% in diabetes vs about 2-3% overall',
    },
  ],
  links: [
    { finding: 'bilateral_symptoms', probability: v.usually, sources: ['S151'] },
    { finding: 'stocking_numbness_both_feet', probability: v.usually, sources: ['S151', 'S153'] },
    { finding: 'pain_feet_toes', probability: v.usually, sources: ['S151'] },
    { finding: 'numbness_tingling', probability: v.usually, sources: ['S151'] },
    { finding: 'burning_pain', probability: v.often, sources: ['S151'] },
    {
      finding: 'evening_night_worse',
      probability: v.usually,
      sources: ['S151'],
      note: '"characteristically worse at night" (clinical.md 8.1) read as "usually" (was "often")',
    },
    { finding: 'pain_unrelieved_by_position', probability: v.often, sources: ['S153'] },
    { finding: 'nightly_sleep_disruption', probability: v.often, sources: ['S151'] },
    { finding: 'sharp_shooting_pain', probability: v.sometimes, sources: ['S151'] },
    { finding: 'bedclothes_hurt_feet', probability: v.sometimes, sources: ['S151'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    {
      text: 'Check your feet daily for cuts or sores you may not feel. A bed cradle keeps sheets off painful feet.',
      kinds: ['foot_care'],
    },
    { text: 'Ask a doctor about treatment.', kinds: ['seek_care'] },
  ],
  investigations: [
    {
      name: 'Blood tests for a cause: HbA1c or fasting glucose, vitamin B12, serum protein electrophoresis',
      patientName: 'Blood tests for sugar, vitamin B12 and blood proteins',
      sources: ['S483'],
    },
    {
      name: 'Nerve conduction studies if the cause is unknown',
      patientName: 'Tests of how the nerves work',
      sources: ['S483'],
    },
  ],
  sources: ['S150', 'S151', 'S153'],
} as const satisfies ConditionDefinition;
