import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const boneTumour = {
  id: 'bone_tumour',
  patientName: 'A growth in a bone (benign, bone cancer, or cancer spread to bone)',
  clinicianName: 'Bone tumour: osteoid osteoma, primary bone sarcoma, bone metastases, myeloma',
  description:
    'A growth in a bone: in young adults often a small benign one (osteoid osteoma) whose night ache goes with ibuprofen or aspirin; rarely a bone cancer; in older people, cancer spread to the bone or myeloma. Deep bone pain at rest and at night is the warning sign.',
  usualUrgency: 'consultation',
  urgencySources: ['S348', 'S349', 'S443'],
  prior: {
    byAge: { '18-44': 0.0001, '45-64': 0.0003, '65-79': 0.0006, '80+': 0.0006 },
    sex: { female: 1, male: 1 },
    sources: ['S353', 'S347', 'S443', 'S351'],
    derivation:
      'Metastatic bone disease affects about 280,000-330,000 people in the US (S353), about 0.1% of the population, mostly over 45, with the femur the commonest limb site; primary bone sarcoma about 500-550 a year in the UK (S347, S443), under 1 per 100,000; osteoid osteoma is 10-20% of benign bone tumours, peak age to about 35 (S351). Young adults: sarcoma plus osteoid osteoma; older: metastases and myeloma, taken as a fifth to a half of the prevalence as leg or pelvic pain. The fractions are model settings.',
  },
  riskFactors: [
    {
      finding: 'cancer_history',
      oddsRatio: 10,
      sources: ['S348', 'S142'],
      note: 'bone metastases arise from a known cancer in most cases; the size is a model setting (no source gives it)',
    },
  ],
  links: [
    {
      finding: 'bone_pain_night',
      probability: v.usually,
      sources: ['S348', 'S349', 'S351', 'S443'],
      note: 'pain at rest / at night is the named red flag',
    },
    { finding: 'deep_aching_pain', probability: v.usually, sources: ['S443', 'S351'] },
    { finding: 'bony_point_tenderness', probability: v.often, sources: ['S351', 'S443'] },
    {
      finding: 'bone_lump',
      probability: v.sometimes,
      sources: ['S443', 'S347'],
      note: 'a lump or swelling over the bone is a named sign (NHS, S443) and unexplained bone swelling a referral criterion (NG12, S347); no share given, so "sometimes"',
    },
    {
      finding: 'pain_shin',
      probability: v.sometimes,
      sources: ['S351', 'S352'],
      note: 'osteoid osteoma: mostly the long bones of the leg, "ache in the shin or thigh"; no site share given',
    },
    {
      finding: 'pain_buttock_thigh',
      probability: v.sometimes,
      sources: ['S353', 'S351'],
      note: 'the femur is the commonest limb site of bone metastasis (S353); osteoid osteoma is mostly in the long bones of the leg, "ache in the shin or thigh" (S351); no site share given, so "sometimes", as for the shin',
    },
    {
      finding: 'relief_anti_inflammatory',
      probability: v.usually,
      sources: ['S351', 'S481'],
      note: 'osteoid osteoma (most bone tumours in young adults) is strikingly relieved by NSAIDs or aspirin (S351); on a regular NSAID dose 11 of 12 stayed pain-free (S481), so "usually". Metastatic bone pain is not said to be relieved as completely, so for older people, where metastases make up the cause, this overstates the link (model setting; 2026-11: was "sometimes", which left a young adult\'s night bone pain relieved by ibuprofen ranked under `other`)',
    },
    { finding: 'evening_night_worse', probability: v.usually, sources: ['S351', 'S443'] },
    { finding: 'nightly_sleep_disruption', probability: v.often, sources: ['S348', 'S443'] },
    {
      finding: 'symptoms_over_two_weeks',
      probability: v.usually,
      sources: ['S348'],
      note: 'about 3 months of symptoms before diagnosis',
    },
    {
      finding: 'pain_unrelieved_by_position',
      probability: v.often,
      sources: ['S349', 'S142'],
      note: 'non-mechanical pain',
    },
    { finding: 'weight_loss_night_sweats', probability: v.sometimes, sources: ['S443', 'S142'] },
    {
      finding: 'unable_to_bear_weight',
      probability: v.occasionally,
      sources: ['S353', 'S348'],
      note: 'pathological fracture; pain on weight-bearing predicts it',
    },
    { finding: 'back_pain', probability: v.occasionally, sources: ['S350'], note: 'myeloma: back pain' },
  ],
  advice: [
    {
      text: 'See a doctor soon (within days) and ask for an X-ray: bone pain that wakes you at night needs checking.',
      kinds: ['seek_care'],
      sources: ['S348', 'S349', 'S443'],
    },
    {
      text: 'If you have had cancer, or you cannot put weight on the leg, get seen today.',
      kinds: ['seek_care'],
      sources: ['S348'],
    },
    {
      text: 'Simple pain relief such as ibuprofen may ease it meanwhile.',
      kinds: ['pain_relief'],
      sources: ['S351'],
    },
  ],
  avoid: [
    {
      kind: 'wait',
      reason: 'Night bone pain that keeps coming should be X-rayed rather than watched.',
      sources: ['S348', 'S349'],
    },
  ],
  investigations: [
    { name: 'Plain X-ray of the painful bone', patientName: 'An X-ray', sources: ['S348', 'S349'] },
    {
      name: 'CT (nidus of osteoid osteoma) or MRI',
      patientName: 'A CT or MRI scan',
      sources: ['S351', 'S146'],
    },
    {
      name: 'Age ≥ 60: FBC, calcium, ESR or plasma viscosity; serum protein electrophoresis and free light chains',
      patientName: 'Blood tests, including for myeloma',
      sources: ['S350'],
    },
  ],
  sources: ['S142', 'S347', 'S348', 'S349', 'S351', 'S353', 'S443', 'S481'],
  rules: [
    {
      id: 'bone_pain_at_night',
      level: 'consultation',
      all: ['bone_pain_night'],
      reason: 'Deep bone pain that wakes you at night should be checked by a doctor, usually with an X-ray.',
      clinicianReason:
        'Persistent or nocturnal bone pain at rest: X-ray to exclude bone tumour (NICE CG27; Scottish referral guidance).',
      sources: ['S348', 'S349', 'S443'],
    },
    {
      id: 'lump_on_a_bone',
      level: 'consultation',
      all: ['bone_lump'],
      reason: 'A lump or swelling on a bone should be checked by a doctor, usually with an X-ray.',
      clinicianReason:
        'Unexplained bony swelling: X-ray (NG12: very urgent direct-access X-ray in young people; NHS: see a GP for a lump on a bone).',
      sources: ['S443', 'S347'],
    },
    {
      id: 'bone_pain_night_after_cancer',
      level: 'consultation_24',
      all: ['bone_pain_night', 'cancer_history'],
      reason:
        'Night bone pain in someone who has had cancer should be seen today: cancer can spread to bone.',
      clinicianReason:
        'Nocturnal bone pain with a cancer history: exclude bone metastasis and impending pathological fracture.',
      sources: ['S348', 'S142', 'S353'],
    },
    {
      id: 'cannot_bear_weight_after_cancer',
      level: 'emergency',
      all: ['unable_to_bear_weight', 'cancer_history'],
      reason:
        'Not being able to stand on the leg after having had cancer can be a bone weakened or broken by cancer. Go to an emergency department now.',
      clinicianReason:
        'Inability to bear weight with a cancer history: suspected pathological fracture, immediate X-ray (CG27).',
      sources: ['S348', 'S353'],
      suspects: ['bone_tumour'],
    },
  ],
} as const satisfies ConditionDefinition;
