import type { FindingLexiconTable } from './types.js';

const bedclothes =
  'sheet|sheets|duvet|covers|cover|bedclothes|blanket|blankets|bedding|quilt|bedsheets|bedsheet';

/** What it feels like. */
/** Times that say soreness comes after an attack ("feels bruised the next day"); the first pattern reads them. */
const afterTimes = [
  'next_day',
  'the_next_day',
  'afterwards',
  'for_hours',
  'next_morning',
  'in_the_morning',
  'the_day_after',
  'following_day',
  'the_following_day',
  'for_days',
  'for_a_day',
  'all_next_day',
  'all_the_next_day',
  'for_the_rest',
  'rest_of_the_day',
];

export const character: FindingLexiconTable = {
  burning_pain: {
    patterns: [
      {
        p: 'burn|burns|burning|burned|burnt|burny|scald*|hot_coals|red_hot_needles',
        notBefore: ['out'],
      },
      // "On fire" of one hot joint or toe is heat (gout, infection), not nerve burning; of both feet, or with
      // tingling, it is burning pain.
      {
        p: 'on_fire',
        notInSentence: 'joint|toe|big_toe|knee|ankle|red|swollen|hot|throb*|agony|woke|3am|#_am',
      },
      { p: 'on_fire', withinSentence: 'feet|soles|tingl*|numb*|pins_and_needles|needles|electric' },
      { p: 'like_fire|feel_like_fire|feels_like_fire' },
    ],
  },
  deep_aching_pain: {
    patterns: [
      {
        p: 'ache|aches|ached|aching|achy|achey|achiness',
        notAfter: ['back', 'stomach', 'tummy', 'head', 'tooth', 'belly', 'muscle'],
      },
      // "My back and legs ache": the ache said straight after a leg word is the legs', whatever came before.
      '@leg1|@legs|@foot|@butt ~1 ache|aches|ached|aching|achy|achey',
      'dull|gnawing|nagging|throb|throbs|throbbing|deep_pain|deep_down_pain|bone_pain',
      'deep ~2 pain|ache|hurt',
    ],
  },
  sharp_shooting_pain: {
    patterns: [
      {
        p: 'sharp|shooting|shoots|shoot|shot_through|stabbing|stabs|stab|lancinating|zap*',
        // "sharp as anything", "sharp as a tack": a quick mind, not a pain.
        notBefore: [
          'chest',
          'breath',
          'breathe',
          'tongue',
          'as_anything',
          'as_a_tack',
          'as_a_button',
          'as_ever',
          'as_they_come',
          'minded',
          'witted',
        ],
      },
      // Legs that jolt "like I've missed a step" on dropping off are a start of sleep (a movement), not a pain.
      {
        p: 'jolt|jolts',
        notBefore: ['chest', 'breath', 'breathe', 'tongue'],
        notInSentence:
          "like|as_if|as_though ~6 fell|fall|fallen|falling|tripped|missed_a_step|missing_a_step|i'm_falling",
      },
      'electric|electrical|electricity|electric_shock|electric_shocks|lightning|like_a_knife|knife_like|knives',
    ],
  },
  numbness_tingling: {
    sided: true,
    patterns: [
      'numb|numbness|numbed|tingl*|pins_and_needles|pins_&_needles|pins_an_needles|prickl*|paraesthesia|paresthesia|buzzing',
      {
        p: "can't_feel|cannot_feel|couldn't_feel|not_able_to_feel|not_been_able_to_feel|haven't_been_able_to_feel|hasn't_been_able_to_feel|wasn't_able_to_feel|no_feeling|lost_feeling|lost_the_feeling|loss_of_feeling|lost_sensation|reduced_sensation|can't_really_feel",
        notBefore: ['the_toilet', 'toilet', 'when', 'bottom', 'the_paper'],
      },
      {
        p: '@leg1|@legs|@foot ~2 asleep|dead|falls_asleep|fell_asleep|goes_dead',
        notAfter: ['fall', 'fell', 'falling'],
      },
      { p: 'goes|go|went|gone ~1 dead', positiveOnly: true },
      'cotton_wool|walking_on_cotton',
    ],
  },
  sudden_muscle_contraction: {
    // A cramp lasts seconds to about ten minutes (S80, S83) and comes at rest: a "cramp" that has lasted hours,
    // or one that comes on walking a set distance (claudication), is not this finding.
    notInSentence: [
      '@cramp ~~14 been|lasted|lasting|lasts|gone_on|going_on|for_over|for_more_than|still_there_after ~3 # ~1 hours|hour|hrs',
      '@cramp ~~8 after|within ~3 # ~1 yards|yds|metres|meters|blocks|steps',
      '@walk ~~6 # ~1 yards|yds|metres|meters|blocks|steps ~~8 @cramp',
      "@cramp|@calf ~1 when|while|whilst|whenever ~1 walking|i_walk|i'm_walking|i_am_walking|i_go_for_a_walk|i_walk_uphill",
    ],
    patterns: [
      'cramp|cramps|cramped|cramping|crampy|cramp_up|cramps_up',
      'charley_horse|charlie_horse|charley_horses|charleys',
      'spasm|spasms|spasming',
      'knots_up|knot_up|knotted_up|knots|knot|knotting',
      'rock_hard|goes_hard|go_hard|went_hard|hard_as_a_rock|like_a_rock',
      'locks_up|locked_up|lock_up|seizes_up|seized_up|seize_up|tightens_right_up|tightens_up|tightened_up|clenches',
      'muscle|muscles ~3 tighten*|tightens|contract*|clench*|lock*|seiz*',
      // "My calf went tight" may be a swollen calf (a clot, a burst cyst): only a pull or draw is a cramp.
      'pull|pulls|pulled|pulling|draw|draws|drew ~1 tight|taut',
      'toes ~2 curl|curling|curled ~1 up|under',
      // "I thought it was a cramp but it doesn't go away": a cramp considered and set aside for a pain that stays
      // (a cramp lasts minutes, S80, S83), so a clot or a burst cyst is not talked away as cramp.
      {
        p: "thought|assumed|figured|presumed ~3 cramp|cramps ~~8 but|though ~4 doesn't_go|won't_go|not_going|isn't_going|hasn't_gone|doesn't_go_away|won't_go_away|never_goes|stays|still_there",
        state: 'absent',
      },
      // A guess at the cause ("I put it down to cramp", "assumed it was just a cramp", "probably only cramp") is a
      // label, not the sudden tightening itself: kept open for the screen to ask, so a clot is not talked away
      // as cramp. Listed after the set-aside cramp above (same start: the first listed is kept).
      {
        p: "thought|assumed|figured|presumed|reckoned|guessed|supposed|put_it_down_to|put_it_down_as|putting_it_down_to|puts_it_down_to|blamed_it_on|chalked_it_up_to|think_it's|thinks_it's|think_its|thinks_its|think_it_is|thinks_it_is|thought_it_was ~4 [just|only|a|some|bad|nasty] cramp|cramps|cramping|a_cramp",
        state: 'unknown',
      },
      {
        p: 'probably|maybe|perhaps|likely|must_be|must_have_been|could_be|might_be [just|only] [a] cramp|cramps',
        state: 'unknown',
      },
    ],
  },
  muscle_sore_afterwards: {
    suppresses: ['deep_aching_pain', 'pain_calf'],
    // A calf tender the day after a cramp is the cramp's soreness, not tenderness along the deep veins.
    suppressesInSentence: ['calf_tender_along_veins'],
    patterns: [
      '@pain|bruised|bruise|stiff|tender ~6 next_day|afterwards|after_wards|next_morning|rest_of_the_day|following_day|for_the_rest|all_next_day|all_the_next_day|the_day_after|next_day',
      // Sore "for hours" or "for days" is soreness left by an attack only when attacks are told: a leg aching for
      // days with no cramp is the ache itself (deep_aching_pain), which a clot shares.
      {
        p: '@pain|bruised|bruise|stiff|tender ~6 for_hours|for_a_day|for_days',
        withinText: '@cramp',
        requiresAny: ['sudden_muscle_contraction'],
      },
      // Sore "in the morning" is soreness left by an attack only when there are attacks: heel pain on getting up
      // in the morning is not it.
      {
        p: '@pain|bruised|bruise|stiff|tender ~6 in_the_morning',
        requiresAny: ['sudden_muscle_contraction'],
      },
      // "Feels bruised" is soreness left by an attack only when there are attacks: said of a constant ache
      // ("a deep achy bruised feeling ... it isn't cramp") it is the pain itself.
      { p: 'bruised ~2 feeling|feel', requiresAny: ['sudden_muscle_contraction'], notBefore: afterTimes },
      { p: 'feels|feel ~2 bruised', requiresAny: ['sudden_muscle_contraction'], notBefore: afterTimes },
      'aftermath|after_effect|sore_after_the_cramp|sore_afterwards',
      // The time first ("Next morning the calf is tender"), with attacks told: the soreness an attack leaves.
      {
        p: 'next_morning|next_day|the_day_after|the_morning_after|following_morning|following_day|afterwards ~4 @pain|bruised|stiff|tender',
        // (a text filter, so that without attacks the match never drops a tender calf)
        withinText: '@cramp',
        requiresAny: ['sudden_muscle_contraction'],
      },
    ],
  },
  urge_to_move_legs: {
    patterns: [
      'urge|urges|compulsion|need|desire ~3 move|moving|to_move|get_up|kick|stretch|walk|shake|fidget|keep_moving',
      'have_to|had_to|need_to|got_to|must|compelled_to|forced_to ~2 move|moving|kick|shake|fidget|jiggle|wiggle|get_up_and_move',
      // Getting up to walk is the urge only when no pain drives it: "it aches so I have to get up and walk about"
      // is walking for relief (relief_walking), which a painful swollen calf shares (seed:L12 puts the urge first).
      {
        p: 'have_to|had_to|need_to|got_to|must|compelled_to|forced_to ~2 get_up_and_walk|get_up_and_pace|get_up_and_walk_around|get_up_and_walk_about',
        notInSentence: '@pain|throb|throbs|throbbing|tender|sore|swollen|swelling',
      },
      'have_to|had_to|need_to|got_to ~1 stretch|kick ~1 them|my_legs',
      // Legs with a will of their own ("his legs want to go for a walk without him", "my legs want to run off").
      'legs|leg ~1 want|wants|wanna|want_to|wants_to ~2 move|walk|run|go_for_a_walk|go_for_a_run|run_off|walk_off|get_up|dance|keep_moving',
      // "have to keep stretching and moving them"; "jimmy legs" is a lay name for restless legs.
      'have_to|had_to|need_to|got_to ~1 keep ~1 stretching|moving|kicking|shaking|fidgeting|jiggling ~~3 them|legs|my_legs|and',
      'jimmy_legs|jimmy_leg|the_jimmies|jimmies|jimmy-legs',
      // Restless sleep ("restless at night", "can't settle") is not the urge: restless needs the legs.
      'restless_legs|restless_leg|rls|willis_ekbom|fidgety|fidget*|jumpy|jittery|twitchy|jerky',
      // A twitch is the urge when the legs twitch; muscles that twitch or flicker under the skin are the muscle
      // itself (fasciculation), not a need to move (IRLSSG: the urge is to move, S60). Twitches in sleep, or that
      // someone else sees or tells of, are movements seen, not a felt urge (issue #14, set 14).
      {
        p: 'twitch|twitches|twitching',
        notInSentence:
          'muscle|muscles|flicker*|flutter*|ripple|ripples|rippling|under_the_skin|under_my_skin|beneath_the_skin|fish|worm|worms|popcorn|asleep|sleep|sleeping|all_night|all_night_long|says|said|tells|told|saw|sees|noticed|notices|apparently',
      },
      '@legs|@leg1|legs ~2 restless|restlessness',
      'restless|restlessness ~2 in ~1 my|the|his|her|both ~1 legs|leg|calves|feet',
      "can't|won't|cannot ~1 keep|stay|hold ~2 still",
      // Legs that "won't settle". What a bed partner sees ("his legs are jumping about all night") is movement, not
      // the urge: an urge is felt, not seen (issue #14, set 14: a man who feels nothing); it is leg_jerks_in_sleep_seen.
      {
        p: "@legs|@leg1 ~2 won't|wont|will_not|can't|cant|cannot|never ~1 settle|keep_still|stay_still",
        positiveOnly: true,
      },
      "can't_stop_moving|won't_stop_moving|keep_moving_them|keep_them_moving",
      'irresistible|overwhelming ~2 urge|need',
      // The urge told by what happens if it is resisted ("if I don't shift them I'll go mad").
      {
        p: 'lose|losing ~1 my|his|her|their ~1 mind|marbles|head|rag|nut',
        // The "if I don't…" before it is the resisting, not a denial.
        negWindow: 1,
        withinSentence:
          'move|moving|shift|shifting|kick|kicking|stretch|stretching|still|fidget*|jiggle|wiggle',
      },
      {
        p: 'go|going|goes|drive|drives|driving ~1 mad|crazy|insane|nuts|bonkers|round_the_bend|up_the_wall|me_mad|me_crazy|me_nuts|him_mad|her_mad|me_up_the_wall|him_up_the_wall|her_up_the_wall',
        // The "if I don't…" before it is the resisting, not a denial.
        negWindow: 1,
        withinSentence: 'move|moving|shift|shifting|kick|kicking|still|fidget*|jiggle|wiggle',
      },
      // Laps of the hall or the house: walking about because the legs will not keep still, when no pain drives it.
      {
        p: 'do|does|doing|did|walk|walking|pace|pacing ~1 laps|lap|circuits|lengths ~2 of|round|around',
        notInSentence: '@pain|throb|throbs|throbbing|tender|sore|swollen|swelling',
      },
    ],
  },
  creeping_crawling_sensation: {
    patterns: [
      // A number "creeping up" (a PSA, a blood level, the weight) is no sensation.
      {
        p: 'creep*|crawl*|creepy_crawly|creepy_crawlies',
        notAfter: [
          'psa',
          'level',
          'levels',
          'count',
          'counts',
          'reading',
          'readings',
          'number',
          'numbers',
          'score',
          'weight',
          'bp',
          'pressure',
          'sugar',
          'sugars',
          'cholesterol',
          'result',
          'results',
          'inr',
          'creatinine',
          'marker',
          'markers',
          'test',
          'tests',
          'bloods',
        ],
      },
      // A hum in the legs ("his shins are humming"): the restless-legs feeling inside, not a sound.
      { p: 'humming|hums|hum|thrumming|thrums', withinSentence: '@legs|@leg1|@foot|them' },
      // "urine like cola" is a colour (dark urine), not a fizzy feeling.
      { p: 'fizz*|lemonade|soda|cola|bubbl*|champagne', notInSentence: 'urine|pee|wee|piss' },
      'ants|insects|bugs|worms|spiders|beetles ~4 crawl*|under|inside|in_my|wriggl*|running',
      // "my leg feels like it's full of ants", "like ants in my legs".
      'full_of|like ~1 ants|insects|bugs|worms',
      'wriggl*|squirm*|writh*|itchy_inside|itch_inside|itching_inside|itchy_feeling_inside|inside_itch|itchy_bones',
      // An itch deep in the bone or one that cannot be scratched (restless legs in lay words, lookalikes C).
      "itch|itchy|itching ~3 in_the_bone|in_the_bones|in_my_bones|inside_the_bone|deep_inside|deep_down|you_can't_scratch|you_cannot_scratch|i_can't_scratch|can't_be_scratched|that_can't_be_scratched",
      'itch_in_the_bone|itch_in_my_bones|itchy_bones|bone_itch',
      {
        p: 'pulling|tugging|pull|pulls',
        notBefore: [
          'my',
          'the',
          'on',
          'toes',
          'foot',
          'feet',
          'up',
          'back',
          'at',
          'it',
          'them',
          'him',
          'her',
          'a',
          'muscle',
          'down',
          'under',
        ],
        // Toes that pull down in a cramp are the cramp's grip, not a creeping feeling.
        notAfter: ['toes', 'toe', 'foot', 'feet'],
      },
      {
        p: 'electric_current|current_running|water_running|fluid_running|something_moving|something_crawling',
        // Warm water trickling down the calf after something "went" behind the knee is a burst cyst, not RLS.
        notInSentence:
          'warm_water|trickl*|something_go|something_went|something_pop|popped|pop|burst|it_went|running_down|ran_down|runs_down',
      },
    ],
  },
  heavy_tired_legs: {
    patterns: [
      {
        p: 'heavy|heavier|heaviness|leaden|like_lead|weighed_down|lead_weights|like_concrete',
        // A heavy load, smoker or period is not a heavy leg ("wearing a heavy tool belt for work").
        notBefore: [
          'tool_belt',
          'belt',
          'bag',
          'bags',
          'backpack',
          'rucksack',
          'load',
          'loads',
          'box',
          'boxes',
          'weights',
          'weight',
          'deadlift',
          'deadlifts',
          'squats',
          'squat',
          'lifts',
          'dumbbells',
          'barbell',
          'lifting',
          'shopping',
          'coat',
          'boots',
          'smoker',
          'drinker',
          'period',
          'periods',
          'meal',
          'cold',
        ],
      },
      {
        p: 'tight|tightness|tighter',
        notAfter: [
          'chest',
          'breathing',
          'jaw',
          'throat',
          'shoes',
          'socks',
          '=pull',
          '=pulls',
          '=pulled',
          '=pulling',
        ],
        // "like a tight band round my ribs" is band pain, not a heavy leg.
        notBefore: ['band', 'belt'],
      },
      '@legs|legs|@leg1 ~3 tired|weary|fatigued|worn_out|exhausted',
      'tired|weary ~2 legs|feeling_legs',
    ],
  },
  bedclothes_hurt_feet: {
    // Contact allodynia (nerve damage, ischaemia). A sheet that cannot be borne on a red, swollen joint is the
    // tenderness of inflammation (gout), not allodynia.
    notInSentence: [
      'red|hot|inflamed ~~4 swollen|swelling',
      'swollen|swelling ~~4 red|hot|inflamed',
      'joint|joints|gout|gouty|bunion',
    ],
    patterns: [
      `${bedclothes} ~6 hurt*|painful|pain|agony|sandpaper|sore|unbearable|burns|stings|excruciating`,
      `can't|cannot|couldn't ~1 bear|stand|tolerate ~3 ${bedclothes}`,
      `${bedclothes} ~3 touch*|touching|on_them|on_it|on_my_feet ~4 hurt*|painful|agony|unbearable|can't_stand|can't_bear`,
      'even_the ~1 slightest ~1 touch ~3 hurt*|painful',
      'light_touch ~3 hurt*|painful',
    ],
  },
  bone_pain_night: {
    sided: true,
    notInSentence:
      'bone_on_bone|funny_bone|backbone|bone_dry|cheekbone|collarbone|bone_density|bone_scan|bone_marrow|bone_broth|to_the_bone|to_the_bones|bone_idle',
    patterns: [
      'bone|bones|shin_bone|shinbone|thigh_bone|thighbone|femur|tibia ~~8 night|nights|at_night|wakes|woke|waking|wake|at_rest|in_bed|lying_still|keeps_me_awake|keeps_me_up|stops_me_sleeping',
      'night|nights|at_night|wakes_me|woke_me|wakes_me_up|woke_me_up|waking_me ~~8 bone|bones|in_the_bone|in_my_bone|thigh_bone|shin_bone|thighbone|shinbone',
      // An ache in the shin or a bone that wakes the person (lookalikes C2: bone pain that wakes me up).
      'shin|shins|bone|bones|shinbone|shin_bone ~~14 wakes_me|woke_me|waking_me|wakes_me_up|woke_me_up|keeps_me_awake|stops_me_sleeping|and_wakes_me',
      // The bone named in one sentence, the waking in the next ("pain in my thigh bone ... it wakes me at 3").
      {
        p: 'wakes_me|woke_me|waking_me|wakes_me_up|woke_me_up|keeps_me_awake|stops_me_sleeping|nights_are_bad|nights_that_are_bad|nights_are_the_worst',
        withinText:
          'thigh_bone|thighbone|shin_bone|shinbone|femur|tibia|in_the_bone|in_my_bone|bone_pain|bone_ache',
      },
      // The shin is bone under the skin: an ache in it that wakes, told over two sentences, is read as the
      // one-sentence pattern above reads it.
      {
        p: 'wakes_me|woke_me|waking_me|wakes_me_up|woke_me_up|keeps_me_awake|stops_me_sleeping',
        withinText: 'ache|aches|aching|pain|pains ~4 shin|shins',
        notInSentence: 'calf|calves|cramp|cramps|cramping|twitch*|jerk*|kick*|itch*|tingl*|restless',
      },
      // The same with the night said as worse ("an ache in my thigh bone ... it's worse at night"): bone pain at
      // night (lookalikes.md C2, S443: bone pain "worse at night").
      {
        p: 'worse_at_night|worst_at_night|bad_at_night|worse_in_bed|worse_at_nighttime|worse_in_the_night',
        withinText:
          'thigh_bone|thighbone|shin_bone|shinbone|femur|tibia|in_the_bone|in_my_bone|bone_pain|bone_ache',
        notInSentence: 'calf|calves|cramp|cramps|cramping',
      },
      // An ache in the thigh or shin that is worse at night or wakes, gone with an anti-inflammatory ("my thigh
      // aches at night … ibuprofen gets rid of it"): the lay account of osteoid osteoma's night bone pain
      // (lookalikes.md C2, S351: "ache in shin/thigh, worse at night", "ibuprofen makes it go completely").
      ...[
        'ache|aches|aching|pain|pains|sore ~4 thigh|thighs|shin|shins',
        'thigh|thighs|shin|shins ~4 ache|aches|ached|aching|hurts|hurt|hurting',
      ].map((withinText) => ({
        p: 'worse_at_night|worst_at_night|bad_at_night|worse_in_bed|worse_in_the_night|wakes_me|woke_me|waking_me|wakes_me_up|woke_me_up|keeps_me_awake|stops_me_sleeping',
        withinText,
        requiresAny: ['relief_anti_inflammatory' as const],
        notInSentence: 'calf|calves|cramp|cramps|cramping|knee|knees|joint|joints',
        positiveOnly: true as const,
      })),
      // …or the hours of the night named ("at its worst in the small hours").
      {
        p: 'worse|worst|bad ~4 small_hours|wee_hours|early_hours|middle_of_the_night|dead_of_night',
        withinText:
          'thigh_bone|thighbone|shin_bone|shinbone|femur|tibia|in_the_bone|in_my_bone|bone_pain|bone_ache',
        notInSentence: 'calf|calves|cramp|cramps|cramping',
      },
      'bone_pain|bone_ache|bone_aches|pain_in_the_bone|ache_in_the_bone|pain_in_my_bone|ache_in_my_bone|deep_in_the_bone|deep_in_my_bone|boring_pain ~~10 night|nights|wakes|woke|waking|rest|bed',
      // A pain "inside the bone" that comes in the small hours or at rest ("like it's in the bone, gets me at 3am").
      'inside|in|within|deep_in|deep_inside ~2 the|my|his|her ~1 bone|bones ~~12 night|nights|#am|am|a.m.|small_hours|early_hours|wee_hours|middle_of_the_night|wakes|woke|waking|not_moving|at_rest|keeping_still|lying_still',
    ],
  },
  back_pain_worse_cough_strain: {
    patterns: [
      // "It hurts my back to cough": the back named between the pain and the cough.
      'hurts|hurt|kills|killing|agony|jars|jolts ~3 back|spine ~2 to|when|if|whenever ~2 cough|sneeze|strain|laugh',
      {
        p: 'worse|worst|agony|hurts|kills|jolts|shoots|@pain ~~6 when|if|whenever ~2 i ~1 cough|coughs|coughing|sneeze|sneezes|sneezing|strain|straining|laugh|laughing|go_to_the_toilet|poo|have_a_poo',
        withinSentence: 'back|spine|backache|back_pain',
      },
      {
        p: 'cough*|sneez*|strain|straining|strains ~~6 worse|agony|hurts|kills|jolt*|shoot*|sharp|jab|jabs|twinge*|catches|caught|jarred|stab*|scream|screams|floors|floored|kill|bolt|bolts|shock|shocks|electric|zap*|goes_through|went_through|wrench*|@pain',
        withinSentence: 'back|spine|backache|back_pain',
        notBefore: ['medicine', 'syrup', 'mixture'],
      },
      // "coughing makes it catch": "it" is the back pain told earlier in the account.
      {
        p: 'cough*|sneez*|strain|straining ~~3 makes_it|make_it|made_it ~1 catch|catches|jolt|shoot|stab|twinge|worse|hurt|kill',
        withinText: 'back|spine|backache|back_pain|back_ache',
        notBefore: ['medicine', 'syrup', 'mixture'],
      },
      // "Coughing jars it", "a sneeze jolts it": the jolt said of "it", the back pain told earlier.
      {
        p: 'cough*|sneez*|strain|straining ~1 jars|jar|jarred|jolts|jolted|catches|sets_off ~1 it|my_back|the_back|his_back|her_back',
        withinText: 'back|spine|backache|back_pain|back_ache',
        notBefore: ['medicine', 'syrup', 'mixture'],
      },
      // Back pain set off by a sneeze or by straining on the toilet.
      {
        p: 'sneez*|cough*|straining|pushing_on_the_toilet|pushing_on_the_loo|bearing_down ~~12 back|spine',
        withinSentence: 'worse|agony|dropped|sets|set_off|kills|shoots|shooting|jolt|jolts',
      },
      { p: 'pushing|straining ~3 toilet|loo ~~4 sets|set ~3 back ~1 off' },
      // Pushing or straining to open the bowels, then the back worse ("when I strain on the loo my back is agony").
      {
        p: 'push|pushing|pushes|strain|straining|strains|bear_down|bearing_down ~~4 poo|pooing|poop|pooping|toilet|loo|bowels|number_two|stool ~~8 worse|agony|kills|killing|shoots|jolts|@pain',
        withinSentence: 'back|spine|backache|back_pain',
      },
    ],
  },
  muscle_aches_both_legs: {
    // "like I've run a marathon" is a simile for the ache, not exercise.
    suppresses: ['muscle_overuse'],
    patterns: [
      'muscles|muscle ~~6 ache|aches|aching|achy|achey|sore|stiff|tender|heavy',
      {
        p: 'thighs|calves|leg_muscles|thigh_muscles ~~4 ache|aches|aching|achy|achey|sore|stiff|heavy',
        positiveOnly: true,
      },
      'achy|aching|sore|heavy|stiff ~2 thighs|calves|leg_muscles|thigh_muscles|muscles',
      "like_i've_run_a_marathon|like_i_ran_a_marathon|like_i_had_run_a_marathon|like_after_a_marathon|like_i've_been_to_the_gym|like_i've_done_a_workout|like_the_flu|flu_like_aches",
      'myalgia|muscle_pain|muscle_pains|muscle_ache|muscle_aches|aching_muscles|sore_muscles|achy_muscles',
      // Both legs aching like flu, or stiff and sore on both sides.
      '@legs ~3 are|feel|felt|feeling ~2 stiff_and_sore|sore_and_stiff|stiff_and_achy|achy_and_stiff',
      'achy|aching|sore ~3 legs ~3 both_sides|both_of_them',
      'like_flu_aches|flu_aches|flu_like_aches|flu-like_aches',
    ],
  },
};
