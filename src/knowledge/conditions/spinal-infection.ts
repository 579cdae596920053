import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

/** New numbness, weakness or bladder change: an infection pressing on the cord or cauda equina (S316). */
const neurologicalDeficit = [
  'numbness_tingling',
  'progressive_weakness',
  'weakness_rising_over_days',
  'weakness_both_legs',
  'foot_drop',
  'bladder_bowel_change',
  'saddle_numbness',
] as const;

export const spinalInfection = {
  id: 'spinal_infection',
  patientName: 'Infection in the spine (bone, disc or an abscess)',
  clinicianName: 'Vertebral osteomyelitis / discitis / spinal epidural abscess',
  description:
    'An infection of the bones or discs of the spine, or a collection of pus beside the spinal cord. It causes back pain, often with fever, and can press on the nerves to the legs.',
  usualUrgency: 'emergency',
  urgencySources: ['S313', 'S315', 'S316'],
  prior: {
    byAge: { '18-44': 0.0002, '45-64': 0.0004, '65-79': 0.0007, '80+': 0.0007 },
    sex: { female: 1, male: 1.5 },
    sources: ['S311', 'S312', 'S318', 'S131'],
    derivation:
      'Vertebral osteomyelitis about 2.4 per 100,000 per year overall, 6.5 per 100,000 over 65 (S311), rising to 5.4 per 100,000 in the US by 2013 (S312); epidural abscess adds a smaller share. It presents as back and leg pain, like cauda equina, whose prior is its share of primary-care back pain (0.04-0.08%, S131), about 40 times its population incidence (1-2 per 100,000, S131). The same scale is used here (2026-11 review: it was raw incidence, 0.00002-0.00007, so the weakness-of-both-legs rule always pointed to cauda equina first): incidence x 10, kept at a quarter of the cauda equina ratio because fewer present through primary-care back pain (model setting). The male multiplier 1.5 is a model setting for "possibly more in men" (S318).',
  },
  riskFactors: [
    {
      finding: 'injects_drugs',
      oddsRatio: 4.7,
      sources: ['S315'],
      note: 'any SEA risk factor in 98% of cases vs 21% of ED controls: 0.98/0.21 = 4.7, applied to each named factor',
    },
    { finding: 'immunosuppressed', oddsRatio: 4.7, sources: ['S315'], note: 'as for injecting drug use' },
    {
      finding: 'diabetes',
      oddsRatio: 1.4,
      sources: ['S317'],
      note: 'diabetes in about 30% of SEA against about 21% of adults with any risk factor (S315); model setting',
    },
    {
      finding: 'recent_infection',
      oddsRatio: 4.7,
      sources: ['S315'],
      note: 'distant infection is a named risk factor',
    },
    {
      finding: 'recent_bloodstream_infection',
      oddsRatio: 4.7,
      sources: ['S315', 'S313'],
      note: 'distant infection and an indwelling catheter are named SEA risk factors (S315, as for injecting drug use); IDSA names bacteraemia and endocarditis as the trigger of vertebral osteomyelitis (S313)',
    },
  ],
  links: [
    { finding: 'back_pain', probability: 0.87, sources: ['S450', 'S317'], note: '87% (VO); 75-95% (SEA)' },
    {
      finding: 'back_pain_getting_worse',
      probability: v.sometimes,
      sources: ['S313'],
      note: 'IDSA: suspect it in new or worsening back pain with fever, raised ESR/CRP or bacteraemia (S313); no frequency given, so "sometimes"',
    },
    { finding: 'fever', probability: 0.6, sources: ['S312', 'S314'], note: 'about 60-65%' },
    { finding: 'spinal_tenderness', probability: 0.83, sources: ['S314'] },
    {
      finding: 'numbness_tingling',
      probability: 0.33,
      sources: ['S311', 'S317'],
      note: 'neurological deficit in about one-third',
    },
    { finding: 'progressive_weakness', probability: 0.33, sources: ['S311', 'S317'] },
    { finding: 'weakness_both_legs', probability: v.occasionally, sources: ['S317'] },
    { finding: 'pain_radiates_down_leg', probability: v.sometimes, sources: ['S317'] },
    { finding: 'bladder_bowel_change', probability: v.occasionally, sources: ['S317'] },
    {
      finding: 'symptoms_over_two_weeks',
      probability: v.often,
      sources: ['S312'],
      note: 'mean diagnostic delay 45 days',
    },
    { finding: 'weight_loss_night_sweats', probability: v.occasionally, sources: ['S142', 'S313'] },
  ],
  advice: [
    {
      text: 'Go to an emergency department today: back pain with a fever needs blood tests and a scan.',
      kinds: ['seek_care'],
      sources: ['S313'],
    },
    {
      text: 'If your legs become weak or numb, or your bladder or bowels change, call an ambulance.',
      kinds: ['seek_care'],
      sources: ['S313', 'S316'],
    },
  ],
  avoid: [
    {
      kind: 'wait',
      reason: 'A spinal infection can press on the nerves within hours; delay is the main cause of harm.',
      sources: ['S316', 'S451'],
    },
    {
      kind: 'heat',
      reason: 'Heat on an infected back may hide how it is changing and does not treat it.',
      sources: ['S313'],
    },
  ],
  investigations: [
    {
      name: 'Blood cultures (two sets)',
      patientName: 'Blood tests for infection (cultures)',
      sources: ['S313'],
    },
    { name: 'ESR and CRP', patientName: 'Blood tests for inflammation', sources: ['S313', 'S316'] },
    { name: 'MRI of the spine', patientName: 'An MRI scan of the spine', sources: ['S313', 'S314'] },
  ],
  sources: ['S311', 'S312', 'S313', 'S314', 'S315', 'S316', 'S317'],
  rules: [
    {
      // IDSA: suspect vertebral osteomyelitis in new back pain with a bloodstream infection or endocarditis, with
      // or without fever (strong); lookalikes A2 maps back pain with recent bacteraemia to same-day hospital.
      id: 'back_pain_after_bloodstream_infection',
      level: 'emergency',
      all: ['back_pain', 'recent_bloodstream_infection'],
      reason:
        'New back pain after an infection in the blood, an infected drip site or a heart-valve infection can be an infection in the spine, even without a fever. Go to an emergency department today.',
      clinicianReason:
        'New back pain after bacteraemia, line infection or endocarditis: suspected vertebral osteomyelitis / epidural abscess (IDSA 2015); blood cultures, ESR/CRP, MRI.',
      sources: ['S313', 'S315'],
      suspects: ['spinal_infection'],
    },
    {
      id: 'back_pain_after_bloodstream_infection_with_neuro_signs',
      level: 'emergency_ambulance',
      all: ['back_pain', 'recent_bloodstream_infection'],
      any: neurologicalDeficit,
      reason:
        'Back pain after an infection in the blood, with new numbness, weakness or bladder changes, can be an infection pressing on the spinal cord. Call an ambulance.',
      clinicianReason:
        'Back pain after bacteraemia + neurological deficit: spinal epidural abscess until proven otherwise (IDSA: MRI, cultures; neurological compromise).',
      sources: ['S313', 'S315', 'S316'],
      suspects: ['spinal_infection'],
    },
    {
      id: 'back_pain_fever_with_spinal_risk',
      level: 'emergency',
      all: ['back_pain', 'fever'],
      any: [
        'spinal_tenderness',
        'injects_drugs',
        'immunosuppressed',
        'recent_infection',
        'recent_bloodstream_infection',
      ],
      reason:
        'Back pain with a fever, and a tender spine, drug injecting, a weak immune system or a recent infection, can be an infection in the spine. Go to an emergency department today.',
      clinicianReason:
        'New back pain + fever with spinal tenderness or a risk factor (IVDU, immunosuppression, recent infection): suspected vertebral osteomyelitis / epidural abscess; blood cultures, ESR/CRP, MRI (IDSA 2015).',
      sources: ['S313', 'S315', 'S316'],
      suspects: ['spinal_infection'],
    },
    {
      id: 'back_pain_fever_with_neuro_signs',
      level: 'emergency_ambulance',
      all: ['back_pain', 'fever'],
      any: neurologicalDeficit,
      reason:
        'Back pain with a fever and new numbness, weakness or bladder changes can be an infection pressing on the spinal cord. Call an ambulance.',
      clinicianReason:
        'Back pain + fever + neurological deficit: spinal epidural abscess until proven otherwise (classic triad; IDSA: MRI, cultures).',
      sources: ['S313', 'S315', 'S316'],
      suspects: ['spinal_infection'],
    },
  ],
} as const satisfies ConditionDefinition;
