import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const lumbarSpinalStenosis = {
  id: 'lumbar_spinal_stenosis',
  patientName: 'Narrowing of the spinal canal (spinal stenosis)',
  clinicianName: 'Lumbar spinal stenosis (neurogenic claudication)',
  description:
    'A narrowed spinal canal squeezes nerve roots: leg pain or numbness on standing, walking or lying flat, eased by sitting or bending forward.',
  usualUrgency: 'consultation',
  urgencySources: ['seed:L16', 'S101'],
  prior: {
    byAge: { '18-44': 0.005, '45-64': 0.03, '65-79': 0.06, '80+': 0.08 },
    sex: { female: 1, male: 1 },
    sources: ['S108', 'S109', 'S101'],
    derivation:
      'Absolute stenosis on CT 7.3% overall and 19.4% at 60-69 (S108), most without symptoms; symptoms begin at 50-69 (S109); age over 70 LR 2.0 and under 60 LR 0.4 (S101) shape the bands. We take about a third of absolute stenosis as symptomatic; the 10% prior in the reference is tagged UNVERIFIED and was not used.',
  },
  riskFactors: [],
  links: [
    {
      finding: 'pain_standing_walking_relieved_sitting',
      probability: v.usually,
      sources: ['S104', 'S101'],
      note: 'absence LR 0.05 (S104)',
    },
    { finding: 'back_pain', probability: v.usually, sources: ['S108'] },
    { finding: 'pain_buttock_thigh', probability: v.usually, sources: ['S104', 'S106'] },
    {
      finding: 'relief_curling_up_or_head_raised',
      probability: v.often,
      sources: ['seed:L8', 'S101'],
      note: 'bending forward LR 6.4',
    },
    { finding: 'bilateral_symptoms', probability: v.often, sources: ['S101'], note: 'LR 6.3' },
    { finding: 'numbness_tingling', probability: v.often, sources: ['S106'] },
    {
      finding: 'worse_lying_flat',
      probability: v.sometimes,
      sources: ['seed:L8', 'S107'],
      note: 'lying flat "can" worsen it (seed:L8), while the typical pattern is pain on standing and walking relieved by sitting or lying (S107): "sometimes" (2026-11: was "often", stronger than either source says)',
    },
    { finding: 'pain_radiates_down_leg', probability: v.often, sources: ['seed:L7', 'S106'] },
    { finding: 'sharp_shooting_pain', probability: v.sometimes, sources: ['seed:L7'] },
    { finding: 'heavy_tired_legs', probability: v.sometimes, sources: ['S106'] },
    { finding: 'nightly_sleep_disruption', probability: v.sometimes, sources: ['seed:L8'] },
    { finding: 'weakness_both_legs', probability: v.rarely, sources: ['S106'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    {
      text: 'Sleeping curled on your side, or with a pillow under the knees or the head of the bed raised, eases the nerves.',
      kinds: ['position'],
    },
    {
      text: 'Keep walking within comfort; leaning forward (on a trolley or stick) helps.',
      kinds: ['keep_active'],
    },
  ],
  // Only the red-flag pathway is sourced here: saddle, sphincter or bilateral deficits call for emergency MRI (S130).
  investigations: [
    {
      name: 'Emergency MRI of the lumbar spine only with red flags (saddle anaesthesia, sphincter change, bilateral deficit)',
      patientName: 'An urgent MRI scan of the back only if warning signs appear',
      sources: ['S130'],
    },
  ],
  sources: ['seed:L7', 'seed:L8', 'S101', 'S104', 'S107'],
} as const satisfies ConditionDefinition;
