import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const nocturnalLegCramps = {
  id: 'nocturnal_leg_cramps',
  patientName: 'Night-time leg cramps',
  clinicianName: 'Sleep-related (nocturnal) leg cramps',
  description: 'Sudden, painful tightening of a muscle, usually the calf, lasting seconds to minutes.',
  usualUrgency: 'self_care',
  urgencySources: ['seed:L11', 'S74'],
  prior: {
    byAge: { '18-44': 0.04, '45-64': 0.06, '65-79': 0.08, '80+': 0.09 },
    sex: { female: 1.5, male: 1 },
    sources: ['S84', 'S83', 'S85'],
    derivation:
      'Cramps troublesome enough to bring night leg pain to attention: US NHANES finds cramps while trying to sleep in 24-25% mild and 6% moderate-severe in the past month (S84), so about a fifth of people with cramps have them moderate-severe. Any cramps rise to 33% over 50 (S83) and 50% at 65+ (S85); a fifth of that gives 0.06 at 45-64 and 0.08-0.09 from 65, 0.04 in younger adults (below the all-ages 6%). Counting only the moderate-severe share, as restless legs counts only clinically significant RLS, is a model setting. Female OR 1.96 (S85) converted to a relative risk of about 1.5 at this prevalence.',
  },
  // The treatable triggers (diuretic, beta-agonist, statin, pregnancy, dialysis, thyroid) are carried by
  // secondary_cramps as the excess cramps they bring, (RR - 1) of the ordinary rate (S87); multiplying this
  // prior by the same RR as well counted a trigger's extra cramps twice (a diuretic then raised the total cramp
  // odds about 1.9-fold against RR 1.48). Cramps a trigger did not cause are ordinary cramps at their usual rate.
  // Fatigue and dehydration are the seed's own account of ordinary night cramps (seed:L11), so they stay here
  // (and only here).
  riskFactors: [
    { finding: 'dehydration_or_heavy_sweating', oddsRatio: unsized, sources: ['seed:L11', 'S88'] },
    { finding: 'muscle_overuse', oddsRatio: unsized, sources: ['seed:L11'] },
  ],
  links: [
    {
      finding: 'sudden_muscle_contraction',
      probability: v.defining,
      sources: ['seed:L11', 'S80'],
      note: 'ICSD-3 criterion A',
    },
    { finding: 'episode_seconds_to_minutes', probability: v.usually, sources: ['seed:L11', 'S81', 'S83'] },
    {
      finding: 'pain_calf',
      probability: v.usually,
      sources: ['seed:L11', 'S83'],
      note: '"most frequently the calf"',
    },
    {
      finding: 'relief_stretching_muscle',
      probability: v.usually,
      sources: ['S80', 'S74'],
      note: 'ICSD-3 criterion C',
    },
    { finding: 'muscle_sore_afterwards', probability: v.sometimes, sources: ['S74', 'S83'] },
    {
      finding: 'evening_night_worse',
      probability: v.often,
      sources: ['S86'],
      note: '75% of episodes occur at night',
    },
    {
      finding: 'starts_at_rest',
      probability: v.defining,
      sources: ['S82', 'S81', 'S80'],
      note: 'ICSD-3 criterion B (during time in bed) is a defining criterion: verbal scale "defining" (was 0.6)',
    },
    { finding: 'nightly_sleep_disruption', probability: v.sometimes, sources: ['S83', 'S81'] },
    { finding: 'pain_feet_toes', probability: v.occasionally, sources: ['S83'], note: 'calf or foot' },
    {
      finding: 'sharp_shooting_pain',
      probability: v.occasionally,
      sources: ['seed:L11'],
      note: 'sharp and intense, not electric',
    },
    {
      finding: 'relief_walking',
      probability: v.sometimes,
      sources: ['S74'],
      note: 'moving the limb helps',
    },
    { finding: 'relief_moving_legs', probability: v.sometimes, sources: ['S74'] },
    { finding: 'bilateral_symptoms', probability: v.occasionally, sources: ['S83'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    {
      text: 'Stretch the calf by pulling your toes towards you, or stand and walk.',
      kinds: ['stretch', 'keep_active'],
    },
    { text: 'Massage or warmth can help.', kinds: ['massage', 'heat'] },
    { text: 'Keep drinking enough. Quinine is not recommended.', kinds: ['lifestyle'] },
  ],
  // Primary cramps need no test; NICE CKS advises bloods only when a secondary cause is suspected (S394).
  investigations: [
    {
      name: 'Usually none; if a secondary cause is suspected: urea and electrolytes, calcium, magnesium, TSH, glucose, liver function, CK',
      patientName: 'Usually no tests; blood tests if something else may be causing the cramps',
      sources: ['S394', 'S88'],
    },
  ],
  sources: ['seed:L11', 'S80', 'S81', 'S83', 'S87'],
} as const satisfies ConditionDefinition;
