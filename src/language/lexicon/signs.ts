import type { FindingLexiconTable } from './types.js';

/** Colours of a poorly perfused limb. "Shiny" has its own entry below (it may be inflammation). */
const colours =
  'pale|paler|white|whiter|blue|bluish|blue_ish|blueish|bluey|bluey_red|bluey_reddish|bluey_purple|purple|purplish|purple_ish|dusky|mottled|waxy|violet|plum|mauve|pallor|blanched';

/** A red or hot swelling (inflammation) in the same sentence. */
// A red, hot big toe counts too (a gouty joint, S383: "big toe on fire, red and shiny").
const inflamedSwelling =
  'red|hot|inflamed|swollen|swelling|on_fire|big_toe|toe_joint ~~4 swollen|swelling|red|hot|inflamed|on_fire';

/** Signs a person can see or feel on the leg. */
/** Parts or skin breaks that make red swelling something other than the big-toe joint (a red leg, an infected cut). */
const bigToeSignsElsewhere =
  'leg|legs|calf|calves|shin|shins|thigh|thighs|foot|feet|ankle|ankles|knee|knees|skin|cut|wound|graze|ulcer|sore|blister|bite|nail|ingrown|streak|streaks|spreading';

/** Pressing bone or a joint ("sore when I press on it", the shin or spine named) is bony tenderness, not a calf vein. */
const boneWords =
  'shin|shins|shinbone|shin_bone|bone|bones|heel|ankle|kneecap|knee|hip|spot_on_the_bone|spine|spinal|backbone|vertebra|vertebrae';

/** Plainly unable to walk or stand: read as not bearing weight only when an injury is told. */
const cannotWalk =
  "@cannot|unable_to|can_no_longer|not_able_to|still_can't ~1 walk|stand|stand_up|get_up|weight_bear|get_about|get_around";
/** Getting about without the leg: hopping, hobbling, carried, crawling. */
const hoppingOrCarried =
  'hop|hopped|hopping|hobble|hobbled|hobbling|carried|carry_him|carry_her|wheelchair|crawl|crawled|crawling|on_one_leg|bum_shuffl*';
/** An injury told in the same sentence ("after the fall", "since I twisted it", "went over on it"). */
const injuredSaid =
  'fall|fell|fallen|tripped|slipped|twisted|went_over|gone_over|rolled|turned_my_ankle|injury|injured|accident|knocked|kicked|landed|crash|tackle|tackled';

