import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const superficialThrombophlebitis = {
  id: 'superficial_thrombophlebitis',
  patientName: 'Clot in a surface vein (superficial thrombophlebitis)',
  clinicianName: 'Superficial vein thrombosis (superficial thrombophlebitis)',
  description:
    'A vein just under the skin, often a varicose vein, becomes hard, red and sore. It can come with a deep clot, so it needs checking.',
  usualUrgency: 'consultation_24',
  urgencySources: ['S408', 'S405', 'S409'],
  prior: {
    byAge: { '18-44': 0.0005, '45-64': 0.001, '65-79': 0.0015, '80+': 0.002 },
    sex: { female: 1, male: 1 },
    sources: ['S406', 'S8'],
    derivation:
      'Incidence about 0.6 per 1,000 person-years (S406), close to venous thromboembolism (about 1 per 1,000, S8); the age gradient of VTE is borrowed (model setting).',
  },
  riskFactors: [],
  links: [
    {
      finding: 'tender_cord_vein',
      probability: v.defining,
      sources: ['S408'],
      note: 'red, tender, hard cord along a superficial vein',
    },
    {
      finding: 'one_leg_warm_red',
      probability: v.often,
      sources: ['S408'],
      note: 'red, warm skin over the vein',
    },
    {
      finding: 'varicose_veins',
      probability: v.often,
      sources: ['S405', 'S408'],
      note: 'commonly in a varicose vein; absence of varicose veins raises the risk of complications',
    },
    { finding: 'onset_within_two_weeks', probability: v.usually, sources: ['S408'] },
    { finding: 'pain_calf', probability: v.sometimes, sources: ['S408'], note: 'calf or thigh' },
    {
      finding: 'pain_buttock_thigh',
      probability: v.sometimes,
      sources: ['S408', 'S407'],
      note: 'thigh (great saphenous) segments',
    },
    {
      finding: 'one_leg_swollen',
      probability: v.occasionally,
      sources: ['S405'],
      note: 'leg swelling raises the question of an accompanying DVT',
    },
  ],
  advice: [
    {
      text: 'Get checked today: about 1 in 4 to 1 in 10 people with this also have a deep clot, and a scan may be needed.',
      kinds: ['seek_care'],
      sources: ['S405', 'S409'],
    },
    {
      text: 'Until then, do not massage the leg. Keep walking gently.',
      kinds: ['keep_active'],
      sources: ['S447'],
    },
  ],
  avoid: [
    {
      kind: 'massage',
      reason:
        'A clot in a surface vein can come with a deep clot; massage has been followed by a clot in the lung.',
      sources: ['S405', 'S447'],
    },
  ],
  investigations: [
    {
      name: 'Duplex ultrasound (urgent if near the groin / saphenofemoral junction, ≥5 cm, thigh and calf, or uncertain); D-dimer not useful',
      patientName: 'An ultrasound scan of the leg veins',
      sources: ['S408', 'S407'],
    },
  ],
  rules: [
    {
      id: 'tender_cord_vein_needs_scan',
      level: 'consultation_24',
      all: ['tender_cord_vein'],
      reason:
        'A hard, sore vein can hide a deeper clot, and its length and reach cannot be judged at home: get checked today.',
      clinicianReason:
        'Superficial thrombophlebitis: extent and proximity to the saphenofemoral junction unknown from history; 10-25% have concurrent DVT/PE. Same-day assessment, duplex if proximal, ≥5 cm or uncertain (CKS).',
      sources: ['S408', 'S405', 'S409'],
    },
  ],
  sources: ['S405', 'S406', 'S407', 'S408', 'S409'],
} as const satisfies ConditionDefinition;
