import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const gout = {
  id: 'gout',
  patientName: 'Gout (crystals in a joint)',
  clinicianName: 'Acute gout flare',
  description:
    'Crystals in a joint cause sudden, severe pain with a hot, red, swollen joint, often the big toe, often starting at night.',
  usualUrgency: 'consultation',
  urgencySources: ['S383', 'S436'],
  prior: {
    byAge: { '18-44': 0.005, '45-64': 0.015, '65-79': 0.02, '80+': 0.02 },
    sex: { female: 1, male: 1 },
    sources: ['S162', 'S382', 'S436'],
    derivation:
      'Gout affects about 3.9% of US adults (S162); flares are episodic (62% have another within a year, S436) and start overnight more often than by day (OR 2.36, S382). The share of gout prevalence with a flare bringing night pain at a given time (about a half) is a model setting, lower under 45.',
  },
  riskFactors: [],
  links: [
    {
      // A flare is a joint: the ACR/EULAR entry criterion is swelling, pain or tenderness in a peripheral joint
      // or bursa (S381), and NICE suspects gout from a red, swollen joint (S383). Not marked `essential`: the
      // finding is a red flag, left out of the triage posterior, and an unreported-essential prior on it breaks
      // the one-pass triage inference (inference.test.ts); said absent, the link already weighs (1 - 0.8).
      finding: 'hot_swollen_joint',
      probability: v.usually,
      sources: ['S383', 'S161', 'S381'],
      note: 'red, hot, swollen, exquisitely tender joint; entry criterion of the 2015 ACR/EULAR criteria (S381)',
    },
    { finding: 'joint_pain_swelling', probability: v.usually, sources: ['S161', 'S383'] },
    {
      finding: 'pain_feet_toes',
      probability: 0.7,
      sources: ['S161', 'S436', 'S383'],
      note: 'the big toe alone in about half (S161) to 70% (S436) of first attacks, and midfoot joints besides (S383): 0.7, the upper big-toe figure, as the share in the foot (model setting, a lower bound)',
    },
    {
      finding: 'onset_within_two_weeks',
      probability: v.usually,
      sources: ['S161', 'S381'],
      note: 'peaks within 12-24 h; resolves within 14 days',
    },
    {
      finding: 'evening_night_worse',
      probability: 0.51,
      sources: ['S382'],
      note: '733 of 1,433 flares began between midnight and 08:00',
    },
    {
      finding: 'bedclothes_hurt_feet',
      probability: v.sometimes,
      sources: ['S381', 'S436'],
      note: 'cannot bear touch or the bedsheet',
    },
    {
      // The finding is sudden severe pain in the leg that is NOT only one red, swollen joint (its question says
      // so; the flare itself is hot_swollen_joint), so a flare answers it only when read loosely.
      finding: 'sudden_severe_pain',
      probability: v.rarely,
      sources: ['S383'],
      note: 'the question excludes a single inflamed joint; rarely (model setting) for a flare read as leg pain',
    },
    {
      finding: 'pain_knee',
      probability: v.occasionally,
      sources: ['S383'],
      note: 'ankle, midfoot, knee and other joints',
    },
    {
      finding: 'one_leg_warm_red',
      probability: v.occasionally,
      sources: ['S161'],
      note: 'redness around the joint',
    },
    { finding: 'fever', probability: v.occasionally, sources: ['S161'], note: 'may mimic septic arthritis' },
    {
      finding: 'previous_gout',
      probability: 0.62,
      sources: ['S436', 'S381'],
      note: 'gout recurs: 62% have another attack within a year (S436), so most flares are repeats; the 62% is taken as a lower bound for the share of flares in people with a previous attack (model setting); recurrent episodes with full resolution between them are a classification criterion (S381)',
    },
  ],
  advice: [
    {
      text: 'Rest the joint, keep the bedclothes off it and cool it with an ice pack wrapped in a cloth.',
      kinds: ['rest', 'cold'],
      sources: ['S383'],
    },
    {
      text: 'See a doctor for a first attack: anti-inflammatory tablets, colchicine or a short steroid course treat it.',
      kinds: ['seek_care', 'pain_relief'],
      sources: ['S383', 'S436'],
    },
    {
      text: 'If you have a fever or feel unwell with a hot, swollen joint, get checked urgently: the joint may be infected.',
      kinds: ['seek_care'],
      sources: ['S383', 'S436'],
    },
  ],
  investigations: [
    {
      name: 'Serum urate (≥360 µmol/L supports; repeat 2 weeks after the flare if lower)',
      patientName: 'A blood test for uric acid',
      sources: ['S383'],
    },
    {
      name: 'Joint aspiration for crystals (and to exclude septic arthritis) if uncertain; X-ray, ultrasound or DECT if aspiration is not possible',
      patientName: 'Fluid taken from the joint with a needle, or a scan, if the cause is unclear',
      sources: ['S383'],
    },
  ],
  sources: ['S161', 'S162', 'S381', 'S382', 'S383', 'S436'],
} as const satisfies ConditionDefinition;
