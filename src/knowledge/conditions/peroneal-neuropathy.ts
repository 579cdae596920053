import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const peronealNeuropathy = {
  id: 'peroneal_neuropathy',
  patientName: 'Squeezed nerve at the knee',
  clinicianName: 'Common peroneal (fibular) nerve entrapment at the fibular head',
  description:
    'Pressure on the nerve at the outside of the knee: numbness or tingling on the top of the foot and outer shin.',
  usualUrgency: 'self_care',
  urgencySources: ['seed:L9'],
  prior: {
    byAge: { '18-44': 0.01, '45-64': 0.01, '65-79': 0.01, '80+': 0.01 },
    sex: { female: 1, male: 1 },
    sources: ['S120', 'seed:L9'],
    derivation:
      'The most common compressive neuropathy of the leg (S120); no population rate found, so a flat 1% is used.',
  },
  riskFactors: [
    { finding: 'recent_weight_loss_or_leg_crossing', oddsRatio: unsized, sources: ['S121', 'S123'] },
    { finding: 'diabetes', oddsRatio: unsized, sources: ['S121'] },
  ],
  links: [
    { finding: 'numbness_tingling', probability: v.defining, sources: ['seed:L9'] },
    { finding: 'numbness_top_of_foot_outer_shin', probability: v.usually, sources: ['S122', 'S124'] },
    { finding: 'relief_changing_position', probability: v.usually, sources: ['seed:L9'] },
    { finding: 'pressure_at_knee', probability: v.often, sources: ['seed:L9', 'S121'] },
    { finding: 'foot_drop', probability: v.sometimes, sources: ['S121', 'S122'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    {
      text: 'Avoid crossing your legs or lying with pressure on the outside of the knee; it usually settles once the pressure is off.',
      kinds: ['position', 'wait'],
    },
  ],
  investigations: [
    {
      name: 'Nerve conduction studies and EMG to localise a new foot drop',
      patientName: 'Tests of how the nerves and muscles work',
      sources: ['S125', 'S120'],
    },
  ],
  sources: ['seed:L9', 'S120', 'S121'],
} as const satisfies ConditionDefinition;
