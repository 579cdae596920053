import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const guillainBarreSyndrome = {
  id: 'guillain_barre_syndrome',
  patientName: 'Guillain–Barré syndrome (nerves inflamed after an infection)',
  clinicianName: 'Guillain–Barré syndrome',
  description:
    'The immune system attacks the nerves, often a few weeks after a stomach bug or chest infection. Tingling and weakness start in both feet and climb over days; it can reach the breathing muscles.',
  usualUrgency: 'emergency',
  urgencySources: ['S327', 'S329', 'S323'],
  prior: {
    byAge: { '18-44': 0.00001, '45-64': 0.000015, '65-79': 0.00002, '80+': 0.000025 },
    sex: { female: 1, male: 1.2 },
    sources: ['S322', 'S320'],
    derivation:
      'Incidence per 100,000 person-years = exp(-12.0771 + 0.01813 x age) (S322): about 1.0 at 30, 1.5 at 55, 2.0 at 72, 2.4 at 85; pain precedes weakness in 36% and is present in the acute phase in 66% (S320), so it can present as leg pain. Prior = annual incidence per person, on the scale used for DVT and cellulitis. Male multiplier 1.2: "higher in men" (S322), size a model setting.',
  },
  riskFactors: [
    {
      finding: 'recent_infection',
      oddsRatio: 3,
      sources: ['S325', 'S324'],
      note: 'about two-thirds report a gut or chest infection in the preceding weeks (S325); against an assumed ~20-25% of adults with such an infection in a few weeks, a model setting',
    },
  ],
  links: [
    {
      finding: 'ascending_numbness',
      probability: v.usually,
      sources: ['S325', 'S327'],
      note: 'starts in feet and hands, both sides, then rises',
    },
    {
      finding: 'weakness_rising_over_days',
      probability: v.usually,
      sources: ['S323'],
      note: 'maximum weakness within 2 weeks in most, always within 4',
    },
    { finding: 'weakness_both_legs', probability: v.usually, sources: ['S326', 'S323'] },
    { finding: 'progressive_weakness', probability: v.usually, sources: ['S326'] },
    { finding: 'numbness_tingling', probability: v.usually, sources: ['S325', 'S327'] },
    { finding: 'bilateral_symptoms', probability: v.defining, sources: ['S325', 'S326'] },
    { finding: 'onset_within_two_weeks', probability: v.usually, sources: ['S323'] },
    {
      finding: 'back_pain',
      probability: 0.66,
      sources: ['S321', 'S320'],
      note: 'low back pain with radiation 67% on admission; pain in the acute phase 66%',
    },
    { finding: 'deep_aching_pain', probability: v.sometimes, sources: ['S320', 'S329'] },
    {
      finding: 'evening_night_worse',
      probability: v.sometimes,
      sources: ['S329'],
      note: 'may be worse at night (consumer source)',
    },
    {
      finding: 'swallowing_or_speech_difficulty',
      probability: v.occasionally,
      sources: ['S323', 'S327'],
      note: 'about 20% need ventilation; bulbar weakness less often at presentation',
    },
  ],
  advice: [
    {
      text: 'Go to an emergency department now: weakness or tingling that climbs from the feet over days needs checking at once.',
      kinds: ['seek_care'],
      sources: ['S327', 'S329'],
    },
    {
      text: 'Call an ambulance if breathing, swallowing or speaking becomes difficult, or you cannot move your legs.',
      kinds: ['seek_care'],
      sources: ['S327'],
    },
  ],
  avoid: [
    {
      kind: 'wait',
      reason: 'Weakness can reach the breathing muscles within days; it should not be watched at home.',
      sources: ['S323', 'S327'],
    },
  ],
  investigations: [
    {
      name: 'Nerve conduction studies',
      patientName: 'A test of how the nerves carry signals',
      sources: ['S324'],
    },
    {
      name: 'Lumbar puncture (CSF protein and cells)',
      patientName: 'A test of the fluid around the spine',
      sources: ['S324', 'S325'],
    },
    { name: 'Vital capacity monitoring', patientName: 'Breathing tests', sources: ['S323'] },
  ],
  sources: ['S320', 'S322', 'S323', 'S324', 'S325', 'S327'],
  rules: [
    {
      id: 'ascending_numbness_or_weakness',
      level: 'emergency',
      all: [],
      any: ['ascending_numbness', 'weakness_rising_over_days'],
      reason:
        'Tingling or weakness that climbs from the feet, or legs getting weaker day by day, needs checking today in an emergency department.',
      clinicianReason:
        'Ascending sensory symptoms or weakness progressing over days: exclude Guillain–Barré syndrome and cord compression (NHS; Mayo).',
      sources: ['S327', 'S329', 'S323'],
      suspects: ['guillain_barre_syndrome'],
    },
    {
      id: 'weak_legs_after_infection',
      level: 'emergency',
      all: ['weakness_both_legs', 'recent_infection'],
      reason:
        'Both legs getting weak a few weeks after a stomach bug or chest infection can mean the nerves are inflamed (Guillain–Barré syndrome). Go to an emergency department now.',
      clinicianReason:
        'Bilateral leg weakness after a recent gut or respiratory infection: exclude Guillain–Barré syndrome (about two-thirds follow an infection); NCS, CSF, vital capacity.',
      sources: ['S325', 'S326', 'S327'],
      suspects: ['guillain_barre_syndrome'],
    },
    {
      id: 'bulbar_symptoms',
      level: 'emergency_ambulance',
      all: ['swallowing_or_speech_difficulty'],
      reason: 'Difficulty swallowing, speaking or breathing with weakness needs an ambulance now.',
      clinicianReason:
        'Bulbar or respiratory symptoms: risk of respiratory failure (GBS) or stroke; 999 (NHS).',
      sources: ['S327', 'S323'],
      suspects: ['guillain_barre_syndrome'],
    },
  ],
} as const satisfies ConditionDefinition;
