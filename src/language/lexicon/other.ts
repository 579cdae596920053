import type { FindingLexiconTable } from './types.js';

const joint = 'joint|joints|knuckle|knuckles';

/** A fall said as a likeness ("jolt like I've missed a step or fallen off a kerb"). */
const simileFall =
  "like|as_if|as_though ~6 fell|fall|fallen|falling|tripped|missed_a_step|missing_a_step|i'd_fallen|i'm_falling";

/** Words that explain a weight loss (a diet, effort, surgery or a weight-loss medicine), or weight gained. */
const weightLossExplained =
  'diet|dieting|diets|dieted|slimming|slimming_world|weight_watchers|calorie|calories|fasting|on_purpose|deliberately|trying_to|been_trying|tried_to|gym|exercise|exercising|running|cycling|surgery|operation|gastric|bariatric|band|bypass|sleeve|ozempic|wegovy|mounjaro|semaglutide|tirzepatide|jab|jabs|injections|pleased|proud|happy|target|goal|healthy_eating|eating_healthier|eating_better|cut_out|cutting_out|cut_down|cutting_down|gained|gain|put_on|putting_on|pregnan*|baby';

/** Clothes that have grown loose: weight lost, told by its effect. */
const clothesLoose =
  'clothes|clothing|trousers|jeans|pants|skirt|skirts|belt|rings ~3 hanging_off|falling_off|falling_down|fall_down|keep_falling|too_big|too_loose|so_loose|really_loose|swamping|swimming_in|new_notch|extra_notch|another_notch';
/** Clothes that slip off a thinner body. */
const looseClothes = [
  'clothes',
  'clothing',
  'trousers',
  'jeans',
  'pants',
  'skirt',
  'skirts',
  'belt',
  'rings',
];
/** Sweating the writer explains by the menopause or its treatment. */
const sweatsExplained =
  'menopause|menopausal|perimenopause|perimenopausal|the_change|hot_flushes|hot_flashes|hot_flush|hot_flash|hrt';
/** No diet or effort to explain weight lost. */
const notDieting =
  "not_dieting|not_even_dieting|not_been_dieting|haven't_been_dieting|hasn't_been_dieting|hasnt_been_dieting|havent_been_dieting|isn't_dieting|isnt_dieting|not_on_a_diet|not_on_any_diet|not_trying|without_trying|no_reason|don't_know_why|dont_know_why|no_idea_why";

/** Features of causes the engine does not model in detail (joints, bone, injury, weight loss). */
// Words before a strain that make it someone's guess ("my wife thinks I've pulled something"), not an injury told.
const strainGuessed = [
  'like',
  'as_if',
  'as_though',
  'think',
  'maybe',
  'thinks',
  'thought',
  'reckon',
  'reckons',
  'reckoned',
  'suspect',
  'suspects',
  'guess',
  'guesses',
  'says',
  'said',
];

