import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const fibromyalgia = {
  id: 'fibromyalgia',
  patientName: 'Fibromyalgia (long-term pain all over the body)',
  clinicianName: 'Fibromyalgia',
  description:
    'Long-lasting pain in many parts of the body, with tiredness and sleep that does not refresh; not a problem of the leg itself.',
  usualUrgency: 'consultation',
  urgencySources: ['S384', 'S386'],
  prior: {
    byAge: { '18-44': 0.01, '45-64': 0.012, '65-79': 0.01, '80+': 0.008 },
    sex: { female: 1.6, male: 0.6 },
    sources: ['S385', 'S384'],
    derivation:
      'Prevalence 0.2-6.6% in general populations, 2.4-6.8% in women (S385). About a third of a 2-3% middle prevalence is taken as presenting with leg pain at rest or night (model setting). Sex factors reflect the higher range in women (S385); their size is a model setting.',
  },
  riskFactors: [],
  links: [
    {
      finding: 'widespread_pain',
      probability: v.defining,
      sources: ['S384'],
      note: 'generalised pain in at least 4 of 5 regions (ACR 2016)',
    },
    {
      finding: 'symptoms_over_two_weeks',
      probability: v.defining,
      sources: ['S384'],
      note: 'symptoms for at least 3 months',
    },
    {
      finding: 'unrefreshing_sleep_fatigue',
      probability: v.usually,
      sources: ['S384', 'S439'],
      note: 'fatigue and waking unrefreshed score the symptom severity scale',
    },
    { finding: 'bilateral_symptoms', probability: v.usually, sources: ['S384'], note: 'generalised pain' },
    { finding: 'deep_aching_pain', probability: v.often, sources: ['S439'] },
    { finding: 'burning_pain', probability: v.sometimes, sources: ['S439'] },
    { finding: 'sharp_shooting_pain', probability: v.sometimes, sources: ['S439'], note: 'stabbing' },
    {
      finding: 'morning_stiffness',
      probability: v.sometimes,
      sources: ['S439'],
      note: 'stiffness worst on waking',
    },
    { finding: 'nightly_sleep_disruption', probability: v.often, sources: ['S384', 'S439'] },
    {
      finding: 'known_fibromyalgia',
      probability: 0.5,
      sources: ['S384'],
      note: 'model setting: the sources give no share of people with fibromyalgia pain who already carry the diagnosis; symptoms last at least 3 months before it can be made (S384), so a half is taken as already diagnosed',
    },
  ],
  advice: [
    {
      text: 'Regular, gentle exercise that you build up slowly reduces the pain.',
      kinds: ['keep_active'],
      sources: ['S386'],
    },
    {
      text: 'See a doctor to confirm it and rule out other causes; pain in one leg only is not explained by this.',
      kinds: ['seek_care'],
      sources: ['S384'],
    },
  ],
  investigations: [
    {
      name: 'ACR 2016 criteria: widespread pain index and symptom severity scale (valid alongside other diagnoses)',
      patientName: 'Questions about where it hurts, how tired you are and how you sleep',
      sources: ['S384'],
    },
  ],
  sources: ['S384', 'S385', 'S386', 'S439'],
} as const satisfies ConditionDefinition;
