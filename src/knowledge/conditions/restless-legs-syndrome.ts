import { unsizedAssociation as unsized, verbal as v } from '../scale.js';
import type { ConditionDefinition } from '../types.js';

export const restlessLegsSyndrome = {
  id: 'restless_legs_syndrome',
  patientName: 'Restless legs syndrome',
  clinicianName: 'Restless legs syndrome (Willis-Ekbom disease)',
  description:
    'An urge to move the legs with unpleasant creeping feelings at rest in the evening, eased by moving.',
  usualUrgency: 'consultation',
  urgencySources: ['seed:L16', 'S66'],
  prior: {
    byAge: { '18-44': 0.02, '45-64': 0.03, '65-79': 0.035, '80+': 0.035 },
    sex: { female: 1.33, male: 0.67 },
    sources: ['S66', 'S67', 'S68'],
    derivation:
      'Clinically significant RLS 2.7% (S66), 1.9-4.6% with differential diagnosis applied (S67); higher with age in Europe and North America and about twice as common in women (S67, S68).',
  },
  riskFactors: [
    {
      finding: 'pregnant_or_postpartum',
      oddsRatio: 5.5,
      sources: ['S70', 'S66'],
      note: 'like with like: RLS symptoms in 30% in mid-pregnancy (S70) vs symptoms of any frequency in 7.2% of adults (S66): odds (0.30/0.70)/(0.072/0.928) ≈ 5.5 (was 10, which compared symptoms with clinically significant RLS)',
    },
    {
      finding: 'kidney_failure_dialysis',
      oddsRatio: 9,
      sources: ['S71'],
      note: '27% on haemodialysis vs about 3% baseline',
    },
    { finding: 'iron_deficiency', oddsRatio: unsized, sources: ['seed:L13', 'S69'] },
    { finding: 'family_history_rls', oddsRatio: unsized, sources: ['S67', 'S73'] },
    { finding: 'takes_sedating_antihistamine', oddsRatio: 1.28, sources: ['S70'] },
    { finding: 'takes_antidepressant_or_antipsychotic', oddsRatio: 1.81, sources: ['S70', 'S72'] },
  ],
  links: [
    {
      // Medicines provoke or worsen restless legs (S72, S73), so symptoms timed to one are not only cramps.
      finding: 'began_after_new_medicine',
      probability: v.occasionally,
      sources: ['S70', 'S72', 'S73'],
      note: 'antihistamines, antidepressants and dopamine antagonists provoke or worsen it; the share of cases is a model setting',
    },
    {
      finding: 'urge_to_move_legs',
      probability: v.defining,
      sources: ['seed:L12', 'S60'],
      note: 'IRLSSG criterion 1, essential: criteria 2-4 describe the urge and its sensations (S60)',
      essential: true,
    },
    {
      finding: 'starts_at_rest',
      probability: v.defining,
      sources: ['seed:L12', 'S60'],
      note: 'IRLSSG criterion 2',
    },
    {
      finding: 'relief_moving_legs',
      probability: v.defining,
      sources: ['seed:L12', 'S60'],
      note: 'IRLSSG criterion 3',
    },
    {
      finding: 'evening_night_worse',
      probability: v.defining,
      sources: ['seed:L13', 'S60'],
      note: 'IRLSSG criterion 4',
    },
    { finding: 'creeping_crawling_sensation', probability: v.usually, sources: ['seed:L12', 'S61'] },
    { finding: 'relief_walking', probability: v.usually, sources: ['seed:L12'] },
    { finding: 'bilateral_symptoms', probability: v.often, sources: ['seed:L12'] },
    { finding: 'nightly_sleep_disruption', probability: v.often, sources: ['S66', 'S74'] },
    { finding: 'deep_aching_pain', probability: v.sometimes, sources: ['seed:L12'] },
    {
      finding: 'burning_pain',
      probability: v.occasionally,
      sources: ['S61'],
      note: 'a third call it painful',
    },
    { finding: 'pain_calf', probability: v.sometimes, sources: ['seed:L12'] },
  ],
  /** What helps now, for a person, by kind (advice that can harm while another cause is in play is withheld). */
  advice: [
    { text: 'Walking or stretching can ease an attack.', kinds: ['keep_active', 'stretch'] },
    { text: 'Massage or a warm bath can ease an attack.', kinds: ['massage', 'heat'] },
    { text: 'Cut down caffeine and alcohol in the evening.', kinds: ['lifestyle'] },
    {
      text: 'Ask a doctor to check your iron, and whether any medicine you take could be making it worse.',
      kinds: ['seek_care'],
    },
  ],
  investigations: [
    {
      name: 'Serum ferritin and transferrin saturation (iron treatment if ferritin ≤75 µg/L or TSAT <20%)',
      patientName: 'A blood test for iron stores',
      sources: ['S69', 'seed:L13'],
    },
    {
      name: 'Medication review (sedating antihistamines, serotonergic antidepressants, mirtazapine, dopamine antagonists)',
      patientName: 'A check of the medicines you take',
      sources: ['S70', 'S72', 'S73'],
    },
  ],
  sources: ['seed:L12', 'seed:L13', 'S60', 'S66'],
} as const satisfies ConditionDefinition;
