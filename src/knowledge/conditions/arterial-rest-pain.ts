import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const arterialRestPain = {
  id: 'arterial_rest_pain',
  patientName: 'Poor circulation in the leg arteries (rest pain)',
  clinicianName: 'Ischaemic rest pain / chronic limb-threatening ischaemia (PAD)',
  description:
    'Narrowed leg arteries cannot supply the foot when the leg is level, causing burning foot pain at night that eases when the leg hangs down.',
  usualUrgency: 'consultation_24',
  urgencySources: ['seed:L5', 'seed:L15', 'S21'],
  prior: {
    byAge: { '18-44': 0.001, '45-64': 0.008, '65-79': 0.03, '80+': 0.05 },
    sex: { female: 1, male: 1 },
    sources: ['S53', 'S43', 'S44'],
    derivation:
      'CLTI prevalence about 1.3% of adults (S53), scaled across ages by the PAD gradient of about 1% at 40-49 to 22% over 80 (S43, S44). 2026-11 review (over 80 it nears the 24-hour mass line on its prior with smoking, 0.05 x 2.5): the cited figures support it, since 1.3% CLTI against about 4.5% PAD by ABI over 40 (S43) is about 0.29 of PAD, or 0.064 at 80+, and 0.05 is below that; no cited source gives the rest-pain share of CLTI to lower it, and rest pain is an urgent referral (seed:L5, S21), so it stays.',
  },
  riskFactors: [
    { finding: 'diabetes', oddsRatio: 4, sources: ['S43', 'S53'] },
    { finding: 'smoker', oddsRatio: 2.5, sources: ['S43', 'S53'] },
    { finding: 'high_blood_pressure', oddsRatio: 1.5, sources: ['S43'] },
    { finding: 'known_arterial_disease', oddsRatio: unsized, sources: ['S44', 'S51'] },
    { finding: 'kidney_failure_dialysis', oddsRatio: unsized, sources: ['S43'] },
  ],
  links: [
    {
      finding: 'pain_feet_toes',
      probability: v.usually,
      sources: ['seed:L4', 'S34'],
      // Rest pain is felt in the toes and forefoot; calf or thigh pain is not ischaemic rest pain (S34), so an
      // account that never puts the pain in the foot is not this complaint (walking calf pain is claudication).
      essential: true,
    },
    { finding: 'relief_dangling_leg', probability: v.usually, sources: ['seed:L4', 'S34', 'S36'] },
    { finding: 'worse_leg_raised', probability: v.usually, sources: ['S34', 'S38'] },
    { finding: 'symptoms_over_two_weeks', probability: v.usually, sources: ['S21', 'S33'] },
    { finding: 'nightly_sleep_disruption', probability: v.usually, sources: ['S36', 'S37'] },
    { finding: 'burning_pain', probability: v.often, sources: ['seed:L4', 'S35'] },
    { finding: 'deep_aching_pain', probability: v.often, sources: ['seed:L4'] },
    { finding: 'wakes_after_hour_or_two', probability: v.often, sources: ['seed:L4'] },
    {
      finding: 'cool_limb',
      probability: v.often,
      sources: ['seed:L5', 'S41'],
      note: 'LR+ 5.9 in patients with leg symptoms',
    },
    {
      finding: 'calf_pain_walking_relieved_standing_still',
      probability: v.often,
      sources: ['S41', 'S29'],
      note: 'claudication precedes rest pain (Fontaine II before III)',
    },
    { finding: 'relief_walking', probability: v.sometimes, sources: ['seed:L4'] },
    {
      finding: 'skin_shiny_pale_or_bluish_red',
      probability: v.sometimes,
      sources: ['seed:L5', 'S41'],
      note: 'LR+ 2.8',
    },
    { finding: 'non_healing_sore', probability: v.sometimes, sources: ['seed:L5', 'S41'], note: 'LR+ 5.9' },
    {
      finding: 'numbness_tingling',
      probability: v.sometimes,
      sources: ['S34'],
      note: 'numbness-only variant',
    },
    { finding: 'black_or_dying_skin', probability: v.occasionally, sources: ['S29', 'seed:L5'] },
    { finding: 'pain_unrelieved_by_position', probability: v.occasionally, sources: ['seed:L15'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    {
      text: 'Until you are seen, sleeping with the foot lowered (a chair, or the bed head raised) may ease the pain.',
      kinds: ['lower_leg', 'position'],
    },
    {
      text: 'Protect the foot from knocks and pressure, and do not use heat pads on it.',
      kinds: ['foot_care'],
    },
    { text: 'Stop smoking.', kinds: ['lifestyle'] },
  ],
  avoid: [
    {
      kind: 'raise_leg',
      reason:
        'Raising the leg can make poor-circulation pain worse: with narrowed arteries the foot needs gravity to get blood.',
      sources: ['seed:L4', 'S34', 'S38'],
    },
    {
      kind: 'heat',
      reason: 'Heat pads can burn a foot with poor circulation and raise its need for blood.',
      sources: ['S34', 'S21'],
    },
  ],
  investigations: [
    {
      name: 'Ankle-brachial index (≤0.90 abnormal; >1.40 non-compressible)',
      patientName: 'Blood-pressure measurements at the ankles and arms',
      sources: ['S20', 'S21'],
    },
    {
      name: 'Toe-brachial index / toe pressure (if ABI >1.40; ankle ≤50 or toe ≤30 mmHg supports CLTI)',
      patientName: 'Blood-pressure measurements at the toes',
      sources: ['S21', 'S33', 'S26'],
    },
  ],
  sources: ['seed:L3', 'seed:L4', 'seed:L5', 'S21', 'S34'],
  /** Red-flag and advice rules whose sources point to this cause. */
  rules: [
    {
      id: 'tissue_loss',
      level: 'consultation_24',
      all: [],
      any: ['non_healing_sore', 'black_or_dying_skin'],
      reason:
        'A sore that will not heal or black skin on the foot can mean the circulation is critically low.',
      clinicianReason:
        'Tissue loss with rest pain: suspected chronic limb-threatening ischaemia (Fontaine IV / Rutherford 5-6).',
      sources: ['seed:L5', 'seed:L16', 'S21'],
    },
    {
      id: 'rest_pain_relieved_by_dependency',
      level: 'consultation_24',
      all: ['relief_dangling_leg'],
      reason: 'Night pain that eases only when the leg hangs down suggests advanced artery narrowing.',
      clinicianReason:
        'Rest pain relieved by dependency: suspected ischaemic rest pain (Fontaine III / Rutherford 4).',
      sources: ['seed:L15', 'S34', 'S21'],
    },
  ],
} as const satisfies ConditionDefinition;
