import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const necrotisingFasciitis = {
  id: 'necrotising_fasciitis',
  patientName: 'A fast-spreading deep infection of the flesh (necrotising fasciitis)',
  clinicianName: 'Necrotising soft-tissue infection (necrotising fasciitis)',
  description:
    'A rare, fast-spreading infection under the skin, usually from a cut or wound. The pain is far worse than the skin looks; later the skin turns purple, grey or blistered. It needs surgery the same day.',
  usualUrgency: 'emergency_ambulance',
  urgencySources: ['S336', 'S339', 'S340'],
  prior: {
    byAge: { '18-44': 0.000004, '45-64': 0.000008, '65-79': 0.00001, '80+': 0.00001 },
    sex: { female: 1, male: 1 },
    sources: ['S337', 'S453', 'S338'],
    derivation:
      'About 0.4 per 100,000 adults per year (S337; a US abstract quotes up to 4 per 100,000, S453), i.e. 0.000004-0.00004 per person-year on the scale used for cellulitis. Taken at the lower figure for young adults and doubled above 45 (deaths concentrate in older people with diabetes and obesity, S338): the doubling is a model setting.',
  },
  riskFactors: [
    { finding: 'diabetes', oddsRatio: unsized, sources: ['S338', 'S139'] },
    { finding: 'immunosuppressed', oddsRatio: unsized, sources: ['S139'] },
    { finding: 'injects_drugs', oddsRatio: unsized, sources: ['S139'] },
  ],
  links: [
    {
      finding: 'pain_out_of_proportion',
      probability: 0.75,
      sources: ['S139', 'S336'],
      note: 'severe pain out of proportion in about 75%',
    },
    {
      finding: 'one_leg_swollen',
      probability: v.usually,
      sources: ['S139'],
      note: 'oedema / induration ~80%',
    },
    { finding: 'one_leg_warm_red', probability: v.usually, sources: ['S139'] },
    { finding: 'spreading_redness', probability: v.often, sources: ['S139', 'S140'], note: 'rapid spread' },
    {
      finding: 'skin_break_or_wound',
      probability: v.often,
      sources: ['S139', 'S336'],
      note: 'portal of entry',
    },
    { finding: 'fever', probability: 0.4, sources: ['S139'], note: 'fever in only about 40%' },
    { finding: 'systemic_illness', probability: v.sometimes, sources: ['S139', 'S336'] },
    {
      finding: 'dusky_skin_blisters',
      probability: v.sometimes,
      sources: ['S139', 'S336'],
      note: 'later sign: bullae, grey or dusky skin',
    },
    { finding: 'onset_within_two_weeks', probability: v.defining, sources: ['S139', 'S336'] },
    {
      finding: 'numbness_tingling',
      probability: v.occasionally,
      sources: ['S139', 'S336'],
      note: 'numbness over the area instead of pain',
    },
    { finding: 'pain_unrelieved_by_position', probability: v.often, sources: ['S336'] },
  ],
  advice: [
    {
      text: 'Call an ambulance or go to an emergency department now. Do not drive yourself.',
      kinds: ['seek_care'],
      sources: ['S336'],
    },
  ],
  avoid: [
    {
      kind: 'wait',
      reason: 'This infection spreads within hours; waiting to see if antibiotics or rest help is dangerous.',
      sources: ['S336', 'S139'],
    },
    {
      kind: 'heat',
      reason: 'Heat does not treat a deep infection and can delay care.',
      sources: ['S336'],
    },
    {
      kind: 'massage',
      reason: 'Rubbing a deeply infected leg is painful and does not help.',
      sources: ['S336'],
    },
  ],
  investigations: [
    {
      name: 'Urgent surgical exploration',
      patientName: 'An urgent operation to look at the tissue',
      sources: ['S139', 'S140'],
    },
    {
      name: 'LRINEC bloods (CRP, WBC, haemoglobin, sodium, creatinine, glucose); a low score does not exclude it',
      patientName: 'Blood tests',
      sources: ['S335'],
    },
    { name: 'Blood cultures', patientName: 'Blood tests for infection', sources: ['S339'] },
  ],
  sources: ['S139', 'S140', 'S335', 'S336', 'S337', 'S338'],
  rules: [
    {
      id: 'disproportionate_pain_with_wound_or_infection',
      level: 'emergency_ambulance',
      all: ['pain_out_of_proportion'],
      any: ['skin_break_or_wound', 'spreading_redness', 'one_leg_warm_red', 'fever', 'systemic_illness'],
      reason:
        'Pain far worse than it looks near a cut, wound or red area, or with a fever, can be a fast-spreading deep infection. Call an ambulance; do not drive yourself.',
      clinicianReason:
        'Pain out of proportion with a portal of entry, erythema or systemic features: necrotising soft-tissue infection until excluded (NHS: 999).',
      sources: ['S336', 'S139'],
      suspects: ['necrotising_fasciitis'],
    },
    {
      id: 'dusky_skin_or_blisters_with_severe_pain',
      level: 'emergency_ambulance',
      all: ['dusky_skin_blisters'],
      any: [
        'pain_out_of_proportion',
        'sudden_severe_pain',
        'fever',
        'systemic_illness',
        'spreading_redness',
        'one_leg_warm_red',
        'skin_break_or_wound',
      ],
      reason:
        'Purple, grey or blistering skin with severe pain, redness or a fever can be a fast-spreading deep infection. Call an ambulance.',
      clinicianReason:
        'Bullae / dusky or grey skin with pain, erythema or systemic signs: necrotising soft-tissue infection (NHS: 999).',
      sources: ['S336', 'S139'],
      suspects: ['necrotising_fasciitis'],
    },
    {
      id: 'dusky_skin_or_blisters',
      level: 'emergency',
      all: ['dusky_skin_blisters'],
      reason: 'Skin that turns purple, grey or blistered on a painful leg needs checking at once.',
      clinicianReason: 'Bullae or dusky discolouration: exclude necrotising infection and ischaemia.',
      sources: ['S139', 'S336'],
    },
  ],
} as const satisfies ConditionDefinition;
