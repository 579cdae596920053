import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const statinMuscleSymptoms = {
  id: 'statin_muscle_symptoms',
  patientName: 'Muscle aches from a statin (cholesterol medicine)',
  clinicianName: 'Statin-associated muscle symptoms (myalgia; rarely myopathy or rhabdomyolysis)',
  description:
    'Aching, heavy or stiff big muscles on both sides (thighs, calves), starting weeks to months after a statin is started or raised.',
  usualUrgency: 'consultation',
  urgencySources: ['S390', 'S391'],
  prior: {
    byAge: { '18-44': 0.0005, '45-64': 0.002, '65-79': 0.004, '80+': 0.004 },
    sex: { female: 1, male: 1 },
    sources: ['S387', 'S388'],
    derivation:
      'Only statin users can have it. In blinded trials statins add about 11 muscle complaints per 1,000 person-years in year 1 and cause about 1 in 15 of the muscle complaints of users (S387); observational reports run at 7-29% (S388). The base rate is for everyone, so it is small and rises with age as statin use does; the statin risk factor and the recent-start link carry it for users. Both the base and the age gradient are model settings.',
  },
  riskFactors: [
    {
      finding: 'takes_statin',
      oddsRatio: 5,
      necessary: true,
      sources: ['S387', 'S388'],
      note: 'model setting: a statin is necessary for this cause, so the prior for users is the base divided by the share of people taking one (taken as about 1 in 5)',
    },
  ],
  links: [
    {
      finding: 'muscle_aches_both_legs',
      probability: v.usually,
      sources: ['S389', 'S392'],
      note: 'generalised, symmetrical, large proximal muscles',
    },
    { finding: 'bilateral_symptoms', probability: v.usually, sources: ['S389', 'S392'] },
    {
      finding: 'pain_buttock_thigh',
      probability: v.often,
      sources: ['S392'],
      note: 'thighs and buttocks',
    },
    {
      finding: 'deep_aching_pain',
      probability: v.usually,
      sources: ['S392'],
      note: 'aching or stiffness rather than sharp pain',
    },
    {
      // Generalised, symmetrical muscle pain (S389): the calves ache with the thighs, less often than the large
      // proximal muscles (S392), so below pain_buttock_thigh.
      finding: 'pain_calf',
      probability: v.sometimes,
      sources: ['S389', 'S392'],
      note: 'generalised symmetrical muscle pain includes the calves; proximal muscles more often',
    },
    {
      // Weakness is in the working-party definition (pain, tenderness or weakness, S389), proximal and coming
      // on over weeks (S392): harder to rise from a chair or climb stairs, which is what this finding asks.
      finding: 'progressive_weakness',
      probability: v.sometimes,
      sources: ['S389', 'S392', 'S440'],
      note: 'proximal weakness over weeks ("harder to get up from a chair, climb stairs")',
    },
    { finding: 'heavy_tired_legs', probability: v.sometimes, sources: ['S440'] },
    {
      finding: 'weakness_both_legs',
      probability: v.sometimes,
      sources: ['S440', 'S392'],
      note: 'proximal: "weak on stairs or getting out of a chair"; marked weakness suggests myopathy',
    },
    {
      finding: 'statin_started_recently',
      probability: v.often,
      sources: ['S387', 'S392'],
      note: 'onset weeks after starting or raising the dose',
    },
    {
      finding: 'began_after_new_medicine',
      probability: v.often,
      sources: ['S392', 'S387'],
      note: 'onset around 4-6 weeks after starting or increasing the dose (S392); the excess is mostly in the first year (S387)',
    },
    {
      finding: 'sudden_muscle_contraction',
      probability: v.occasionally,
      sources: ['S440', 'S87'],
      note: 'night cramps are listed, with a small signal (ratio 1.16)',
    },
    {
      finding: 'dark_urine',
      probability: v.rarely,
      sources: ['S388'],
      note: 'rhabdomyolysis about 1 per 10,000 per year',
    },
  ],
  advice: [
    {
      text: 'Do not stop the statin on your own: talk to your doctor or pharmacist, who may check a blood test and change the dose or medicine.',
      kinds: ['seek_care'],
      sources: ['S440', 'S390'],
    },
    {
      text: 'If your urine turns dark brown or your muscles become very weak, get medical help urgently.',
      kinds: ['seek_care'],
      sources: ['S440'],
    },
  ],
  investigations: [
    {
      name: 'Creatine kinase (CK); >10x ULN = myopathy, >40x ULN with renal impairment or myoglobinuria = rhabdomyolysis',
      patientName: 'A blood test for muscle damage (CK)',
      sources: ['S388', 'S390'],
    },
    {
      name: 'TSH (hypothyroidism raises the risk of muscle symptoms); renal function if CK is raised',
      patientName: 'A thyroid blood test and a kidney blood test',
      sources: ['S390', 'S391'],
    },
  ],
  rules: [
    {
      id: 'dark_urine_on_statin',
      level: 'emergency',
      all: ['dark_urine'],
      any: ['takes_statin', 'statin_started_recently'],
      reason:
        'Dark brown urine while taking a statin can mean muscle breakdown that can harm the kidneys: get medical help now.',
      clinicianReason:
        'Dark urine (possible myoglobinuria) on a statin: exclude statin-associated rhabdomyolysis (CK, creatinine, urinalysis).',
      sources: ['S440', 'S388'],
      suspects: ['statin_muscle_symptoms'],
    },
    {
      // Dark urine with muscle pain is rhabdomyolysis of any cause, on a statin or after unaccustomed exertion:
      // CDC/NIOSH names muscle cramps or pain with tea- or cola-coloured urine and says seek immediate care (S482);
      // muscle swelling is one of its signs, and strenuous exercise one of its causes (S482). No single cause named.
      // A night cramp alone is not in the list: it is common, and a cramp after exertion is read with muscle_overuse.
      id: 'dark_urine_with_muscle_pain',
      level: 'emergency',
      all: ['dark_urine'],
      any: ['muscle_aches_both_legs', 'tense_swollen_muscle', 'muscle_overuse'],
      reason:
        'Dark brown urine with painful muscles, after hard exercise or on a statin, can mean muscle breakdown that can harm the kidneys: get medical help now.',
      clinicianReason:
        'Muscle pain with dark urine (possible myoglobinuria), exertional or on a statin: exclude rhabdomyolysis (CK, creatinine, urinalysis).',
      sources: ['S482', 'S440', 'S388'],
    },
  ],
  sources: ['S387', 'S388', 'S389', 'S390', 'S391', 'S392', 'S440', 'S482'],
} as const satisfies ConditionDefinition;
