import { finding } from './define.js';

/** Skin and infection, and signs of illness in the whole body. */
export const skinInfectionFindings = [
  finding(
    'spreading_redness',
    'alarm',
    'Is there a red, hot, painful area of skin that is spreading?',
    'Spreading erythema',
    'Spreading redness is typical of a skin infection (cellulitis).',
    ['S139', 'S201'],
  ),
  finding(
    'fever',
    'alarm',
    'In the last few days, have you had a fever (felt hot and shivery, or a temperature of 38 °C or more)?',
    'Fever',
    'Fever with a red leg means the infection may be spreading.',
    ['S139'],
  ),
  finding(
    'systemic_illness',
    'alarm',
    // One question over several signs, each of which alone is a sepsis high-risk sign (S207, S208, S209): the
    // "even one of these" lets a person with one of them answer without knowing the others. Drowsiness and
    // dizziness say how much (role-play set 14: tired from bad nights, a little dizzy, could not be placed).
    'Do you now have even one of these: confused, or so drowsy you are hard to keep awake (not just tired after bad nights); nearly fainting, or so dizzy when you stand up that you have to sit or lie down again; breathing very fast; being sick (vomiting) again and again; blotchy, grey or ashen skin?',
    'Systemic toxicity (confusion, presyncope / hypotension, tachypnoea, vomiting, mottled or ashen skin)',
    'With a red, hot or infected leg, these can mean the infection is affecting the whole body.',
    ['S139', 'S143', 'S207', 'S208', 'S209'],
  ),
  finding(
    'skin_break_or_wound',
    'history',
    'Have you had a cut, bite, crack between the toes or a wound on that leg?',
    'Portal of entry',
    'Broken skin lets bacteria in.',
    ['S139'],
  ),
  finding(
    'weight_loss_night_sweats',
    'other_causes',
    // Weight lost by dieting or heavy training is not "without trying" (set 10): the question says so.
    'Have you had either of these: weight loss you cannot explain (not from dieting or more exercise), or night sweats that soak your sheets?',
    'Unexplained weight loss / night sweats',
    'Night pain with weight loss or sweats needs a doctor to look for other causes.',
    ['S142', 'S145'],
  ),
  finding(
    'dusky_skin_blisters',
    'alarm',
    'Has the skin over the painful area turned purple, grey or dusky, or formed blisters?',
    'Dusky / violaceous skin or bullae',
    'Purple, grey or blistering skin with severe pain can be a dangerous deep infection.',
    ['S336', 'S139'],
  ),
  finding(
    'temporal_arteritis_signs',
    'alarm',
    // "New": a person treated for a long-standing eye problem could not answer the sight part (set 8).
    'Have you had any of these as a new problem: a headache at the side of your head, a sore scalp, jaw pain when you chew, or blurring or loss of sight?',
    'Features of giant cell arteritis (temporal headache, scalp tenderness, jaw claudication, visual disturbance)',
    'With aching thighs or hips, these can mean an inflamed artery that can threaten the sight: it needs care the same day.',
    ['S418', 'S419'],
    // Giant cell arteritis is a disease of people over 50 (classification criteria: age > 50, S418). On the
    // finding, not only in the warning-sign screen, so no route asks it of the young (set 8: a 26-year-old).
    { askIf: { age: { min: 50 } } },
  ),
  finding(
    'one_sided_blistering_rash',
    'signs',
    'Has a rash of red blotches or small blisters come up on one side of the body only, where it burns or tingles?',
    'Unilateral dermatomal vesicular rash',
    'A band of blisters on one side where the skin burned or tingled first is typical of shingles, whose tablets work best started within 3 days.',
    ['S470'],
  ),
  finding(
    'toes_red_itchy_after_cold',
    'signs',
    'Have your toes gone red or purple, itchy or swollen after being in the cold, burning when they warm up?',
    'Cold-induced itchy red-purple toe swellings (pernio)',
    'Itchy red or purple toes after cold, burning as they warm, are typical of chilblains, a cause this tool does not model.',
    ['S479'],
  ),
];
