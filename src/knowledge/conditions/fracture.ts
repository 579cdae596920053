import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const fracture = {
  id: 'fracture',
  patientName: 'A broken bone, a stress fracture, or a fracture from weak bones',
  clinicianName:
    'Fracture (traumatic, stress / bone stress injury, insufficiency or atypical femoral fracture)',
  description:
    'A break or crack in a bone: after a fall or knock; from repeated loading when training is stepped up (stress fracture); or from a minor strain in thin bones (insufficiency fracture, often the pelvis or sacrum in older people).',
  usualUrgency: 'consultation',
  urgencySources: ['S355', 'S357'],
  prior: {
    byAge: { '18-44': 0.001, '45-64': 0.001, '65-79': 0.002, '80+': 0.004 },
    sex: { female: 1, male: 1 },
    sources: ['S356', 'S357', 'S477', 'S362', 'S8'],
    derivation:
      'No source gives fracture as a cause of rest or night leg pain. Stress fractures are 1-20% of athletic injuries, 80% in the leg (S356), with yearly bone stress injury above 20% in track runners (S357); osteoporotic insufficiency fractures rise steeply after 80 (S362). Priors here are yearly rates, as for DVT (VTE incidence, S8). In US service members, the most heavily trained large population, lower-limb stress fractures run at 5.69 per 1,000 person-years (S477); the general young-adult population trains far less, so 18-44 takes about a fifth of that, 0.001, level with DVT at that age (2026-11 review: it was 0.004, four times DVT and close to the whole military rate, with no source for it; training load, bony tenderness and injury are what should lift a fracture, and they are links). The very old keep 0.004 for fragility (S362). All values are model settings.',
  },
  riskFactors: [
    {
      finding: 'takes_bisphosphonate',
      oddsRatio: 10.7,
      sources: ['S363'],
      note: 'bisphosphonate use OR about 10.7 for an atypical femoral fracture against other fragility fractures (S363); taken for fracture as a whole in someone on the medicine, whose prodromal thigh or groin ache is the warning (model setting)',
    },
    {
      finding: 'osteoporosis',
      oddsRatio: unsized,
      sources: ['S362', 'S361'],
      note: 'insufficiency fractures occur in osteoporotic bone',
    },
  ],
  links: [
    {
      finding: 'recent_leg_injury',
      probability: v.sometimes,
      sources: ['S142', 'S355'],
      note: 'traumatic fractures follow an injury; stress and insufficiency fractures do not, and a fresh traumatic fracture is seen at once rather than as night pain: "sometimes" is a model setting',
    },
    {
      finding: 'bony_point_tenderness',
      probability: v.usually,
      sources: ['S355'],
      note: 'focal bony tenderness is the key sign of a stress fracture',
    },
    {
      finding: 'pain_shin',
      probability: v.sometimes,
      sources: ['S355', 'S356'],
      note: '80% of stress fractures are in the lower limb (S356); the tibia is where they are told apart from shin splints (S355); no site share given, so "sometimes"',
    },
    {
      finding: 'training_increase',
      probability: v.often,
      sources: ['S355', 'S358', 'S357'],
      note: 'stress fractures follow a recent increase in training (S355), starting early in a training block (S358), and are the fractures that come as a nagging ache rather than a fall seen at once (S357); insufficiency and atypical fractures in older people do not, so "often" for the mixture (model setting)',
    },
    { finding: 'unable_to_bear_weight', probability: v.sometimes, sources: ['S355', 'S142'] },
    { finding: 'one_leg_swollen', probability: v.sometimes, sources: ['S355'], note: 'focal swelling' },
    {
      finding: 'bone_lump',
      probability: v.occasionally,
      sources: ['S355'],
      note: 'a stress fracture shows focal bony tenderness or swelling (S355); a felt lump is the less common of the two (model setting)',
    },
    { finding: 'onset_within_two_weeks', probability: v.often, sources: ['S358'] },
    {
      finding: 'symptoms_over_two_weeks',
      probability: v.sometimes,
      sources: ['S363', 'S361'],
      note: 'an atypical femoral fracture is preceded by weeks of prodromal thigh or groin ache (S363); insufficiency fractures are found late (mean delay 9 days, S361)',
    },
    {
      finding: 'back_pain',
      probability: v.sometimes,
      sources: ['S361', 'S362'],
      note: 'sacral insufficiency fractures give low back and buttock pain (S361) and come among symptomatic osteoporotic vertebral fractures (S362), which are back pain; stress fractures of the leg do not, so "sometimes" for the mixture (model setting; was "occasionally", which left an osteoporotic fall with back pain and sciatica-like pain ranked as spinal stenosis)',
    },
    {
      finding: 'pain_buttock_thigh',
      probability: v.often,
      sources: ['S361', 'S363'],
      note: 'prodromal thigh or groin pain is "common" before an atypical femoral fracture (S363: "commonly" is "often" on the verbal scale); sacral insufficiency fractures give buttock pain (S361); shin stress fractures do not, but two of the three kinds do (model setting; was "sometimes")',
    },
    {
      finding: 'pain_hip_groin',
      probability: v.sometimes,
      sources: ['S363', 'S361'],
      note: 'atypical femoral fracture: prodromal thigh or groin pain (S363); pelvic insufficiency fractures (S361)',
    },
    {
      finding: 'pain_radiates_down_leg',
      probability: v.occasionally,
      sources: ['S361'],
      note: 'sacral insufficiency fracture mimics sciatica',
    },
    { finding: 'deep_aching_pain', probability: v.sometimes, sources: ['S363', 'S358'] },
    {
      finding: 'bone_pain_night',
      probability: v.occasionally,
      sources: ['S142', 'S363'],
      note: 'deep bone pain at night is a red flag of bone pain of any cause, fracture among them (S142), and an atypical femoral fracture is heralded by a deep thigh ache (S363); whether night pain is typical of fractures is not confirmed (lookalikes A8), so "occasionally", below a bone growth whose defining complaint it is (model setting)',
    },
    {
      finding: 'evening_night_worse',
      probability: v.sometimes,
      sources: ['S142'],
      note: 'night pain is a red flag of bone pain of any cause, recent trauma among them (S142); whether night pain is typical of stress fractures is not confirmed (lookalikes A8), so "sometimes", as for the bone causes `other` carries (model setting)',
    },
  ],
  advice: [
    {
      text: 'See a doctor for an X-ray. If you cannot put weight on the leg after a fall or knock, get seen today.',
      kinds: ['seek_care'],
      sources: ['S355', 'S142'],
    },
    {
      text: 'Stop running or the activity that brought it on, and rest the leg; crutches help if walking hurts.',
      kinds: ['rest'],
      sources: ['S355', 'S357'],
    },
    { text: 'Simple pain relief can help meanwhile.', kinds: ['pain_relief'], sources: ['S355'] },
  ],
  avoid: [
    {
      kind: 'keep_active',
      reason: 'Carrying on running or training on a stress fracture turns a small crack into a worse break.',
      sources: ['S357'],
    },
    {
      kind: 'stretch',
      reason: 'Stretching or exercising through bone pain can worsen a fracture.',
      sources: ['S357', 'S355'],
    },
  ],
  investigations: [
    { name: 'Plain X-ray (repeat after 2-3 weeks if negative)', patientName: 'An X-ray', sources: ['S355'] },
    {
      name: 'MRI (or bone scan) if an early answer is needed',
      patientName: 'An MRI scan',
      sources: ['S355', 'S358'],
    },
    {
      name: 'CT of the sacrum for suspected insufficiency fracture',
      patientName: 'A CT scan',
      sources: ['S361'],
    },
  ],
  sources: ['S142', 'S348', 'S355', 'S356', 'S357', 'S358', 'S361', 'S362', 'S363'],
  rules: [
    {
      id: 'cannot_bear_weight',
      level: 'consultation_24',
      all: ['unable_to_bear_weight'],
      reason:
        'Not being able to put weight on the leg can be a broken bone (even without a fall if bones are thin) or an infected joint. Get seen today.',
      clinicianReason:
        'Inability to bear weight: exclude fracture (traumatic, insufficiency, pathological) and septic arthritis; X-ray, CT or MRI if negative and suspicion persists.',
      sources: ['S355', 'S362', 'S445', 'S353'],
    },
    {
      id: 'fall_with_thin_bones',
      level: 'consultation_24',
      all: ['osteoporosis', 'recent_leg_injury'],
      reason:
        'New pain after a fall or knock in someone with thin bones can be a broken bone, even a small one in the hip, pelvis or spine. Get it X-rayed today.',
      clinicianReason:
        'Osteoporosis with recent low-energy trauma: suspected fragility / insufficiency fracture (hip, pelvis, sacrum, spine); immediate X-ray (CG27), CT or MRI if negative and suspicion persists (sacral fractures mimic radiculopathy, 76% missed).',
      sources: ['S348', 'S349', 'S361', 'S362'],
      suspects: ['fracture'],
    },
    {
      // A thigh or groin ache on a bone-strengthening medicine is the warning of an atypical femoral fracture,
      // before the bone breaks through (S363): guidance asks for it to be investigated, which the lookalikes
      // mapping (A8) reads as a prompt X-ray at a routine visit; same-day care is for a leg that cannot take
      // weight (the rule below). Below 24 h a rule names no suspect (knowledge.test.ts); the ranking carries the
      // fracture (bisphosphonate link, S363). Thin bones alone do not fire it: the medicine is the risk (S363).
      id: 'thigh_or_groin_pain_on_bone_medicine',
      level: 'consultation',
      all: ['takes_bisphosphonate'],
      any: ['pain_buttock_thigh', 'pain_hip_groin'],
      reason:
        'An ache in the thigh or groin while taking a bone-strengthening medicine can be the first sign of an unusual crack in the thigh bone, before it breaks. Make an appointment with a doctor now (do not wait for your next review) and ask about an X-ray of both thigh bones; if you cannot put weight on the leg, get seen now.',
      clinicianReason:
        'Thigh or groin pain on a bisphosphonate or denosumab: suspected incomplete atypical femoral fracture (prodromal pain is common and warrants investigation, S363); prompt full-length X-ray of both femurs (contralateral changes often progress, S363; suspected spontaneous fracture X-rayed at once, CG27 S348); MRI or bone scan if the X-ray is normal and suspicion persists (S355).',
      sources: ['S363', 'S348', 'S355'],
    },
    {
      // On the medicine, not being able to stand on the leg is the atypical fracture gone through (or about to):
      // a broken thigh bone, X-rayed at once (S348) with a surgical opinion (high-risk site, S355); the
      // lookalikes mapping for atypical fractures puts it at emergency (A8, from S363).
      id: 'cannot_bear_weight_on_bone_medicine',
      level: 'emergency',
      all: ['takes_bisphosphonate', 'unable_to_bear_weight'],
      reason:
        'Not being able to put weight on the leg while taking a bone-strengthening medicine can mean the thigh bone has cracked through. Go to A&E now; do not try to walk on it.',
      clinicianReason:
        'Inability to bear weight on a bisphosphonate or denosumab: suspected complete or impending atypical femoral fracture (S363); immediate X-ray of both femurs (S348) and orthopaedic opinion (high-risk site, S355).',
      sources: ['S363', 'S348', 'S355'],
      suspects: ['fracture'],
    },
    {
      id: 'bone_tenderness_after_training_increase',
      level: 'consultation',
      all: ['training_increase', 'bony_point_tenderness'],
      reason:
        'A sore spot on a bone after stepping up running or training can be a stress fracture: stop the training and see a doctor.',
      clinicianReason:
        'Focal bony tenderness after a training increase: suspected bone stress injury (X-ray, MRI if negative).',
      sources: ['S355', 'S357'],
    },
  ],
} as const satisfies ConditionDefinition;
