import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const cellulitis = {
  id: 'cellulitis',
  patientName: 'Skin infection (cellulitis)',
  clinicianName: 'Cellulitis',
  description:
    'A bacterial skin infection: a red, hot, swollen, painful area that spreads, sometimes with fever.',
  usualUrgency: 'consultation_24',
  urgencySources: ['S139'],
  prior: {
    byAge: { '18-44': 0.001, '45-64': 0.002, '65-79': 0.004, '80+': 0.008 },
    sex: { female: 1, male: 1 },
    sources: ['S201'],
    derivation: 'Lower-limb cellulitis about 199 per 100,000 person-years, rising steeply with age (S201).',
  },
  riskFactors: [
    { finding: 'skin_break_or_wound', oddsRatio: unsized, sources: ['S139'] },
    { finding: 'diabetes', oddsRatio: unsized, sources: ['S139'] },
  ],
  links: [
    { finding: 'spreading_redness', probability: v.defining, sources: ['S139', 'S201'] },
    { finding: 'one_leg_warm_red', probability: v.defining, sources: ['S139'] },
    { finding: 'onset_within_two_weeks', probability: v.usually, sources: ['S139'] },
    { finding: 'one_leg_swollen', probability: v.often, sources: ['S139'] },
    {
      finding: 'fever',
      probability: v.sometimes,
      sources: ['S139'],
      note: 'clinical.md gives no fever frequency for cellulitis; the 40% in S139 is necrotising fasciitis, so the verbal scale "sometimes" (0.35) is used',
    },
    { finding: 'pain_out_of_proportion', probability: v.occasionally, sources: ['S139'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    { text: 'Get seen today: cellulitis needs antibiotics.', kinds: ['seek_care'] },
    {
      text: 'Mark the edge of the redness with a pen to see if it spreads, and keep the leg raised.',
      kinds: ['raise_leg'],
    },
  ],
  avoid: [
    {
      kind: 'heat',
      reason:
        'Do not put heat on a leg that may be infected: warmth and spreading redness are signs a doctor needs to see today.',
      sources: ['S139', 'S339'],
    },
    {
      kind: 'wait',
      reason:
        'An infection should not be left to settle on its own: it needs antibiotics, and can spread fast.',
      sources: ['S139', 'S339', 'S340'],
    },
    {
      kind: 'massage',
      reason: 'Do not massage a red, hot, swollen leg: it may be an infection or a clot.',
      sources: ['S139', 'S447'],
    },
  ],
  investigations: [
    {
      name: 'Clinical diagnosis; hospital assessment if systemically unwell (confusion, tachycardia, tachypnoea, hypotension) or signs of necrotising fasciitis, septic arthritis or osteomyelitis',
      patientName: 'Usually none; hospital checks if you feel very unwell',
      sources: ['S339', 'S340'],
    },
  ],
  sources: ['S139', 'S201'],
  /** Red-flag and advice rules whose sources point to this cause. */
  rules: [
    {
      id: 'spreading_redness',
      level: 'consultation_24',
      all: ['spreading_redness'],
      reason: 'A spreading red, hot, painful area is likely an infection that needs treatment today.',
      clinicianReason: 'Spreading erythema: cellulitis until proven otherwise; same-day antibiotics.',
      sources: ['S139', 'S201'],
    },
  ],
} as const satisfies ConditionDefinition;
