import type { FindingLexiconTable } from './types.js';

const episodic =
  'cramp|cramps|cramping|charley_horse|spasm|knots_up|rock_hard|gone_hard|went_hard|goes_hard|seized_up|seizes_up|then_it_passed|it_passed|then_passed|passed_off|went_off|wore_off|lasted|lasts|for_about_a_minute|for_a_minute|few_seconds|for_seconds|chest|gradually|gradual|slowly|crept_up|came_on_slowly';

/** Alarm findings (red flags). Every one has negated forms in the safety tests. */
export const alarm: FindingLexiconTable = {
  sudden_severe_pain: {
    notInSentence: episodic,
    sided: true,
    patterns: [
      '@sudden ~~8 @severe',
      '@severe ~~8 @sudden',
      "worst_pain ~3 ever|of_my_life|i've_ever_had|i_have_ever_had",
      'sudden|suddenly ~3 @severe|very_painful|really_painful|excruciating',
      'came_on_suddenly|started_suddenly|came_on_out_of_nowhere|started_out_of_nowhere ~~8 @severe|severe|agony|really_painful',
      'sudden_severe_pain|sudden_onset_severe|sudden_and_severe|sudden_excruciating',
    ],
  },
  black_or_dying_skin: {
    sided: true,
    patterns: [
      '@skin|tips|tip|nail|nails|patch|area ~4 black|blackened|blackish|gone_black|turned_black|going_black|necrotic',
      'black|blackened|blackish ~3 @skin|tips|tip|patch|area|bits',
      'dead_skin|dying_skin|skin_is_dying|skin_has_died|dead_tissue|tissue_is_dying',
      'gone_black|turned_black|going_black|turning_black|went_black|black_and_dead',
      'gangrene|gangrenous|necrosis|necrotic|dry_gangrene|wet_gangrene|mummified',
    ],
  },
  one_leg_warm_red: {
    sided: true,
    patterns: [
      "@leg1|@foot|skin|it|it's|patch|area ~7 @red|@hot|red_and_warm|red_and_hot|warm_and_red|hot_and_red",
      '@red|@hot ~4 @leg1|foot|toe|shin|skin',
      'hot_to_touch|warm_to_touch|hot_to_the_touch|warm_to_the_touch|angry_red|red_and_angry',
      '@red ~3 and|, ~2 @warm',
      '@warm ~3 and|, ~2 @red',
      { p: 'going|gone|turned|turning ~1 red', positiveOnly: true },
      { p: 'redness|red|warmth|warm|heat|hot', negatedOnly: true },
    ],
  },
  chest_pain_or_breathless: {
    patterns: [
      'chest ~4 pain|pains|hurt*|ache|aching|tight|tightness|sore|heavy|pressure|crushing',
      'pain|pains|ache|tightness|pressure|heaviness ~3 in ~1 my|the ~1 chest',
      'breathless*|breathlessness|short_of_breath|shortness_of_breath|out_of_breath|dyspnoea|dyspnea|puffed_out',
      "can't_breathe|cannot_breathe|can't_catch_my_breath|struggling_to_breathe|struggle_to_breathe|hard_to_breathe|difficulty_breathing|trouble_breathing|breathing_is_hard",
      'cough*|spit*|bring*|brought ~3 blood|blood_up',
      'faint|fainted|fainting|passed_out|blacked_out|collapsed|collapse|syncope|nearly_fainted|almost_fainted',
      'pain|hurts|sharp ~3 when ~2 breathe|breathing|breathe_in',
      'pulmonary_embolism|clot_in_my_lung|clot_on_my_lung|clot_on_the_lung',
      { p: 'breathing|breath ~3 normal|fine|ok|okay|alright', state: 'absent' },
    ],
  },
  sudden_cold_pale_leg: {
    sided: true,
    suppressesInSentence: ['skin_shiny_pale_or_bluish_red'],
    patterns: [
      '@sudden ~~8 @coldpale',
      '@coldpale ~3 suddenly|all_of_a_sudden|out_of_nowhere|overnight|since_this_morning|since_this_afternoon',
      'gone|went|turned|turning|become|became|changed|going ~4 @coldpale',
      'cold|white|pale ~2 and ~1 numb|pulseless|dead',
      "no_pulse|lost_the_pulse|can't_find_a_pulse|pulseless|like_a_dead_leg",
      { p: '@leg1|@legs|@foot ~4 cold|colder|pale|white|icy', negatedOnly: true },
    ],
  },
  saddle_numbness: {
    suppresses: ['numbness_tingling', 'pain_buttock_thigh'],
    patterns: [
      '@numb ~4 down_below|between_my_legs|between_the_legs|around_my_bottom|around_my_bum|around_my_back_passage|back_passage|genitals|genital|privates|private_parts|groin|perineum|saddle|vagina|penis|anus|around_my_bottom_and_genitals|in_my_bottom|in_my_bum|my_bits',
      '@numb ~4 around|in|between ~2 bottom|bum|back_passage|genitals|privates|groin|crotch|inner_thighs',
      "can't|cannot|couldn't|didn't|don't ~1 feel ~4 toilet_paper|bottom|bum|when_i_wipe|wiping|the_paper|my_bits|down_there",
      'saddle_numbness|saddle_anaesthesia|saddle_anesthesia|saddle_area|saddle_region',
      'numb|numbness ~2 down_there|down_below',
      {
        p: 'no_feeling|reduced_feeling ~3 down_below|down_there|bottom|genitals|back_passage',
        positiveOnly: true,
      },
    ],
  },
  bladder_bowel_change: {
    patterns: [
      'wet ~2 myself|the_bed|my_pants|my_trousers',
      "can't|cannot|couldn't|struggling_to|struggle_to|trouble|difficulty|hard_to|unable_to ~2 pee|wee|urinate|pass_urine|pass_water|empty_my_bladder|go_to_the_toilet|start_peeing|passing_urine",
      "leak*|incontinen*|dribbl*|retention|retaining_urine|can't_hold_it|can't_hold_my_water|soiled|soiling|wet_myself|peed_myself|pooed_myself",
      'lost|losing|lose|loss_of|no ~1 control ~3 bladder|bowel|bowels|waterworks',
      'bladder|bowel|bowels|waterworks ~4 problem|problems|trouble|changed|change|not_working|accident|control|weak|numb',
      'problem|problems|trouble|issues ~2 with ~2 bladder|bowel|bowels|waterworks',
      "can't|cannot|couldn't|unable_to|struggle_to|struggling_to|hard_to ~1 control ~3 bladder|bowel|bowels|waterworks|peeing|weeing",
      "accident ~~8 bowels|bowel|bladder|didn't_feel",
      "didn't_feel ~3 bowels|bowel|bladder|wee|pee|myself_go",
      'catheter|urinary_retention|faecal_incontinence|fecal_incontinence|urinary_incontinence',
      {
        p: 'bladder|bowel|bowels|waterworks|peeing|weeing ~4 normal|fine|ok|okay|alright|working',
        state: 'absent',
      },
    ],
  },
  weakness_both_legs: {
    patterns: [
      'both ~3 legs|of_my_legs|sides ~4 @weak|weak|gone_weak|giving_way|buckl*',
      {
        p: "legs ~4 @weak|gone_weak|going_weak|giving_way|give_way|gave_way|buckl*|like_jelly|can't_hold_me",
        notBefore: [
          'after_standing',
          "after_i've_been_standing",
          "after_i've_been_walking",
          'when_i_stand',
          'when_i_walk',
          'after_walking',
          'after_i_stand',
          'after_i_walk',
        ],
      },
      '@weak ~4 both_legs|in_both_legs|in_my_legs|legs',
      '@weak ~~5 both_of_them|both_sides|both_legs',
      'bilateral|bilaterally ~2 leg|legs|lower_limb|lower_limbs ~1 weakness|weak',
      'weakness|weak ~3 bilateral|bilaterally|in_both',
      { p: 'weakness', weak: true },
      { p: 'legs ~3 strong|fine|normal|ok', state: 'absent', withinSentence: 'walk|walking|strength|weak' },
    ],
  },
  foot_drop: {
    sided: true,
    patterns: [
      'foot_drop|drop_foot|dropped_foot|footdrop',
      'foot|feet|toes ~4 slap*|drag*|flop*|floppy|catch|catches|catching|scuff*',
      "can't|cannot|couldn't|unable_to|struggle_to ~2 lift|raise|pull|cock|bend ~3 foot|toes|front_of|it_up|up",
      "can't|cannot|couldn't ~1 pull ~2 it ~1 up",
      'trip|tripping|tripped|trips ~3 over ~2 foot|toes',
      'high_stepping|lift_my_knee_high|slapping',
      { p: 'dragging|drag|slapping|flopping', negatedOnly: true },
      { p: 'lift|raise ~3 foot|toes ~2 fine|ok|okay|normally|no_problem', state: 'absent' },
    ],
  },
  progressive_weakness: {
    sided: true,
    patterns: [
      'getting|growing|becoming|gone|going|got ~2 weaker|more_weak|weak_over|weaker_and_weaker',
      'weaker ~4 over|each|every|by_the|than_before|than_it_was|day_by_day|week_by_week',
      'weak|weakness ~4 worse|worsening|spreading|progress*|increasing',
      'progressive|progressively|increasing|worsening|spreading ~2 weakness|weak|weaker',
      'gone_weak|going_weak ~4 over_the|over_the_last|over_the_past|days|weeks',
      'weak ~4 over_the_last|over_the_past|over_a_few|for_a_few ~2 days|weeks',
      'losing_strength|lost_strength|strength_is_going|less_strength|progressively_weaker|more_and_more_weak',
      { p: 'weakness', weak: true },
    ],
  },
  spreading_redness: {
    sided: true,
    patterns: [
      '@red|patch|area|rash|cellulitis|infection|mark|line|streak ~8 spread*|bigger|growing|larger|tracking|moving_up|creeping_up|expanding|getting_worse|grown',
      'spread*|growing|expanding ~4 redness|red|rash|patch|area',
      'red_line|red_streak|red_streaks|red_lines|tracking_up',
      'marked ~4 pen|biro|marker ~~8 bigger|spread*|past|beyond|grown',
      { p: "redness|red|patch|rash ~3 not|isn't|hasn't ~2 spread*|grown|getting_bigger", state: 'absent' },
    ],
  },
  fever: {
    patterns: [
      { p: 'fever|fevers', notAfter: ['=hay', '=glandular', '=scarlet'] },
      'feverish|febrile|pyrexia|pyrexial|high_temperature|temperature_of|a_temperature|temp_of|shiver*|chills|rigors|rigours|hot_and_cold|sweats_and_chills|flu_like|flu-like|burning_up|shaking_all_over|shakes',
      { p: 'temperature|temp', notAfter: ['same', 'room', 'normal', 'different'] },
      'feel|feeling|felt ~3 unwell|rough|ill|poorly|awful_in_myself',
      { p: 'temperature|temp ~2 normal|fine|ok', state: 'absent' },
    ],
  },
  pain_out_of_proportion: {
    suppresses: [
      'skin_shiny_pale_or_bluish_red',
      'black_or_dying_skin',
      'one_leg_warm_red',
      'sudden_cold_pale_leg',
    ],
    patterns: [
      'worse_than ~3 it_looks|looks|it_should_be|you_would_expect',
      'out_of_proportion|way_out_of_proportion|disproportionate',
      'nothing|little|not_much ~2 to_see ~~8 @pain|agony|excruciating|severe',
      '@severe|agony|excruciating ~~8 nothing|little|not_much|barely_anything|hardly_anything ~2 to_see|to_show|there',
      'dusky ~3 grey|gray|purple|blisters|skin',
      'skin ~4 dusky|grey|gray|blistering|blisters|bullae|crackl*|crunchy',
      'blisters|blistering ~~6 dusky|grey|gray|purple|agony|excruciating',
      'tight_and_shiny_and_agony|compartment_syndrome|necrotising|necrotizing|flesh_eating',
    ],
  },
};
