import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const caudaEquinaSyndrome = {
  id: 'cauda_equina_syndrome',
  patientName: 'Severe pressure on the nerves at the base of the spine (cauda equina)',
  clinicianName: 'Cauda equina syndrome',
  description:
    'Compression of the nerve bundle at the base of the spine: saddle numbness, bladder or bowel change, weak legs. An emergency.',
  usualUrgency: 'emergency',
  urgencySources: ['S130'],
  prior: {
    byAge: { '18-44': 0.0004, '45-64': 0.0004, '65-79': 0.0004, '80+': 0.0004 },
    sex: { female: 1, male: 1 },
    sources: ['S131', 'S133'],
    derivation:
      'About 1-2 per 100,000 per year in the general population (0.00001-0.00002), and 0.04-0.08% of primary-care low back pain (S131). People with night-time leg pain resemble the primary-care back and leg pain population, so its low end, 0.0004, is used (0.0002 before the 2026-11 review fitted neither figure). The emergency rules, not this prior, carry the safety.',
  },
  riskFactors: [],
  links: [
    { finding: 'back_pain', probability: 0.92, sources: ['S135'], note: 'sensitivity' },
    { finding: 'bladder_bowel_change', probability: 0.72, sources: ['S135'], note: 'sensitivity' },
    {
      finding: 'numbness_tingling',
      probability: 0.72,
      sources: ['S135'],
      note: 'leg sensory deficit sensitivity',
    },
    {
      finding: 'weakness_both_legs',
      probability: v.sometimes,
      sources: ['S135', 'S130'],
      note: 'S135 gives 0.68 for leg weakness (one or both legs); clinical.md has no figure for weakness of both legs, so the verbal scale "sometimes" (0.35) is used. The finding fires an emergency rule whatever its link',
    },
    {
      finding: 'saddle_numbness',
      probability: 0.6,
      sources: ['S135'],
      note: 'altered perianal sensation sensitivity',
    },
    {
      finding: 'bilateral_symptoms',
      probability: 0.6,
      sources: ['S135'],
      note: 'bilateral leg pain sensitivity',
    },
    { finding: 'pain_radiates_down_leg', probability: v.usually, sources: ['S134'] },
    { finding: 'onset_within_two_weeks', probability: v.usually, sources: ['S130'] },
    {
      finding: 'progressive_weakness',
      probability: v.sometimes,
      sources: ['S130'],
      note: 'recent onset or worsening of deficit',
    },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [{ text: 'Go to an emergency department now: this needs an urgent scan.', kinds: ['seek_care'] }],
  investigations: [
    {
      name: 'Emergency MRI of the lumbar spine, ideally within 4 h of the request',
      patientName: 'An emergency MRI scan of the back',
      sources: ['S130'],
    },
    {
      name: 'Post-void residual bladder volume (≥200 mL makes CES more likely; a lower volume does not exclude it)',
      patientName: 'A bladder scan after passing urine',
      sources: ['S130'],
    },
  ],
  sources: ['S130', 'S134', 'S135'],
  /** Red-flag and advice rules whose sources point to this cause. */
  rules: [
    {
      id: 'saddle_or_sphincter_symptoms',
      level: 'emergency',
      all: [],
      any: ['saddle_numbness', 'bladder_bowel_change'],
      reason:
        'Numbness around the bottom or new bladder or bowel problems can mean the spinal nerves are badly squeezed.',
      clinicianReason:
        'Saddle anaesthesia or sphincter disturbance: suspected cauda equina syndrome, emergency MRI.',
      sources: ['S130', 'S134'],
      suspects: ['cauda_equina_syndrome'],
    },
    {
      id: 'weakness_both_legs',
      level: 'emergency',
      all: ['weakness_both_legs'],
      reason: 'Weakness in both legs can mean the spinal nerves are badly squeezed or inflamed.',
      clinicianReason:
        'Bilateral leg weakness: exclude cauda equina syndrome, cord or root compression by a metastasis or an epidural abscess, and Guillain–Barré syndrome.',
      sources: ['S130', 'S135', 'S301', 'S315'],
      // Guidance names each compressive cause for new leg weakness (S130 CES; S301 MSCC, "any limb
      // weakness"; S315 epidural abscess, deficit). Guillain–Barré is named by its own rules, on the
      // findings that point to it (rising weakness or tingling, a recent infection).
      suspects: ['cauda_equina_syndrome', 'spinal_metastases', 'spinal_infection'],
    },
  ],
} as const satisfies ConditionDefinition;