export const other: FindingLexiconTable = {
  joint_pain_swelling: {
    suppresses: ['one_leg_swollen', 'both_ankles_swollen'],
    patterns: [
      // A joint named as a landmark ("a lump just below the joint", "swelling above the knee") is not the joint.
      {
        p: `${joint} ~~8 @swollen|swell|swells|swelling|stiff|@pain|hot|red|inflamed|on_fire|throbbing`,
        notAfter: ['below_the', 'below_my', 'above_the', 'above_my', 'beneath_the', 'under_the', 'under_my'],
      },
      `@swollen|swell|swelling|stiff|@pain|inflamed ~4 ${joint}`,
      // A guess at the cause ("said probably arthritis", "could it be arthritis?") is not a joint found painful.
      {
        p: 'gout|gouty|arthritis|arthritic|rheumatoid|osteoarthritis|psoriatic_arthritis|pseudogout|bursitis|synovitis',
        notAfter: [
          'probably',
          'maybe',
          'perhaps',
          'possibly',
          'could_it_be',
          'is_it',
          'is_this',
          'might_be',
          'could_be',
          'wondering_if',
          'just',
        ],
      },
      'knees|ankles|knee|ankle ~4 swollen_and_stiff|stiff_and_swollen|swollen_and_sore|stiff_and_sore',
      // A knee itself swollen or bigger than the other is a swollen joint, not a swollen leg (the swollen-leg
      // question leaves out a single swollen joint); the back of the knee is left to the leg (a cyst, a clot).
      {
        p: 'knee|knees|kneecap|knee_cap [is|are|looks|look|seems|feels|has|have|was|got|gets|went] [been|gone|got|getting|a_bit|quite|really|very|all] @swollen|puffier|knobbly|lumpy',
        // …and "from the ankle up to the knee" is a stretch of leg.
        notAfter: ['behind', 'back_of', 'to', 'up', 'from'],
      },
      // The big toe's base is a joint: a red, hot big toe is an inflamed joint (podagra, the usual first gout
      // flare: S383), said in lay words ("my big toe is on fire, red"). Same clause, so a swollen leg told beside it
      // is never taken inside the match.
      'big_toe|big_toes|toe_joint|bunion ~4 red|hot|inflamed|on_fire|throbbing|red_hot|boiling',
      // The same told a few words on ("the big toe woke me at 2am, like it was on fire").
      'big_toe|big_toes|toe_joint|bunion ~~14 on_fire|red_hot|boiling|inflamed|throbbing',
      `it's_the_joint|in_the_joint|in_my_joints|the_joint_itself|joints_themselves`,
      // The joint named as where the pain comes from ("the toe joint is where it starts", "it's the knee itself").
      `${joint} ~~3 where ~3 coming_from|comes_from|come_from|starts|started|start|centred|centered|worst|begins`,
      {
        p: 'knee|knees|hip|hips|ankle|ankles|big_toe|toe|wrist ~1 itself|themselves',
        withinSentence: '@pain|catches|catching|locks|locking|clicks|grinds|grinding|crunches|swollen|stiff',
      },
      // A joint gone up like a balloon, or fluid on it ("my knee ballooned", "water on the knee").
      {
        p: "knee|knees|knee's|kneecap|knee_cap|elbow|wrist ~3 ballooned|blew_up|blown_up|swelled_up|puffed_up|swollen_up|come_up|came_up|gone_up|up_like_a_balloon|twice_the_size|double_the_size",
        notAfter: ['behind', 'back_of', 'to', 'up', 'from'],
      },
      'fluid|water ~3 on|in ~2 knee|knees|joint|kneecap',
      // Painful and swollen said before the knee ("painful swollen knees", "a sore, puffy knee").
      '@pain|stiff|hot ~2 [and|,] @swollen ~1 knee|knees|kneecap',
      '@swollen ~2 [and|,] @pain|stiff ~1 knee|knees|kneecap',
      { p: 'not_in_my_joints|not_the_joints|joints_are_fine|joints_are_ok|no_joint_pain', state: 'absent' },
      'pain|ache|aching|hurts|sore ~~4 in ~3 knee_joint|hip_joint|ankle_joint|joints|the_joint|my_joint',
    ],
  },
  morning_stiffness: {
    patterns: [
      "stiff|stiffness|seized|can_barely_move|can't_move ~~10 morning|mornings|when_i_get_up|first_thing|on_waking",
      'morning|mornings|first_thing ~~8 stiff|stiffness|seized_up',
      'morning_stiffness|early_morning_stiffness|stiff_in_the_morning',
    ],
  },
  // A lump or swelling on a bone (lookalikes C2: "lump or swelling" over bone, S443; NG12 bone swelling, S347).
  // An ankle bone's swelling is the ankle swelling of fluid, not a bony mass.
  bone_lump: {
    sided: true,
    notInSentence: 'ankle_bone|ankle_bones|ankles|funny_bone|bone_broth',
    patterns: [
      'lump|lumps|bump|swelling|growth|knot ~4 on|over|in|of ~3 bone|bones|shinbone|shin_bone|thighbone|thigh_bone|femur|tibia',
      'hard|firm|bony|solid ~1 lump|bump|swelling|knot ~~6 bone|bones|shin|shinbone|shin_bone|thighbone|thigh_bone|femur|tibia',
      'bone|bones ~2 lump|lumps|bump|swelling|growth',
      'bony_lump|bony_bump|bony_swelling|bone_lump|bony_growth',
      // A hard lump in the thigh or just above the knee keeps a bone (or deep) tumour open for the screen; a lump
      // behind the knee is a Baker's cyst and a hard cord is a vein.
      {
        p: 'hard|firm|solid ~1 lump|bump|swelling|knot ~~6 thigh|thighs|above_the_knee|above_my_knee',
        notInSentence: 'vein|veins|varicose|behind|back_of',
      },
      // …or just below the knee, where the top of the shin bone lies under the skin, or growing ("a hard lump just
      // under my knee that keeps getting bigger"): a lump on a bone is a named sign (S443) and unexplained bone
      // swelling a referral criterion (NG12, S347).
      {
        p: 'hard|firm|solid ~1 lump|bump|swelling|knot ~~10 below_the_knee|below_my_knee|under_the_knee|under_my_knee|below_the_joint|under_the_joint|below_the_kneecap|below_my_kneecap|top_of_my_shin|top_of_the_shin',
        notInSentence: 'vein|veins|varicose|behind|back_of',
      },
      {
        p: 'hard|firm|solid ~1 lump|bump|swelling|knot ~~12 getting_bigger|growing|grown|got_bigger|bigger',
        withinSentence: 'knee|knees|thigh|thighs|shin|shins|joint',
        notInSentence: 'vein|veins|varicose|behind|back_of',
      },
    ],
  },
  bony_point_tenderness: {
    suppressesInSentence: ['calf_tender_along_veins'],
    patterns: [
      'one|a|single|particular ~1 spot|point|place ~5 bone|shin_bone|shinbone',
      'tender|sore|hurts|painful ~5 spot|point ~4 bone|shin_bone|shinbone',
      'spot|point ~4 on ~2 the|my ~1 bone|shin_bone|shinbone',
      'bone|shin_bone|shinbone ~6 tender|hurts_when_i_press|hurts_when_pressed|sore_to_touch|sore_to_press',
      'tender ~4 bone|shin_bone|shinbone',
      'press|pressing|touch ~4 bone|shin_bone|shinbone ~~6 hurts|painful|tender|agony',
      // Any pressing word on a bone, the jump of pain a few words on ("push on the bony bump of my ankle and it kills").
      {
        p: '@touchverb ~4 bone|bony_bit|bony_bump|bony_lump|knobbly_bit|knobble|shin_bone|shinbone|ankle_bone|anklebone ~~10 @ouch',
        notInSentence: '@backbone|back',
      },
      // "his shin hurts at one spot", "sore in one particular place on the bone".
      {
        p: 'hurts|hurt|tender|sore|painful|aches|ache ~3 at|in|on ~1 one|a_single|a_particular|one_particular|the_same ~1 spot|point|place',
        withinText: 'shin|shins|shinbone|shin_bone|bone|bones|thigh_bone|thighbone|femur|tibia|foot|heel|hip',
      },
      {
        p: 'one|a|single|particular|tiny|small ~1 spot|point|place ~~10 tender|sore|hurts|painful|press|pressing|prod|poke|touch',
        withinText: 'shin|shins|shinbone|shin_bone|bone|bones|thigh_bone|thighbone|femur|tibia|foot|heel|hip',
        notBefore: ['on_my_calf', 'on_the_calf', 'in_my_calf', 'in_the_calf', 'of_my_calf'],
      },
      // The spot placed at length before it is pressed ("a spot on the front of my shin, a hand's width above the
      // ankle, that's tender when I push on it"): point tenderness over the bone.
      {
        p: 'spot|point|place ~~24 tender|sore|hurts|painful ~3 if|when|whenever ~2 i|you|someone ~1 press|push|prod|poke|touch',
        withinSentence: 'shin|shins|shinbone|shin_bone|bone|tibia|femur|thigh_bone|thighbone',
        notInSentence: 'calf|calves',
      },
      // The same with the pressing said in one phrase ("a spot on my shin that's really sore to press").
      {
        p: 'spot|point|place ~~24 sore_to_press|tender_to_press|painful_to_press|hurts_to_press|sore_to_touch|tender_to_touch|painful_to_touch|hurts_to_touch|sore_when_pressed|tender_when_pressed|sore_to_push_on|tender_to_push_on',
        withinSentence: 'shin|shins|shinbone|shin_bone|bone|tibia|femur|thigh_bone|thighbone',
        notInSentence: 'calf|calves',
      },
    ],
  },
  weight_loss_night_sweats: {
    suppresses: ['recent_weight_loss_or_leg_crossing', 'dehydration_or_heavy_sweating'],
    patterns: [
      'lost|losing|lose|dropped ~4 weight|stone|kilos|kg|pounds|lbs ~3 without_trying|not_trying|for_no_reason|without_dieting|unintentional*|unexplained',
      'unexplained|unintentional|unintended ~2 weight_loss|weight',
      // Weight lost with no diet to explain it, said a few words on ("lost a stone and I'm not even dieting",
      // "lost weight and don't know why", "lost half a stone, off his food"): unexplained weight loss (S142, S145),
      // not dieting.
      "lost|losing|lose|dropped ~4 weight|stone|kilos|kg|pounds|lbs ~~8 not_dieting|not_even_dieting|not_been_dieting|haven't_been_dieting|hasn't_been_dieting|hasnt_been_dieting|havent_been_dieting|isn't_dieting|isnt_dieting|not_on_a_diet|not_on_any_diet|don't_know_why|doesn't_know_why|didn't_know_why|dont_know_why|no_idea_why|can't_explain|without_meaning_to|not_trying_to|no_reason|eating_normally|eating_the_same|eating_as_normal|eating_more_than_ever|off_my_food|off_her_food|off_his_food|off_their_food|gone_off_food|lost_my_appetite|lost_her_appetite|lost_his_appetite|no_appetite|poor_appetite",
      'night_sweats|night_sweat|sweats_at_night|sweating_at_night|sweaty_nights',
      // Sweating heavily at night in lay words ("sweating buckets in bed", "the pillow is soaking").
      // Sweats the writer puts down to the menopause are explained, not the night sweats of a serious illness.
      {
        p: 'sweating|sweat|sweats|sweated ~1 buckets|cobs|like_a_pig|a_river ~~6 night|nights|in_bed|sleep|asleep',
        notInSentence: sweatsExplained,
      },
      {
        p: 'pillow|pillows|pillowcase ~3 soaked|soaking|drenched|wringing|wet_through',
        withinSentence: 'sweat*',
        notInSentence: sweatsExplained,
      },
      'drenched|soaked|soaking|wringing|pouring|dripping ~4 sweat|sweats|wet ~~6 night|nights|wake|woke',
      'wake|woke|waking|wakes ~3 drenched|soaked|soaking|wringing',
      'sweat|sweats|sweating ~4 at_night|night|in_bed ~~6 drench*|soak*|change_the_sheets',
      'change ~2 sheets|pyjamas|nightclothes ~3 sweat|because',
      // "sweats through the sheets the last few nights".
      'sweats|sweat|sweating|sweated ~4 through ~2 the|my|his|her ~1 sheets|bedding|bedclothes|pyjamas|nightclothes|nightie|mattress',
      'sheets|bedding|pyjamas ~3 soaked|soaking|drenched|wringing_wet|wet_through',
      // "The sweats" as a recurring thing, told with the night ("bad at night and he keeps getting the sweats").
      {
        p: 'the_sweats|get_sweats|getting_sweats|gets_sweats|had_sweats|having_sweats',
        withinSentence:
          'night|nights|nighttime|night_time|in_bed|bedtime|wake|wakes|woke|waking|sleep|asleep',
      },
      'weight_loss ~4 without|unexplained|night',
      // Weight gone said by the clothes ("my clothes are hanging off me", "trousers keep falling down") or "down a stone":
      // with no diet said beside it, kept open for the screen (S142, S145); with "not dieting" it is unexplained.
      {
        p: `${clothesLoose} ~~8 ${notDieting}`,
        leavesOthers: true,
      },
      {
        p: `down ~2 #|a|half_a|half ~1 stone|stones|pounds|lbs|kilos|kg|pound|kilo ~~8 ${notDieting}`,
        leavesOthers: true,
      },
      {
        p: clothesLoose,
        state: 'unknown',
        possiblyPresent: true,
        leavesOthers: true,
        notInSentence: weightLossExplained,
      },
      // A lot of weight lost, no diet or effort said beside it ("dropped a ton of weight", "lost so much weight"):
      // weight lost without trying (S142, S145); still read as the weight loss that presses a nerve.
      {
        p: 'lost|losing|dropped|shed ~2 loads_of|a_lot_of|lots_of|tons_of|a_ton_of|heaps_of|masses_of|loads ~1 weight',
        leavesOthers: true,
        notAfter: ['trying_to', 'try_to', 'want_to', 'need_to', 'should', 'hoping_to', 'aim_to'],
        notInSentence: weightLossExplained,
      },
      // (The reader starts a clause at "so", so "lost so much weight" is matched across it.)
      {
        p: 'lost|losing|dropped|shed ~~1 so_much|so_much_of ~1 weight',
        leavesOthers: true,
        notAfter: ['trying_to', 'try_to', 'want_to', 'need_to', 'should', 'hoping_to', 'aim_to'],
        notInSentence: weightLossExplained,
      },
      // Weight lost with no reason given ("I've lost a little weight", "dropped a few pounds"): kept open for the
      // screen to ask whether it is unexplained (a cancer warning sign, S142, S145), never hidden as the nerve-
      // pressing weight loss alone; a diet, surgery, a weight-loss medicine or effort said beside it explains it.
      {
        p: 'lost|losing|dropped|shed ~4 weight|stone|stones|kilos|kg|pounds|lbs',
        state: 'unknown',
        leavesOthers: true,
        notAfter: ['trying_to', 'try_to', 'want_to', 'need_to', 'should', 'hoping_to', 'aim_to'],
        notInSentence: weightLossExplained,
      },
    ],
  },
  recent_leg_injury: {
    maxAgeDays: 90,
    sided: true,
    patterns: [
      // A jolt of low energy ("she sat down heavily on a chair", "landed on her bottom"): the way a fragile bone
      // breaks (insufficiency fracture), read as an injury so a fracture stays open.
      'sat|sits|sitting|came|come|dropped|plonked|plopped ~1 down ~2 heavily|hard|with_a_bump|with_a_thump|with_a_thud|awkwardly|with_a_jolt',
      'landed|land|lands|landing ~2 on ~2 my|her|his|their|the ~1 bum|bottom|backside|butt|hip|hips|coccyx|tailbone|behind',
      // A simile ("I wake with a start, like I'm falling off a step") is no fall.
      // ("legs jolt like I've missed a step or fallen off a kerb": the simile reaches a few words on.)
      {
        p: 'fell|fall|fallen|falling|tripped|slipped off|over|down|from|onto|badly',
        // …and clothes "falling down" or "falling off" tell weight lost, not a fall.
        notAfter: ['like', 'if', 'as_if', 'though', 'as_though', ...looseClothes],
        notInSentence: simileFall,
      },
      {
        p: 'fell|fall|fallen|tripped|slipped',
        notBefore: ['asleep', 'ill', 'pregnant'],
        notAfter: ['=the', '=nearly', '=almost'],
        notInSentence: simileFall,
        positiveOnly: true,
      },
      // A real fall told beside a likeness ("it feels like falling, but I did actually fall on Monday").
      { p: 'actually|really|did ~2 fall|fell|trip|tripped|slip|slipped', positiveOnly: true },
      'broke|broken|break|fractured|fracture|cracked ~3 my|the ~2 leg|ankle|shin|tibia|fibula|femur|hip|knee|foot|bone',
      {
        p: 'fracture|fractured|broken_bone|broken_leg|broken_ankle|sprain|sprained|twisted_my_ankle|twisted_my_knee|torn_ligament|pulled_muscle|strained_my',
        // A guess at a cause ("could this be a stress fracture?") is not an injury.
        notAfter: ['be', 'is_it', 'is_this', 'maybe', 'think', 'assumed', 'stress'],
      },
      'pulled|strained|tore|torn|tweaked ~2 my|a|his|her ~1 hamstring|hamstrings|calf|calf_muscle|groin|quad|quads|thigh_muscle',
      // A twist said of a joint ("I think I twisted my knee"): a hedge keeps it open rather than dropping it.
      'twisted|wrenched|jarred|turned|ricked|sprained ~1 my|his|her|their ~1 knee|ankle|foot|leg|knees|ankles',
      // "pulled something playing football", "tweaked it at the gym": a strain said without naming the muscle.
      {
        p: 'pulled|strained|tweaked|twisted|tore|hurt|did ~1 something|it|a_muscle ~~6 playing|football|rugby|netball|hockey|tennis|squash|gym|running|training|sport|match|five-a-side|game',
        // A guess, the writer's or a relative's ("my wife thinks I've pulled something"), is not an injury.
        notAfter: [...strainGuessed, 'might_have', 'wonder_if', 'if_i'],
      },
      {
        p: 'pulled|strained|tweaked|tore ~1 something',
        notAfter: strainGuessed,
      },
      'injur*|hurt|knocked|banged|hit|kicked|whacked|bashed ~3 my ~2 leg|shin|knee|ankle|calf|thigh|foot',
      // Lying on a leg for hours while passed out or unable to move ("passed out on the floor lying on my leg for
      // hours"): a crush of the leg by prolonged immobilisation, a cause of compartment syndrome (S330).
      'lying|lay|laid|slept|sleeping|asleep|passed_out|collapsed ~4 on ~2 my|his|her|their|the ~1 leg|calf|thigh|shin ~~6 for ~2 hours|ages|hrs|the_night|the_whole_night|all_night|#',
      {
        p: 'passed_out|blacked_out|unconscious|collapsed|out_cold|out_for_the_count ~~12 for ~2 hours|ages|hrs|#_hours|#_hrs|the_whole_night|all_night',
        withinSentence:
          "without_moving|not_moving|didnt_move|didn't_move|floor|on_my_leg|on_his_leg|on_her_leg|on_the_leg",
      },
      'injury|injured|accident ~~6 leg|shin|knee|ankle|calf|thigh|foot|car|bike|football|rugby',
      'knock|bang|blow|kick ~3 to|on ~2 my|the ~1 leg|shin|knee|ankle|calf|thigh',
      // Sports contact ("took a studs-up tackle to my right shin", "got stamped on").
      'tackle|tackled|studs|stamped|stamped_on|clattered|collided|collision|stood_on ~~6 leg|shin|shins|knee|ankle|calf|thigh|foot',
      'leg|shin|knee|ankle|calf|thigh|foot ~~6 tackle|tackled|stamped_on|clattered|got_kicked|was_kicked',
      // Struck on the leg, a tumble, or thrown from a bike or horse (lay injury words).
      'kicked|hit|struck|whacked|smacked|bashed|booted|knocked|clipped ~1 in|on|across ~2 the|my|his|her ~1 @leg1|leg|shin|calf|knee|ankle',
      'took|had|taken ~1 a ~1 tumble|nasty_fall|bad_fall|cropper',
      'came|come|fell|thrown ~1 off ~2 my|the|a|his|her ~1 bike|horse|motorbike|scooter|ladder|skateboard|bicycle|trampoline|wall',
      'landed|land ~2 on ~2 my|his|her|the ~1 leg|knee|ankle|shin|hip|side|foot',
      'went_over_on|gone_over_on|go_over_on|going_over_on|goes_over_on|turned_over_on ~3 my|his|her|the ~1 ankle|foot|knee',
    ],
  },
  recent_weight_loss_or_leg_crossing: {
    patterns: [
      'lost|losing|dropped|shed ~3 stone|stones|kilos|kg|pounds|lbs|weight',
      'weight_loss_surgery|weight_loss_op|gastric_band|gastric_bypass|gastric_sleeve|bariatric|sleeve_gastrectomy|slimming_world',
      'kneel|kneeling|knelt|squat|squatting|squatted|crouch|crouching ~~6 lot|hours|all_day|all_week|all_of|long|for|weeks|days|laying|lay|patio|tiles|floor|garden|work',
      'kneeling|squatting|crouching',
      // Weight loss said by clothes, sizes or "lighter" (lookalikes C1: weight loss, S432).
      'dress_size|dress_sizes|trouser_size|trouser_sizes|clothes_size|clothes_sizes|belt_notch|belt_notches|notches_on_my_belt|notch_on_my_belt ~~6 down|dropped|smaller|lost|gone',
      'gone|went|dropped|come ~1 down ~3 size|sizes|dress_size|dress_sizes',
      'clothes|trousers|jeans|everything ~3 hanging_off|falling_off|swamping|loose|baggy',
      'stone|stones|kilos|kg|pounds|lbs ~2 lighter|less|down',
      'weight|pounds|stone|kilos ~3 dropped_off|fallen_off|falling_off|fell_off|came_off|come_off|dropping_off|melted_off',
      'cross-legged|cross_legged|crosslegged',
      'on_my_knees|on_his_knees|on_her_knees ~~6 all_day|all_week|for_hours|hours|laying|tiling|floor|floors|garden|scrubbing|work|weeding',
      // Habitual leg crossing (S121): a habit said with the crossing ("I always sit with my legs crossed").
      'always|often|usually|constantly|habit|habitually|tend_to ~~6 cross|crossing|crossed ~2 my|his|her ~1 legs|leg',
      'always|often|usually|constantly|habit|habitually|tend_to ~~6 legs|leg ~1 crossed',
      'legs|leg ~1 crossed ~~8 all_day|hours|every_day|all_the_time|a_lot|for_hours|at_my_desk|at_work',
      'sit|sits|sitting ~3 with ~2 my|his|her ~1 legs|leg ~1 crossed',
    ],
  },
  joint_stiffness_after_rest: {
    suppressesInSentence: ['morning_stiffness', 'muscle_sore_afterwards'],
    patterns: [
      'stiff|stiffness|seizes|seized ~4 after ~3 sitting|resting|rest|a_rest|sat|sitting_down|being_still|not_moving|inactivity|a_long_drive|the_car|a_while',
      {
        p: 'loosen*|limbers|limber|warms_up|warm_up|eases_off|wears_off|eases_up ~~6 once|after|few_minutes|minutes|moving|walking|get_going|going',
        withinSentence: 'stiff|stiffness|seized|seizes',
      },
      'stiff|stiffness ~4 getting_up|get_up|standing_up|stand_up|getting_out|get_out ~3 from|of|out_of ~2 a|the|my ~1 chair|seat|car|sofa|settee|couch',
      'stiff|stiffness ~~8 few_minutes|half_an_hour|10_minutes|ten_minutes|15_minutes|twenty_minutes|20_minutes|a_minute_or_two|couple_of_minutes',
      // Stiffness of up to half an hour is the stiffness of osteoarthritis (NG226, S371: none, or 30 minutes or
      // less), not the long morning stiffness of inflammatory arthritis or polymyalgia ("stiff first thing for half
      // hour", "stiff for 10 mins in the morning").
      'stiff|stiffness ~~8 [a] few|couple_of|1|2|5|10|15|20|25|30|one|two|five|ten|fifteen|twenty|thirty|a ~1 minutes|mins|min|minute',
      'stiff|stiffness ~~8 half_hour|half_an_hour|a_half_hour|half_n_hour',
    ],
  },
  joint_grinding: {
    sided: true,
    patterns: [
      'knee|knees|hip|hips|joint|joints|kneecap ~~6 grind*|grating|grates|grate|crunch*|crackl*|creak*|click|clicks|clicking|crepitus|pops|popping',
      'grind*|grating|grates|crunch*|crackl*|creak* ~~6 knee|knees|hip|hips|joint|joints|kneecap',
      'creaky_knees|creaky_knee|creaky_joints|crunchy_knees|crunchy_knee|crepitus|bone_on_bone',
      {
        p: 'grind|grinds|grinding|grates|grating|crunch|crunches|crunching|crunchy|creak|creaks|creaking|creaky|crackles|crackling|clicks|clicking',
        requiresAny: ['pain_knee', 'pain_hip_groin', 'joint_pain_swelling', 'joint_stiffness_after_rest'],
        notAfter: ['teeth', 'my_teeth'],
        notBefore: ['teeth', 'my_teeth'],
      },
    ],
  },
  thyroid_symptoms: {
    patterns: [
      'underactive_thyroid|under_active_thyroid|hypothyroid|hypothyroidism|low_thyroid|thyroid_is_low|slow_thyroid|sluggish_thyroid|thyroid_problem|thyroid_problems|thyroid_trouble|myxoedema|myxedema|hashimoto*',
      // The thyroid named first ("my thyroid is underactive", "thyroid's a bit low"; lookalikes C3, S394).
      "thyroid|thyroid's ~3 underactive|under_active|low|slow|sluggish|not_working_properly|not_working_right|isn't_working_properly|doesn't_work_properly",
      {
        p: "always_cold|feel_the_cold|feeling_the_cold|can't_get_warm|cold_all_the_time|always_freezing|always_chilly",
        withinSentence: 'weight|tired|exhausted|dry|sluggish|constipat*|hair|pounds|stone',
      },
      'put_on|gained|gaining|piled_on|putting_on ~2 weight|pounds|stone|kilos|lbs ~~8 tired|exhausted|cold|sluggish|dry_skin',
      'tired|exhausted|sluggish ~~8 cold ~~8 weight|dry_skin',
      // Tired and cold told together as a lasting state ("always tired and cold", "tired and freezing all the time";
      // lookalikes C3, S394): not a cold foot, which is told of the foot.
      {
        p: 'always|constantly|permanently|forever ~2 tired|exhausted|sluggish ~1 and ~1 cold|freezing|chilly',
        notBefore: ['feet', 'foot', 'toes', 'toe', 'legs', 'leg', 'hands', 'hand'],
        notInSentence: 'foot|feet|toes|leg|legs ~2 cold|freezing|white|pale',
      },
      'tired|exhausted|sluggish ~1 and ~1 cold|freezing|chilly ~1 all_the_time|constantly|every_day',
      'dry_skin ~~8 tired|exhausted|cold ~~8 weight|tired|cold',
    ],
  },
  unrefreshing_sleep_fatigue: {
    patterns: [
      'unrefreshed|unrefreshing|never_refreshed|not_refreshed|never_feel_rested|wake_up_tired|wake_up_exhausted|wakes_up_tired|wakes_up_exhausted|waking_up_exhausted|waking_up_tired|wake_exhausted|wake_tired|woke_up_exhausted|exhausted_all_the_time|tired_all_the_time|always_tired|always_exhausted|constantly_tired|constantly_exhausted|no_energy|wiped_out|fatigue|fatigued|chronic_fatigue|knackered_all_the_time|worn_out_all_the_time',
      "wake|woke|waking|get_up ~4 as_tired|more_tired|like_i_haven't_slept|like_i've_not_slept|feeling_like_i_haven't_slept",
    ],
  },
};
