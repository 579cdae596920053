import { describe, expect, it } from 'vitest';
import { findings } from '../knowledge/index.js';
import { understand } from './index.js';
import { lexicon, missingFromLexicon } from './lexicon/index.js';

/** One everyday phrasing per catalog finding that must read as present. */
const everyday: Record<string, string> = {
  pain_feet_toes: 'My toes hurt at night.',
  pain_calf: 'My calf aches.',
  pain_radiates_down_leg: 'Sciatica down my leg.',
  pain_buttock_thigh: 'My thighs ache.',
  back_pain: 'I have a bad back.',
  bilateral_symptoms: 'Both legs ache.',
  numbness_top_of_foot_outer_shin: 'The top of my foot is numb.',
  stocking_numbness_both_feet: 'Both feet burn and tingle.',
  burning_pain: 'It feels like my feet are on fire.',
  deep_aching_pain: 'A dull ache.',
  sharp_shooting_pain: 'Like an electric shock.',
  numbness_tingling: 'Pins and needles in my foot.',
  sudden_muscle_contraction: 'Charley horse in my calf.',
  episode_seconds_to_minutes: 'The cramp lasts a couple of minutes.',
  muscle_sore_afterwards: 'The calf feels bruised the next day.',
  urge_to_move_legs: 'I just have to move my legs.',
  creeping_crawling_sensation: 'A creepy crawly feeling, all fizzy.',
  heavy_tired_legs: 'My legs feel heavy.',
  bedclothes_hurt_feet: "I can't bear the duvet on my feet.",
  wakes_after_hour_or_two: 'It wakes me an hour or two after I go to bed.',
  evening_night_worse: 'The pain is worse at night.',
  starts_at_rest: 'It starts when I sit down in the evening.',
  sudden_severe_pain: 'Sudden terrible pain in my leg.',
  onset_within_two_weeks: 'My leg has hurt since yesterday.',
  symptoms_over_two_weeks: 'My leg has hurt for months.',
  nightly_sleep_disruption: 'It wakes me every night.',
  worse_end_of_day_standing: 'It is worse at the end of the day.',
  calf_pain_walking_relieved_standing_still:
    'My calf hurts after walking 200 yards and goes off if I stand still.',
  pain_standing_walking_relieved_sitting: 'Standing brings it on and I have to sit down.',
  worse_lying_flat: 'It is worse lying flat on my back.',
  worse_leg_raised: 'Raising my leg makes the pain worse.',
  pressure_at_knee: 'I sit with my legs crossed.',
  relief_dangling_leg: 'I hang my foot off the bed to ease it.',
  relief_walking: 'Walking around helps.',
  relief_moving_legs: 'Moving my legs helps.',
  relief_stretching_muscle: 'Stretching my calf gets rid of it.',
  relief_curling_up_or_head_raised: 'Curling up on my side helps.',
  relief_changing_position: 'Changing position fixes it.',
  relief_leg_elevation: 'Putting my feet up helps.',
  pain_unrelieved_by_position: 'Nothing helps, whatever I do.',
  cool_limb: 'My foot is colder than the other one.',
  skin_shiny_pale_or_bluish_red: 'The skin on my shin is shiny.',
  hair_loss_leg: 'The hair on my legs has stopped growing.',
  non_healing_sore: "A sore on my toe that won't heal.",
  black_or_dying_skin: 'My toe has gone black.',
  one_leg_swollen: 'My left calf is swollen.',
  one_leg_warm_red: 'My calf is red and warm.',
  calf_tender_along_veins: 'My calf is tender.',
  whole_leg_swollen: 'My whole leg is swollen.',
  pitting_oedema: 'Pressing it leaves a dent.',
  visible_surface_veins: 'New veins have appeared on my thigh.',
  both_ankles_swollen: 'Puffy ankles by the evening.',
  varicose_veins: 'I have varicose veins.',
  chest_pain_or_breathless: "I'm short of breath.",
  sudden_cold_pale_leg: 'My foot suddenly went cold and white.',
  saddle_numbness: 'Numb between my legs.',
  bladder_bowel_change: "I've wet myself.",
  weakness_both_legs: 'Both legs have gone weak.',
  foot_drop: 'My foot drags when I walk.',
  progressive_weakness: 'My leg is getting weaker.',
  spreading_redness: 'The redness is spreading.',
  fever: 'I feel feverish.',
  systemic_illness: 'I feel dizzy when I stand up and I keep being sick.',
  pain_out_of_proportion: 'The pain is far worse than it looks.',
  skin_break_or_wound: 'I cut my shin last week.',
  diabetes: "I'm type 2.",
  smoker: 'I smoke 20 a day.',
  high_blood_pressure: 'I take tablets for high blood pressure.',
  known_arterial_disease: 'I had a heart attack.',
  atrial_fibrillation: 'I have AF.',
  recent_surgery_or_bedridden: 'Knee replacement 3 weeks ago.',
  leg_cast_or_paralysis: 'My leg was in plaster.',
  recent_long_journey: '12-hour drive last week.',
  previous_dvt: 'I had a DVT before.',
  active_cancer: "I'm having chemo.",
  cancer_history: 'I had breast cancer ten years ago.',
  immunosuppressed: "I'm on methotrexate for my arthritis.",
  injects_drugs: 'He injects heroin.',
  pregnant_or_postpartum: 'Pregnant 30 weeks.',
  kidney_failure_dialysis: "I'm on dialysis.",
  iron_deficiency: "I'm anaemic.",
  family_history_rls: 'My mum had the same thing.',
  dehydration_or_heavy_sweating: 'I have been sweating a lot and not drinking enough.',
  muscle_overuse: 'I played football on Saturday.',
  recent_weight_loss_or_leg_crossing: 'I spent all week kneeling.',
  takes_diuretic: 'I take a water tablet.',
  takes_statin: "I'm on simvastatin.",
  takes_beta_agonist_inhaler: 'I use a Symbicort inhaler.',
  takes_sedating_antihistamine: 'I take Piriton.',
  takes_antidepressant_or_antipsychotic: "I'm on sertraline.",
  joint_pain_swelling: 'My knee joint is swollen.',
  morning_stiffness: 'Stiff every morning.',
  bony_point_tenderness: 'One spot on the bone is tender.',
  weight_loss_night_sweats: 'I wake up drenched in sweat.',
  recent_leg_injury: 'I fell off my bike.',
};

describe('lexicon', () => {
  it('has an entry for every catalog finding', () => {
    expect(missingFromLexicon()).toEqual([]);
    expect(lexicon.size).toBe(findings.length);
  });

  it('has an everyday phrasing test for every catalog finding', () => {
    expect(Object.keys(everyday).sort()).toEqual(findings.map((f) => f.id).sort());
  });

  it.each(Object.entries(everyday))('%s: reads an everyday phrasing', (id, text) => {
    expect(understand(text).findings.find((f) => f.id === id)?.state).toBe('present');
  });
});
