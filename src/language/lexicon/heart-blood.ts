import type { FindingLexiconTable } from './types.js';

const breathWords =
  "breathless*|breathlessness|short_of_breath|shortness_of_breath|out_of_breath|out_of_puff|puffed_out|can't_breathe|cannot_breathe|can't_catch_my_breath|can't_catch_his_breath|can't_catch_her_breath|struggling_to_breathe|struggles_to_breathe|hard_to_breathe|difficulty_breathing|trouble_breathing|gasping|gasps|fighting_for_breath|choking_for_air|can't_get_my_breath|can't_get_his_breath|can't_get_her_breath";
const lyingFlat =
  'lying_flat|lie_flat|lies_flat|lay_flat|lays_flat|laying_flat|flat_in_bed|flat_on_my_back|flat_on_his_back|flat_on_her_back';
const longStanding =
  'been_a_while|been_a_long_time|been_like_that_for|for_a_while|for_a_long_time|for_ages|for_months|for_years|for_weeks_now|months_now|years_now|over_the_last_few_weeks|over_the_past_few_weeks|over_the_last_few_months|over_the_past_few_months|over_months|over_the_months|over_the_years|for_some_time|for_some_months';
const pillowBreath = `${breathWords}|my_breathing|his_breathing|her_breathing|to_breathe|breathe_easier|breathe_better|help_him_breathe|help_her_breathe|help_me_breathe`;

/**
 * Findings that point away from the twelve causes to the heart and the blood: breathlessness lying flat
 * (heart failure, S472-S474) and a recent bloodstream infection (the trigger of a spine infection, S313).
 */
export const heartBlood: FindingLexiconTable = {
  // Orthopnoea and waking breathless (PND) are heart failure, not the sudden breathlessness of a clot: the
  // breath words inside these spans are not also read as `chest_pain_or_breathless` (its rule stays for any
  // other breathlessness, chest pain or fainting in the text, and with one-leg clot signs the ambulance rule
  // `clot_in_lung_signs_breathless_lying_flat` fires on this finding too).
  breathless_lying_flat_or_gradual: {
    // Breathing that is worse lying flat is not leg pain worse lying flat.
    suppresses: ['chest_pain_or_breathless', 'worse_lying_flat'],
    patterns: [
      `${breathWords} ~4 ${lyingFlat}|lying_down|lie_down|lies_down|laying_down`,
      `${lyingFlat} ~4 ${breathWords}`,
      'orthopnoea|orthopnea|paroxysmal_nocturnal_dyspnoea|paroxysmal_nocturnal_dyspnea',
      // "He can't lie flat" with no pain word to it (a relative telling of swollen legs): as often breathlessness
      // lying flat as pain (S472-S474), so the heart-failure warning is kept open rather than read as leg pain.
      {
        p: "can't|cant|cannot|couldn't|unable_to|won't ~1 lie|lay|sleep ~1 flat|flat_in_bed|down_flat",
        notBefore: [
          'because_of_the_pain',
          'because_it_hurts',
          'it_hurts',
          'the_pain',
          'hurts',
          'for_the_pain',
          'without_pain',
          'on_my_back',
          'on_his_back',
          'on_her_back',
          'back',
        ],
        notAfter: ['pain', 'hurts', 'hurt', 'too_sore', 'too_painful', 'agony', 'sciatica', 'back'],
        // A pain word said as a verb or noun in the sentence ("my feet burn so much I can't lie flat") makes it the pain;
        // so does a named nerve pain ("sciatica flared, can't lie flat").
        // Curling up to sleep instead is the spine's posture relief (stenosis), not sitting up to breathe.
        notInSentence:
          'pain|pains|painful|burn|burns|burning|hurt|hurts|hurting|ache|aches|aching|agony|cramp|cramps|throbbing|curled|curl|curl_up|in_a_ball|on_my_side|on_his_side|on_her_side|knees_up|foetal|fetal|sciatica|sciatic|slipped_disc|trapped_nerve|pinched_nerve',
      },
      `extra|more|two|three|four|2|3|4|several|lots_of|pile_of|stack_of ~1 pillows ~~8 ${pillowBreath}`,
      `${breathWords} ~~8 extra|more|two|three|four|2|3|4|several|lots_of|pile_of|stack_of ~1 pillows`,
      `propped_up|prop_himself_up|prop_herself_up|prop_myself_up|sit_up_to_sleep|sleeps_sitting_up|sleep_sitting_up|sleeping_sitting_up|sleeps_in_the_chair|sleep_in_the_chair|sleeping_in_the_chair|sleeping_in_a_chair ~~8 ${pillowBreath}`,
      `wake*|woke|woken|waking ~4 up ~3 gasping|gasping_for_breath|gasping_for_air|fighting_for_breath|choking_for_air|breathless|short_of_breath|out_of_breath|struggling_to_breathe|can't_breathe|cannot_breathe`,
      'wake*|woke|woken|waking ~3 gasping|gasping_for_breath|gasping_for_air|fighting_for_breath|choking_for_air|breathless|short_of_breath|out_of_breath|struggling_to_breathe',
      // Breathlessness said to be long-standing or building up is the heart's (S472: see a GP for gradual
      // symptoms), not the sudden breathlessness of a clot in the lung.
      `${breathWords} ~~8 ${longStanding}`,
      `gradually|slowly|increasingly|more_and_more|getting_more|got_more|getting_worse_and_worse ~3 ${breathWords}`,
      "breathing|breathing's ~3 got|getting|gotten|gone|been_getting|been ~1 worse",
      `lying_down|lie_down|lay_down|laying_down|lies_down|lying_back ~4 makes|made|leaves|gets ~2 me|him|her ~1 ${breathWords}`,
    ],
  },
  recent_bloodstream_infection: {
    maxAgeDays: 120,
    patterns: [
      'sepsis|septicaemia|septicemia|septicaemic|septicemic|blood_poisoning|bacteraemia|bacteremia|blood_infection|bloodstream_infection|blood_stream_infection|infection_in_the_blood|infection_in_my_blood|infection_in_his_blood|infection_in_her_blood|endocarditis|infected_heart_valve|heart_valve_infection',
      'infection|infected|bug|germs|bacteria ~6 got|gone|went|spread|spreading ~1 in|into|to the|my|his|her blood|bloodstream',
      'line_infection|infected_line|infected_picc|infected_picc_line|infected_central_line|infected_cannula|infected_drip|drip_site_infection|cannula_site_infection',
      'drip|cannula|picc|picc_line|central_line|hickman|port_a_cath|drip_site|cannula_site ~~4 infected|infection|got_infected|went_infected|pus|abscess',
      'endocarditis|heart_valve_infection|infected_heart_valve|infection_on_his_heart_valve|infection_on_her_heart_valve|infection_on_my_heart_valve',
      'picc|picc_line|central_line|port|line|drip ~3 got|was|became|had_become ~1 infected',
      'infection|infected ~~8 in_his_blood|in_her_blood|in_my_blood|in_the_blood|in_the_bloodstream|blood_poisoning',
      'bacteria|bugs|bug|germs|infection|infections|staph|strep|mrsa ~3 in|into|through ~2 his|her|my|the|their ~1 blood|bloodstream',
    ],
  },
};
