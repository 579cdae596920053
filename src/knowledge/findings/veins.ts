import { finding } from './define.js';

/** Follow-up questions about a swelling are asked only once a swelling is reported. */
const swelling = ['one_leg_swollen', 'both_ankles_swollen', 'whole_leg_swollen', 'pitting_oedema'];

/** Veins: clots, swelling and venous disease (and clot-in-lung signs). */
export const veinsFindings = [
  finding(
    'one_leg_swollen',
    'alarm',
    // New swelling: every cause this finding is linked to (clot, infection, ruptured cyst, compartment,
    // fracture) swells the leg within days or weeks; a leg swollen for years is not what is asked.
    'Not counting a single swollen joint, a small lump, or swelling you have had for months or years: has one leg or calf become swollen (bigger than the other) in the last few weeks?',
    'Unilateral leg swelling',
    'Swelling of one leg can be a blood clot (deep vein thrombosis).',
    ['seed:L15', 'S11'],
  ),
  finding(
    'one_leg_warm_red',
    'alarm',
    // Either sign counts (warmth or redness: S11, S139), so the question says so, and names the look-alike that
    // is not this finding: a foot colder than the other that goes red only when it hangs down is poor
    // circulation (cool_limb, skin_shiny_pale_or_bluish_red).
    'Leaving aside a foot that is colder than the other or goes red only when it hangs down: is part of the leg that troubles you (a patch of skin, a joint, a vein) either redder, or hotter to the touch, than the same place on the other leg (if both legs look and feel the same, the answer is no)?',
    'Unilateral warmth / erythema',
    'A leg that is warmer or redder than the other can be a clot or a skin infection.',
    ['seed:L15', 'S11', 'S139'],
  ),
  finding(
    'calf_tender_along_veins',
    'signs',
    'Is your calf or the inside of your thigh tender when pressed?',
    'Tenderness along the deep veins',
    'Tenderness along the deep veins is one item of the Wells clot score.',
    ['S1', 'S3'],
  ),
  finding(
    'whole_leg_swollen',
    'signs',
    'Is the whole leg swollen, from foot to thigh?',
    'Entire leg swollen',
    'A whole swollen leg is one item of the Wells clot score.',
    ['S1', 'S3'],
    { askIf: { anyPresent: swelling } },
  ),
  finding(
    'pitting_oedema',
    'signs',
    'If you press a finger into the swollen area, does it leave a dent?',
    'Pitting oedema',
    'Pitting swelling in one leg is one item of the Wells clot score.',
    ['S1', 'S3'],
    { askIf: { anyPresent: swelling } },
  ),
  finding(
    'visible_surface_veins',
    'signs',
    'Can you see new, prominent surface veins (not varicose veins) on the leg that troubles you?',
    'Collateral superficial veins',
    'New surface veins are one item of the Wells clot score.',
    ['S1', 'S11'],
  ),
  finding(
    'both_ankles_swollen',
    'signs',
    'Are both ankles puffy or swollen, especially by evening?',
    'Bilateral ankle oedema',
    'Swelling of both ankles is common with vein problems.',
    ['S158', 'S159'],
  ),
  finding(
    'varicose_veins',
    'signs',
    'Do you have varicose veins (bulging, twisted veins)?',
    'Varicose veins',
    'Varicose veins go with chronic vein disease.',
    ['S159'],
  ),
  finding(
    'worse_end_of_day_standing',
    'timing',
    // A pain worst on the first steps in the morning (the heel) is not this (role-play set 14).
    'During the day, does it build up the longer you are on your feet, so that it is worst by the evening, before you go to bed (if it is worst on your first steps in the morning, answer no)?',
    'Worse after prolonged standing / end of day',
    'Vein symptoms build up during the day on your feet.',
    ['S158'],
  ),
  finding(
    'relief_leg_elevation',
    'relief',
    // Apart from bending the knees up over pillows (the spine's flexion relief; role-play set 12).
    'Does raising your feet and lower legs (on a stool, or on pillows with your legs straight) ease it?',
    'Relief by elevation',
    'Vein symptoms improve with the legs up; circulation pain gets worse.',
    ['S158'],
  ),
  finding(
    'heavy_tired_legs',
    'character',
    'Do your legs feel heavy, tired or tight?',
    'Heaviness / tightness',
    'Heaviness is a typical symptom of vein problems.',
    ['S158'],
  ),
  finding(
    'chest_pain_or_breathless',
    'alarm',
    // Each sign alone is a reason to call (S11, S12, S13): "even one of these". Passing out belongs here (a clot in
    // the lung); nearly fainting or dizziness on standing is asked with the sepsis signs (systemic_illness).
    // Breathing worse slowly or only lying flat is breathless_lying_flat_or_gradual; sleeping off drink is not a
    // faint (role-play sets 13 and 14 could not place either).
    'In the last few days, have you had even one of these: new pain in your chest; breathlessness that came on suddenly, within minutes or hours (not breathing that got worse slowly, or only when lying flat); coughing up blood; fainting (suddenly blacking out, even briefly; sleeping off drink or drugs does not count)?',
    'Chest pain / dyspnoea / haemoptysis / syncope',
    'With leg symptoms this can mean a clot has travelled to the lungs.',
    ['S11', 'S12', 'S13'],
  ),
  finding(
    // Breathlessness that has built up over days or weeks, or comes lying flat (orthopnoea, waking gasping), is
    // fluid from a failing heart, not a clot in the lung: same-day care, not an ambulance (S472, S473, S474).
    // Sudden breathlessness stays `chest_pain_or_breathless`.
    'breathless_lying_flat_or_gradual',
    'alarm',
    // Both halves asked as one idea, a change from the person's usual breathing: someone with known heart
    // failure who always needs two pillows could not answer "do you get breathless lying flat" (set 8).
    'Has your breathing got worse than usual over the last days or weeks: more out of breath, or newly breathless lying flat (needing more pillows, or waking up gasping)?',
    'Progressive exertional dyspnoea / orthopnoea / paroxysmal nocturnal dyspnoea',
    'Breathlessness that builds up, or comes on lying flat, with swollen ankles can be fluid from the heart; it needs checking today.',
    ['S472', 'S473', 'S474'],
  ),
  finding(
    'tender_cord_vein',
    // A red flag: on its own it sends a person for a same-day scan (rule tender_cord_vein_needs_scan).
    'alarm',
    'Is there a red, tender, hard cord or lump along a vein near the skin surface?',
    'Tender palpable superficial vein (superficial thrombophlebitis)',
    'A hard, sore vein under the skin is a clot in a surface vein, which can come with a deep clot.',
    ['S405', 'S408'],
  ),
];
