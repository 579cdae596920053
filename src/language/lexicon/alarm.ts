import { drugs } from './medication.js';
import type { FindingLexiconTable } from './types.js';

const episodic =
  'cramp|cramps|cramping|charley_horse|spasm|knots_up|rock_hard|gone_hard|went_hard|goes_hard|seized_up|seizes_up|then_it_passed|it_passed|then_passed|passed_off|went_off|wore_off|lasted|lasts|for_about_a_minute|for_a_minute|few_seconds|for_seconds|chest|gradually|gradual|slowly|crept_up|came_on_slowly';

/** Hot weather, not a hot leg ("it's been super hot out", "in the hot weather my leg swells"). */
const weatherAfter = [
  'out',
  'outside',
  'weather',
  'lately',
  'recently',
  'today',
  'this_week',
  'this_summer',
  'in_here',
  'in_the_house',
  'at_work',
  'day',
  'days',
  'summer',
  'spell',
  'sun',
  'climate',
  'abroad',
  'on_holiday',
  // A month or season is the weather ("worse when it was hot in July").
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'spring',
  'autumn',
  // A hot object the foot touched ("burnt my foot on a hot water bottle") is not a hot foot.
  'water_bottle',
  'water',
  'bath',
  'tap',
];
const hotWeather =
  'hot|warm|heat ~1 weather|day|days|spell|summer|climate|country|sun|bath|shower|water|room|house|flat|office|kitchen|weekend';

/** A big step up in a pain ("much worse", "far worse"): with "sudden" it is a new severe pain. */
const muchWorse =
  'much_worse|far_worse|a_lot_worse|lot_worse|way_worse|loads_worse|so_much_worse|ten_times_worse|massively_worse|hugely_worse|really_bad|very_bad|much_more_painful|far_more_painful';

/** A pain compared with every pain before it ("worse than anything", "never had pain like this"). */
const worseThanEver =
  "worse_than_anything|worse_than_anything_before|worse_than_anything_i've|worse_than_i've_ever|worse_than_ive_ever|worse_than_ever_before|worst_i've_ever|worst_ive_ever|worst_i_have_ever|worst_ever|never_had_pain_like|never_felt_pain_like|never_known_pain_like|never_had_a_pain_like";
/** A changed feeling said without "numb" ("weird", "like it's not my skin") of the skin when wiping. */
const alteredFeeling =
  "weird|strange|funny|odd|different|not_right|not_my_skin|not_my_own|not_mine|someone_else's|someone_elses|like_cardboard|like_rubber|rubbery|wooden";

/** Hands and feet named together ("toes and fingertips", "hands and feet"). */
const handsAndFeet =
  'hands_and_feet|fingers_and_toes|feet_and_hands|toes_and_fingers|toes_and_fingertips|fingertips_and_toes|fingers_and_feet|feet_and_fingers|hands_and_toes|toes_and_hands|fingertips_and_feet|feet_and_fingertips';

/** A burning feeling said as a likeness ("like walking on hot sand", "as if they're on fire"): a feeling, not a hot leg. */
const burningLike =
  'like|as_if|as_though ~4 hot_sand|hot_coals|hot_poker|hot_iron|hot_plate|hot_water|on_fire|in_a_fire|been_in_a_fire|hot_needles';

/** Words for being out of breath. */
const breathWordsAlarm =
  'breathless*|breathlessness|short_of_breath|shortness_of_breath|out_of_breath|dyspnoea|dyspnea|puffed_out';
const puffWords =
  'out_of_puff|short_of_puff|puffing_and_panting|huffing_and_puffing|gasping_for_breath|gasping_for_air|winded_going_up|laboured_breathing|labored_breathing';
/** Legs that "run out of puff" on walking are tired legs (claudication), not a breathless person. */
const legsOutOfPuff = ['legs', 'leg', 'calves', 'calf', 'muscles', 'legs_run', 'legs_ran', 'legs_just'];
/** Fighting for breath: "can't get my breath". */
const cantGetBreath = "can't|cannot|couldn't ~1 get|catch ~1 my|his|her|their ~1 breath";
/** Stopping to get one's breath ("had to sit on the step to get her breath"): breathless, but not said as new. */
const toGetBreath = 'to ~1 get|catch ~1 my|his|her|their ~1 breath';
/** Either of the two. */
const catchBreath = "can't|cannot|couldn't|to ~1 get|catch ~1 my|his|her|their ~1 breath";
/** Effort that brings breathlessness on ("on the stairs", "walking up hills"). */
const exertion =
  'stairs|upstairs|steps|hill|hills|uphill|incline|slope|climbing|climb|exertion|exercise|exercising|running|jogging|gym|walking_up|walk_up|going_up|walking_fast|walk_far|walking_far|hurry|hurrying';
/** Words that make breathlessness new: a change of today, or since a leg symptom began (S11, S12). */
const newBreath =
  'tonight|today|this_morning|this_afternoon|this_evening|last_night|yesterday|suddenly|sudden|all_of_a_sudden|out_of_nowhere|this_week|since|new|recently|started|hours|now';

/** Weakness that comes with standing or walking and goes with sitting (neurogenic claudication). */
const posturalOnly =
  "stand_too_long|standing_too_long|stood_too_long|stand_for_too_long|standing_for_too_long|stand_for_long|standing_for_long|walk_too_far|walking_too_far|walk_too_long|walking_too_long|sitting_fixes|sitting_helps|sitting_down_helps|sitting_down_fixes|sit_down_and_it|sit_down_and_they|once_i_sit|when_i_sit_down|if_i_sit_down|after_a_sit|eases_when_i_sit|better_when_i_sit|better_sitting|fine_sitting|fine_when_i_sit|goes_when_i_sit|go_when_i_sit|wears_off_when_i_sit|once_im_sat|once_i'm_sat|once_i_am_sat|when_im_sat|when_i'm_sat|fine_once_im_sat|fine_once_i'm_sat|bent_over_the_trolley|leaning_on_the_trolley|lean_on_the_trolley|lean_on_a_trolley|leaning_on_a_trolley";

/**
 * Tasks that need the hip and thigh muscles: weakness at them on a statin is the proximal muscle weakness of
 * statin myopathy, coming on over weeks (S392, S440), not the new weakness of a squeezed cord or nerve root.
 */
const proximalTask =
  'out_of_a_chair|out_of_the_chair|out_of_chair|out_of_my_chair|out_of_the_armchair|up_from_a_chair|up_from_the_chair|up_stairs|upstairs|the_stairs|climbing_stairs|off_the_floor|off_the_sofa|out_of_the_bath|from_squatting';

const statinProximal = { sentence: proximalTask, text: drugs.statin };

/**
 * A walk that ends in a sit ("gets to the end of the road, then has to sit on a wall"): weakness that comes with
 * walking and goes with sitting, as `posturalOnly` (neurogenic claudication), said as a walking distance.
 */
const walkThenSit = {
  sentence:
    'walk|walks|walking|walked|get_to|gets_to|got_to|end_of|as_far_as|yards|metres|meters ~~12 has_to_sit|have_to_sit|had_to_sit|needs_to_sit|need_to_sit|has_to_stop_and_sit|have_to_stop_and_sit|sits_on|sit_on|sat_on',
};

/** Words after "weakness" that make it a cause offered ("weakness from being laid up"). */
const weaknessAsCause = [
  'from_being',
  'from_lying',
  'from_bed',
  'from_not',
  'from_old',
  'from_age',
  'due_to',
  'because',
  'because_of',
  'after_being',
  'caused_by',
];

/** Colour and cold words that together describe an ischaemic limb. */
const pallid =
  'pale|paler|white|whiter|blue|bluish|blueish|mottled|blotchy|grey|gray|greyish|grayish|dusky|waxy|marbled';
const icy = 'cold|colder|icy|ice_cold|freezing|stone_cold|like_ice|cool|cooler';
/** A duration of weeks or more: an acute limb or skin change is new within days (S48), so this is a chronic one. */
const forWeeksOrMore =
  'for_years|for_months|for_ages|for_weeks|for_a_few_weeks|for_several_weeks|for_a_couple_of_weeks|for_a_good_few_weeks|for_the_last_few_weeks|for_the_past_few_weeks|over_the_last_few_weeks|over_the_past_few_weeks|over_the_last_few_months|over_the_past_few_months|weeks_now|months_now|years_now';
/** Long-standing skin change, or hair lost with it: atrophic skin of poor circulation (S42), not an acute sign. */
const trophicSkin = `hair|hairs|hairless|${forWeeksOrMore}`;
/**
 * A cold, pale foot that has been so for long (chronic ischaemia, Raynaud's) is not a sudden change, nor is a foot
 * that blanches when it is raised (elevation pallor, the Buerger sign of chronic ischaemia: S38, S22).
 */
const longStanding = `always|often|usually|sometimes|every_winter|in_winter|in_the_winter|when_it_is_cold|in_the_cold|${forWeeksOrMore}|when_i_raise|when_i_lift|rais*|elevat*|lift*|put_it_up|puts_it_up|put_them_up|puts_them_up|put_my_foot_up|put_his_foot_up|put_her_foot_up|feet_up|legs_up|foot_up_on|leg_up_on|pouffe|footstool|foot_stool|propped|prop_it_up|props_it_up`;
/** Habit words that make the coldness itself long-standing (a duration may date something else: "a stent for years"). */
const habitualCold =
  'always|often|usually|sometimes|every_winter|in_winter|in_the_winter|when_it_is_cold|in_the_cold';
/**
 * Words that put a change in the last hours ("tonight", "woke", "3 hours"): a pale, cold foot said beside them is
 * new whatever older history shares the sentence (S48: the acute picture develops over hours).
 */
const newTonight =
  'tonight|today|this_morning|this_afternoon|this_evening|last_night|suddenly|all_of_a_sudden|out_of_nowhere|woke|woken|hours|hrs|an_hour';
/** A purple-red colour (dependent rubor of a starved foot, S38), not redness from inflammation. */
const mixedRubor =
  'purplish_red|purple_red|dusky_red|bluish_red|blueish_red|reddish_purple|reddish_blue|red_purple|purple_and_red|red_and_purple|dependent_rubor|rubor';
/** The same, or any colour seen only when the foot hangs down or the person sits. */
const rubor = `${mixedRubor}|when_sitting|when_i_sit|when_he_sits|when_she_sits|when_i'm_sitting|when_he's_sitting|when_she's_sitting|when_hes_sitting|when_shes_sitting|when_im_sitting|when_sat|hanging_down|hang_down|hangs_down|when_hanging|when_it_hangs|when_they_hang|dangling|dangle|dangles`;
/** Colours of a dusky foot that are not pallor (pallor, white, blue and mottled are read as said). */
const duskyColour = 'dusky|purple|purplish|grey|gray|greyish|grayish';
/** The acute limb's own words: cold, pale, white, blue, mottled (S48). */
const pallorOrCold =
  '@cold|coldness|paleness|pallor|pale|paler|white|whiter|blue|bluish|blue_ish|mottled|colourless|colorless|waxy';
/** Praise of the past ("it has always been fine", "never had this before"): an "always" that is not a habit of the cold. */
const alwaysWellBefore =
  'always_been_fine|always_been_ok|always_been_okay|always_been_normal|always_been_healthy|always_been_well|always_been_alright|always_fine|always_been_perfectly_fine|never_had_this|never_had_anything_like|never_happened_before';
/** One foot compared with the other: a one-sided change, the ischaemic leg beside a normal one (S48). */
const comparedToOther =
  'compared_to|compared_with|than_the_other|than_my_other|than_his_other|than_her_other|other_one|other_foot|other_leg';

