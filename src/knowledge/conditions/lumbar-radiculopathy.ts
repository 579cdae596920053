import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const lumbarRadiculopathy = {
  id: 'lumbar_radiculopathy',
  patientName: 'Trapped nerve in the lower back (sciatica)',
  clinicianName: 'Lumbar radiculopathy (disc herniation / sciatica)',
  description:
    'A disc or bony narrowing presses on a nerve root: sharp, shooting pain from the back down one leg.',
  usualUrgency: 'consultation',
  urgencySources: ['seed:L16', 'S112'],
  prior: {
    byAge: { '18-44': 0.03, '45-64': 0.05, '65-79': 0.04, '80+': 0.03 },
    sex: { female: 1, male: 1 },
    sources: ['S113', 'S114'],
    derivation:
      'Sciatica prevalence 1.2-43% depending on definition (S113); clinical.md has no figure for night-time leg pain. 0.03-0.05 is a model setting near the low end of that range (not the low end itself), peaking in mid-life.',
  },
  riskFactors: [],
  links: [
    { finding: 'pain_radiates_down_leg', probability: v.defining, sources: ['seed:L7', 'S111'] },
    { finding: 'sharp_shooting_pain', probability: v.usually, sources: ['seed:L7'] },
    { finding: 'back_pain', probability: v.usually, sources: ['S112', 'S135'] },
    { finding: 'numbness_tingling', probability: v.often, sources: ['S111'] },
    { finding: 'worse_lying_flat', probability: v.sometimes, sources: ['seed:L7'] },
    { finding: 'relief_curling_up_or_head_raised', probability: v.sometimes, sources: ['seed:L8'] },
    {
      finding: 'numbness_top_of_foot_outer_shin',
      probability: v.sometimes,
      sources: ['S111'],
      note: 'L5 dermatome',
    },
    { finding: 'pain_calf', probability: v.sometimes, sources: ['S111'] },
    { finding: 'pain_buttock_thigh', probability: v.often, sources: ['S111'] },
    { finding: 'foot_drop', probability: v.occasionally, sources: ['S111', 'S124'] },
    { finding: 'bilateral_symptoms', probability: v.occasionally, sources: ['S134'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    {
      text: 'Keep gently active; find a sleeping position that eases it (on your side with a pillow between the knees).',
      kinds: ['keep_active', 'position'],
    },
    { text: 'Simple pain relief can help.', kinds: ['pain_relief'] },
    {
      text: 'Seek help at once for numbness around the bottom or bladder or bowel changes.',
      kinds: ['seek_care'],
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
  sources: ['seed:L7', 'S111', 'S112'],
} as const satisfies ConditionDefinition;
