import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const septicArthritis = {
  id: 'septic_arthritis',
  patientName: 'Infection inside a joint (septic arthritis)',
  clinicianName: 'Septic arthritis',
  description:
    'Bacteria inside a joint, most often the knee: a hot, swollen, very painful joint that is hard to move, often with a fever. It can destroy the joint within days and needs the joint fluid tested before antibiotics.',
  usualUrgency: 'emergency',
  urgencySources: ['S341', 'S383'],
  prior: {
    byAge: { '18-44': 0.00004, '45-64': 0.00007, '65-79': 0.0001, '80+': 0.00015 },
    sex: { female: 1, male: 1 },
    sources: ['S345', 'S346'],
    derivation:
      'Incidence 4.2 to 11.0 per 100,000 per year (Iceland, S345), i.e. 0.00004-0.0001 per person-year on the scale used for cellulitis. Older age (80+) is a named risk factor (S346); the age gradient is a model setting.',
  },
  riskFactors: [
    { finding: 'prosthetic_joint', oddsRatio: unsized, sources: ['S346', 'S342'] },
    { finding: 'injects_drugs', oddsRatio: unsized, sources: ['S342'] },
    { finding: 'diabetes', oddsRatio: unsized, sources: ['S342'] },
    {
      finding: 'immunosuppressed',
      oddsRatio: unsized,
      sources: ['S315', 'S342'],
      note: 'immunocompromise raises deep infection risk',
    },
  ],
  links: [
    {
      finding: 'hot_swollen_joint',
      probability: v.defining,
      sources: ['S341'],
      note: 'a short history of a hot, swollen, tender joint defines the presentation',
    },
    { finding: 'joint_pain_swelling', probability: v.defining, sources: ['S341', 'S343'] },
    { finding: 'fever', probability: 0.64, sources: ['S343'], note: 'fever in 64%' },
    { finding: 'onset_within_two_weeks', probability: v.usually, sources: ['S341'] },
    {
      finding: 'unable_to_bear_weight',
      probability: v.often,
      sources: ['S445', 'S341'],
      note: 'restricted movement',
    },
    { finding: 'one_leg_warm_red', probability: v.often, sources: ['S344'] },
    {
      finding: 'one_leg_swollen',
      probability: v.sometimes,
      sources: ['S341', 'S343'],
      note: 'the swollen joint, mostly a knee (56%, S343), is often told as a swollen leg; "sometimes" is a model setting',
    },
    { finding: 'systemic_illness', probability: v.occasionally, sources: ['S341', 'S343'] },
    {
      finding: 'skin_break_or_wound',
      probability: v.occasionally,
      sources: ['S344'],
      note: 'portal of entry',
    },
    { finding: 'pain_unrelieved_by_position', probability: v.often, sources: ['S445'] },
  ],
  advice: [
    {
      text: 'Get seen today, or go to an emergency department now if you have a fever or feel unwell: the joint fluid needs testing before any antibiotics.',
      kinds: ['seek_care'],
      sources: ['S341', 'S383'],
    },
    { text: 'Rest the joint meanwhile.', kinds: ['rest'], sources: ['S445'] },
  ],
  avoid: [
    {
      kind: 'wait',
      reason: 'An infected joint can be damaged within days, and the infection can spread to the blood.',
      sources: ['S341', 'S343'],
    },
    {
      kind: 'massage',
      reason: 'A hot, swollen joint should not be rubbed or worked until infection is ruled out.',
      sources: ['S341'],
    },
  ],
  investigations: [
    {
      name: 'Joint aspiration before antibiotics: Gram stain, culture, crystal microscopy',
      patientName: 'Taking a sample of fluid from the joint',
      sources: ['S341'],
    },
    { name: 'Blood cultures', patientName: 'Blood tests for infection', sources: ['S341'] },
    {
      name: 'White cell count, ESR and CRP',
      patientName: 'Blood tests for inflammation',
      sources: ['S341', 'S343'],
    },
  ],
  sources: ['S341', 'S342', 'S343', 'S344', 'S345'],
  rules: [
    {
      id: 'hot_swollen_joint',
      level: 'consultation_24',
      all: ['hot_swollen_joint'],
      reason:
        'A hot, red, swollen joint should be seen today: it can be an infection in the joint, which must be ruled out.',
      clinicianReason:
        'Acute hot swollen joint: septic arthritis until proven otherwise; aspirate before antibiotics (BSR 2006).',
      sources: ['S341'],
    },
    {
      id: 'hot_swollen_joint_with_fever_or_prosthesis',
      level: 'emergency',
      all: ['hot_swollen_joint'],
      any: ['fever', 'systemic_illness', 'prosthetic_joint', 'injects_drugs', 'immunosuppressed'],
      reason:
        'A hot, swollen joint with a fever, feeling unwell, a joint replacement, or a weak immune system can be an infection in the joint. Go to an emergency department now.',
      clinicianReason:
        'Hot swollen joint with fever, systemic upset, prosthesis, IVDU or immunosuppression: suspected septic arthritis, immediate referral (BSR; NICE NG219).',
      sources: ['S341', 'S383', 'S346'],
      suspects: ['septic_arthritis'],
    },
  ],
} as const satisfies ConditionDefinition;
