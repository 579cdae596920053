import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const bakersCystRupture = {
  id: 'bakers_cyst_rupture',
  patientName: "Burst cyst behind the knee (ruptured Baker's cyst)",
  clinicianName: "Ruptured Baker's (popliteal) cyst (pseudothrombophlebitis)",
  description:
    'A fluid-filled cyst behind the knee bursts and leaks into the calf: sudden calf pain and swelling that look just like a clot, so a scan is needed the same day.',
  usualUrgency: 'consultation_24',
  urgencySources: ['S402', 'S404'],
  prior: {
    byAge: { '18-44': 0.00005, '45-64': 0.0001, '65-79': 0.0002, '80+': 0.00035 },
    sex: { female: 1, male: 1 },
    sources: ['S400', 'S401', 'S8'],
    derivation:
      "Among swollen-leg referrals, ruptured Baker's cyst was 1.2-2.4% of legs against DVT 38-45% (S400, S401), about 1:20; the DVT prior by age (from S8) is scaled by 0.05.",
  },
  riskFactors: [],
  links: [
    {
      finding: 'swelling_behind_knee',
      probability: v.usually,
      sources: ['S402', 'S437'],
      note: 'posterior knee fullness; a known cyst',
    },
    {
      finding: 'one_leg_swollen',
      probability: v.usually,
      sources: ['S400', 'S401'],
      note: 'the series were swollen-leg referrals',
    },
    { finding: 'pain_calf', probability: v.usually, sources: ['S437', 'S454'] },
    {
      finding: 'pain_knee',
      probability: v.often,
      sources: ['S401', 'S402'],
      note: 'preceding knee pain and knee OA were common',
    },
    { finding: 'onset_within_two_weeks', probability: v.usually, sources: ['S454'] },
    {
      finding: 'calf_tender_along_veins',
      probability: v.sometimes,
      sources: ['S402'],
      note: 'pseudothrombophlebitis: mimics DVT signs',
    },
    { finding: 'one_leg_warm_red', probability: v.sometimes, sources: ['S437', 'S454'] },
    {
      finding: 'joint_pain_swelling',
      probability: v.sometimes,
      sources: ['S402'],
      note: 'chronic knee disease with effusion',
    },
    {
      finding: 'fluid_trickling_down_calf',
      probability: v.sometimes,
      sources: ['S437', 'S454'],
      note: 'after rupture people describe water trickling down the calf (S437, S454); no share given, so "sometimes" (model setting)',
    },
    {
      finding: 'ankle_bruise_without_knock',
      probability: v.sometimes,
      sources: ['S402', 'S454'],
      note: 'after rupture, bruising round the ankle or foot (S402: crescent sign); no share given, so "sometimes" (model setting)',
    },
  ],
  advice: [
    {
      text: 'Get the leg scanned today: a burst cyst and a clot look the same, and both can be present.',
      kinds: ['seek_care'],
      sources: ['S402', 'S404'],
    },
    {
      text: 'Do not massage the calf until a clot has been ruled out.',
      kinds: ['seek_care'],
      sources: ['S447'],
    },
  ],
  avoid: [
    {
      kind: 'massage',
      reason:
        'A swollen, painful calf may hold a clot until a scan shows otherwise; massage has been followed by a clot in the lung.',
      sources: ['S447', 'S402'],
    },
  ],
  investigations: [
    {
      name: 'Duplex ultrasound of the leg veins (DVT can coexist) with ultrasound of the popliteal fossa and calf',
      patientName: 'An ultrasound scan of the leg veins and the back of the knee',
      sources: ['S402', 'S400', 'S404'],
    },
  ],
  rules: [
    {
      id: 'swelling_behind_knee_with_calf_signs',
      level: 'consultation_24',
      all: ['swelling_behind_knee'],
      any: ['pain_calf', 'one_leg_swollen', 'one_leg_warm_red', 'calf_tender_along_veins'],
      reason:
        'A swelling behind the knee with a painful or swollen calf can be a burst cyst or a clot; only a scan tells them apart, so get checked today.',
      clinicianReason:
        "Popliteal swelling with calf pain or swelling: ruptured Baker's cyst and DVT look alike and can coexist; same-day duplex.",
      sources: ['S402', 'S404', 'S400'],
    },
    {
      // The burst itself, told without naming a lump behind the knee: still a clot until a scan says otherwise.
      id: 'burst_cyst_signs_with_calf_signs',
      level: 'consultation_24',
      all: [],
      any: ['fluid_trickling_down_calf', 'ankle_bruise_without_knock'],
      reason:
        'A pop behind the knee with fluid running down the calf, or a bruise at the ankle after calf pain, can be a burst cyst, but a clot looks the same: get the leg scanned today.',
      clinicianReason:
        "Popliteal 'pop' with fluid tracking down the calf, or ankle / foot ecchymosis without trauma (crescent sign): ruptured Baker's cyst, but DVT can coexist and look alike; same-day duplex.",
      sources: ['S402', 'S404', 'S454'],
    },
  ],
  sources: ['S400', 'S401', 'S402', 'S404', 'S437', 'S447', 'S454'],
} as const satisfies ConditionDefinition;
