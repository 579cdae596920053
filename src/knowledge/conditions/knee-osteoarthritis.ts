import { verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const kneeOsteoarthritis = {
  id: 'knee_osteoarthritis',
  patientName: 'Wear-and-tear arthritis of the knee (osteoarthritis)',
  clinicianName: 'Knee osteoarthritis',
  description:
    'Worn cartilage in the knee: an aching, stiff knee that hurts with use and, as it advances, at night too.',
  usualUrgency: 'consultation',
  urgencySources: ['S371'],
  prior: {
    byAge: { '18-44': 0.005, '45-64': 0.03, '65-79': 0.06, '80+': 0.07 },
    sex: { female: 1, male: 1 },
    sources: ['S374', 'S372', 'S371'],
    derivation:
      'Clinical OA in 13.9% of adults 25+ and 33.6% of those 65+ (S374, hip and knee together); night knee pain in 19.4% at Kellgren-Lawrence grade 2 rising to 75% at grade 4 (S372). Prevalence x about 0.2 (the grade-2 night-pain share) gives 0.03 at 45-64 and 0.06-0.07 from 65; under 45 it is rare and NG226 diagnoses it clinically only from 45 (S371). Scaling prevalence x night-pain share to this population is a model setting.',
  },
  riskFactors: [],
  links: [
    {
      finding: 'pain_knee',
      probability: v.defining,
      sources: ['S371'],
      note: 'knee joint pain is the complaint',
      // NG226 diagnoses knee OA from activity-related pain in the knee itself (S371): an account that never puts
      // the pain in the knee (a mid-thigh ache) is not this cause's complaint, so the link is essential.
      essential: true,
    },
    {
      finding: 'joint_pain_swelling',
      probability: v.usually,
      sources: ['S371', 'S441'],
      note: 'activity-related joint pain (NG226 criterion)',
    },
    {
      finding: 'joint_stiffness_after_rest',
      probability: v.often,
      sources: ['S371', 'S441'],
      note: 'NG226: no morning stiffness or stiffness of 30 minutes or less',
    },
    { finding: 'joint_grinding', probability: v.sometimes, sources: ['S441'] },
    { finding: 'deep_aching_pain', probability: v.often, sources: ['S441'] },
    { finding: 'symptoms_over_two_weeks', probability: v.usually, sources: ['S371', 'S373'] },
    {
      finding: 'evening_night_worse',
      probability: 0.33,
      sources: ['S372', 'S373'],
      note: 'night knee pain in 32.7% at KL grade 3 (S372); 81% in focus groups (S373)',
    },
    {
      finding: 'nightly_sleep_disruption',
      probability: v.sometimes,
      sources: ['S373'],
      note: 'night pain variable and intermittent',
    },
    {
      finding: 'swelling_behind_knee',
      probability: v.occasionally,
      sources: ['S402'],
      note: "a Baker's cyst forms with knee effusion",
    },
    {
      finding: 'morning_stiffness',
      probability: v.rarely,
      sources: ['S371'],
      note: 'prolonged morning stiffness is an atypical feature that redirects',
    },
    {
      finding: 'hot_swollen_joint',
      probability: v.rarely,
      sources: ['S371'],
      note: 'a hot swollen joint is atypical and redirects to gout or infection',
    },
  ],
  advice: [
    {
      text: 'Keep the knee moving: regular exercise to strengthen the thigh muscles helps most, and losing weight if you are overweight.',
      kinds: ['keep_active', 'lifestyle'],
      sources: ['S371'],
    },
    {
      text: 'An anti-inflammatory gel rubbed on the knee can ease the pain.',
      kinds: ['pain_relief'],
      sources: ['S378'],
    },
    {
      text: 'See a doctor if the knee becomes hot, red and swollen, or you feel feverish.',
      kinds: ['seek_care'],
      sources: ['S371'],
    },
  ],
  investigations: [
    {
      name: 'Clinical diagnosis (NG226: age 45+, activity-related pain, stiffness ≤30 min); X-ray only if atypical',
      patientName: 'An examination; an X-ray only if something does not fit',
      sources: ['S371'],
    },
  ],
  sources: ['S371', 'S372', 'S373', 'S374', 'S441'],
} as const satisfies ConditionDefinition;
