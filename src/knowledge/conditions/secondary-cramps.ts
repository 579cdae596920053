import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

/**
 * Cramps with an identifiable trigger. They feel the same as ordinary night cramps (same links), so what tells
 * them apart is the trigger: a medicine, pregnancy, dialysis, low salts, or thyroid symptoms. Odds ratios are
 * the excess cramps a trigger brings: (RR - 1) x the ordinary-cramp prior / this prior, i.e. 1 + 10 (RR - 1)
 * at the 10:1 prior ratio used here (model setting). Ordinary cramps carry no trigger (counted once, here), so a
 * weak trigger (a thiazide, a statin) leaves this the runner-up, and a strong one (a beta-agonist), one of unknown
 * size (x2: pregnancy, dialysis, thyroid) or two triggers bring it level or first. Dehydration and heavy sweating are counted once, with
 * ordinary night cramps, whose mechanism the seed names them as (seed:L11).
 */
export const secondaryCramps = {
  id: 'secondary_cramps',
  patientName: 'Leg cramps with a cause that can be treated (a medicine, thyroid, low salts, pregnancy)',
  clinicianName:
    'Secondary leg cramps (drug-induced, hypothyroidism, electrolyte disturbance, cirrhosis, pregnancy, dialysis)',
  description:
    'Night cramps brought on by something else: a water tablet or other medicine, an underactive thyroid, low salts, liver disease, pregnancy or dialysis.',
  variantOf: 'nocturnal_leg_cramps',
  usualUrgency: 'consultation',
  urgencySources: ['S394', 'S427'],
  prior: {
    byAge: { '18-44': 0.004, '45-64': 0.006, '65-79': 0.008, '80+': 0.009 },
    sex: { female: 1.5, male: 1 },
    sources: ['S394', 'S395', 'S399', 'S85'],
    derivation:
      'A third of people over 60 have leg cramps (S394); associated conditions (vascular disease, cirrhosis, dialysis, pregnancy, hypokalaemia, S395; PVD 34% vs 12%, S399) and drugs (S394, S398) account for a minority. About a tenth of the ordinary night-cramp prior is taken for cramps with a trigger found (model setting), with the same sex ratio as all night cramps (female OR 1.96, S85, about 1.5 as a relative risk), since a tenth of a prior that is higher in women is higher in women too.',
  },
  riskFactors: [
    {
      finding: 'takes_diuretic',
      oddsRatio: 5.8,
      sources: ['S87', 'S394'],
      note: 'RR 1.48 for thiazide-like diuretics (S87): 1 + 10 x 0.48',
    },
    {
      finding: 'takes_beta_agonist_inhaler',
      oddsRatio: 15,
      sources: ['S87', 'S394'],
      note: 'RR 2.42 (S87): 1 + 10 x 1.42, rounded',
    },
    {
      finding: 'takes_statin',
      oddsRatio: 2.6,
      sources: ['S87', 'S398'],
      note: 'RR 1.16 (S87): 1 + 10 x 0.16',
    },
    {
      finding: 'pregnant_or_postpartum',
      oddsRatio: 1 + 10 * (unsized - 1),
      sources: ['S86', 'S395'],
      note: 'association without a size (x2, S86): 1 + 10 x 1',
    },
    {
      finding: 'kidney_failure_dialysis',
      oddsRatio: 1 + 10 * (unsized - 1),
      sources: ['S86', 'S395'],
      note: 'haemodialysis; association without a size (x2): 1 + 10 x 1',
    },
    {
      finding: 'thyroid_symptoms',
      oddsRatio: 1 + 10 * (unsized - 1),
      sources: ['S394', 'S398'],
      note: 'hypothyroidism is a named cause (CKS asks about thyroid disease); association without a size (x2): 1 + 10 x 1',
    },
  ],
  links: [
    {
      finding: 'sudden_muscle_contraction',
      probability: v.defining,
      sources: ['S80', 'S394'],
      note: 'a cramp is a cramp, whatever triggers it',
    },
    { finding: 'episode_seconds_to_minutes', probability: v.usually, sources: ['S81', 'S83'] },
    { finding: 'pain_calf', probability: v.usually, sources: ['S83'] },
    { finding: 'relief_stretching_muscle', probability: v.usually, sources: ['S80', 'S427'] },
    { finding: 'muscle_sore_afterwards', probability: v.sometimes, sources: ['S427'] },
    { finding: 'evening_night_worse', probability: v.often, sources: ['S86', 'S427'] },
    // The same cramps as ordinary night cramps, so the same bed-rest criterion (ICSD-3 criterion B): a weaker
    // link here made "it does not start at rest" count for a trigger, which it says nothing about.
    {
      finding: 'starts_at_rest',
      probability: v.defining,
      sources: ['S82', 'S81', 'S80'],
      note: 'ICSD-3 criterion B (during time in bed), as for ordinary night cramps',
    },
    { finding: 'sharp_shooting_pain', probability: v.occasionally, sources: ['seed:L11'] },
    { finding: 'relief_walking', probability: v.sometimes, sources: ['S74'] },
    { finding: 'relief_moving_legs', probability: v.sometimes, sources: ['S74'] },
    {
      finding: 'nightly_sleep_disruption',
      probability: v.sometimes,
      sources: ['S394'],
      note: '40% of those over 60 with cramps have them 3 or more times a week',
    },
    { finding: 'pain_feet_toes', probability: v.occasionally, sources: ['S83'] },
    {
      // Drugs are one trigger among several (thyroid, salts, pregnancy, dialysis), so "sometimes"; the share
      // is a model setting. Cramps that began after a new medicine are what the sequence ratios count (S87).
      finding: 'began_after_new_medicine',
      probability: v.sometimes,
      sources: ['S87', 'S394', 'S398'],
      note: 'drug-induced cramps follow the new prescription (sequence symmetry, S87); share of drug triggers is a model setting',
    },
    {
      finding: 'bilateral_symptoms',
      probability: v.sometimes,
      sources: ['S394', 'S398'],
      note: 'a whole-body trigger acts on both legs',
    },
  ],
  advice: [
    {
      text: 'Stretch the muscle by pulling your toes towards you, or stand on the leg; rubbing it can help.',
      kinds: ['stretch', 'massage', 'keep_active'],
      sources: ['S427'],
    },
    {
      text: 'Ask your doctor or pharmacist whether a medicine you take could cause the cramps; do not stop a prescribed medicine on your own.',
      kinds: ['seek_care'],
      sources: ['S394', 'S398'],
    },
    {
      text: 'A blood test can check your salts, thyroid and liver.',
      kinds: ['seek_care'],
      sources: ['S394'],
    },
    {
      text: 'Get seen urgently if a cramp lasts more than 10 minutes and does not ease when you move.',
      kinds: ['seek_care'],
      sources: ['S427'],
    },
  ],
  investigations: [
    {
      name: 'Urea and electrolytes, calcium, magnesium, thyroid function (TSH), glucose, liver function, CK (only if a cause is suspected)',
      patientName: 'Blood tests for salts, thyroid, sugar, liver and muscles',
      sources: ['S394'],
    },
    {
      name: 'Medication review (diuretics, salbutamol and long-acting beta-agonists, nifedipine, statins, others)',
      patientName: 'A check of your medicines',
      sources: ['S394', 'S398', 'S87'],
    },
  ],
  sources: ['S85', 'S86', 'S87', 'S394', 'S395', 'S398', 'S399', 'S427'],
} as const satisfies ConditionDefinition;