/** Words that say it is the pain or numbness that spreads, not the redness. */
const spreadingNotRedness =
  '@pain|@numb|pins_and_needles|tingl*|weakness|weak|swelling|swollen|puffy|ulcer|sore|bruise|bruising|lump|rash_on';

/** Warmth from outside the body (a bath, the bed, the weather) is no sign. */
const warmFromOutside =
  'bath|shower|blanket|blankets|duvet|sun|weather|water|socks|hot_water_bottle|heat_pad|heat_pack|heating|room|fire|radiator|cream|gel';

/** A fast pulse: a sign of a clot in the lung (S11, S12), or of a fever. */
const racingHeart =
  'heart|pulse|heartbeat ~3 racing|pounding|going_fast|really_fast|very_fast|so_fast|going_like_the_clappers';
const fastPulse =
  'racing_heart|racing_pulse|fast_pulse|rapid_pulse|fast_heartbeat|rapid_heartbeat|fast_heart_rate|rapid_heart_rate|tachycardia|tachycardic';
const febrile = 'fever|feverish|temperature|temp|shivers|shivering|shivery|chills|rigors|burning_up';

/** "A faint ache / faint red mark" is not fainting. */
/** Drink or drugs, for "passed out" said as the stupor of a night out rather than a faint. */
const intoxicated =
  'drunk|drink|drinking|drinks|wasted|hammered|pissed|smashed|legless|steaming|bladdered|night_out|heavy_night|big_night|heavy_session|sesh|party|partying|booze|boozing|beers|pints|vodka|alcohol|hangover|hungover|drugs|heroin|overdose';

const faintNouns = [
  'ache',
  'pain',
  'red',
  'redness',
  'pink',
  'blue',
  'mark',
  'marks',
  'line',
  'rash',
  'pulse',
  'pulses',
  'tingl',
  'tingling',
  'bruise',
  'bruising',
  'smell',
  'glow',
  'feeling',
  'sensation',
  'throb',
  'buzz',
  'memory',
  'hope',
];

/** A knock, tackle, fall or cast: what makes pain out of proportion a compartment warning (S330). */
const injuredLeg =
  'cast|plaster|fracture|fractured|injury|injured|bandage|crush*|tackle|tackled|kicked|kick|knock|knocked|accident|fell|fall|whacked|banged|bashed|studs|stamped';

/**
 * Little blisters in a rash of red spots (shingles, chickenpox, eczema) are not the dusky skin with blisters of a
 * necrotising infection (S336): that needs the dark colour said, which the other patterns still read.
 */
const smallBlisterRash =
  'spots|spotty|pimples|tiny_blisters|little_blisters|small_blisters|tiny_little_blisters|pinhead_blisters|cluster_of_blisters|clusters_of_blisters|little_red_spots|tiny_red_spots|little_red_blisters|tiny_red_blisters|small_red_blisters|little_watery_blisters|tiny_watery_blisters';

/** Alarm findings (red flags). Every one has negated forms in the safety tests. */
/** Said of bladder leaking that is old, not new: "always been leaky", "for years", "since having the kids". */
const longStandingLeak =
  'always_been|always_had|for_years|years_now|since_having_the|since_having_my|since_having_her|since_having_five|since_the_kids|since_the_babies|since_childbirth|since_giving_birth';

