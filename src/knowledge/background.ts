import type { Citation } from './sources.js';

export interface BackgroundRate {
  readonly finding: string;
  /** P(finding present | none of the modelled causes): the noisy-OR leak. */
  readonly probability: number;
  readonly sources: readonly Citation[];
  readonly note: string;
}

/**
 * Default background rate: night leg pain has many minor causes (seed:L1), so a finding nobody links
 * still occurs now and then. A small leak keeps one unexplained finding from ruling a cause out.
 */
export const defaultBackground = {
  probability: 0.02,
  sources: ['seed:L1'],
  note: 'default leak for specific findings',
} as const;

/**
 * Alarm findings (group `alarm`) are rare without a serious cause: in a general night-pain population they
 * are far rarer than in the selected, already-suspected groups where their specificity was measured
 * (S135, S131: most people imaged for suspected CES do not have it, but they were selected for the flags).
 */
export const alarmBackground = {
  probability: 0.005,
  sources: ['S131', 'S135'],
  note: 'leak for alarm-group findings',
} as const;

/** Findings common in people with leg pain from any cause get a larger leak, so they weigh less. */
export const backgroundRates: readonly BackgroundRate[] = [
  {
    finding: 'bilateral_symptoms',
    probability: 0.2,
    sources: ['S135'],
    note: 'bilateral pain specificity only 0.70 in suspected CES',
  },
  {
    finding: 'back_pain',
    probability: 0.15,
    sources: ['S135', 'S108'],
    note: 'model setting: clinical.md has no population rate of back pain among people with night-time leg pain. S135 specificity 0.13 means 87% of people imaged for suspected CES without it had back pain, a referred population, so it is not used as the rate; S108 shows lumbar degeneration is common with age. 0.15 keeps back pain weakly informative',
  },
  {
    finding: 'pain_calf',
    probability: 0.1,
    sources: ['seed:L11'],
    note: 'the calf is the commonest site of leg pain',
  },
  { finding: 'deep_aching_pain', probability: 0.1, sources: ['seed:L1'], note: 'aching is non-specific' },
  {
    finding: 'nightly_sleep_disruption',
    probability: 0.1,
    sources: ['seed:L16'],
    note: 'any night pain can disturb sleep',
  },
  {
    finding: 'evening_night_worse',
    probability: 0.1,
    sources: ['seed:L1'],
    note: 'the presenting complaint is night pain',
  },
  {
    finding: 'starts_at_rest',
    probability: 0.1,
    sources: ['seed:L1'],
    note: 'the presenting complaint is rest pain',
  },
  {
    finding: 'numbness_tingling',
    probability: 0.05,
    sources: ['S135'],
    note: 'sensory symptoms specificity 0.60 in suspected CES',
  },
  {
    finding: 'heavy_tired_legs',
    probability: 0.05,
    sources: ['S158'],
    note: 'venous symptoms are common and non-specific',
  },
  {
    finding: 'onset_within_two_weeks',
    probability: 0.1,
    sources: ['seed:L1'],
    note: 'many people seek help soon after onset',
  },
  {
    finding: 'symptoms_over_two_weeks',
    probability: 0.3,
    sources: ['seed:L1'],
    note: 'chronic complaints are common',
  },
  {
    finding: 'relief_walking',
    probability: 0.05,
    sources: ['seed:L4', 'seed:L12'],
    note: 'getting up eases many complaints',
  },
  {
    finding: 'unrefreshing_sleep_fatigue',
    probability: 0.1,
    sources: ['S384', 'seed:L16'],
    note: 'tiredness is common in anyone whose sleep is broken by pain (model setting)',
  },
  {
    finding: 'joint_stiffness_after_rest',
    probability: 0.1,
    sources: ['S374'],
    note: 'brief stiffness after rest is common in older adults, a third of whom have clinical OA (model setting)',
  },
  {
    finding: 'muscle_aches_both_legs',
    probability: 0.05,
    sources: ['S387'],
    note: 'muscle aches are as common on placebo as on a statin (27%); model setting',
  },
  {
    finding: 'began_after_new_medicine',
    probability: 0.05,
    sources: ['S87'],
    note: 'older adults start or change medicines often, so symptoms follow a new prescription by chance too (S87 counts both orders); model setting',
  },
  {
    finding: 'thyroid_symptoms',
    probability: 0.05,
    sources: ['S394'],
    note: 'tiredness, feeling cold and weight gain are non-specific (model setting)',
  },
  {
    finding: 'pain_buttock_thigh',
    probability: 0.1,
    sources: ['seed:L1', 'S374'],
    note: 'the thigh and buttock are, after the calf, the commonest places night leg pain is felt, and pain there is also referred from the hip, knee or back: set like pain_calf (model setting)',
  },
  {
    finding: 'pain_shin',
    probability: 0.03,
    sources: ['S355', 'S410'],
    note: 'model setting: shin pain is less often the site of night leg pain than the calf (0.1) or knee (0.05); shin splints (S355) and other shin pain that is not claudication (S410) come from outside the model',
  },
  {
    finding: 'pain_heel',
    probability: 0.01,
    sources: ['S415'],
    note: 'model setting: heel pain is rarely the site of night-time leg pain; when it is there, its usual cause (plantar fasciitis) is outside the model and carried by other',
  },
  {
    finding: 'pain_knee',
    probability: 0.05,
    sources: ['S374'],
    note: 'knee pain is common at any age and also referred from the hip or back (model setting)',
  },
  {
    finding: 'previous_gout',
    probability: 0.04,
    sources: ['S162'],
    note: 'gout affects about 3.9% of adults (S162): a previous attack is that common whatever the present cause',
  },
  {
    finding: 'known_fibromyalgia',
    probability: 0.03,
    sources: ['S385'],
    note: 'fibromyalgia prevalence 0.2-6.6%, 2.4-6.8% in women (S385): about 3% carry the diagnosis whatever the present cause (model setting within that range)',
  },
  {
    finding: 'one_sided_blistering_rash',
    probability: 0.005,
    sources: ['S470'],
    note: 'model setting: shingles is not modelled (it is `other`), so its rash is as rare as an alarm finding without a modelled cause (the alarm leak)',
  },
  {
    finding: 'bone_lump',
    probability: 0.005,
    sources: ['S443', 'S347', 'S355'],
    note: 'model setting: the causes named for a hard lump on a bone with bone pain, a bone growth (S443, S347) and a stress fracture (S355), are both modelled, so without them it is as rare as an alarm finding (the alarm leak); at the default 0.02 a bone lump barely lifted a bone tumour over `other`',
  },
];