export const signs: FindingLexiconTable = {
  cool_limb: {
    sided: true,
    patterns: [
      { p: '@leg1|@legs|@foot|skin ~4 @cold', notBefore: ['sore', 'weather', 'water', 'outside'] },
      {
        p: '@cold ~3 @leg1|@legs|@foot',
        notAfter: ['=in', '=the', '=a'],
        notBefore: ['water', 'bath', 'compress', 'floor', 'tiles'],
      },
      'colder|cooler ~3 than ~2 the|my ~1 other|left|right|one',
      // "It's cold compared to the left one": one side against the other is a limb's temperature, the limb named
      // in an earlier sentence.
      {
        p: '@cold ~3 compared_to|compared_with|next_to|against ~3 the|my|his|her ~2 other|left|right|good',
        withinText: '@leg1|@legs|@foot',
      },
      // "The foot looks blotchy and mottled and feels icy": the limb is named earlier in the sentence.
      {
        p: "feels|feel|felt|feeling|is|gone|going|turned|they're|they_are|are ~2 icy|ice_cold|freezing|freezing_cold|stone_cold|like_ice|cold|colder",
        withinSentence: '@leg1|@legs|@foot|skin',
        notAfter: ['i', "i'm", 'you', 'we', 'weather', 'house', 'room', 'water', 'floor', 'outside', 'night'],
        notBefore: [
          'weather',
          'water',
          'outside',
          'out',
          'today',
          'in_here',
          'in_the_house',
          'and_shivery',
          'and_shivering',
          'and_shaky',
        ],
      },
      'cold_to_touch|cold_to_the_touch|cool_to_touch|cool_to_the_touch|feels_like_ice|like_a_block_of_ice|stone_cold|freezing_cold|ice_cold',
      { p: 'same_temperature|same_temp|both_warm|equally_warm|warm_enough', state: 'absent' },
      // "His feet are warm and look normal": warm feet are the answer to the cold-foot question.
      {
        p: '@foot|@legs ~2 are|is|feel|feels|felt|look|looks ~2 warm|nice_and_warm|warm_and_pink|toasty',
        state: 'absent',
      },
      // "The leg that hurts is colder than the other one": one leg against the other.
      '@leg1 ~~6 colder|cooler ~2 than ~3 the_other|other|my_other|the_good|the_left|the_right',
    ],
  },
  skin_shiny_pale_or_bluish_red: {
    sided: true,
    patterns: [
      `${colours} ~3 skin|toes|toe|foot|feet|leg|legs|shin|shins|colour|color|tinge|tint|hue`,
      `skin|toes|toe|foot|feet|leg|legs|shin|shins|ankles ~5 ${colours}|discolou*|discolor*|red_and_shiny|purple_brown|brown|brownish|stained|dusky_red|bluish_red`,
      `gone|going|turned|turns|goes|go|look|looks|is|are ~4 ${colours}`,
      // Brown staining of the lower legs (haemosiderin, venous skin change): "brown staining round both ankles".
      'brown|brownish|browny|rusty|rust|rust_coloured|rust_colored|stain|stains|staining|stained ~3 skin|ankle|ankles|shin|shins|leg|legs|calf|calves|feet|foot|gaiter',
      'brown|brownish|rusty ~1 stain|stains|staining|marks|patches|patch|discolouration|discoloration',
      'haemosiderin|hemosiderin|venous_eczema|varicose_eczema|lipodermatosclerosis',
      'dusky_red|bluish_red|purple_red|rubor|dependent_rubor|red_when_i_hang|discolouration|discoloration|discoloured|discolored|colour_change|color_change|colour_changes|funny_colour|funny_color',
      'white ~2 then|and ~2 blue|purple|red',
      'white|pale|paler ~3 when|if|once ~2 i ~1 raise|lift|elevate|put',
      'a_bit|bit|slightly|quite|very|really|looks|look|looking ~1 pale|white|blue|bluish|purple|mottled|dusky',
      // Shiny skin over a red, hot swelling is inflammation (a gouty joint, cellulitis), not trophic change.
      { p: 'shiny|shiney|glossy', notInSentence: inflamedSwelling },
      { p: 'colour|color ~2 normal|fine|ok|okay', state: 'absent' },
      { p: 'pale|white|blue|purple|discolou*|mottled', negatedOnly: true },
    ],
  },
  hair_loss_leg: {
    sided: true,
    patterns: [
      "no_hair|no_hairs|hairless|lost_the_hair|lost_hair|hair_loss|hair_has_gone|hair_has_fallen_out|hair_stopped_growing|bald|shiny_and_hairless|hair_doesn't_grow|hair_won't_grow|hairs_have_gone|no_more_hair",
      "hair|hairs ~4 stopped|fallen_out|fell_out|gone|disappeared|thinned|thinning|stopped_growing|doesn't_grow|won't_grow|fall_out|falling_out",
      { p: 'hair|hairs ~3 normal|fine|still_grows|still_growing', state: 'absent' },
    ],
  },
  non_healing_sore: {
    sided: true,
    suppresses: ['pain_feet_toes', 'deep_aching_pain', 'skin_break_or_wound', 'pain_calf'],
    patterns: [
      "sore|ulcer|ulcers|wound|blister|cut|hole|graze|scab|break ~6 won't|never|not|hasn't|doesn't|isn't|didn't|wouldn't ~1 heal|healed|healing|heal_up|clear_up|get_better",
      'ulcer|ulcers|ulcerated|ulceration|non_healing|nonhealing|non-healing|slow_healing|slow_to_heal|leg_ulcer|foot_ulcer|venous_ulcer|arterial_ulcer|pressure_sore|bed_sore',
      "won't_heal|will_not_heal|never_healed|hasn't_healed|not_healing|isn't_healing|doesn't_heal|never_heals|won't_clear|wouldn't_heal",
      'sore|wound|hole ~~8 getting_deeper|getting_bigger|weeping|oozing ~~6 weeks|months',
      'sore|wound ~~8 been_there ~3 weeks|months|ages|a_while',
      'a_sore|the_sore ~4 on ~2 heel|toe|foot|ankle|shin|leg',
      // A wound that "won't close up", "never closes": not healing.
      "sore|ulcer|wound|cut|hole|graze ~~10 won't|wont|never|not|hasn't|hasnt|doesn't|isn't|isnt|wouldn't ~1 close|closes|closed|close_up|closing|closing_up|scab_over",
      // A blister or cut that turned into a hole and is not getting better.
      'blister|cut|graze|sore|scratch ~~10 turned_into|become|became|now ~2 a ~1 hole|sore|ulcer|crater',
      "hole|sore ~~6 isn't|isnt|not|hasn't|hasnt ~2 getting_better|getting_any_better|improving|closing|closing_up",
      'sore|wound|ulcer|hole ~~6 keeps_weeping|keeps_oozing|keeps_bleeding|keeps_opening|keeps_breaking_down|keeps_coming_back|keeps_opening_up',
    ],
  },
  calf_tender_along_veins: {
    sided: true,
    patterns: [
      '@calf|inner_thigh|thigh|back_of_my_knee|back_of_the_knee|leg ~5 tender|tenderness',
      // Pressing "it" on a shin, bone or joint named in the sentence is bony tenderness, not a calf vein.
      {
        p: "tender|tenderness|hurts|painful|sore ~4 when|if ~2 i|you|someone|it's ~2 press*|squeeze*|touch*|poke* ~4 @calf|it|there",
        notInSentence: boneWords,
      },
      'tender|tenderness ~4 @calf|inner_thigh|thigh|along_the_vein|along_the_veins|behind_the_knee',
      'press|pressing|squeeze|squeezing|touch|touching ~3 @calf|it ~~6 hurts|painful|tender|sore|ouch',
      // Any pressing or touching verb, a few words before the calf ("pressing along the inside of my calf"), and
      // the jump of pain after it or said first ("it's tender when I press along...").
      { p: '@touchverb ~5 @calf ~~6 @ouch', notInSentence: boneWords },
      {
        p: 'tender|sore|hurts|painful ~4 when|if|whenever ~2 i|you|someone|he|she ~1 @touchverb ~5 @calf',
        notInSentence: boneWords,
      },
      // The part of the calf named ("if I squeeze the back of my calf it's really sore").
      'press|pressing|squeeze|squeezing|touch|touching ~2 back|side|inside|middle ~1 of ~2 @calf ~~6 hurts|painful|tender|sore|ouch',
      // "sore to press along the veins in his calf", "tender to the touch over the calf".
      {
        // The thigh along its vein counts as the calf does (pattern one): "sore to the touch on the inner thigh".
        p: 'tender|sore|painful ~1 to ~1 press|touch|squeeze|the_touch ~~8 @calf|thigh|inner_thigh|along_the_vein|along_the_veins',
        notInSentence: boneWords,
      },
      // The same with the place said first ("my inner thigh is painful to the touch").
      {
        p: '@calf|thigh|inner_thigh ~~6 tender|sore|painful ~1 to ~1 press|touch|squeeze|the_touch',
        notInSentence: boneWords,
      },
    ],
  },
  // A hot, swollen joint (BSR: septic arthritis until proven otherwise, S341; gout shares it).
  hot_swollen_joint: {
    sided: true,
    // "Red, swollen and hot up to the knee" gives the extent of a red leg, not a hot joint.
    notInSentence:
      'up_to_the|up_to_my|up_to_his|up_to_her|as_far_as|all_the_way_up|from_the_ankle|from_my_ankle|from_his_ankle|from_her_ankle|from_the_ankles|ankle_up|ankles_up|below_the_knee|above_the_knee|below_my_knee|above_my_knee|below_his_knee|from_the_knee|from_my_knee|from_his_knee',
    patterns: [
      // "Had my knee replaced… Yesterday it went hot and swollen": the joint named elsewhere in the text.,
      {
        p: 'went|gone|is|got|become|became|turned ~1 hot|red|warm ~3 and|, ~1 swollen|puffy',
        withinText: 'knee|knees|hip|ankle|joint|replaced|replacement|prosthesis|prosthetic',
      },
      'knee|knees|ankle|ankles|joint|joints|hip|toe_joint|big_toe|wrist|elbow|knuckle ~~6 hot|warm|red|inflamed|burning_hot ~~5 @swollen2|swelled_up|puffed_up|up_like_a_balloon',
      'knee|knees|ankle|ankles|joint|joints|hip|toe_joint|big_toe|wrist|elbow|knuckle ~~6 @swollen2|swelled_up|puffed_up ~~5 hot|warm|red|inflamed|burning_hot',
      'hot|warm|red|inflamed ~3 [and|,] swollen|puffy ~3 knee|knees|ankle|ankles|joint|joints|hip|toe_joint|big_toe|wrist|elbow|knuckle',
      'knee|knees|ankle|ankles|joint|big_toe|toe ~2 blew_up|blown_up|ballooned|swelled_up|puffed_up|came_up ~~8 hot|red|warm|inflamed',
      'swollen|puffy ~3 and|, ~2 hot|warm|red ~3 knee|knees|ankle|ankles|joint|joints|hip|toe_joint|big_toe|wrist|elbow|knuckle',
      // A replaced joint told in lay heat and swelling words ("woke up with it boiling hot, puffed up"): the
      // joint is named elsewhere in the text.
      {
        p: 'boiling_hot|red_hot|burning_hot|roasting|hot|warm ~~5 swollen|puffy|puffed_up|swelled_up|swollen_up|blown_up|ballooned',
        withinText: 'replaced|replacement|prosthesis|prosthetic|new_knee|new_hip|artificial',
        notInSentence: 'calf|calves|shin|thigh|foot|feet|whole_leg|up_to_the|up_to_my',
      },
      // The same said swelling first ("my knee replacement (done years ago) has got very swollen, hot and red").
      {
        p: 'swollen|puffy|puffed_up|swelled_up|swollen_up|blown_up|ballooned ~~5 boiling_hot|red_hot|burning_hot|roasting|hot|warm',
        withinText: 'replaced|replacement|prosthesis|prosthetic|new_knee|new_hip|artificial',
        notInSentence: 'calf|calves|shin|thigh|foot|feet|whole_leg|up_to_the|up_to_my',
      },
      // The big toe named, then its signs listed on their own ("big toe woke me like it's on fire. Red, shiny,
      // swollen"): a red, swollen big-toe joint is the inflamed joint of a gout flare (podagra, S383), kept to a
      // sentence naming no other part of the leg, nor a wound.
      {
        p: 'red|hot|inflamed|red_hot|angry ~~4 @swollen2|puffed_up|swelled_up',
        withinText: 'big_toe|big_toes|toe_joint|bunion',
        notInSentence: bigToeSignsElsewhere,
      },
      {
        p: '@swollen2|puffed_up|swelled_up ~~4 red|hot|inflamed|red_hot|angry',
        withinText: 'big_toe|big_toes|toe_joint|bunion',
        notInSentence: bigToeSignsElsewhere,
      },
      'hot_swollen_joint|hot_joint|hot_knee|hot_ankle|septic_arthritis|septic_joint|joint_infection|infected_joint|infection_in_my_joint|infection_in_the_joint|infected_knee',
      'knee|knees|ankle|ankles|joint|joints|hip|big_toe|wrist|elbow ~~8 hot|warm|red ~~5 fat|fatter|massive|huge|twice_the_size|blown_up',
    ],
  },
  unable_to_bear_weight: {
    sided: true,
    patterns: [
      // "she can barely walk to the toilet": walking only just possible counts (lookalikes A8: can't bear weight).
      'can_barely|can_hardly|could_barely|could_hardly|barely_able_to|hardly_able_to ~1 walk|stand|get_about|move_about',
      '@cannot|can_barely|can_hardly|struggling_to|struggle_to ~2 put|bear|take ~3 weight|any_weight',
      '@cannot|can_barely|can_hardly ~3 weight_bare|weightbare|bare_weight|stand_on_it|stand_on_my_leg|stand_on_that_leg|walk_on_it|step_on_it|put_my_foot_down|put_my_foot_on_the_floor|put_it_down|take_a_step|weight_bear|weightbear|bear_weight|stand_up_on_it',
      'non_weight_bearing|non-weight-bearing|unable_to_weight_bear|not_weight_bearing',
      // The leg will not take the weight ("my leg won't hold me up", "her ankle can't take her weight").
      "leg|legs|knee|knees|ankle|ankles|foot ~3 won't|wont|will_not|can't|cant|cannot|doesn't|wouldn't|couldn't ~1 hold_me|hold_me_up|hold_my_weight|take_my_weight|support_me|support_my_weight|hold_him|hold_him_up|hold_her|hold_her_up|take_his_weight|take_her_weight|support_him|support_her",
      '@cannot ~1 manage|take|walk ~2 more_than ~2 a|one|two|a_couple_of|a_few ~1 step|steps',
      // After a fall or knock, struggling to walk is the weight-bearing question answered (keeps a fracture open).
      {
        p: 'struggling_to|struggles_to|struggle_to|struggled_to ~1 walk|stand|get_about|get_around|move_about|weight_bear',
        requiresAny: ['recent_leg_injury'],
      },
      // After a fall or knock, "walking is very hard now" or needing a stick or crutches is the same answer.
      {
        p: 'walking|standing|getting_about|getting_around ~1 is|has_been|has_got|got ~1 [very|really|so|too] hard|difficult|impossible|a_struggle',
        requiresAny: ['recent_leg_injury'],
        positiveOnly: true,
      },
      {
        p: 'using|use|need|needs|needed|on ~3 stick|walking_stick|crutch|crutches|frame|zimmer',
        requiresAny: ['recent_leg_injury'],
        positiveOnly: true,
      },
      "can't|cant|cannot|couldn't|unable_to ~6 or ~1 stand_on_it|walk_on_it|put_weight_on_it|put_any_weight_on_it|stand_on_my_leg",
      // The weight verbs said of the leg, whichever leg words follow ("can't walk on that leg", "too painful to put
      // weight through my left foot", "won't stand on it").
      '@cannot|can_barely|can_hardly|@toopainful|@refuses ~2 @bearverb ~1 on|through|onto|with ~2 it|leg|foot|ankle|knee|hip|side|left|right|one',
      // The foot kept off the ground ("she won't put her foot to the floor").
      '@cannot|can_barely|can_hardly|@toopainful|@refuses ~2 put|get ~2 foot|feet|leg|heel ~3 to|on|onto|down_on ~1 the ~1 ground|floor',
      '@toopainful ~1 walk|stand|weight_bear|bear_weight|step_on|put_weight|put_my_foot_down|put_his_foot_down|put_her_foot_down|put_it_down',
      // The leg giving way the moment weight goes on it.
      'gives_way|gave_way|collapses|collapsed|buckles|buckled|crumples|crumpled|agony|screams ~~4 try|tried|trying|attempt ~2 to ~1 stand|walk|put_weight|put_any_weight|step|take_a_step',
      // After a fall or knock, plainly unable to walk or stand, hopping, being carried: the weight-bearing question
      // answered (keeps a fracture open; lookalikes A8).
      {
        p: cannotWalk,
        requiresAny: ['recent_leg_injury'],
      },
      { p: cannotWalk, withinSentence: injuredSaid },
      { p: hoppingOrCarried, requiresAny: ['recent_leg_injury'], positiveOnly: true },
      { p: hoppingOrCarried, withinSentence: injuredSaid, positiveOnly: true },
      {
        p: 'can_walk_on_it|can_put_weight_on_it|can_weight_bear|can_bear_weight|walking_on_it_fine|can_stand_on_it',
        state: 'absent',
      },
    ],
  },
  spinal_tenderness: {
    patterns: [
      'spine|spinal|vertebra|vertebrae|backbone|bone_in_my_back ~~6 tender|sore_to_touch|hurts_to_touch|hurts_when_pressed|hurts_when_it_is_pressed|hurts_when_i_press|tender_to_touch|tender_spot|sore_spot|jump_when',
      'tender|sore ~2 spot|point|area|bit ~4 on|in|of ~2 my|the ~1 spine|backbone|vertebra',
      'press|pressing|presses|pressed|touch|touching|touches|tap|tapping|taps ~4 spine|backbone|vertebra|bones_of_my_back|on_my_back ~~6 hurts|agony|painful|tender|jump|sore|ouch',
      'spot|point|bit|place ~4 spine|backbone|vertebra ~~8 press|pressed|pressing|touch|touched|tap|tapped|prod|prodded',
      'spinal_tenderness|tender_spine|tender_over_the_spine|spinal_percussion_tenderness',
      'tender|sore|hurts|painful ~4 over|on|along|down ~2 @backbone',
      'spine|spinal|backbone|vertebra ~3 is|feels|was ~2 tender|sore_to_touch|sore_when_pressed',
      // Touching the spine and the jump of pain, in either order ("pushed on my backbone and I nearly hit the roof",
      // "it hurts when you tap on my spine").
      '@touchverb ~~6 @backbone ~~8 @ouch',
      // A bump or bone of the spine itself sore ("the bump on my spine is sore when I lean back on a chair").
      'bump|knobble|knobbly_bit|bone|spot|lump ~3 on|of|in ~2 my|the|his|her ~1 spine|backbone ~~6 sore|tender|hurts|painful|agony',
      '@ouch ~~4 when|if|whenever ~3 @touchverb ~~4 @backbone',
      '@backbone ~~6 tender|tender_to_touch|tender_to_the_touch|sore_to_touch|sore_to_the_touch|hurts_to_touch|painful_to_touch|sore_when_pressed|tender_when_pressed|hurts_when_pressed|hurts_when_touched',
      // A bone of the back, or the middle of it, tender to touch (kept open for the screen).
      'bone|bones|knobbl* ~4 back|spine ~~6 tender|sore_to_touch|sore_to_the_touch|tender_to_touch|tender_to_the_touch|hurts_to_touch|painful_to_touch|hurts_when_pressed|sore_when_pressed',
      'middle_of_my_back|middle_of_his_back|middle_of_her_back|middle_of_the_back|centre_of_my_back|center_of_my_back|midline ~~6 tender|tender_to_touch|sore_to_touch|hurts_to_touch|sore_when_pressed|hurts_when_pressed',
      'back ~4 tender|tender_to_touch|tender_to_the_touch|sore_to_touch|sore_to_the_touch ~~6 middle|centre|center|midline|over_the_bone|over_the_bones',
      'press|pressing|presses|pressed|tap|tapping|touch|touching|prod|prodding ~4 one|a|the ~1 bone|spot|vertebra ~4 in|of|on ~2 my|his|her|the ~1 back|spine ~~6 @ouch',
    ],
  },
  // Pain on moving the toes or foot: pain on passive stretch (BOAST, S330).
  pain_moving_toes: {
    sided: true,
    // Toes pulled up that make the pain worse are a stretch test, not a cramp stretched away.
    suppressesInSentence: ['relief_stretching_muscle'],
    patterns: [
      'worse|agony|agonising|agonizing|unbearable|excruciating|kills ~~4 if|when|whenever ~2 i|you|someone|they ~1 pull|pulls|move|moves|bend|bends|wiggle|wiggles|stretch|stretches|push|pushes|pushed ~2 my|the|his|her ~1 toes|foot',
      'moved|moving|move|bent|bending|wiggled|wiggling|pulled ~3 my|his|her|the ~1 toes|foot ~~8 hit_the_roof|went_through_the_roof|yelled|yelped|screamed|agony|unbearable',
      // "If I pull his toes down he nearly hits the ceiling": a relative's stretch test, the pain said by the jump.
      'pull|pulls|pulling|push|pushes|pushing|stretch|stretches|bend|bends|move|moves|point|points ~3 my|his|her|the ~1 toes|foot ~~10 hits|hit|hitting|jumps|jumped|jumps_out_of_his_skin|yelps|yells|screams|howls|goes_through ~2 the_ceiling|the_roof|a_mile|out_of_his_skin|out_of_her_skin',
      'moving|move|moves|moved|bend|bends|bending|bent|wiggl*|wriggl*|flex|flexing|pull|pulling|stretch|stretching ~3 my|the|his|her ~1 toes|foot|ankle ~~8 worse|agony|agonising|agonizing|scream*|unbearable|excruciating|kills|killing|hurts_so_much|hurts_like_hell|makes_it_worse',
      'hurts|painful|agony|excruciating|unbearable|scream* ~3 to|when|if ~3 move|moving|bend|bending|wiggle|wiggling|moves|pull|pulls ~3 toes|foot|ankle',
      // Moving them only with pain ("can't move my toes without screaming"), or the pain's effect after a move.
      '@cannot ~2 move|bend|wiggle|wriggle|flex|pull ~3 toes|foot|ankle ~~4 without ~3 @pain|agony|screaming|crying|yelling|terrible|awful',
      'moved|bent|bending|wiggled|pulled|pushed|stretched ~3 my|his|her|the ~1 toes|foot ~~10 passed_out|nearly_fainted|fainted|nearly_passed_out|cried|screamed|yelled|@ouch',
      'pain_on_passive_stretch|passive_stretch|passive_movement|pain_on_moving_the_toes',
      // Not able to bear the toes being moved ("he can't stand anyone moving his toes").
      "@cannot|won't|wont|will_not ~1 bear|stand|handle|tolerate|let ~2 anyone|anybody|someone|you|me|people|us|the_nurse|the_doctor ~~3 moving|move|bending|bend|wiggling|wiggle|pulling|pull|touching|touch ~3 my|his|her|the|their ~1 toes",
      // "Worse if I try to point my toes": the movement tried, the pain it sets off (BOAST, S330).
      'worse|agony|agonising|agonizing|unbearable|excruciating|kills|hurts|painful ~~4 if|when|whenever ~2 i|you|he|she ~1 try|tries|tried|trying ~1 to ~1 point|pull|move|bend|wiggle|stretch|lift|flex ~2 my|the|his|her ~1 toes|foot',
      // "…or someone moves my foot": the passive stretch test done by another person, the pain named in the sentence.
      {
        p: 'someone|somebody|anyone|anybody|the_nurse|the_doctor|the_physio ~1 moves|moved|pulls|pulled|bends|bent|stretches|stretched|pushes|pushed|flexes|flexed ~2 my|his|her|the ~1 toes|foot',
        withinSentence:
          'worse|agony|agonising|agonizing|unbearable|excruciating|kills|hurts|painful|screamed|yelped|hit_the_roof',
        positiveOnly: true,
      },
      '@pain|shoots|shooting ~~8 when|if|whenever ~2 i|you|he|she|someone ~1 move|moves|wiggle|wiggles|bend|bends|flex|flexes ~3 my|his|her|the ~1 toes',
      // A plain denial ("moving my toes doesn't hurt") says the sign is absent.
      {
        p: 'moving|move|bending|wiggling ~3 my|the|his|her ~1 toes ~3 hurt|hurts|painful|sore',
        negatedOnly: true,
      },
      // "toes tingle and hurt when I wiggle them": the toes named first, the movement said of "them".
      '@foot ~4 hurt|hurts|painful|agony|kill|kills ~3 when|if|whenever ~2 i|you|someone|they|he|she ~1 move|moves|moved|wiggle|wiggles|wiggled|bend|bends|bent|pull|pulls|pulled|stretch|stretches ~1 them|it',
      // The pain set off by moving the foot or toes, said by how much worse it gets ("goes through the roof").
      'wiggle|wiggles|wiggling|move|moves|moving|bend|bends|bending|flex|flexes|flexing|point|points|pointing ~3 my|the|his|her ~1 toes|foot|ankle ~~12 through_the_roof|way_worse|so_much_worse|much_worse|far_worse|way_way_worse|a_lot_worse',
    ],
  },
  // Hours lain in one position (BOAST: prolonged immobilisation, S330): "woke up on the floor", "lay on my leg for
  // hours", "passed out for ten hours", "a long lie".
  long_lie: {
    patterns: [
      "woke|woke_up|came_round|came_to|found ~3 on ~1 the|a|my|his|her|their|my_mate's|my_mates|a_mate's|a_friend's|someone's ~2 floor|ground|pavement|bathroom_floor|kitchen_floor",
      "lay|lain|laid|lying|slept|sleeping|collapsed|passed_out|unconscious|stuck|trapped ~6 hours|all_night|overnight ~~8 floor|ground|leg|legs|position|without_moving|couldn't_move|couldn't_get_up|on_it|on_top",
      'lay|lain|laid|lying|slept|sleeping ~2 on ~2 my|his|her|the ~1 leg|legs|calf|thigh ~~6 hours|all_night|overnight',
      'lay|lain|laid|lying|slept|sleeping|stuck|trapped ~2 on|in ~3 floor|ground|pavement|position ~~6 hours|all_night|overnight',
      "couldn't_get_up|could_not_get_up|unable_to_get_up ~~6 hours|all_night|overnight",
      // Out cold from drink or drugs: lain unconscious, however long it was (BOAST's immobilisation, S330).
      'passed_out|passing_out|pass_out|blacked_out|blacking_out|out_cold|unconscious|comatose ~~8 party|drunk|drink|drinking|drinks|wasted|hammered|night_out|drugs|overdose|heroin|vodka|alcohol',
      'party|drunk|drinking|wasted|hammered|night_out|drugs|overdose|heroin|vodka|alcohol ~~8 passed_out|blacked_out|out_cold|unconscious',
      'long_lie',
      // Left on the floor after a fall or a collapse ("was on the floor all night", "lay there for hours after she
      // fell", "passed out on the bathroom floor"): a long lie, the crush and pressure risk of BOAST (S330).
      'was|were|been|spent|stuck|left ~3 on ~2 the|a ~1 floor|ground|pavement ~~6 hours|all_night|overnight|ages|till_morning|until_morning|till_the_morning|until_the_morning',
      "fall|fell|fallen|collapsed|couldn't_get_up|could_not_get_up ~~8 lay|lain|lying|stuck ~1 there ~~4 hours|all_night|overnight|ages",
      'blacked_out|passed_out|collapsed|unconscious|out_cold ~~8 lying|lay|lain ~2 on ~2 my|his|her|the ~1 leg|legs|side ~~4 ages|hours|a_long_time|all_night',
      'unconscious|out_cold|passed_out|blacked_out|collapsed ~3 on|in ~2 the|a ~1 floor|ground|pavement|bathroom_floor|kitchen_floor',
    ],
  },
  tight_cast_or_bandage: {
    sided: true,
    patterns: [
      'cast|plaster|splint|bandage|bandages|dressing|strapping|moon_boot|backslab ~~6 tight|tighter|too_tight|digging_in|digging|cutting_in|squeez*|pinching|constrict*|crushing|crushes|strangling',
      // "The pot": British slang for a plaster cast, read only with a limb beside it.
      {
        p: 'pot ~~6 tight|tighter|too_tight|digging|cutting_in|squeez*|crushing',
        withinSentence: 'leg|ankle|foot|shin|knee|calf',
      },
      'tight|tighter|too_tight ~4 cast|plaster|splint|bandage|bandages|dressing|strapping|backslab',
      'cast|plaster|splint|bandage|bandages|dressing|strapping|backslab|brace ~~4 cutting_into|digging_into|biting_in|biting_into|pressing_in|pressing_into|rubbing_in',
      // The toes or foot changing colour or swelling out of a cast ("toes going purple under the plaster").
      'toes|foot|feet ~~6 purple|blue|white|numb|cold|swelling|swollen|black|dusky|grey|gray ~~6 under|in|inside|out_of|beneath|from ~2 the|my|his|her ~1 plaster|cast|bandage|bandages|splint|backslab',
      // A walking boot or brace fitted for an injury that has got tight.
      {
        p: 'boot|brace|support ~~6 tight|tighter|too_tight|digging_in|cutting_in|squeez*|too_small',
        withinText:
          'fracture|fractured|broken|broke|cast|plaster|splint|sprain|sprained|a&e|hospital|fitted|injury|injured|ligament',
      },
      'cast|plaster|splint|bandage|boot|moon_boot ~~4 too_small|too_tight|too_narrow|not_big_enough',
    ],
  },
  swelling_behind_knee: {
    sided: true,
    patterns: [
      'lump|swelling|swollen|bulge|bump|cyst|balloon|fullness|puffy|puffiness ~~6 behind|back_of ~3 knee|knees',
      'behind|back_of ~3 knee|knees ~~6 lump|swelling|swollen|bulge|bulging|bump|cyst|puffy|full|balloon|swelled|swells',
      "baker's_cyst|bakers_cyst|baker_cyst|bakers|baker's|popliteal_cyst",
      'water_balloon ~~6 knee',
    ],
  },
  tender_cord_vein: {
    sided: true,
    patterns: [
      'vein|veins ~~5 gone|went|turned|become|becomes|feels|feel|is|are ~2 hard|lumpy|solid|rock_hard|like_a_cord|like_a_rope|like_a_pencil|knotted|tender|inflamed',
      'hard|firm|tender|red|inflamed|lumpy ~3 cord|rope|ridge|lump|line|streak ~~6 vein|veins|varicose',
      // A hard, tender line under the skin is the clotted vein itself, named or not ("a tender red hard line").
      'hard|firm|lumpy ~~3 cord|rope|ridge|line|streak|band',
      'cord|rope|line|streak ~3 is|feels|that_is|that_feels ~1 hard|firm|lumpy',
      'vein|veins|varicose ~~6 hard|cord|rope|lumpy|solid ~~6 red|tender|sore|painful|hot|warm',
      'inflamed|tender|hot|hard ~2 vein|veins|varicose_vein|varicose_veins',
      // The vein named, then where it is, then the change ("one of my varicose veins below the knee has gone hard").
      'vein|veins ~~10 has|have|had ~1 gone|become|turned|got ~1 hard|lumpy|solid|rock_hard|knotted',
      // "like a cord under the skin": the hard clotted vein felt as a cord (S408).
      {
        p: 'like|as_if|as_though ~2 a|some ~1 cord|rope|pencil|string|piece_of_string ~~4 under_the_skin|under_my_skin|beneath_the_skin',
        withinSentence: 'vein|veins|varicose|red|tender|hard',
      },
      // A vein that hurts ("one of my veins hurts") keeps the surface-clot question open (same-day check, S408).
      {
        p: 'vein|veins ~4 hurts|hurt|hurting|aches|aching|sore|painful|throbs|throbbing',
        positiveOnly: true,
      },
      { p: 'painful|sore|aching ~1 vein|veins', positiveOnly: true },
      'phlebitis|thrombophlebitis|superficial_thrombophlebitis|superficial_vein_thrombosis|clot_in_a_surface_vein|clot_in_a_varicose_vein|surface_clot',
    ],
  },
  dark_urine: {
    // "like cola" describes the colour, not a fizzy feeling in the legs.
    suppresses: ['creeping_crawling_sensation'],
    patterns: [
      'urine|pee|wee|piss|wee_wee ~~5 dark|darker|brown|brownish|cola|coke|tea|tea_coloured|tea_colored|red|reddish|black',
      'dark|darker|brown|brownish|cola|cola_coloured|cola_colored|coke_coloured|tea_coloured|tea_colored ~3 urine|pee|wee|piss',
      'peeing|passing|weeing|pissing ~3 dark|brown|cola|coke|tea',
      'myoglobin*|rhabdo|rhabdomyolysis',
      { p: 'urine|pee|wee ~3 normal|fine|clear|ok|okay|looks_normal', state: 'absent' },
    ],
  },
};
