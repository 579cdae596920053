import { finding } from './define.js';

/** Medicines that change how likely a cause is. */
export const medicinesFindings = [
  finding(
    'takes_diuretic',
    'medication',
    'Do you take a water tablet (diuretic)?',
    'Diuretic',
    'Some water tablets make cramps more likely.',
    ['S87', 'S88'],
  ),
  finding(
    'takes_oestrogen',
    'medication',
    'Do you take the combined contraceptive pill, or hormone replacement therapy (HRT)?',
    'Oestrogen-containing contraception or HRT',
    'The combined pill and HRT make blood clots in the legs more likely.',
    ['S471'],
    { askIf: { sex: 'female' } },
  ),
  finding(
    'takes_statin',
    'medication',
    'Do you take a statin for cholesterol?',
    'Statin',
    'Statins are slightly linked to cramps.',
    ['S87'],
  ),
  finding(
    'takes_beta_agonist_inhaler',
    'medication',
    'Do you use a long-acting inhaler for asthma or COPD?',
    'Inhaled long-acting beta-2 agonist',
    'Long-acting inhalers are linked to cramps.',
    ['S87'],
  ),
  finding(
    'takes_sedating_antihistamine',
    'medication',
    'Do you take a drowsy antihistamine (for sleep, allergy or travel sickness)?',
    'First-generation antihistamine',
    'Drowsy antihistamines can trigger restless legs.',
    ['S70', 'S72'],
  ),
  finding(
    'takes_antidepressant_or_antipsychotic',
    'medication',
    'Do you take an antidepressant, an antipsychotic or an anti-sickness medicine like metoclopramide?',
    'Serotonergic antidepressant / dopamine antagonist',
    'These medicines can trigger or worsen restless legs.',
    ['S70', 'S72', 'S73'],
  ),
  finding(
    'statin_started_recently',
    'medication',
    'Did you start a statin, or have its dose raised, in the last few months?',
    'Statin started or dose increased recently',
    'Muscle aches from a statin usually begin in the first weeks or months after starting or raising it.',
    ['S387', 'S392'],
    { askIf: { noneAbsent: ['takes_statin'] } },
  ),
  // Asked once thin bones are known (the osteoporosis question names the medicine): long-term use brings the
  // atypical femoral fracture, whose thigh or groin ache comes first (S363).
  finding(
    'takes_bisphosphonate',
    'medication',
    'Do you take a bone-strengthening medicine such as alendronic acid, risedronate, zoledronic acid or denosumab?',
    'Bisphosphonate or denosumab treatment',
    'Taken for years, bone-strengthening medicines can rarely cause an unusual crack in the thigh bone, which often aches in the thigh or groin for weeks first.',
    ['S363'],
    {
      askIf: { anyPresent: ['osteoporosis'] },
      askBeforeStopping: {
        causes: ['fracture'],
        reason:
          'Prodromal thigh or groin pain is common before an atypical femoral fracture and warrants investigation in anyone on a bisphosphonate [S363].',
        sources: ['S363'],
      },
    },
  ),
  // The timing a clinician asks about after any medicine: the sequence-symmetry design behind the cramp
  // ratios (S87) counts exactly a new prescription followed by cramps; statin muscle symptoms begin weeks after
  // starting or raising the dose (S392). Asked once a medicine is known, so it never asks about nothing.
  finding(
    'began_after_new_medicine',
    'medication',
    'Did the leg symptoms begin within a few weeks of starting a new medicine or changing the dose of one?',
    'Onset within weeks of starting or changing a medicine',
    'Some medicines, such as water tablets, long-acting inhalers and statins, can bring on cramps or muscle aches soon after they are started or raised.',
    ['S87', 'S394', 'S398', 'S392'],
    {
      askIf: {
        anyPresent: [
          'takes_diuretic',
          'takes_statin',
          'takes_beta_agonist_inhaler',
          'statin_started_recently',
          'takes_oestrogen',
          'takes_sedating_antihistamine',
          'takes_antidepressant_or_antipsychotic',
        ],
      },
    },
  ),
];
