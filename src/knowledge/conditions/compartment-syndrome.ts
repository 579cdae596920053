import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

/** Circumstances in which acute compartment syndrome arises (BOAST, S330). */
const atRisk = [
  'recent_leg_injury',
  'tight_cast_or_bandage',
  'leg_cast_or_paralysis',
  'recent_surgery_or_bedridden',
  'long_lie',
];

export const compartmentSyndrome = {
  id: 'compartment_syndrome',
  patientName: 'Pressure building up inside the leg muscles (compartment syndrome)',
  clinicianName: 'Acute compartment syndrome',
  description:
    'After an injury, a fracture, a tight cast or lying still for hours, swelling inside a closed muscle compartment cuts off its blood supply. The pain is far worse than expected and the muscle feels tight. It needs an operation within hours.',
  usualUrgency: 'emergency_ambulance',
  urgencySources: ['S330', 'S331', 'S442'],
  prior: {
    byAge: { '18-44': 0.00004, '45-64': 0.00003, '65-79': 0.00002, '80+': 0.00002 },
    sex: { female: 1, male: 1 },
    sources: ['S333', 'S334'],
    derivation:
      'No population incidence was confirmed (lookalikes.md). It complicates 7.7% of operated tibial shaft fractures (S333) and up to 11-18% of high-energy ones (S334), younger patients at higher risk. The prior is a model setting below necrotising infection and falling with age; the injury, cast and immobility links carry the evidence.',
  },
  riskFactors: [],
  links: [
    {
      finding: 'recent_leg_injury',
      probability: v.usually,
      sources: ['S330', 'S136'],
      note: 'fractures in up to about 75%; also crush',
    },
    {
      finding: 'pain_out_of_proportion',
      probability: 0.71,
      sources: ['S330', 'S333'],
      note: 'key early finding; increasing pain the commonest symptom (71%)',
    },
    {
      finding: 'pain_moving_toes',
      probability: v.usually,
      sources: ['S330', 'S136'],
      note: 'pain on passive stretch: key early finding',
    },
    { finding: 'tense_swollen_muscle', probability: v.usually, sources: ['S136', 'S330'] },
    {
      finding: 'tight_cast_or_bandage',
      probability: v.sometimes,
      sources: ['S330'],
      note: 'tight dressings or casts are a named cause',
    },
    { finding: 'leg_cast_or_paralysis', probability: v.sometimes, sources: ['S330'] },
    {
      finding: 'recent_surgery_or_bedridden',
      probability: v.occasionally,
      sources: ['S330'],
      note: 'prolonged immobilisation',
    },
    {
      finding: 'long_lie',
      probability: v.occasionally,
      sources: ['S330'],
      note: 'BOAST names prolonged immobilisation among the causes after fractures and crush (S330) without a share: "occasionally" (model setting), as for bed rest',
    },
    { finding: 'onset_within_two_weeks', probability: v.defining, sources: ['S136'] },
    { finding: 'one_leg_swollen', probability: v.often, sources: ['S136'] },
    { finding: 'pain_unrelieved_by_position', probability: v.usually, sources: ['S136'] },
    { finding: 'numbness_tingling', probability: v.sometimes, sources: ['S136'], note: 'late sign' },
    { finding: 'burning_pain', probability: v.sometimes, sources: ['S136', 'S442'] },
    { finding: 'deep_aching_pain', probability: v.sometimes, sources: ['S136'] },
  ],
  advice: [
    {
      text: 'Call an ambulance now: pressure in the muscles after an injury or cast needs an operation within hours.',
      kinds: ['seek_care'],
      sources: ['S330', 'S331'],
    },
    {
      text: 'Loosen any bandage or tight clothing; keep the leg at the level of your heart, not raised high.',
      kinds: ['position'],
      sources: ['S330', 'S331'],
    },
  ],
  avoid: [
    {
      kind: 'raise_leg',
      reason: 'Raising the leg above the heart lowers the blood flow into a tight muscle compartment.',
      sources: ['S330', 'S331'],
    },
    {
      kind: 'compression',
      reason: 'Tight stockings or bandages raise the pressure in the muscle further.',
      sources: ['S330', 'S331'],
    },
    {
      kind: 'wait',
      reason: 'Muscle starts to die within about 6 hours without treatment.',
      sources: ['S331', 'S136'],
    },
  ],
  investigations: [
    {
      name: 'Compartment pressure measurement (ΔP = diastolic − compartment pressure < 30 mmHg)',
      patientName: 'A pressure reading inside the muscle',
      sources: ['S330', 'S331'],
    },
    { name: 'Creatine kinase (CK)', patientName: 'A blood test for muscle damage', sources: ['S136'] },
  ],
  sources: ['S330', 'S331', 'S332', 'S333', 'S136'],
  rules: [
    {
      id: 'tense_compartment_after_injury_or_cast',
      level: 'emergency_ambulance',
      all: ['tense_swollen_muscle'],
      any: atRisk,
      reason:
        'A tight, hard, swollen muscle after an injury, a cast or lying still for a long time can mean dangerous pressure inside the leg. Call an ambulance.',
      clinicianReason:
        'Tense compartment after trauma, cast or immobilisation: acute compartment syndrome until excluded; decompression within 1 h (BOAST).',
      sources: ['S330', 'S331'],
      suspects: ['compartment_syndrome'],
    },
    {
      id: 'passive_stretch_pain_after_injury_or_cast',
      level: 'emergency_ambulance',
      all: ['pain_moving_toes'],
      any: atRisk,
      reason:
        'Pain when the toes or foot are moved, after an injury, a cast or lying still for a long time, can mean dangerous pressure inside the leg. Call an ambulance.',
      clinicianReason:
        'Pain on passive stretch after trauma, cast or immobilisation: key early sign of acute compartment syndrome (BOAST).',
      sources: ['S330', 'S332'],
      suspects: ['compartment_syndrome'],
    },
    {
      id: 'disproportionate_pain_after_injury_or_cast',
      level: 'emergency_ambulance',
      all: ['pain_out_of_proportion'],
      any: atRisk,
      reason:
        'Pain far worse than expected after an injury, a cast or lying still for a long time can mean dangerous pressure inside the leg. Call an ambulance.',
      clinicianReason:
        'Pain out of proportion after trauma, cast or immobilisation: key early sign of acute compartment syndrome (BOAST).',
      sources: ['S330', 'S333'],
      suspects: ['compartment_syndrome'],
    },
    {
      id: 'disproportionate_pain_with_tense_or_stretch_pain',
      level: 'emergency_ambulance',
      all: ['pain_out_of_proportion'],
      any: ['tense_swollen_muscle', 'pain_moving_toes'],
      reason:
        'Pain far worse than expected with a tight, swollen muscle or pain on moving the toes can mean dangerous pressure inside the leg, even without an injury. Call an ambulance.',
      clinicianReason:
        'Pain out of proportion with a tense compartment or pain on passive stretch: probability of ACS about 68% with two findings (Ulmer); BOAST key early signs.',
      sources: ['S330', 'S332'],
      suspects: ['compartment_syndrome'],
    },
    {
      id: 'tight_cast_or_bandage',
      level: 'consultation_24',
      all: ['tight_cast_or_bandage'],
      reason: 'A cast or bandage that feels too tight should be checked and loosened today.',
      clinicianReason:
        'Constricting cast or dressing: split to skin and review (BOAST: a named cause of ACS).',
      sources: ['S330', 'S331'],
    },
  ],
} as const satisfies ConditionDefinition;
