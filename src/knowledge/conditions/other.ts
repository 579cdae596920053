import { unsizedAssociation, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

/**
 * The safety net: a cause this tool does not model. Arthritis of the knee and hip, gout, trochanteric pain,
 * fibromyalgia and the other common look-alikes now have their own files; what is left here are the causes
 * named in the sources but not modelled (inflammatory arthritis, polymyalgia, meralgia paraesthetica, plantar
 * heel pain, tendinopathy, vitamin D deficiency, and bone or injury causes not modelled elsewhere).
 */
export const other = {
  id: 'other',
  patientName: 'A cause this tool does not cover',
  clinicianName:
    'Other / not modelled (e.g. inflammatory arthritis, polymyalgia rheumatica, meralgia paraesthetica, plantar fasciitis, tendinopathy, bone lesion, heart-failure oedema)',
  description:
    'Something outside the causes this tool knows about, such as inflammatory arthritis, a tendon or heel problem, a trapped thigh-skin nerve, a bone problem, or fluid in the legs from a weak heart.',
  usualUrgency: 'consultation',
  urgencySources: ['S142', 'S155', 'S418'],
  prior: {
    byAge: { '18-44': 0.05, '45-64': 0.055, '65-79': 0.065, '80+': 0.065 },
    sex: { female: 1, male: 1 },
    sources: ['S415', 'S417', 'S419', 'S414', 'S155', 'S142'],
    derivation:
      'Plantar heel pain in 3.6% of adults (S415), lower-limb tendinopathy 11.8 per 1,000 (S417), polymyalgia about 1 per 1,000 person-years in older people (S419), meralgia (S414), inflammatory arthritis (S155) and bone causes (S142). Set a little below the earlier 0.06-0.08, now that arthritis and gout are modelled (model setting).',
  },
  riskFactors: [
    {
      finding: 'diabetes',
      oddsRatio: unsizedAssociation,
      sources: ['S420'],
      note: 'diabetic amyotrophy (lumbosacral radiculoplexus neuropathy, under 1% of people with diabetes, S420) is carried here and occurs only with diabetes; no source sizes its share of the causes not modelled, so the unsized association (model setting)',
    },
  ],
  links: [
    {
      finding: 'joint_pain_swelling',
      probability: v.often,
      sources: ['S155', 'S60'],
      note: 'inflammatory arthritis',
    },
    {
      finding: 'morning_stiffness',
      probability: v.sometimes,
      sources: ['S155', 'S418'],
      note: 'inflammatory arthritis; polymyalgia (stiffness over 45 minutes)',
    },
    {
      finding: 'bony_point_tenderness',
      probability: v.occasionally,
      sources: ['S142', 'S355'],
      note: 'the bone causes S142 names (tumour, fracture) are modelled now; what is left here (tendon insertions, shin splints, whose tenderness is diffuse along the tibia, S355) seldom gives one tender spot on a bone, so "occasionally" (model setting)',
    },
    { finding: 'recent_leg_injury', probability: v.sometimes, sources: ['S142'] },
    {
      finding: 'pain_unrelieved_by_position',
      probability: v.occasionally,
      sources: ['S142', 'S418'],
      note: 'non-mechanical night pain is a red flag of malignancy, infection and fracture (S142), which are modelled now; of what is left, polymyalgia keeps people from turning in bed (S418): "occasionally" (model setting)',
    },
    { finding: 'deep_aching_pain', probability: v.sometimes, sources: ['S142'] },
    {
      finding: 'weight_loss_night_sweats',
      probability: v.occasionally,
      sources: ['S142', 'S420'],
      note: 'weight loss and sweats are red flags of bone pain from cancer or infection (S142), modelled now (bone tumour, spinal metastases, spinal infection, septic arthritis); of what is left here, diabetic amyotrophy loses weight with its thigh pain (S420), so "occasionally" (model setting: its share is not given)',
    },
    {
      finding: 'fever',
      probability: v.rarely,
      sources: ['S142'],
      note: 'fever with bone pain points to infection (S142), modelled now (spinal infection, septic arthritis, cellulitis, necrotising infection); "rarely" for what is left (model setting)',
    },
    {
      finding: 'evening_night_worse',
      probability: v.sometimes,
      sources: ['S142'],
      note: 'bone pain wakes',
    },
    {
      finding: 'bilateral_symptoms',
      probability: v.occasionally,
      sources: ['S142', 'S418'],
      note: 'symmetrical joint swelling; polymyalgia is bilateral',
    },
    {
      finding: 'pain_shin',
      probability: v.occasionally,
      sources: ['S355'],
      note: 'shin splints (medial tibial stress syndrome)',
    },
    {
      finding: 'pain_heel',
      probability: v.occasionally,
      sources: ['S415', 'S417'],
      note: 'plantar heel pain (3.6% of adults, 12% of primary-care foot and ankle consultations, S415); a heel is seldom where night leg pain is told, so "occasionally"',
    },
    {
      finding: 'pain_buttock_thigh',
      probability: v.occasionally,
      sources: ['S418', 'S414'],
      note: 'polymyalgia (hips and thighs); meralgia (outer thigh)',
    },
    {
      finding: 'pain_hip_groin',
      probability: v.occasionally,
      sources: ['S418'],
      note: 'polymyalgia aches in the pelvic girdle (hips and thighs) on both sides (S418); its share of the causes not modelled is not given, so "occasionally" (model setting), as for the thigh',
    },
    {
      finding: 'both_ankles_swollen',
      probability: v.occasionally,
      sources: ['S472'],
      note: 'heart failure swells both ankles and legs (S472) and is carried here; its share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
    {
      finding: 'burning_pain',
      probability: v.occasionally,
      sources: ['S414', 'S470'],
      note: 'meralgia paraesthetica burns over the outer thigh (S414); shingles burns or tingles before its rash (S470); both are carried here, among many causes that do not burn, so "occasionally" (model setting)',
    },
    {
      finding: 'temporal_arteritis_signs',
      probability: v.rarely,
      sources: ['S418', 'S419'],
      note: 'giant cell arteritis comes with 10-20% of polymyalgia (S418), which is carried here; polymyalgia\'s share of the causes not modelled is not given, so "rarely" (model setting), ten times the alarm leak: no modelled cause gives these signs',
    },
    {
      finding: 'one_sided_blistering_rash',
      probability: v.rarely,
      sources: ['S470'],
      note: 'shingles (a one-sided band of blisters after burning or tingling, S470) is not modelled and is carried here; its share of the causes not modelled is not given, so "rarely" (model setting), ten times the background rate of the rash',
    },
    {
      finding: 'breathless_lying_flat_or_gradual',
      probability: v.rarely,
      sources: ['S472', 'S473'],
      note: 'heart failure: aching swollen legs with breathlessness lying flat (S472); its share of the causes not modelled is not given, so "rarely" (model setting), ten times the alarm leak',
    },
    {
      finding: 'shoulder_girdle_stiffness',
      probability: v.occasionally,
      sources: ['S418', 'S419'],
      note: 'polymyalgia (over 50, aching and morning stiffness of both shoulders and the pelvic girdle, S418; about 1 per 1,000 person-years, S419) is carried here and no modelled cause is a shoulder-girdle disease; its share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
    {
      finding: 'heel_pain_first_steps',
      probability: v.occasionally,
      sources: ['S415'],
      note: 'plantar heel pain, worst with the first steps after rest (S415), is carried here; 3.6% of adults have it, but its share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
    {
      finding: 'forefoot_pebble_pain',
      probability: v.occasionally,
      sources: ['S478'],
      note: 'Morton\'s neuroma (burning between the 3rd and 4th toes, like a pebble under the foot, S478) is carried here; its share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
    {
      finding: 'toes_red_itchy_after_cold',
      probability: v.occasionally,
      sources: ['S479'],
      note: 'chilblains (itchy red-purple toe swellings after cold, burning on warming, S479) are carried here; their share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
    {
      finding: 'calf_pull_during_exertion',
      probability: v.occasionally,
      sources: ['S480', 'S404'],
      note: 'a calf muscle tear (sudden pain on effort, bruising tracking to the ankle, S480; a named look-alike of a swollen calf, S404) is carried here; its share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
    {
      finding: 'ankle_bruise_without_knock',
      probability: v.occasionally,
      sources: ['S480'],
      note: 'a torn calf muscle bruises at the ankle or outside of the foot (S480); its share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
    {
      finding: 'outer_thigh_numb_patch',
      probability: v.occasionally,
      sources: ['S414'],
      note: 'meralgia paraesthetica (burning, tingling or numbness over the outer thigh, sensory only, S414) is carried here; its share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
    {
      finding: 'leg_jerks_in_sleep_seen',
      probability: v.occasionally,
      sources: ['S60', 'S80'],
      note: 'periodic limb movement disorder, named as a mimic of restless legs (S60, S80), is carried here; its share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
    {
      finding: 'mid_back_band_pain',
      probability: v.occasionally,
      sources: ['S470'],
      note: 'shingles gives a one-sided band of burning or tingling before its rash (S470) and is carried here; its share of the causes not modelled is not given, so "occasionally" (model setting)',
    },
  ],
  advice: [
    { text: 'A doctor can examine you to find the cause.', kinds: ['seek_care'] },
    { text: 'Simple pain relief and rest may help meanwhile.', kinds: ['pain_relief', 'rest'] },
  ],
  sources: [
    'S60',
    'S80',
    'S142',
    'S155',
    'S355',
    'S404',
    'S414',
    'S415',
    'S417',
    'S418',
    'S419',
    'S470',
    'S472',
    'S478',
    'S479',
    'S480',
  ],
} as const satisfies ConditionDefinition;