export const alarm: FindingLexiconTable = {
  sudden_severe_pain: {
    notInSentence: episodic,
    sided: true,
    // The red flag is a sudden severe pain within the last two weeks (its question; S48): one dated further back
    // ("about 5 weeks ago I got a sudden severe pain") is left open for the screen to ask, read as a long course.
    longStanding: { afterDays: 14, readAs: 'symptoms_over_two_weeks', onsetDated: true },
    patterns: [
      '@sudden ~~8 @severe',
      '@severe ~~8 @sudden',
      "worst_pain ~3 ever|of_my_life|i've_ever_had|i_have_ever_had",
      'sudden|suddenly ~3 @severe|very_painful|really_painful|extremely_painful|incredibly_painful|excruciating',
      'came_on_suddenly|started_suddenly|came_on_out_of_nowhere|started_out_of_nowhere ~~8 @severe|severe|agony|really_painful',
      'sudden_severe_pain|sudden_onset_severe|sudden_and_severe|sudden_excruciating',
      // A sudden step up in a known pain ("a sudden much worse pain", "all at once it got far worse"): a new
      // severe pain on top of an old one keeps the acute-limb screen open (S48: sudden onset).
      `@sudden ~~6 ${muchWorse}`,
      `${muchWorse} ~~4 suddenly|all_of_a_sudden|all_at_once|out_of_nowhere|out_of_the_blue|without_warning`,
      // A pain beyond any felt before ("worse than anything before", "never had pain like it") that began within
      // days: the severe pain of a new event (S48), asked as sudden unless it is said to be long-standing.
      { p: worseThanEver, requiresAny: ['onset_within_two_weeks'], withinSentence: '@pain|@severe' },
      // A sudden pain with no severity told ("he's had a sudden pain in the leg"): half of the red flag said, so it
      // is kept open (and possibly present for triage) until the screen asks how bad it is (S48).
      { p: '@sudden ~2 pain|pains|hurt|hurts|hurting|ache|aching', state: 'unknown', possiblyPresent: true },
      // An onset in an instant, its severity said later in the sentence ("came on in a split second ... severe ever since").
      'came_on|started|began|hit|struck|kicked_in ~4 @sudden ~~16 @severe',
      // The severity shown by what it did to the person ("suddenly doubled over", "all at once he screamed with it").
      {
        p: '@sudden ~~6 doubled_over|doubled_up|bent_double|screamed|screaming|cried_out|crying_out|howling|howled|writhing|on_the_floor|dropped_to_the_floor|fell_to_the_floor',
        withinSentence: '@pain|leg|legs|calf|thigh|foot|knee|shin',
      },
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
      'black|blackish ~2 spot|spots|mark|patch ~~6 toe|toes|foot|heel|spreading',
      // Said as dying or rotting ("the toe looks like it's dying"); "dead" alone is left out (a numb "dead" foot).
      "toe|toes|foot|heel|skin|tip|tips ~~6 dying|rotting|rotten|shrivelled|shriveled|withering|withered|like_it's_dying|like_it's_rotting",
    ],
  },
  one_leg_warm_red: {
    sided: true,
    // "Purply red" or "dusky red" toes are the colour of a starved foot hanging down (dependent rubor, S38).
    notInSentence: mixedRubor,
    patterns: [
      {
        p: "@leg1|@foot|skin|it|it's|patch|area ~7 @red|@hot|red_and_warm|red_and_hot|warm_and_red|hot_and_red",
        notBefore: [...weatherAfter, 'sand', 'coals', 'coal', 'poker', 'needles', 'plate', 'iron', 'fire'],
        notInSentence: burningLike,
        // "in summer it's too hot", "outside it's hot": the weather, said before the match.
        notAfter: [
          'summer',
          'summertime',
          'weather',
          'heatwave',
          'heat_wave',
          'sunny',
          'outside',
          'holiday',
          'abroad',
        ],
      },
      { p: '@red|@hot ~4 @leg1|foot|toe|shin|skin', notBefore: weatherAfter, notInSentence: hotWeather },
      // Signs of inflammation said as a list ("gone hard, red and tender along a line"; "red, swollen and sore").
      'red|redness|reddened|inflamed ~2 and|, ~2 tender|swollen|painful|sore|hard|lumpy|hot|warm',
      'tender|swollen|painful|sore|hard|lumpy|hot|warm ~1 and|, ~1 red|inflamed|reddened',
      'swollen|tender|red|painful|sore ~1 and ~1 [feels|feel|is|looks|feeling] warm|warmer',
      'hot_to_touch|warm_to_touch|hot_to_the_touch|warm_to_the_touch|angry_red|red_and_angry',
      '@red ~3 and|, ~2 @warm',
      // The two said together before the place ("a red warm area on my thigh", "a warm red patch along the vein").
      '@red ~1 @warm|@hot ~2 area|patch|spot|line|streak|lump|mark|bit|skin',
      '@warm|@hot ~1 @red ~2 area|patch|spot|line|streak|lump|mark|bit|skin',
      // "the calf feels warm", even hedged ("a bit warm to me?"): warmth of one part of the leg (a DVT sign),
      // read so the red flag stays open.
      {
        p: 'calf|shin|thigh|leg|ankle ~3 feels|feel|felt|feeling|seems|is ~3 warm|warmer',
        notInSentence: warmFromOutside,
      },
      '@warm ~3 and|, ~2 @red',
      { p: 'going|gone|turned|turning ~1 red', positiveOnly: true },
      // Redness said later in a sentence about a swollen leg ("swollen from the knee down and achy, sort of reddish").
      { p: 'swollen|swelling|puffy ~~10 reddish|red|reddened|redness|inflamed', notInSentence: hotWeather },
      // Warmth said after the swelling ("it's fatter than the other one and a bit warm").
      {
        p: 'swollen|fatter|bigger|puffy|puffier|thicker ~~8 and ~2 warm|warmer|hot|hotter',
        notInSentence: hotWeather,
        notBefore: weatherAfter,
      },
      { p: 'redness|red|warmth|warm|heat|hot', negatedOnly: true },
    ],
  },
  chest_pain_or_breathless: {
    // A chest pain said to have been found harmless ("chest pains last year that turned out to be indigestion")
    // is an old, explained one, not the chest pain of a clot in the lung now.
    notInSentence: [
      'turned_out|turns_out|put_down_to|was_just|were_just ~4 indigestion|heartburn|reflux|acid|wind|trapped_wind|anxiety|panic*|nothing|muscular|a_pulled_muscle|a_strain|costochondritis',
    ],
    patterns: [
      'chest ~4 pain|pains|hurt*|ache|aching|tight|tightness|sore|heavy|pressure|crushing',
      'pain|pains|ache|tightness|pressure|heaviness ~3 in ~1 my|the ~1 chest',
      // "It hurts to breathe in": pain on breathing (pleuritic pain of a clot in the lung, S11), no leg named.
      {
        p: 'hurts|hurt|painful|sore|agony ~1 to ~1 breathe|breathe_in|take_a_breath|take_a_deep_breath|breathe_deeply',
        notInSentence:
          'leg|legs|calf|calves|foot|feet|knee|knees|thigh|thighs|shin|shins|ankle|ankles|toes|hip|back',
      },
      // Breathlessness said only on exertion ("puffed out on the stairs", "out of breath walking up hills") with no
      // word that makes it new is not the sudden breathlessness of a clot (S11, S12; S472 sends gradual or
      // exertional breathlessness to a GP): left open (unknown) for the screen to ask. Said as new ("tonight",
      // "suddenly", "since the swelling") it is the red flag.
      {
        p: `${breathWordsAlarm}|${puffWords}`,
        withinSentence: exertion,
        notInSentence: newBreath,
        state: 'unknown',
        notAfter: legsOutOfPuff,
      },
      {
        p: `${breathWordsAlarm}|${puffWords}`,
        withinSentence: exertion,
        withStatedInSentence: newBreath,
        notAfter: legsOutOfPuff,
      },
      // With a new leg symptom or a swollen leg, breathlessness on the stairs is taken as part of the new story
      // ("flew back last week, my calf is puffy … a bit short of breath climbing stairs too"): the clot-in-lung
      // flag (S11, S12).
      {
        p: `${breathWordsAlarm}|${puffWords}`,
        withinSentence: exertion,
        requiresAny: ['one_leg_swollen', 'whole_leg_swollen', 'onset_within_two_weeks'],
        positiveOnly: true,
      },
      {
        p: catchBreath,
        withinSentence: exertion,
        requiresAny: ['one_leg_swollen', 'whole_leg_swollen', 'onset_within_two_weeks'],
        positiveOnly: true,
      },
      { p: `${breathWordsAlarm}|${puffWords}`, withinSentence: exertion, negatedOnly: true },
      { p: breathWordsAlarm, notInSentence: exertion },
      // British lay words for breathlessness ("a bit out of puff going up the stairs").
      { p: puffWords, notInSentence: exertion, notAfter: legsOutOfPuff },
      { p: cantGetBreath, notInSentence: exertion },
      { p: '@cannot ~2 get|getting ~2 enough ~1 air|breath|oxygen', notInSentence: exertion },
      // Stopping to get one's breath with no effort named and no word that makes it new (a slow story of
      // breathlessness lying down, S472: a GP): left open for the screen to ask; said as new it is the red flag.
      { p: toGetBreath, notInSentence: `${exertion}|${newBreath}`, state: 'unknown' },
      { p: toGetBreath, notInSentence: exertion, withStatedInSentence: newBreath },
      {
        p: catchBreath,
        withinSentence: exertion,
        notInSentence: newBreath,
        state: 'unknown',
      },
      {
        p: catchBreath,
        withinSentence: exertion,
        withStatedInSentence: newBreath,
      },
      // Pain on breathing in is pleuritic (a clot in the lung, S11, S12): "a sharp pain under my ribs when I take a big breath in".
      'pain|pains|hurts|hurt|sharp|stabbing|stab|stabs|catches|catching|twinge ~~8 when|if|as|whenever|every_time ~4 breath|breathe|breathes|breathed|breathing',
      'deep_breath|big_breath|breathe_in|breathes_in|breathed_in|breathing_in|breathe_deeply|deep_breaths|big_breaths ~~6 hurts|hurt|sharp|stab*|catches|pain|pains',
      'pleuritic|pleurisy',
      "can't_breathe|cannot_breathe|can't_catch_my_breath|struggling_to_breathe|struggle_to_breathe|hard_to_breathe|difficulty_breathing|trouble_breathing|breathing_is_hard",
      'cough*|spit*|bring*|brought ~3 blood|blood_up',
      { p: 'faint', notAfter: ['=a', '=the', '=very_a'], notBefore: faintNouns },
      'fainted|fainting|collapse|syncope|nearly_fainted|almost_fainted|feel_faint|felt_faint|feeling_faint',
      // "Passed out" or "blacked out" from drink or drugs ("passed out on the sofa after a heavy night") is the
      // stupor of intoxication, not a faint: left open (unknown) for the screen to ask about fainting (S11, S12);
      // said with no drink or drug it is the faint of a clot in the lung.
      { p: 'passed_out|blacked_out|collapsed', notInSentence: intoxicated },
      { p: 'passed_out|blacked_out|collapsed', withinSentence: intoxicated, state: 'unknown' },
      // Light-headedness and a racing pulse are symptoms of a clot in the lung (S11, S12, S13).
      'lightheaded|light_headed|light_headedness|lightheadedness',
      // A racing heart or fast breathing said with a fever is the fever's (systemic_illness), not a clot's;
      // a denied fever ("no fever, but my heart is racing") leaves it a clot sign.
      { p: racingHeart, notWithStatedInSentence: febrile },
      { p: fastPulse, notWithStatedInSentence: febrile },
      {
        p: 'breathing|breathe|breath ~2 fast|faster|quickly|rapidly|hard_and_fast',
        notWithStatedInSentence: febrile,
      },
      { p: 'fast|rapid|quick ~1 breathing', notWithStatedInSentence: febrile },
      'pain|hurts|sharp ~3 when ~2 breathe|breathing|breathe_in',
      {
        p: 'pulmonary_embolism|clot_in_my_lung|clot_on_my_lung|clot_on_the_lung|clot_in_my_lungs|clots_in_my_lungs',
        notAfter: ['had_a', 'had', 'history_of', 'previous', 'past'],
        notInSentence: 'years_ago|year_ago|in_the_past|back_in',
      },
      { p: 'breathing|breath ~3 normal|fine|ok|okay|alright', state: 'absent' },
    ],
  },
  sudden_cold_pale_leg: {
    sided: true,
    suppressesInSentence: ['skin_shiny_pale_or_bluish_red'],
    patterns: [
      // Pallor with coldness is the acute picture (pallor, poikilothermia; S48): "white and stone cold".,
      {
        p: 'white|pale|waxy|grey|gray|mottled ~3 and|, ~2 stone_cold|ice_cold|freezing|icy|cold',
        notInSentence: longStanding,
      },
      '@sudden ~~8 @coldpale',
      '@coldpale ~3 suddenly|all_of_a_sudden|out_of_nowhere|overnight|since_this_morning|since_this_afternoon',
      // A dusky, purple or grey colour come on with no cold and no word of when ("the toes have gone a dusky
      // colour", told in a weeks-long story of rest pain) is as often the chronic colour of a starved foot (S38):
      // the acute limb (S48) is read from it only with a recent onset or a word of suddenness; otherwise it is
      // left open for the screen to ask. Listed before the general colour change below (one match per span).
      {
        p: `gone|went|turned|turning|become|became|changed|going ~4 ${duskyColour}`,
        requiresAny: ['onset_within_two_weeks'],
        notInSentence: longStanding,
      },
      {
        p: `gone|went|turned|turning|become|became|changed|going ~4 ${duskyColour}`,
        withinSentence: newTonight,
        notInSentence: longStanding,
      },
      {
        p: `gone|went|turned|turning|become|became|changed|going ~4 ${duskyColour}`,
        state: 'unknown',
        notInSentence: `@cold|pale|paler|white|whiter|blue|bluish|mottled|waxy|${longStanding}`,
      },
      {
        p: `gone|went|turned|turning|become|became|changed|going ~4 ${pallorOrCold}`,
        notInSentence: longStanding,
      },
      // A list of colours after the change word ("it's gone blotchy, mottled blue and white", "gone patchy, pale and
      // bluish"): the comma ends the clause the rule above looks in, but the list still names pallor or blue (S48).
      {
        p: `gone|went|turned|turning|become|became|changed|going ~4 ${pallid}|patchy|spotty|blotched ~~4 ${pallorOrCold}`,
        notInSentence: longStanding,
      },
      'cold|white|pale ~2 and ~1 numb|pulseless|dead',
      "no_pulse|lost_the_pulse|can't_find_a_pulse|pulseless|like_a_dead_leg",
      // One foot pale and cold compared with the other, its coldness not said to be long-standing: kept open as
      // the acute picture (the screen asks when it began; safety first, S48).
      // Listed before the same words gated on a recent onset below: one match is kept per span.
      {
        p: `${pallid} ~~12 ${icy}`,
        withinSentence: comparedToOther,
        notInSentence: longStanding,
      },
      {
        p: `${icy} ~~8 ${pallid}`,
        withinSentence: comparedToOther,
        notInSentence: longStanding,
      },
      // Further apart ("freezing compared to the other one and the skin looks sort of blotchy"), with a recent onset.
      {
        p: `${icy} ~~12 ${pallid}`,
        withinSentence: comparedToOther,
        requiresAny: ['onset_within_two_weeks'],
        notInSentence: longStanding,
      },
      // A leg both cold and pale, mottled or blue, new within days (S48: pallor may instead be mottled or blue).
      {
        p: `${pallid} ~~12 ${icy}`,
        requiresAny: ['onset_within_two_weeks'],
        notInSentence: longStanding,
        withinSentence: '@leg1|@legs|@foot|skin|it',
      },
      {
        p: `${icy} ~~8 ${pallid}`,
        requiresAny: ['onset_within_two_weeks'],
        notInSentence: longStanding,
        withinSentence: '@leg1|@legs|@foot|skin|it',
      },
      // The same, said beside a change of the last hours even when older history shares the sentence ("a stent
      // for years and tonight my foot is white and cold"): a duration there dates the history, a habit word
      // ("always cold") would date the coldness.
      {
        p: `@leg1|@legs|@foot|it|skin ~~6 ${pallid} ~~12 ${icy}`,
        withinSentence: newTonight,
        notInSentence: habitualCold,
      },
      // The same with the cold said first ("now the foot is cold and sort of blotchy blue").
      {
        p: `@leg1|@legs|@foot|it|skin ~~6 ${icy} ~~8 ${pallid}`,
        withinSentence: newTonight,
        notInSentence: habitualCold,
      },
      // A change told against the clock ("now it's 5am and the foot is white and cold"), with no older duration
      // in the sentence.
      {
        p: `@leg1|@legs|@foot|it|skin ~~6 ${pallid}|${icy} ~~8 ${pallid}|${icy}`,
        withinSentence: "now_it's|now_its|now_it_is",
        notInSentence: `${habitualCold}|${forWeeksOrMore}|years|months|weeks`,
      },
      // "Always" that praises the past ("it went white and cold an hour ago, it has always been fine") dates the
      // health before, not the coldness: the new change is still the acute picture (S48).
      {
        p: `@leg1|@legs|@foot|it|skin ~~6 ${pallid}|${icy} ~~8 ${pallid}|${icy}`,
        requiresAny: ['onset_within_two_weeks'],
        withinSentence: alwaysWellBefore,
        notInSentence: `every_winter|in_winter|in_the_winter|when_it_is_cold|in_the_cold|${forWeeksOrMore}|years|months|weeks`,
      },
      { p: '@leg1|@legs|@foot ~4 cold|colder|pale|white|icy', negatedOnly: true },
    ],
  },
  saddle_numbness: {
    suppresses: ['numbness_tingling', 'pain_buttock_thigh'],
    patterns: [
      // Location before the numbness ("his bum and between his legs feel numb"), and a numb feeling after wiping.,
      'bum|bottom|buttocks|between_my_legs|between_his_legs|between_her_legs|between_the_legs|down_below|down_there|privates|private_parts|genitals|genital_area|crotch|groin|inner_thighs|back_passage|perineum ~~6 @numb',
      // "a numb bum", "numb backside": the feeling word said first.
      'numb|tingly|tingling|dead ~1 bum|bottom|backside|buttocks|bum_cheeks|crotch',
      'wiped|wipe|wiping ~~14 @numb',
      '@numb ~4 down_below|between_my_legs|between_the_legs|around_my_bottom|around_my_bum|around_my_back_passage|back_passage|genitals|genital|privates|private_parts|groin|perineum|saddle|vagina|penis|anus|around_my_bottom_and_genitals|in_my_bottom|in_my_bum|my_bits',
      '@numb ~4 around|in|between ~2 bottom|bum|back_passage|genitals|privates|groin|crotch|inner_thighs',
      "can't|cannot|couldn't|didn't|don't ~1 feel ~4 toilet_paper|bottom|bum|when_i_wipe|wiping|the_paper|my_bits|down_there",
      'saddle_numbness|saddle_anaesthesia|saddle_anesthesia|saddle_area|saddle_region',
      // Lay words for the seat area ("numb round my backside", "my arse has gone numb"): the saddle (seed:L12).
      '@numb ~4 round|around|in|across ~2 my|his|her|the ~1 backside|arse|ass|bum|bottom|buttocks|bum_cheeks|seat',
      'backside|arse|bum_cheeks ~~6 @numb',
      // Numbness likened to sitting too long on something hard ("like when you've sat on a hard bench too long"):
      // people describe saddle numbness this way (lookalikes.md section C).
      {
        p: 'like|as_if|as_though ~~6 sat|sitting|sit ~4 hard|bike|saddle|bench|wooden',
        withinSentence: '@numb|numb',
      },
      // "It feels numb when I wipe after the toilet."
      '@numb ~~6 when_i_wipe|wipe|wiping|toilet_paper',
      'numb|numbness ~2 down_there|down_below',
      // Altered feeling on wiping, in lay words: "it feels weird when I wipe", "like it's not my skin" (the saddle
      // area reported as strange rather than numb; S1-type cauda equina screen, seed:L12).
      `wiped|wipe|wiping ~~10 ${alteredFeeling}`,
      `${alteredFeeling} ~~6 wiped|wipe|wiping|toilet_paper`,
      `down_below|down_there|between_my_legs|my_bits|my_bottom|my_bum|back_passage ~3 feels|feel|feeling|felt ~3 ${alteredFeeling}`,
      {
        p: 'no_feeling|reduced_feeling ~3 down_below|down_there|bottom|genitals|back_passage',
        positiveOnly: true,
      },
      // The numb saddle in lay words: "down there", "back passage", "like it has been anaesthetised" (NHS cauda equina page words).
      '@numb ~3 down_there|back_passage|around_my_bottom|around_my_back_passage|in_my_privates|my_privates',
      "back_passage|down_there ~~6 numb|anaesthetised|anesthetised|no_feeling|can't_feel|cannot_feel|like_an_anaesthetic|gone_dead",
    ],
  },
  bladder_bowel_change: {
    patterns: [
      // "couldn't feel himself weeing", "an accident with wee", "wet himself".,
      "can't|cannot|couldn't|didn't|don't ~1 feel ~3 myself|himself|herself|it ~3 wee|pee|weeing|peeing|urinate|urinating|going|pass_water",
      'accident|accidents ~~4 wee|pee|weeing|peeing|urine|poo|pooing',
      // Not feeling the need to go ("had an accident, didn't even realise I needed to go"): lost bladder or bowel
      // sensation, the cauda equina change (seed:L12).
      {
        p: "didn't|did_not|never|don't|doesn't|couldn't ~2 realise|realize|know|notice|feel|tell ~3 needed|need|needs|had|wanted ~2 to_go|the_toilet|the_loo|a_wee|a_pee|a_poo|the_bathroom",
        notBefore: [
          'to_the_doctor',
          'to_a_doctor',
          'to_the_gp',
          'to_hospital',
          'to_a&e',
          'to_see',
          'and_see',
        ],
      },
      "accident|accidents ~~10 didn't_realise|didn't_even_realise|didn't_realize|didn't_even_realize|didn't_know|didn't_feel|without_realising|without_realizing|without_knowing|too_late|couldn't_hold|couldn't_make_it|didn't_make_it",
      "didn't_realise|didn't_even_realise|didn't_realize|didn't_even_realize|didn't_feel|couldn't_hold_it ~~10 accident|accidents",
      'wet ~1 himself|herself|themself|the_bed_last_night',
      // Not able to hold it in ("couldn't hold my poo", "can't hold her wee"): lost control (seed:L12).
      '@cannot|could_not|can_not ~1 hold ~2 my|his|her|their|it|the ~1 poo|wee|pee|bowels|water|urine|in',
      // "wetting himself", "peeing myself", "pooing herself" (lookalikes.md C1: leaking, can't control).
      'wetting|weeing|peeing|pooing|pooping|soiling ~1 myself|himself|herself|themself|themselves',
      // Not able to stop the flow once started (CES leaflets' "difficulty stopping the flow of urine", S422).
      "@cannot|can't ~1 stop ~1 the_flow|my_flow|the_stream|mid_flow|midstream",
      "@cannot|can't ~1 stop ~2 peeing|weeing|urinating ~3 once_i_start|once_i've_started|once_it_starts|once_i_get_going|when_i_want",
      // Not knowing when the bladder is full (lookalikes.md C1, S422).
      "@cannot|can't|don't|doesn't|didn't|never ~1 know|tell|feel|sense ~3 if|whether|when ~3 bladder|bowel|bowels ~3 full|empty",
      'wet ~2 myself|the_bed|my_pants|my_trousers',
      "can't|cannot|couldn't|struggling_to|struggle_to|trouble|difficulty|hard_to|unable_to ~2 pee|wee|urinate|pass_urine|pass_water|empty_my_bladder|go_to_the_toilet|start_peeing|passing_urine",
      // Leaking said to be life-long or years old ("always been a bit leaky since the babies") is not the new change of
      // the red flag (seed:L12): left open (unknown) for the screen to ask, never read as absent.
      {
        p: "leak*|incontinen*|dribbl*|retention|retaining_urine|can't_hold_it|can't_hold_my_water|soiled|soiling|wet_myself|peed_myself|pooed_myself",
        notInSentence: longStandingLeak,
      },
      { p: `${longStandingLeak} ~~8 leak*|incontinen*|dribbl*`, state: 'unknown' },
      { p: `leak*|incontinen*|dribbl* ~~8 ${longStandingLeak}`, state: 'unknown' },
      'lost|losing|lose|loss_of|no ~1 control ~3 bladder|bowel|bowels|waterworks',
      'bladder|bowel|bowels|waterworks ~4 problem|problems|trouble|changed|change|not_working|accident|control|weak|numb',
      'problem|problems|trouble|issues ~2 with ~2 bladder|bowel|bowels|waterworks',
      "can't|cannot|couldn't|unable_to|struggle_to|struggling_to|hard_to ~1 control ~3 bladder|bowel|bowels|waterworks|peeing|weeing",
      "accident ~~8 bowels|bowel|bladder|didn't_feel",
      "didn't_feel ~3 bowels|bowel|bladder|wee|pee|myself_go",
      'catheter|urinary_retention|faecal_incontinence|fecal_incontinence|urinary_incontinence',
      // A slow start to passing water, in lay words ("stood there ages waiting for a wee to start", "can't get a
      // wee going", "it takes forever to start"): hesitancy is a bladder change (seed:L12).
      'waiting|wait|waited|ages|forever|long_time ~~4 wee|pee|urine|flow|stream|water ~3 to_start|to_come|to_get_going|to_happen|to_arrive',
      "can't|cannot|couldn't|struggl*|trouble|hard_to|difficult_to|takes_ages_to|takes_forever_to ~2 get|getting ~2 a|my|the ~1 wee|pee|flow|stream ~2 going|started|to_start|to_come",
      'wee|pee|flow|stream|peeing|weeing ~3 takes|took|taking ~2 ages|forever|a_long_time|minutes ~3 to_start|to_come|to_get_going|to_happen',
      'slow|weak|poor ~1 stream|flow ~~6 wee|pee|urine|toilet|bladder|new|lately|since',
      'hesitancy|urinary_hesitancy',
      {
        p: 'bladder|bowel|bowels|waterworks|peeing|weeing ~4 normal|fine|ok|okay|alright|working',
        state: 'absent',
      },
      // "no problems going to the toilet", "no trouble with his waterworks": a denial of the change.
      {
        p: 'no|not_any|never_any|without_any ~1 problems|problem|trouble|issues|issue|difficulty|change|changes ~3 toilet|loo|bathroom|weeing|peeing|bladder|bowel|bowels|waterworks',
        state: 'absent',
      },
    ],
  },
  weakness_both_legs: {
    // The red flag is weakness new in the last few days (the finding's question). Weakness said to have lasted
    // over 4 weeks is progressive weakness: Guillain–Barré reaches its worst within 4 weeks (S323); the bound is
    // that figure, a model setting for reading, and the both-legs question stays open for the screen.
    longStanding: { afterDays: 28, readAs: 'progressive_weakness' },
    patterns: [
      // Weak legs that come only with standing or walking and go with sitting ("go weak if I stand too long,
      // sitting fixes it") are neurogenic claudication (spinal stenosis, S60-type posture relief), not the new
      // weakness of the red flag: left open (unknown) for the screen to ask. Listed first: one match per span.
      {
        p: 'both ~3 legs|of_my_legs|sides ~4 @weak|weak|gone_weak|giving_way|buckl*',
        withinSentence: posturalOnly,
        state: 'unknown',
      },
      {
        p: 'legs ~4 @weak|go_weak|goes_weak|going_weak|giving_way|give_way',
        withinSentence: posturalOnly,
        state: 'unknown',
      },
      {
        p: "legs ~4 @weak|go_weak|goes_weak|going_weak|giving_way|give_way|like_jelly|go_like_jelly|go_'like_jelly",
        withinSentence: walkThenSit.sentence,
        state: 'unknown',
      },
      // Legs weak at rising from a chair or climbing stairs in someone on a statin: proximal statin weakness
      // (S392, S440), left open for the screen to ask whether it is new and marked. Listed first: one match per span.
      {
        p: 'legs|both_legs|thighs ~4 @weak|weaker|gone_weak|go_weak|goes_weak',
        withinSentence: proximalTask,
        withinText: drugs.statin,
        state: 'unknown',
      },
      { p: '@weak ~2 legs|thighs', withinSentence: proximalTask, withinText: drugs.statin, state: 'unknown' },
      {
        p: 'both ~3 legs|of_my_legs|sides ~4 @weak|weak|gone_weak|giving_way|buckl*',
        notInSentence: posturalOnly,
        notWhen: [statinProximal],
      },
      // "tingling in both legs … and now they're getting weak": the legs named earlier in the sentence.
      {
        p: "they're|they_are|they've|they_have ~1 getting|going|gone|becoming|become ~1 weak|weaker",
        withinSentence: 'both_legs|both_my_legs|both_of_my_legs',
      },
      {
        p: "legs ~4 @weak|gone_weak|going_weak|giving_way|give_way|gave_way|buckl*|like_jelly|can't_hold_me",
        notInSentence: posturalOnly,
        notWhen: [statinProximal, walkThenSit],
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
      { p: '@weak ~4 both_legs|in_both_legs|in_my_legs|legs', notWhen: [statinProximal] },
      // "Now they feel weak", the legs named earlier in the sentence.
      {
        p: "they|they're|they_are|they've|they_have ~2 feel|felt|feeling|are|getting|gone|going|become|got ~1 weak|weaker|like_jelly",
        withinSentence: 'legs',
        notInSentence: posturalOnly,
      },
      // Lifting the legs with the hands (out of a car, into bed): the legs too weak to lift themselves (S301, S327).
      'lift|lifts|lifted|lifting|pick|picks|picked|picking|haul|hauled ~3 legs ~5 with|using ~2 hands|arms',
      // Legs that feel like someone else's, or wobbly on the stairs, said by a worried relative: read as new weakness
      // so the cord and nerve screens stay open (lookalikes C2, S456 heavy legs; model setting for reading).
      {
        p: "legs ~3 feel|feels|felt|feeling ~3 like_they_belong_to_someone_else|like_they_belong_to_somebody_else|belong_to_someone_else|like_someone_else's|like_somebody_else's|not_my_own|not_his_own|not_her_own|not_mine|not_his|not_hers",
      },
      {
        p: 'wobbly|unsteady|shaky|doddery ~3 on_the_stairs|on_the_steps|on_stairs|going_up_the_stairs|going_upstairs|climbing_the_stairs',
        notInSentence: posturalOnly,
      },
      // Getting about by holding onto the furniture or the walls is a walking difficulty (S301 "difficulty walking";
      // lookalikes C2): said with a recent onset it is read as new leg weakness so the cord and nerve screens stay
      // open; with no onset it is left open for the screen to ask (it may be old, or dizziness).
      {
        p: 'holding|holds|held|hanging|hangs|clinging|clings|grabbing|grabs|leaning|leans ~2 on_to|onto|on ~2 the|to_the ~1 furniture|walls|wall|worktops|kitchen_units',
        requiresAny: ['onset_within_two_weeks'],
        positiveOnly: true,
      },
      {
        p: 'holding|holds|held|hanging|hangs|clinging|clings|grabbing|grabs|leaning|leans ~2 on_to|onto|on ~2 the|to_the ~1 furniture|walls|wall|worktops|kitchen_units',
        state: 'unknown',
        possiblyPresent: true,
      },
      // Struggling to get out of a car or chair may be weak legs or a sore back: left open for the screen to ask.
      {
        p: "struggl*|couldn't|can't|cannot|hard_to|difficult_to|trouble|needed_help_to ~2 get|getting ~1 out_of|up_from|up_out_of ~2 the|a|his|her|my ~1 car|chair|armchair|bath",
        state: 'unknown',
      },
      '@weak ~~5 both_of_them|both_sides|both_legs',
      'bilateral|bilaterally ~2 leg|legs|lower_limb|lower_limbs ~1 weakness|weak',
      'weakness|weak ~3 bilateral|bilaterally|in_both',
      // A weakness offered as the cause of something ("maybe it's just weakness from being in bed") is a guess at
      // why, not a weakness said or denied.
      { p: 'weakness', weak: true, notBefore: weaknessAsCause },
      { p: 'legs ~3 strong|fine|normal|ok', state: 'absent', withinSentence: 'walk|walking|strength|weak' },
      // Strength said lost ("both my legs have lost strength"): weakness in lay words.
      'both ~3 legs|of_my_legs|sides ~4 lost|losing|lose|have_lost|have_no ~2 strength|their_strength|power|all_strength',
      // No strength or power in the legs, or legs that will not hold the person up ("won't hold me up").
      {
        p: 'no|lost|losing|lost_all|hardly_any|little ~1 strength|power ~2 in ~2 either|both|my|his|her|their|the ~1 legs|leg',
        notInSentence: posturalOnly,
      },
      {
        p: "legs ~3 won't|wont|can't|cannot|don't|wouldn't|couldn't|will_not ~1 hold|support|carry|take ~2 me|him|her|them|my_weight|his_weight|her_weight",
        notInSentence: posturalOnly,
      },
    ],
  },
  foot_drop: {
    sided: true,
    patterns: [
      'foot_drop|drop_foot|dropped_foot|footdrop',
      'foot|feet|toes ~4 slap*|drag*|flop*|floppy|catch|catches|catching|scuff*|drops|dropping|droops|drooping',
      // The verb first ("scuffing the toe of my shoe", "dragging my foot").
      'scuff*|drag|drags|dragging|dragged|slap|slaps|slapping|trip|tripping|tripped|catch|catching ~4 toe|toes|foot|shoe|shoes',
      '@cannot|struggle_to ~2 lift|raise|pull|cock|bend ~3 foot|toes|front_of|it_up|up',
      "can't|cannot|couldn't ~1 pull ~2 it ~1 up",
      // The foot as the subject ("my foot won't lift properly", "the front of the foot doesn't come up").
      "foot|feet|toes ~2 won't|wont|will_not|doesn't|does_not|can't|cannot|wouldn't ~1 lift|raise|come_up|go_up|pull_up|lift_up",
      // Toes that will not move ("I can barely wiggle them", "can't move my toes"): loss of movement in the foot,
      // the paralysis of an acutely ischaemic limb (S48, S49) or a nerve palsy. Pain that stops the movement is
      // the stretch pain of a compartment (pain_moving_toes), not this.
      {
        p: "can't|cannot|couldn't|can_barely|can_hardly|could_barely|could_hardly|unable_to ~1 move|wiggle|wriggle|waggle|bend ~3 toes|toe|foot|them|it",
        withinSentence: 'toes|toe|foot',
        notInSentence: 'hurt|hurts|painful|pain|agony|kills|too_sore|sore',
      },
      // Toes getting harder to move ("it's getting harder to move them"): movement being lost, as above.
      {
        p: 'harder|hard|difficult|more_difficult|struggling|struggle ~2 to ~1 move|wiggle|wriggle|bend ~3 toes|toe|foot|them|it',
        withinSentence: 'toes|toe|foot',
        notInSentence: 'hurt|hurts|painful|pain|agony|kills|too_sore|sore|stiff|stiffness|swollen',
      },
      // The toes as the subject ("my toes won't move", "his toes just won't budge").
      "toes|toe ~3 won't|wont|will_not|can't|cannot ~1 move|budge|bend",
      // "my big toe feels weak lifting it up": weak pulling the foot or toes up (ankle and toe extensors).
      'weak|weaker|weakness ~3 lifting|lift|raising|raise|pulling ~2 foot|toe|toes|it_up|them_up',
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
      // "now the leg is going weak", "they're getting weak": weakness still coming on.
      { p: 'getting|growing|becoming ~1 weak', positiveOnly: true },
      { p: 'now ~4 going ~1 weak', positiveOnly: true },
      // "the leg has gone weak", "my legs have gone weak on me": weakness come on, said of the leg itself.
      { p: 'leg|legs ~2 has|have|had|is|are ~1 [now] gone|going|become ~1 weak', positiveOnly: true },
      // The same with the verb run into the leg ("my leg's gone weak": the spelling rules make it "legs gone").
      { p: 'leg|legs ~1 [now|just|all] gone|become ~1 weak|weaker', positiveOnly: true },
      'weaker ~4 over|each|every|by_the|than_before|than_it_was|day_by_day|week_by_week',
      'weak|weakness ~4 worse|worsening|spreading|progress*|increasing',
      // "leg weakness for 6 months and it's slowly getting worse": the worsening said in the next clause.
      'weak|weakness ~~8 slowly|gradually|steadily ~2 getting|got|gets|becoming|become ~1 worse',
      'progressive|progressively|increasing|worsening|spreading ~2 weakness|weak|weaker',
      'gone_weak|going_weak ~4 over_the|over_the_last|over_the_past|days|weeks',
      'weak ~4 over_the_last|over_the_past|over_a_few|for_a_few ~2 days|weeks',
      // Legs heavy on the stairs or a kerb: the strength the question asks about (harder to climb stairs), told as
      // heaviness; read as weakness so the cord screen stays open (S301 difficulty walking; S456 heavy legs).
      {
        p: 'legs|leg ~3 feel|feels|feeling|felt|are|is|go|goes|get|gets|getting|gone ~2 heavy|heavier|like_lead|leaden ~~6 stairs|steps|upstairs|kerb|curb|climbing|climb',
      },
      // "The leg keeps giving way": a leg failing again and again is weakness still there (S301 difficulty walking).
      'leg|legs ~3 keeps|kept|keep|keeps_on|kept_on ~1 giving_way|giving_out|buckling|going_from_under_me|going_from_under_him|going_from_under_her|collapsing',
      // Walking "like he's on a boat" or "like she's drunk": an unsteady gait, the nearest sign asked (S327).
      'walking|walks|walk ~2 like ~3 on_a_boat|on_a_ship|drunk|tipsy|on_ice|a_drunk',
      'losing_strength|lost_strength|strength_is_going|less_strength|progressively_weaker|more_and_more_weak',
      // Struggling "more and more" with stairs or walking: failing strength said by its progress (S301).
      'struggl*|trouble|difficulty|harder ~~3 more_and_more|worse_and_worse|increasingly|every_week|each_week|by_the_week|by_the_day ~~4 stairs|steps|upstairs|walking|getting_up|standing_up|kerb|kerbs|curb|curbs',
      'more_and_more|increasingly ~2 struggl*|trouble|difficulty|hard|difficult ~~4 stairs|steps|upstairs|walking|getting_up|standing_up|kerb|kerbs|curb|curbs',
      'stairs|steps|upstairs|walking|getting_up|standing_up ~4 increasingly|more_and_more ~1 hard|harder|difficult|a_struggle|tricky',
      // A weakness offered as the cause of something ("maybe it's just weakness from being in bed") is a guess at
      // why, not a weakness said or denied.
      { p: 'weakness', weak: true, notBefore: weaknessAsCause },
      'weaker_and_weaker|more_and_more_weak|weaker_by_the_week|weaker_every_week|weaker_each_week',
      // Stairs or getting up from a seat said to be hard ("climbing stairs is hard", "I struggle to get up off the
      // sofa"): the question's own examples of failing strength, but pain or stiffness can make them hard too, so
      // kept open until the screen asks (seed:L16; S301 difficulty walking). Not counted as possibly there for
      // triage: aching muscles or stiff hips make stairs hard far more often (four held-out narratives over-triaged).
      // Stairs hard *with* a weakness word is read as weakness above.
      {
        p: 'climbing|climb|going_up|go_up|walking_up|walk_up|getting_up|get_up|standing_up|stand_up ~4 stairs|steps|upstairs|sofa|settee|couch|chair|chairs|armchair|seat ~2 is|are|has_been|have_been|gets|getting|got|becoming|become ~2 hard|harder|difficult|a_struggle|tough|tougher',
        state: 'unknown',
        positiveOnly: true,
      },
      {
        p: 'hard|harder|difficult|struggle|struggling|struggles|trouble ~3 climbing|climb|going_up|go_up|walking_up|walk_up|getting_up|get_up|standing_up|stand_up ~4 stairs|steps|upstairs|sofa|settee|couch|chair|chairs|armchair|seat',
        state: 'unknown',
        positiveOnly: true,
      },
    ],
  },
  // Giant cell arteritis (S418): temporal headache, scalp tenderness, jaw claudication, visual symptoms.
  temporal_arteritis_signs: {
    patterns: [
      'jaw ~~6 ache|aches|aching|hurts|pain|painful|sore ~~6 chew|chewing|eat|eating|when_i_eat',
      'chew|chewing|eating ~~6 jaw ~~4 ache|aches|aching|hurts|pain|painful|sore',
      'scalp ~~6 sore|tender|hurts|painful|brushing|touch',
      'temple|temples|side_of_my_head|side_of_the_head ~~6 headache|ache|aches|pain|painful|throbbing|tender|sore',
      'headache|head_ache ~~6 temple|temples|side_of_my_head|side_of_the_head',
      'vision|sight|eyesight ~~6 blurred|blurry|double|went|gone|lost|dim|dimmed|fuzzy|strange',
      'blurred|blurry|double|lost|loss_of ~3 vision|sight|eyesight',
      'giant_cell_arteritis|temporal_arteritis|gca',
    ],
  },
  systemic_illness: {
    patterns: [
      // Confusion (altered mentation, qSOFA; S139).
      {
        p: 'confused|confusion|muddled|delirious|delirium|disorientated|disoriented|befuddled|bewildered',
        // "so I'm confused", "I'm a bit confused": the writer puzzled by advice; "he's confused" stays the sign.
        notAfter: ["so_i'm", 'so_im', 'so_i_am', "i'm_a_bit", 'im_a_bit', "i'm_just", "i'm_so", "i'm_really"],
        // "confused about which one"; "confused today, which isn't like her" stays confusion.
        notBefore: [
          'about',
          'by',
          'whether',
          'why',
          'what',
          'which_one',
          'which_ones',
          'which_way',
          'which_day',
          'which_is_which',
          'which_tablet',
          'which_tablets',
          'if',
          'as_to',
          'with',
          'over',
        ],
      },
      "not_making_sense|not_making_any_sense|talking_nonsense|talking_gibberish|talking_rubbish|not_with_it|out_of_it|away_with_the_fairies|not_myself_mentally|can't_think_straight|cannot_think_straight|can't_think_clearly",
      // A relative's words for new confusion: "she's not herself", "keeps asking what day it is".
      'not_herself|not_himself|not_themselves|not_quite_herself|not_quite_himself|not_her_usual_self|not_his_usual_self|not_been_herself|not_been_himself|not_acting_like_herself|not_acting_like_himself',
      "keeps_asking|keep_asking|kept_asking|doesn't_know|does_not_know|didn't_know|not_sure ~1 what_day|what_day_it_is|where_he_is|where_she_is|where_they_are|what_time_it_is|who_i_am|who_we_are",
      'very|really|extremely|so|terribly ~1 drowsy|sleepy',
      "drowsy_and_confused|hard_to_wake|difficult_to_wake|hard_to_rouse|can't_stay_awake|cannot_stay_awake|keep_nodding_off|unrousable",
      // Faint or dizzy on standing (hypotension). Fainting itself is read as a clot-in-the-lung sign
      // (chest_pain_or_breathless); it is also this finding when it comes on standing up.
      // A mild word ("a bit dizzy getting up", "slightly lightheaded") is less than the item's "very dizzy when you
      // stand up" (S139): left open for the screen to ask, not read as present. Listed first (one match per span).
      {
        p: 'a_bit|a_little|a_tad|a_touch|little_bit|slightly|mildly|vaguely|bit|little ~1 dizzy|woozy|giddy|lightheaded|light_headed|swimmy|faint',
        state: 'unknown',
        notWithStatedInSentence:
          'very|really|extremely|so|terribly ~1 dizzy|woozy|giddy|lightheaded|light_headed|faint',
      },
      'dizzy|dizziness|woozy|giddy|lightheaded|light_headed|light_headedness|lightheadedness',
      'feel_faint|felt_faint|feeling_faint|feels_faint|faintness|faint_and_dizzy|faint_and_lightheaded',
      // "I feel like I'm going to pass out", "nearly keeled over when I stood up".
      'going_to|gonna|about_to ~1 pass_out|faint|black_out|keel_over|collapse',
      {
        p: 'faint|fainted|fainting|nearly_fainted|almost_fainted|passed_out|nearly_passed_out|blacked_out|collapsed|keel_over|keeled_over',
        notAfter: ['=a', '=the', '=very_a'],
        notBefore: faintNouns,
        withinSentence: 'stand|stood|standing|get_up|getting_up|got_up|sit_up|sitting_up',
      },
      'room_spins|room_is_spinning|head_spins|head_is_spinning|legs_go_from_under_me',
      // A racing heart with a fever: systemic toxicity (S139 lists tachycardia).
      { p: racingHeart, withStatedInSentence: febrile },
      { p: fastPulse, withStatedInSentence: febrile },
      // Breathing fast (tachypnoea).
      'breathing|breathe|breath ~2 fast|faster|quickly|rapidly|hard_and_fast',
      'fast|rapid|quick ~1 breathing',
      'panting|tachypnoea|tachypnea|hyperventilat*',
      // No urine passed in a day (sepsis safety net, S209), said with its own "not" ("he hasn't peed all day").
      "haven't|hasn't|hadn't|not|no|didn't ~2 passed|pass|peed|pee|weed|wee|urinated|been_for_a_wee|been_for_a_pee ~3 all_day|since_yesterday|since_this_morning|in_a_day|for_a_day|in_24_hours|for_24_hours",
      // Vomiting.
      "vomit|vomits|vomited|vomiting|vomitting|throwing_up|threw_up|thrown_up|throw_up|puking|puked|puke|retching|can't_keep_anything_down|cannot_keep_anything_down|can't_keep_food_down|can't_keep_water_down",
      'been_sick|being_sick|was_sick|were_sick|keep_being_sick|kept_being_sick|been_violently_sick|got_sick_everywhere',
      {
        p: 'thinking|mind|head ~2 clear|clearly|fine|normal|ok|okay',
        state: 'absent',
        withinSentence: 'confused|muddled|mind|head|thinking',
      },
      {
        p: 'confused|dizzy|drowsy|vomiting|sick|faint|lightheaded|light_headed|breathing_fast',
        negatedOnly: true,
      },
      // "I feel well in myself", "otherwise fit and well": no sign of being ill beyond the leg.
      {
        p: 'well_in_myself|well_in_himself|well_in_herself|well_in_themselves|otherwise_well|otherwise_fit_and_well|fit_and_well_otherwise|otherwise_fine_in_myself',
        state: 'absent',
      },
      // Breathing fast and shallow, lips gone grey or blue: signs of a body-wide illness (sepsis).
      'breathing|breathes|breaths ~3 really|very|so ~1 fast|quickly|rapidly|fast_and_shallow|shallow',
      'lips|face ~3 look|looks|gone|turned|are|is|going|turning ~2 grey|gray|blue|bluish|greyish|grayish|dusky',
    ],
  },
  spreading_redness: {
    sided: true,
    suppresses: ['creeping_crawling_sensation'],
    patterns: [
      '@red|patch|area|rash|cellulitis|infection|mark|line|streak ~8 spread*|bigger|growing|larger|tracking|moving_up|creeping_up|expanding|getting_worse|grown|wider|widening|broader',
      // "The red has gone up over my knee", "the redness has crept past the line".
      '@red|patch|rash|cellulitis|infection|streak ~6 gone|going|moved|moving|crept|creeping|creeps|travelled|traveled|travelling|traveling|tracked|spread|got|getting|climbed|climbing ~2 up|past|beyond|further|higher|over|above',
      // "Come up" moves only when it goes somewhere ("the red has come up to my knee"); red spots or blisters that
      // "have come up in a strip" have appeared, not spread.
      '@red|patch|rash|cellulitis|infection|streak ~6 come|coming|came ~2 up to|past|beyond|further|higher|over|above|towards|as_far_as',
      '@red|patch|rash|cellulitis|infection|streak ~6 come|coming|came ~2 past|beyond|further|higher|over|above',
      // "It has spread a bit since yesterday", "it's creeping up my leg": "it" is the red leg said before.
      {
        p: "it|it's|its|this|that ~3 spread|spreading|spreads|spreaded|grown|growing|getting_bigger|got_bigger|bigger|creeping_up|crept_up|moving_up|moved_up|gone_up|going_up|tracking_up|gone_past|gone_beyond",
        requiresAny: ['one_leg_warm_red'],
        notInSentence: spreadingNotRedness,
        notBefore: ['to_my_other', 'to_the_other', 'to_both', 'into_my_back', 'down'],
        // Nails or hair "on that side are growing oddly" grow; they do not spread.
        notAfter: ['nail', 'nails', 'toenail', 'toenails', 'hair', 'hairs'],
      },
      'spread*|growing|expanding ~4 redness|red|rash|patch|area',
      'red_line|red_streak|red_streaks|red_lines|tracking_up',
      '@red|patch|rash|area ~~10 bigger_since|grown_since|spread_since|spreading_since|getting_bigger|got_bigger|grown_bigger',
      'marked ~4 pen|biro|marker ~~8 bigger|spread*|past|beyond|grown',
      { p: "redness|red|patch|rash ~3 not|isn't|hasn't ~2 spread*|grown|getting_bigger", state: 'absent' },
    ],
  },
  fever: {
    patterns: [
      // A thermometer reading of a fever (38 °C or more, 100.4 °F or more): "the thermometer said 38.6".
      'thermometer|temp|temperature|temps|temperatures|reading ~~6 37.8|37.9|38|38.*|39|39.*|40|40.*|41|100.4|100.5|100.6|100.7|100.8|100.9|101|101.*|102|102.*|103|103.*|104',
      'temperatures|temps|running_a_temp|running_a_temperature|high_temp|temp_of_38|temp_of_39|temperature_of_38|temperature_of_39',
      { p: 'fever|fevers', notAfter: ['=hay', '=glandular', '=scarlet'] },
      'feverish|febrile|pyrexia|pyrexial|high_temperature|temperature_of|a_temperature|temp_of|shiver*|chills|rigors|rigours|hot_and_cold|sweats_and_chills|flu_like|flu-like|burning_up|shaking_all_over',
      // "the shakes" are rigors; protein shakes and milkshakes are drinks.
      {
        p: 'shakes',
        notAfter: ['=protein', '=milk', '=whey', '=diet', '=meal_replacement', '=banana', '=chocolate'],
      },
      { p: 'temperature|temp', notAfter: ['same', 'room', 'normal', 'different'] },
      // Rigors in lay words (S209 names extreme shivering): "shaking with cold under two duvets", "teeth chattering",
      // "couldn't get warm".
      'teeth ~2 chattering|chattered|chatter|were_chattering|rattling',
      'shaking|shook|shaky|trembling|shuddering ~3 with_cold|with_the_cold|from_the_cold|like_a_leaf',
      'shaking|shook|shivering|shivered|trembling|freezing ~~6 under ~3 duvet|duvets|blankets|blanket|covers|quilt',
      "couldn't_get_warm|can't_get_warm|cannot_get_warm|could_not_get_warm|couldn't_warm_up|can't_warm_up|cannot_warm_up",
      // "the sheets feel rough on my feet" is a texture, not feeling rough in oneself.
      {
        p: 'feel|feeling|felt ~3 unwell|rough|ill|poorly|awful_in_myself',
        notAfter: [
          'sheets',
          'sheet',
          'covers',
          'duvet',
          'blanket',
          'blankets',
          'bedclothes',
          'socks',
          'skin',
          'clothes',
        ],
        notBefore: ['on_my', 'on_his', 'on_her', 'on_them', 'against'],
      },
      // Feeling awful in oneself ("terrible back pain and feel awful"); a leg that feels awful is the pain.
      {
        p: 'feel|feeling|felt ~2 awful|terrible|dreadful|lousy|grotty|crap|shocking|like_death|like_death_warmed_up',
        notAfter: [
          'leg',
          'legs',
          'calf',
          'calves',
          'thigh',
          'thighs',
          'shin',
          'shins',
          'ankle',
          'ankles',
          'foot',
          'feet',
          'toes',
          'knee',
          'knees',
          'hip',
          'hips',
          'it',
          'they',
          'that',
          'which',
        ],
      },
      { p: 'temperature|temp ~2 normal|fine|ok', state: 'absent' },
      // A normal thermometer reading, below where the fever reading above starts (37.8 °C, under 100 °F: a
      // reading setting, kept cautious; a reading of both kinds stays a fever): "checked it twice and it's 36.8".
      {
        p: 'thermometer|temp|temperature ~~6 35|35.*|36|36.*|37|37.0|37.1|37.2|37.3|37.4|37.5|96|96.*|97|97.*|98|98.*',
        state: 'absent',
      },
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
      // Agony with hardly a mark to show for it ("excruciating, and there's barely a scratch on it").
      "@severe|unbearable|screaming|killing_me ~~12 hardly|barely|not_even|there's_hardly|there's_barely|theres_hardly|theres_barely ~2 a|any ~1 mark|marks|scratch|bruise|sign|cut",
      'hardly|barely|not_even ~2 a|any ~1 mark|marks|scratch|bruise|cut ~~12 @severe|unbearable|screaming|killing_me',
      "painful|sore|pain|agony|hurts|worse ~2 than ~3 it_looks|looks|you'd_expect|i'd_expect|you_would_expect|you'd_think|expected|it_should_be|it_should",
      "doesn't_match|does_not_match|don't_match|out_of_all_proportion ~~8 small|tiny|little|minor|wound|cut|injury|bruise|knock|scratch|graze",
      // The wound said small, then the pain said huge ("the cut is tiny but the pain is excruciating").
      'cut|scratch|graze|wound|nick|knock|bump|injury|bite|mark ~3 is|was|looks|looked|seems ~2 tiny|small|little|minor|nothing ~~10 @severe|agony|unbearable|excruciating|screaming|killing_me',
      'more_than|worse_than ~~6 looks|it_looks|should_be|it_should|you_would_expect|expected|deserves|warrants|merits',
      'only|just ~2 a ~1 small|tiny|little ~3 red|patch|cut|mark|scratch|graze|spot ~~10 unreal|agony|unbearable|excruciating|screaming|worst_pain',
      // "Really painful from a small cut": the pain set against how small the wound is.
      'really|so|very|extremely|terribly|incredibly ~1 painful|sore|@severe ~~4 from|for|after|with ~1 a|such_a|only_a|just_a ~1 small|tiny|little|minor ~1 cut|scratch|graze|nick|wound|knock|bump|scrape',
      {
        p: "painkillers|pain_killers|morphine|tablets|paracetamol|codeine ~4 can't|cannot|don't|won't|not|aren't|isn't|are_not|is_not ~2 touch|touching|touches",
        withinText: 'cast|plaster|broke|broken|fracture|fractured|injury|injured|bandage|crush*|cut|wound',
      },
      // "The pain is terrible even with painkillers", "through the roof despite the morphine", after a knock or a cast.
      {
        p: '@severe|bad|agony|through_the_roof|killing_me|getting_worse|worse_and_worse ~~6 even_with|despite|even_after|even_on|even_though_i_took ~3 painkillers|pain_killers|morphine|tablets|paracetamol|codeine|cocodamol|co-codamol|ibuprofen|tramadol|naproxen|oramorph|pain_relief',
        withinText: `${injuredLeg}|broke|broken`,
      },
      {
        p: 'even_with|despite|even_after|even_on ~3 painkillers|pain_killers|morphine|tablets|paracetamol|codeine|cocodamol|co-codamol|ibuprofen|tramadol|naproxen|oramorph|pain_relief ~~6 @severe|agony|through_the_roof|killing_me|getting_worse',
        withinText: `${injuredLeg}|broke|broken`,
      },
      // "Took ibuprofen and cocodamol an hour ago and they haven't touched it" after a knock or a cast.
      {
        p: "painkillers|pain_killers|morphine|tablets|paracetamol|codeine|cocodamol|co-codamol|co_codamol|ibuprofen|tramadol|naproxen|oramorph ~~10 haven't|hasn't|didn't|not|don't|won't|can't|cannot|aren't|isn't|are_not|is_not|have_not|has_not|did_not|do_not|will_not ~2 touched|touch|touching|touches|made_a_dent|make_a_dent|taken_the_edge_off|take_the_edge_off",
        withinText: `${injuredLeg}`,
      },
      // "The co-codamol has done literally nothing" after a knock.
      {
        p: 'painkillers|pain_killers|morphine|tablets|paracetamol|codeine|cocodamol|co-codamol|co_codamol|ibuprofen|tramadol|naproxen|oramorph ~~6 done|did|doing ~2 nothing|sod_all|zero|zilch|absolutely_nothing|literally_nothing|nothing_at_all',
        withinText: `${injuredLeg}|boot|booted`,
      },
      // Pain worse than a broken bone or childbirth, after a knock or a cast.
      {
        p: 'worse_than|more_than ~~4 broke|broken|fracture|fractured|childbirth|labour|labor|giving_birth|kidney_stone|kidney_stones',
        withinText: `${injuredLeg}`,
      },
      {
        p: 'more_than ~2 the|my|any ~1 painkillers|pain_killers|tablets|morphine ~2 can|will|could ~1 touch',
        withinText: 'cast|plaster|broke|broken|fracture|fractured|injury|injured|bandage|crush*|cut|wound',
      },
      'nothing|little|not_much ~2 to_see ~~8 @pain|agony|excruciating|severe',
      '@severe|agony|excruciating ~~8 nothing|little|not_much|barely_anything|hardly_anything ~2 to_see|to_show|there',
      'dusky ~3 grey|gray|purple|blisters|skin',
      'skin ~4 dusky|grey|gray|blistering|blisters|bullae|crackl*|crunchy',
      'blisters|blistering ~~6 dusky|grey|gray|purple|agony|excruciating',
      'tight_and_shiny_and_agony|compartment_syndrome|necrotising|necrotizing|flesh_eating',
      // The leg looks normal, or the wound is tiny, and the pain is extreme (S330: pain out of proportion to what is seen).
      'looks|look|looked|looking ~3 normal|fine|nothing|ok|okay ~~12 @severe|off_the_charts|through_the_roof|more_than_when_i_broke',
      "only|just ~2 a ~1 small|tiny|little|minor ~3 cut|scratch|graze|nick|mark|bruise|knock|bump ~~16 off_the_charts|through_the_roof|@severe|doesnt_match|doesn't_match|does_not_match",
      // The pain set against the small knock it seems to be ("way more than a dead leg", "far worse than a bruise
      // should be"): much worse than the injury (S330; lookalikes.md C, S442).
      {
        p: 'way_more_than|far_more_than|much_more_than|a_lot_more_than|way_worse_than|far_worse_than|much_worse_than|a_lot_worse_than ~2 a|an|any|the|my|his|her|normal|ordinary ~1 dead_leg|bruise|knock|bump|sprain|twisted_ankle|sprained_ankle|injury|fall',
        withinSentence: '@pain|hurts|hurt|agony|@severe|ridiculous|insane|unreal',
        positiveOnly: true,
      },
    ],
  },
  // Tingling or numbness climbing from both feet over hours or days (GBS, S327, S329).
  ascending_numbness: {
    suppresses: ['creeping_crawling_sensation'],
    notInSentence: 'years|year|for_months|over_months|months|for_ages|decades',
    patterns: [
      '@numb ~~8 spread*|creep*|crept|climb*|moving|moved|travel*|gone|going|working|rising|risen|come|coming|came ~2 up|upwards|higher',
      // Crept as far as the knees or higher ("it's at my knees now"): the climb said by where it has got to.
      "@numb ~~8 creep*|crept ~~8 at|to|reached|reaching|past|it's_at|its_at ~2 my|his|her|the|both ~1 knees|knee|thighs|thigh|hips|waist|groin",
      'started|began|starting|begun ~3 in ~2 my|the|both ~1 feet|toes|hands_and_feet|fingers_and_toes ~~10 spread*|creep*|crept|climb*|moving_up|moved_up|up_to|up_my|gone_up|now_in|now_up|reached',
      // "started in my toes and is now at my thighs": the climb said by where it has got to.
      'started|began|starting|begun ~3 in ~2 my|the|both ~1 feet|toes ~~10 now ~3 at|in|up_to|reached|reaching ~2 knees|knee|thighs|thigh|hips|waist|groin|calves|shins',
      // "Then it was his feet, now it's up to his knees": the climb told over sentences, the tingling named in an
      // earlier one (S325: it starts in the feet and climbs over hours or days).
      {
        p: 'now ~4 up_to|as_far_as|reached|reaching|past ~2 my|his|her|the|both ~1 knees|knee|thighs|thigh|hips|waist|groin',
        withinText: '@numb',
        // Pain or swelling that has reached the knee is not a numbness climbing.
        notInSentence: '@pain|ache|aches|aching|hurts|hurting|swelling|swollen|redness|rash',
      },
      // Up to the ankles, with no climb said, is the extent of a stocking numbness (neuropathy), not GBS.
      '@numb ~~8 up_to|as_far_as|up_past|past ~2 my|his|her|their|the|both ~1 knees|knee|thighs|waist|hips|shins|calves|wrists|elbows',
      // New tingling of hands and feet together, or a new one that has "now" reached the ankles (S325: it starts
      // in the feet or hands and climbs over hours or days; a time of weeks or more is read as neuropathy).
      { p: `@numb ~~6 ${handsAndFeet}`, requiresAny: ['onset_within_two_weeks'] },
      { p: `${handsAndFeet} ~~6 @numb`, requiresAny: ['onset_within_two_weeks'] },
      {
        p: '@numb ~~10 hands|fingers|fingertips|finger_tips ~3 too|as_well|also|the_same|are_the_same|same_way|now',
        requiresAny: ['onset_within_two_weeks'],
        withinText: '@numb ~~8 @foot|ankles|ankle|legs',
      },
      {
        // Up to the knees is a climb whatever the time said (the pattern above); only the lower levels need it new.
        p: 'now ~~4 @numb ~~4 up_to|as_far_as|reached|reaching|past ~2 ankles|ankle|shins|calves',
        requiresAny: ['onset_within_two_weeks'],
      },
      {
        p: '@numb ~~4 up_to|as_far_as|reached|reaching ~2 ankles|ankle|shins|calves ~1 now',
        requiresAny: ['onset_within_two_weeks'],
      },
      'guillain|guillain_barre|guillain-barre|guillain_barré|gbs|ascending_paralysis|ascending_weakness|ascending_numbness',
      // The level said to rise ("the tingling is getting higher up my legs", "creeping higher every day").
      '@numb ~~8 getting_higher|going_higher|moving_higher|creeping_higher|climbing_higher|gets_higher|goes_higher|got_higher|gone_higher|further_up|higher_up',
      // Tingling or numbness said to climb ("the tingling is climbing", "creeping up").
      "@numb ~3 is|was|has_been|keeps|keeps_on|seems_to_be|has|'s ~1 climbing|creeping_up|creeping|moving_up|spreading_up|going_up|travelling_up|traveling_up|rising|climbed|crept_up|moved_up|spread_up",
    ],
  },
  weakness_rising_over_days: {
    patterns: [
      'weaker|weakness|weak|@weak ~~6 day_by_day|every_day|each_day|by_the_day|daily|since_yesterday|overnight|over_the_last_few_days|over_the_past_few_days|over_a_few_days|over_the_last_two_days|over_the_last_three_days|over_two_days|over_three_days|in_a_few_days|in_two_days|in_three_days|within_days|in_days',
      'day_by_day|each_day|every_day|by_the_day ~~6 weaker|weakness|harder_to_walk|worse_at_walking',
      'rapidly|quickly|fast|fast-spreading ~2 weaker|getting_weaker|weakening|progressing|spreading_weakness',
      'rapidly_progressive|rapidly_worsening|rapidly_increasing ~2 weakness|paralysis',
      'weakness|weak|weaker ~~4 rapidly|quickly|fast ~3 worse|getting_worse|worsening|spreading|progressing',
      "can't|cannot|couldn't ~2 walk|climb_the_stairs|get_up_the_stairs|manage_the_stairs|stand_up|get_out_of_the_chair ~~6 since_yesterday|since_monday|since_tuesday|since_wednesday|since_thursday|since_friday|since_saturday|since_sunday|by_today|this_morning ~~6 weak|weaker|legs",
      // "Not getting any weaker": a denial of the weakening itself (read only when denied).
      { p: 'getting_any_weaker|getting_weaker|growing_weaker|any_weaker|weakening', negatedOnly: true },
      // Weakness growing over the last few days, the days said first or after ("over the last 3 days ... weaker and weaker").
      'over_the_last|over_the_past|in_the_last|in_the_past ~2 days ~~10 weaker|weaker_and_weaker|lost_strength|losing_strength|lost_their_strength|gone_weak|going_weak',
      'weaker_and_weaker|lost_strength|losing_strength|lost_their_strength|gone_weak|going_weak ~~8 over_the_last|over_the_past|in_the_last|in_the_past ~2 days',
    ],
  },
  // Bulbar or breathing symptoms (NHS: 999 for difficulty swallowing, speaking or breathing, S327).
  swallowing_or_speech_difficulty: {
    notInSentence:
      'sore_throat|throat_is_sore|throat_hurts|tonsil*|strep|hurts_to|painful_to|sore_to|swallowing_tablets|swallow_tablets|swallow_pills',
    patterns: [
      {
        p: "hard|difficult|difficulty|trouble|struggling|struggle|can't|cannot|couldn't|problems|problem ~3 swallow|swallowing|speak|speaking|talk|talking|getting_my_words_out|get_my_words_out",
        notBefore: [
          'about',
          'to_my',
          'to_the',
          'to_him',
          'to_her',
          'to_anyone',
          'to_people',
          'to_them',
          'with',
          'english',
          // "Hard to swallow my big tablets": large tablets, not a swallow gone weak.
          'tablets',
          'tablet',
          'pills',
          'pill',
          'capsules',
          'capsule',
        ],
      },
      'choke|choked|choking|chokes ~3 on ~2 saliva|spit|spittle|food|drink|drinks|water|my_own|tea|coffee|milk|juice|soup|dinner|meal|meals|breakfast|lunch|bread|biscuit|biscuits|fluids|liquids|anything|everything',
      // Barely able to swallow or speak, or swallowing said to be hard ("swallowing has got really difficult").
      'can_barely|can_hardly|could_barely|could_hardly|barely|hardly|unable_to|finding_it_hard_to|finding_it_difficult_to|struggles_to|struggled_to ~2 swallow|speak|talk|get_food_down|get_anything_down',
      'swallowing|swallow|speech|speaking|talking ~4 hard|difficult|a_struggle|an_effort|tricky|impossible|harder|more_difficult',
      // Food or drink catching on the way down, going down the wrong way, or choking or coughing at meals.
      'food|drink|drinks|fluids|liquids|water|tea|anything|everything|meals ~4 stuck|sticking|sticks|catches|catching|gets_stuck|getting_stuck|down_the_wrong_way|wrong_way ~~4 throat|down|swallow*',
      'down_the_wrong_way|down_the_wrong_hole|wrong_way_down',
      'hard|difficult|trouble|struggl*|@cannot ~3 get|getting ~2 food|drink|drinks|anything|it|things ~1 down',
      'choke|choked|choking|chokes|splutter* ~4 when|while|whenever|every_time|after|as ~2 eat|eats|eating|ate|drink|drinks|drinking|drank|swallow|swallows|swallowing',
      'cough|coughs|coughing|coughed ~1 when|while|whenever|every_time|as ~1 i|he|she|they|you|we ~1 eat|eats|eating|drink|drinks|drinking|swallow|swallows|swallowing',
      'drool|drooling|drools|dribbling|dribbles ~~6 face|mouth|lip|droop*|speech|words|swallow*',
      'slurred|slurring|slurry ~2 speech|words|talking|voice',
      'speech|voice|words ~3 slurred|slurry|funny|strange|garbled|thick|slow|coming_out_wrong|jumbled|mumbled|muffled|nasal|weird|not_right|drunk',
      'speech|voice ~~5 gone|going|become|got|getting ~~3 weak|nasal|faint|slurred|garbled|mumbled',
      'hard|difficult|difficulty|trouble|struggling|struggle|struggles|@cannot ~4 get|getting ~2 words|word ~1 out',
      'swallowing|swallow ~3 feels|feel|is|has_gone|gone ~2 weird|strange|funny|odd|wrong|not_right|different',
      'tongue ~3 feels|feel|is|gone ~2 thick|heavy|swollen|numb|floppy',
      "talk|talks|talking|sound|sounds|sounding ~2 like_he's_drunk|like_she's_drunk|like_i'm_drunk|drunk|slurred|mumbled",

      'face|facial ~4 droop*|drooping|weak|weakness|paralys*|lopsided|fallen|dropped',
      'dysphagia|dysarthria|bulbar_weakness|bulbar_symptoms',
      {
        p: 'speech|speaking|talking|voice|swallow|swallowing ~3 fine|normal|normally|ok|okay|clear|no_problem',
        state: 'absent',
      },
    ],
  },
  // A tense, swollen muscle compartment (S136, S330).
  tense_swollen_muscle: {
    sided: true,
    // Its hardness and tightness are the swelling, not a cramp or a heavy leg; its shine is stretched skin.
    suppressesInSentence: ['sudden_muscle_contraction', 'heavy_tired_legs', 'skin_shiny_pale_or_bluish_red'],
    patterns: [
      // "Massive and tight, like a balloon about to pop": size, tightness and a skin about to burst (S330).
      'massive|huge|enormous|blown_up|swollen|ballooned ~2 and|, ~1 tight|tense|rock_hard ~~6 balloon|about_to_pop|going_to_pop|ready_to_pop|about_to_burst|going_to_burst',
      'like_a_balloon ~2 about_to_pop|going_to_pop|ready_to_pop|about_to_burst|going_to_burst|fit_to_burst',
      'tense|like_a_drum|drum_tight|tight_as_a_drum|rock_hard|about_to_burst|going_to_burst|fit_to_burst|bursting|woody|wooden|rigid|tight_and_hard|hard_and_tight ~~6 @swollen2|swelled_up|puffed_up',
      '@swollen2|swelled_up ~~6 tense|like_a_drum|drum_tight|tight_as_a_drum|rock_hard|about_to_burst|going_to_burst|fit_to_burst|bursting|woody|wooden|rigid|tight_and_hard|hard_and_tight',
      'tense|rock_hard|drum_tight ~2 and|, ~1 swollen ~3 @calf|shin|muscle|leg|compartment',
      'compartment_syndrome|tense_compartment|compartment_pressure|tense_calf|tense_shin',
      // Hard and swollen with the skin stretched over it ("hard and swollen, the skin's stretched tight").
      {
        p: 'hard|rock_hard|tense|solid|firm ~2 and|, ~1 @swollen2|swelled_up|puffed_up',
        withinSentence: 'stretched|taut|tight|bursting|shiny',
      },
      // Hard, tight and shiny together is a tense swollen compartment, not a cramp ("the whole front of the shin
      // is rock hard, tight and shiny"; lookalikes C2).
      'rock_hard|hard|tense|solid|firm ~2 and|, ~1 tight|shiny',
      // Skin gone shiny and tight over months, or with the hair gone, is the atrophic skin of poor circulation (S42),
      // not a tense compartment.
      { p: 'tight|tense ~2 and|, ~1 shiny|swollen_and_shiny', notInSentence: trophicSkin },
      { p: 'shiny ~2 and|, ~1 tight|tense|rock_hard|hard', notInSentence: trophicSkin },
      // "The calf is not tense or hard": a denial said of the muscle or leg (read only when denied; "I'm not tense"
      // says nothing of a muscle).
      {
        p: '@calf|shin|shins|muscle|muscles|leg|legs|compartment ~4 tense|rock_hard|hard',
        negatedOnly: true,
      },
      // Swollen and hard with no give, in lay words ("blown up and rock hard", "puffed up and solid", "tight like a football").
      '@swollen2|swelled_up|blown_up|blew_up|puffed_up ~~8 rock_hard|solid|hard_as_a_rock|hard_as_rock|like_a_rock|like_a_drum|like_a_brick|like_wood|no_give|tight_as_a_drum',
      '@swollen2|swelled_up|blown_up|blew_up|puffed_up ~~8 like_a|like_an ~2 football|balloon|drum|rock|brick',
      'rock_hard|solid|like_a_rock|like_a_drum|no_give|hard_as_a_rock ~~8 @swollen2|swelled_up|blown_up|blew_up|puffed_up',
      'tight|tense|hard ~~4 like_a|like_an ~2 football|balloon|drum|rock|brick',
      // After a knock, a fall or a cast, a muscle gone rock hard is a tense compartment until shown otherwise, not a
      // cramp ("fell off my bike, and tonight my calf is rock hard"; BOAST, S330): the red flag is kept open.
      {
        p: '@calf|shin|shins|muscle|muscles|leg|legs|thigh ~4 rock_hard|rock-hard|rock_solid|hard_as_a_rock|hard_as_rock|like_a_rock|hard_as_wood|like_wood|hard_as_stone|like_stone|solid_as_a_brick|like_a_brick|like_a_drum|tight_as_a_drum|drum_tight',
        withinText: `${injuredLeg}|crash|crashed|collision|came_off|come_off`,
      },
    ],
  },
  // Purple, grey or dusky skin or blisters (necrotising infection, S336).
  dusky_skin_blisters: {
    sided: true,
    // A purple-red colour that comes when the foot hangs down or the person sits (dependent rubor of a starved
    // foot, S38) is the skin sign of poor circulation (skin_shiny_pale_or_bluish_red), not necrotising skin.
    notInSentence: `${rubor}|bruise|bruised|bruising|bruises|black_and_blue|shoe|shoes|boots|new_shoes|rubbing|rubbed|friction|varicose|eczema|always|${forWeeksOrMore}`,
    patterns: [
      {
        p: 'blisters|blistering|blistered|bullae ~~8 red|redness|swollen|dusky|purple|grey|gray|dark|agony|spreading|hot|infect*|skin|leg|calf|shin|thigh',
        notInSentence: smallBlisterRash,
      },
      {
        p: '@skin|area|patch|redness ~~6 blistering|blisters|bullae|blistered',
        notInSentence: smallBlisterRash,
      },
      'dusky|greyish|grayish|purplish|violaceous ~3 @skin|patch|patches|area|colour|color|blotch*|look',
      '@skin|patch|area|redness ~4 gone|turned|turning|going|changed|looks|look|looking|is ~2 dusky|grey|gray|purple|purplish|violet|dark_purple',
      'purple|grey|gray|dark ~2 blotch*|blotches|patches',
      {
        p: "it|it's|its ~2 going|gone|turning|turned ~1 purple|grey|gray|dusky|purplish|greyish|black",
        withinText: 'cut|wound|graze|scratch|bite|blister|blisters|redness|infection|infected|boil',
      },
      'purple|grey|gray|dusky ~~8 with ~2 a ~1 blister',
      'necrotising_fasciitis|necrotizing_fasciitis|flesh_eating|flesh-eating',
      // Big blisters coming up on the skin (bullae), said by their size and their appearing.
      {
        p: 'big|large|huge|massive|giant|fluid_filled|fluid-filled|blood_filled|blood-filled ~1 blisters|blister ~~4 coming_up|come_up|came_up|appeared|appearing|forming|formed|popping_up|popped_up|all_over',
        notInSentence: smallBlisterRash,
      },
      // Skin or a patch gone a grey or dusky colour ("the skin over the sore bit has gone a purple-grey colour"); a purple
      // foot alone is the colour of poor circulation, not this.
      'skin|patch|area|bit|redness|wound|sore ~~6 gone|turned|turning|going|changed ~1 a|an ~3 grey|gray|greyish|grayish|dusky ~2 colour|color|shade|tinge',
    ],
  },
  // Sudden severe or tearing back or tummy pain (aortic dissection / ruptured AAA, S446, S366).
  back_or_belly_pain_sudden: {
    notInSentence:
      'lifting|lifted|lift|bent_down|bending_down|twisted|picked_up|moving_furniture|gardening|sneezed|pulled_my_back|put_my_back_out|slipped_disc',
    patterns: [
      '@sudden ~~8 @severe|tearing|ripping|ripped|tore ~~8 back|tummy|belly|stomach|abdomen|abdominal|chest|between_my_shoulder_blades|shoulder_blades',
      '@severe|tearing|ripping ~~6 @sudden ~~8 back|tummy|belly|stomach|abdomen|abdominal|chest|shoulder_blades',
      'tearing|ripping|torn|tore|ripped ~4 pain|feeling|sensation|agony ~~6 back|tummy|belly|stomach|abdomen|abdominal|chest|shoulder_blades',
      'back|tummy|belly|stomach|abdomen|abdominal|chest ~~6 tearing|ripping|like_something_tore|like_something_ripped|like_something_tearing|like_being_torn|torn_apart|ripped_apart',
      // "Felt like something ripped in my chest and went through to my back": the tearing said as an event.
      'something ~2 ripped|tore|torn|tearing|ripping ~~8 back|tummy|belly|stomach|abdomen|abdominal|chest|shoulder_blades',
      'aortic_dissection|dissecting_aneurysm|ruptured_aneurysm|burst_aneurysm|aneurysm_burst|aneurysm_has_burst|leaking_aneurysm|ruptured_aaa',
      // "No sudden back or tummy pain": the sudden pain itself denied (read only when denied).
      { p: '@sudden ~3 back|tummy|belly|stomach|abdomen|abdominal', negatedOnly: true },
    ],
  },
};
