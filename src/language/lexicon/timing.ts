import { backOfLimb, backRegions } from './location.js';
import type { FindingLexiconTable } from './types.js';

/** Pain eased by lying down or at night ("better when I lie down", "fine in bed"). */
const reliefLying =
  'better|easier|eases|eased|easing|relieved|relieves|helps|settles|settled ~3 when_i_lie|when_i_lie_down|when_he_lies|when_she_lies|lying_down|lying_flat|lie_down|in_bed|at_night|overnight|when_lying';

const bedtime =
  'asleep|sleep|bed|bedtime|lie_down|lying_down|lay_down|get_into_bed|turn_in|settle|nodding_off|drop_off';

/** The symptom spoils sleep (said anywhere in the text). */
const wakesMe =
  "wakes_me|wake_me|woke_me|wakes_me_up|woken_up|waking_me|waking_me_up|i_wake|i_wake_up|i_woke|i_woke_up|i_keep_waking|keeps_me_awake|keeps_me_up|keep_me_awake|stops_me_sleeping|can't_sleep|cannot_sleep|can't_get_to_sleep|can't_get_back_to_sleep|ruins_my_sleep|wrecks_my_sleep|exhausted|shattered|knackered|sleep_deprived|no_sleep|up_half_the_night";

/** The pain said not to come ("I don't get it", "it never comes on"). */
const notGettingIt =
  "don't|do_not|never|doesn't|does_not|didn't|won't ~1 get|gets|have|has|feel|notice|comes_on|come_on|start|starts|happen|happens|bother|bothers ~1 it|them|any_pain|the_pain|pain|an_ache|any_ache|this|that|me";

const notComing =
  "it|it's|pain|ache ~1 never|doesn't|does_not|won't ~1 comes_on|come_on|start|starts|happen|happens";

/** No pain in bed or at night ("fine in bed", "no pain in bed tho", "never hurts at night"). */
const nightPainDenied = [
  {
    // "No pain at all in bed or sitting": the denial made stronger by "at all" or "whatsoever".
    p: 'fine|ok|okay|alright|no_pain|no_pain_at_all|no_pain_whatsoever|pain_free|painless|never_hurts|never_hurt|no_trouble|no_problem|no_bother ~1 in_bed|at_night|in_the_night|overnight',
    state: 'absent',
  },
  {
    p: "doesn't|does_not|never|don't|do_not|won't ~1 hurt|hurts|bother|bothers|ache|aches|trouble ~2 in_bed|at_night|in_the_night",
    state: 'absent',
  },
  // "Cold in bed but they don't hurt": something else told of the night, its pain denied after it.
  {
    p: "in_bed|at_night|in_the_night|overnight|lying_down ~~4 but|though|although ~2 they|it|that|those ~1 don't|doesn't|never|do_not|does_not|won't ~1 hurt|hurts|ache|aches|bother|bothers",
    // …not a pain in bed denied elsewhere ("they ache in bed but don't hurt in the day").
    notInSentence: '@pain|cramp|cramps ~~4 in_bed|at_night|in_the_night|overnight|lying_down',
    notBefore: [
      'in_the_day',
      'during_the_day',
      'by_day',
      'daytime',
      'in_the_daytime',
      'when',
      'while',
      'walking',
    ],
    state: 'absent',
  },
  // "Never hurts sitting or lying": lying down is where night pain would come.
  {
    p: "doesn't|does_not|never|don't|do_not|won't ~1 hurt|hurts|bother|bothers|ache|aches|trouble ~~5 lying|lying_down|lie_down|when_i_lie",
    state: 'absent',
  },
  // The time first ("at night it's fine mostly", "in bed it's fine"), unless only at first ("fine at first").
  {
    p: 'in_bed|at_night|in_the_night|overnight|nights|at_nighttime ~3 fine|ok|okay|alright|no_trouble|no_problem|no_bother',
    notBefore: ['at_first', 'to_start_with', 'until', 'till', 'til', 'first', 'for_a_bit', 'for_a_while'],
    state: 'absent',
  },
  // "I don't get it sitting or in bed", "it never comes on lying in bed": the pain is denied at rest in bed.
  {
    p: `${notComing} ~5 in_bed|at_night|in_the_night|overnight|lying_in_bed|lying_down_in_bed|when_i'm_in_bed|when_i_am_in_bed|when_in_bed`,
    state: 'absent',
  },
  {
    p: `${notGettingIt} ~5 in_bed|at_night|in_the_night|overnight|lying_in_bed|lying_down_in_bed|when_i'm_in_bed|when_i_am_in_bed|when_in_bed`,
    state: 'absent',
  },
] as const;

/** Words that deny the sleep itself ("I don't sleep well"), so a "sleep fine" reading after them is no denial of trouble. */
const sleepDenied = [
  "don't",
  "doesn't",
  "didn't",
  'not',
  'never',
  "can't",
  'cannot',
  "haven't",
  "hasn't",
  'hardly',
  'barely',
];

/** What a day on one's feet does to the legs ("ache", "swell", "worse"): the symptom said with the standing. */
const onFeetSymptom =
  '@pain|ache|aches|aching|achy|heavy|heavier|heaviness|swell|swells|swelling|swollen|puffy|throb|throbs|throbbing|sore|worse|tired|tiredness|fatigue|painful|hurt|hurts|cramp|cramps|cramping|restless';
/** What standing does to veins (swelling, heaviness, a throb): with them anywhere in the account, a job on one's feet
 * said in a sentence of its own ("I'm a hairdresser, on my feet all day") is the cause of that pattern. */
const standingVenousSymptom =
  'swell|swells|swelling|swollen|puffy|heavy|heavier|heaviness|throb|throbs|throbbing|ache|aches|aching|achy|tired_legs|legs_feel_tired|veins';

/** When it happens. Durations (onset, two weeks) are read by time.ts; these are the fixed phrases. */
/** A pastime, a visit or a shift done so often: a frequency said of it is not the symptom's. */
const pastimeDone =
  'play|plays|played|playing|train|trains|training|gym|swim|swims|swimming|football|rugby|five_a_side|netball|tennis|golf|cycle|cycling|class|classes|shift|shifts|visits|visit|comes_in|comes_round|pops_in';

export const timing: FindingLexiconTable = {
  wakes_after_hour_or_two: {
    patterns: [
      `hour|hours|hr|hrs ~4 after ~4 ${bedtime}`,
      'hour_or_two|hour_or_so|couple_of_hours|few_hours ~4 into ~2 sleep|the_night',
      'wakes|woken|wake|waking|woke ~4 hour_or_two|hour_or_so|hours_later|couple_of_hours|after_an_hour|after_a_couple_of_hours',
      'not_straight_away|not_right_away|not_immediately ~~6 wake*|woke*',
    ],
  },
  evening_night_worse: {
    needsSymptom: true,
    // A night symptom set apart from the complaint ("I get the odd cramp at night but that's different"): told
    // as something else, it does not make the night the complaint's pattern.
    notInSentence:
      "that's_different|thats_different|that_is_different|that's_a_different|that's_separate|that's_something_else|something_different|a_different_thing|a_separate_thing|separate_issue|separate_thing|different_problem|different_thing|not_the_same_pain|not_the_same_thing|unrelated|nothing_to_do_with",
    patterns: [
      {
        p: 'night|nights|nighttime|night_time|nightly|nocturnal|evening|evenings|bedtime|midnight',
        notAfter: ['=last', '=that', '=one', '=other', '=this'],
        positiveOnly: true,
        negWindow: 3,
      },
      // "# am" is two elements (a number, then "am"): the hours of the night are a pattern of their own.
      { p: '# am|#_a_m|a.m', positiveOnly: true },
      {
        p: 'small_hours|wee_hours|early_hours|middle_of_the_night|dead_of_night|dead_of_the_night',
        positiveOnly: true,
        notBefore: ['shift', 'shifts'],
      },
      'worse|worst|bad|bothers ~3 at_night|in_the_evening|in_the_evenings|at_bedtime|by_night|in_the_night|night|evening',
      // Worse "tonight" or "this evening" is the night's pattern said of this night (issue #14: "worse tonight" was
      // asked again "when does it get worse?"); "tonight" alone only dates the onset.
      { p: 'worse|worst ~2 tonight|tonite|this_evening', positiveOnly: true },
      // Pain that wakes the person is night pain ("my knees ache in bed and wake me up").
      // (Waking an hour or two after sleep is its own finding, wakes_after_hour_or_two.)
      {
        p: 'wake|wakes|woke|waking|waken|wakens ~1 me|him|her|them|us ~1 [up]',
        positiveOnly: true,
        notBefore: ['an_hour', 'hour', 'hours', 'a_couple', 'after', 'within'],
      },
      // Worse in bed is worse at night ("worse in bed", "when he goes to bed"); plain "aches in bed" says only
      // that it hurts lying down.
      { p: 'worse|worst|bad|bothers ~3 in_bed|when_in_bed|once_in_bed|lying_in_bed', positiveOnly: true },
      // A symptom told "in bed" is a night symptom: people say "in bed" for the night, and the product is about pain
      // that comes lying down (issue #14: "my toes hurt in bed" was asked again "is it worse at night?"). Not the bed
      // by day ("in bed all day", "in bed in the morning"), nor a bed that is fine ("fine in bed").
      {
        p: 'in_bed|when_in_bed|once_in_bed|lying_in_bed',
        positiveOnly: true,
        notAfter: [
          'fine',
          'ok',
          'okay',
          'alright',
          'better',
          'easier',
          'comfortable',
          'no_pain',
          'stay',
          'stayed',
          'stays',
          'staying',
          'read',
          'reading',
          'sit',
          'sitting',
        ],
        notBefore: [
          'all_day',
          'in_the_morning',
          'in_the_mornings',
          'during_the_day',
          'in_the_day',
          'for_days',
          'for_a_week',
        ],
      },
      // "when I try to sleep", "as I'm trying to get to sleep": the night.
      {
        p: "when|while|as|whenever|once ~2 i|i'm|he|he's|she|she's|we|they|you ~1 try|tries|trying|tried ~1 to ~1 sleep|get_to_sleep|get_off_to_sleep|drop_off|nod_off|settle_down_to_sleep",
        positiveOnly: true,
      },
      // "woke up with a terrible pain in my leg", "woke in agony": the symptom is there at night.
      {
        p: 'woke|wake|wakes|waking|woken ~2 with|in|to ~4 @pain|agony|cramp|cramps',
        positiveOnly: true,
        notInSentence: 'morning|mornings|stiff|stiffness',
      },
      // "especially in bed", "mostly at night": the night is when it is worst.
      {
        p: 'especially|particularly|mainly|mostly|specially ~1 in_bed|when_in_bed|once_in_bed|lying_in_bed|at_night|in_the_night',
        positiveOnly: true,
      },
      {
        p: 'when|once|after|as_soon_as|whenever|by_the_time ~2 i|he|she|we|they|you ~1 go|goes|get|gets|got|went ~1 to_bed|into_bed|in_bed|up_to_bed',
        positiveOnly: true,
      },
      // "I can't sleep for my hip": night pain (role-play set 2 counted the night question as answered).
      {
        p: "can't|cannot|can_not|couldn't|struggle_to|struggling_to|hard_to ~1 sleep ~1 for|with|because_of ~3 my|the|his|her",
        positiveOnly: true,
      },
      {
        p: "can't|cannot|can_not|couldn't ~1 get_to_sleep|get_off_to_sleep|get_back_to_sleep ~1 for|with|because_of|because ~3 my|the|his|her",
        positiveOnly: true,
      },
      { p: 'only ~2 at_night|in_the_evening|in_the_evenings', positiveOnly: true },
      // A symptom told of last night, or that keeps the person awake ("ached all last night",
      // "keeping me awake", "can't get to sleep with it"): the night complaint the interview asks about.
      {
        p: '@pain|throbbing|burning|tingling|twitching|jumpy|restless ~~6 last_night|all_night|through_the_night',
        positiveOnly: true,
      },
      {
        p: 'last_night|all_night ~~6 @pain|throbbing|burning|tingling|twitching|jumpy|restless',
        positiveOnly: true,
      },
      {
        p: 'keeping|keeps|kept|keep ~1 me|him|her|them|us ~1 awake|up_at_night',
        positiveOnly: true,
      },
      {
        p: "can't|cannot|can_not|couldn't|struggle_to|struggling_to ~1 get_to_sleep|get_off_to_sleep|get_back_to_sleep|drop_off|nod_off",
        positiveOnly: true,
      },
      { p: 'daytime_is_fine|fine_in_the_day|fine_during_the_day', positiveOnly: true },
      { p: 'night|nights ~2 no_worse|not_worse|same_as_the_day', state: 'absent' },
      { p: 'not_worse_at_night|no_worse_at_night|not_at_night|never_at_night', state: 'absent' },
      // Night or bed pain denied ("fine in bed", "no pain in bed", "never hurts at night"): claudication's story.
      ...nightPainDenied,
    ],
  },
  starts_at_rest: {
    patterns: [
      {
        p: "when|whenever|once|as_soon_as|if|while|every_time ~2 i|i'm ~2 lie|lay|sit|sitting|lying|rest|resting|relax*|inactive ~1 [down|still|back|back_down]",
        // "Once I sit down it's fine": relief by sitting, not a pain that starts at rest.
        notBefore: [
          'back',
          'side',
          'stomach',
          'front',
          'fine',
          'ok',
          'okay',
          'alright',
          'better',
          'eases',
          'goes_off',
        ],
        notAfter: [
          'goes',
          'go',
          'eases',
          'ease',
          'better',
          'helps',
          'relieved',
          'stops',
          'settles',
          'fine',
          'ok',
          'okay',
          'alright',
          'gone',
          'normal',
        ],
      },
      "when|whenever|if|while ~1 i'm|i_am|i_keep ~1 still",
      'sitting|lying|sit|lie ~1 still',
      'at_rest|when_resting|while_resting|during_rest|inactivity|keeping_still|sitting_still|lying_still|sitting_down_in_the_evening',
      'head_hits_the_pillow|hit_the_pillow|get_into_bed|get_in_bed|lie_down_in_bed|go_to_bed|settle_down',
      'only_when ~2 in_bed|lying|sitting|resting',
      'when ~2 try_to ~1 sleep|relax|rest|settle',
      {
        p: 'on_the_sofa|on_the_couch|on_the_settee|at_the_cinema|on_a_plane|long_car_journey|in_the_cinema|in_the_theatre|at_the_theatre',
        notAfter: ['up', 'legs', 'feet', 'asleep'],
      },
      'watching_telly|watching_tv|reading ~~4 still|sitting',
      'sitting|sat|sit ~4 evening|evenings|telly|tv|sofa|couch|settee|reading',
      'sit_back_down|sit_down_again|lie_back_down',
      // "The second I'm still again it's back": the symptom returning the moment one is at rest.
      "the_second|the_moment|as_soon_as|soon_as ~2 i'm|i_am|he's|she's|i|he|she|you're|you ~1 still|sat|settled|resting|lying",
      'painful_at_rest|pain_at_rest|hurts_at_rest|even_at_rest|rest_pain',
      {
        p: `${notComing} ~3 sitting|sitting_down|sat_down|resting|at_rest|in_bed|lying_down|lying_in_bed|when_i_sit|when_i_rest|when_i_lie_down`,
        state: 'absent',
      },
      // "Never hurts sitting or lying", "no pain at all when resting": the pain denied at rest (claudication's
      // story, S410: pain on walking, gone when standing still).
      {
        p: "never|doesn't|does_not|don't|do_not|won't|no ~1 hurts|hurt|aches|ache|pain|bothers|bother|trouble ~2 [at_all|me|him|her] [when|while|if] [i'm|i_am|he's|she's|i|he|she] sitting|sat|resting|lying|lying_down|sitting_down|sit|rest|lie|lie_down",
        state: 'absent',
      },
      // "It only hurts when I walk": pain only on walking is pain that is not there at rest.
      {
        p: "only|just ~3 when|while|if|whenever ~2 i|i'm|he|he's|she|she's|walking ~1 walk|walks|walking|am_walking|on_the_move|out_walking",
        notInSentence: 'night|nights|bed|lying|lie|rest|resting|sitting|sit|evening|stand|standing',
        state: 'absent',
      },
      {
        p: `${notGettingIt} ~3 sitting|sitting_down|sat_down|resting|at_rest|in_bed|lying_down|lying_in_bed|when_i_sit|when_i_rest|when_i_lie_down`,
        state: 'absent',
      },
    ],
  },
  episode_seconds_to_minutes: {
    patterns: [
      'last|lasts|lasted|lasting ~3 @num ~2 @shortdur',
      'last|lasts|lasted|lasting ~2 seconds|minutes|a_minute|a_second',
      {
        p: '@num ~2 @shortdur ~1 or_so|maybe|at_most|tops',
        notAfter: ['stiff', 'stiffness', 'stiff_for', 'loosen', 'loosens'],
      },
      'short|brief|quick ~3 @num ~2 @shortdur',
      { p: 'maybe|about|around|roughly|approximately ~1 @num ~2 @shortdur', withinSentence: '@cramp' },
      {
        p: 'for ~2 about|around|maybe|roughly|only|just ~1 @num ~1 @shortdur ~4 then|before|and_then|passes|passed|goes|went|stops',
        notAfter: ['stiff', 'stiffness', 'loosen'],
      },
      'for ~2 about|around|maybe|roughly|only|just|a|few|couple|# ~1 seconds|second',
      'goes|passes|passed|stops|wears_off|went ~3 after|within ~2 @num ~2 @shortdur',
      'comes_and_goes|come_and_go|passes_quickly|goes_quickly|over_in_a_minute|over_in_seconds|few_seconds',
    ],
  },
  onset_within_two_weeks: {
    patterns: [
      // "my calf suddenly got painful", "it went sore all of a sudden": a sudden change told in the past, as news.
      // Not when older times are told beside it, nor a change that comes and goes ("suddenly gets painful").
      {
        p: '@sudden ~2 got|went|became|turned|started|began ~2 [really|very|so|quite|terribly] painful|sore|swollen|tender|hurting|aching|achy|bad|to_hurt|to_ache',
        positiveOnly: true,
        notInSentence:
          'year|years|month|months|weeks|ago|for_ages|for_a_while|again|every|sometimes|often|always|attacks|episodes',
      },
      {
        p: 'got|went|became|turned ~2 [really|very|so|quite|terribly] painful|sore|swollen|tender|bad ~2 @sudden',
        positiveOnly: true,
        notInSentence:
          'year|years|month|months|weeks|ago|for_ages|for_a_while|again|every|sometimes|often|always|attacks|episodes',
      },
      {
        p: 'brand_new|just_started|only_started|new_pain|started_recently|came_on_recently|recently_started',
        positiveOnly: true,
        // "This last month there's a new pain": new against older trouble, dated by the weeks said beside it (a
        // time said there is read on its own and gives the onset when it is recent).
        notInSentence: 'month|months|weeks|for_ages|for_a_while',
      },
    ],
  },
  symptoms_over_two_weeks: {
    patterns: [
      // "my legs always ache", "her feet constantly hurt": a symptom that is always there is not new.
      {
        p: 'always|constantly|forever|permanently ~2 @pain|achy|achey',
        positiveOnly: true,
        notInSentence: 'since|yesterday|today|tonight|week|days|new|recently|just_started|this_morning',
      },
      {
        p: 'for_ages|for_a_long_time|for_a_while_now|long_standing|longstanding|chronic|on_and_off_for|on_off_for|for_donkeys',
        positiveOnly: true,
      },
      {
        p: 'as_long_as_i_can_remember|since_i_was_a|since_childhood|since_my_teens|all_my_life|for_years|for_months|for_weeks',
        positiveOnly: true,
      },
    ],
  },
  nightly_sleep_disruption: {
    patterns: [
      '@nightly ~~10 @sleepword',
      // Waking again and again is nightly ("my leg keeps waking me up", "keep waking up with my leg in agony").
      { p: 'keeps|keep|kept|keeping ~1 waking|wakes|wake ~1 me|him|her|them|up', positiveOnly: true },
      // "I keep getting woken up with my leg": woken again and again.
      { p: 'keeps|keep|kept|keeping ~1 getting|being ~1 woken|woke|waked|waken', positiveOnly: true },
      {
        p: 'keeps|keep|kept|keeping ~1 me|him|her|them ~1 up|awake ~2 at_night|every_night|all_night|most_nights|nights',
        positiveOnly: true,
      },
      // "it keeps me awake" (present, habitual): sleep lost night after night; "kept me awake" may be one night.
      { p: 'keeps|keep|keeping ~1 me|him|her|them ~1 awake', positiveOnly: true },
      // "it's keeping me up" (ongoing): sleep lost night after night, like "keeps me awake".
      { p: 'keeps|keeping ~1 me|him|her|them ~1 up', positiveOnly: true },
      '@sleepword ~~10 @nightly',
      "keeps_me_awake|keeps_me_up|stops_me_sleeping|ruins_my_sleep|ruining_my_sleep|wrecks_my_sleep|can't_sleep|cannot_sleep|can't_get_to_sleep|can't_get_back_to_sleep ~~8 @nightly|every_night|most_nights",
      // "Most nights the calf knots up ... It wakes me up": how often and that it wakes, said in different sentences.
      { p: '@nightly', positiveOnly: true, withinText: wakesMe },
      // "Cramps pretty much every night", "night after night my calves ache": a symptom told as nightly, its waking
      // not yet told — open, to be confirmed rather than asked afresh; a denial ("it doesn't wake me") still wins.
      // (A bare "every night" — a pill, a walk — stays weak below.)
      {
        p: '@nightly',
        positiveOnly: true,
        state: 'unknown',
        withinSentence: '@pain|@cramp|@numb|restless|jumpy|twitch*|jerk*|kick*|creepy|crawly|fizz*',
      },
      // Lay words for sleep lost to the symptom ("I don't get much sleep because of the pain", "I barely sleep
      // with my leg", "up half the night with it", "not slept properly for weeks"): said with the symptom.
      ...[
        "don't|do_not|doesn't|does_not|never|can't|cannot|not ~1 get|getting|gets ~1 much|enough|any|a_lot_of|a_wink_of ~1 sleep",
        'barely|hardly|scarcely ~1 sleep|sleeps|slept|sleeping',
        'barely|hardly|scarcely ~1 get|gets|getting|got ~1 any|much ~1 sleep',
        "i'm|i_am|i've_been|he's|she's|up|awake ~2 most_of_the_night|half_the_night|all_night|half_the_nights|most_nights",
        "haven't|hasn't|have_not|not|never ~2 slept|sleeping ~1 properly|well|right|through",
        "don't|doesn't|can't|cannot|do_not|does_not ~1 sleep ~1 properly|well|right",
        'sleep|sleeping ~2 is|has_been|been ~1 terrible|awful|rubbish|dreadful|poor|broken|shocking|a_nightmare',
        'broken|disturbed|interrupted|poor|bad|terrible|awful ~1 sleep|nights',
        "stops|stopping|stop|prevents|haven't_had|not_had|never_get|can't_get|don't_get|no ~3 good|decent|full|proper|whole ~1 night's|nights|night ~1 sleep",
        'lose|losing|lost ~1 sleep',
      ].map((p) => ({
        p,
        positiveOnly: true as const,
        withinSentence:
          '@pain|@cramp|@numb|leg|legs|calf|calves|foot|feet|knee|knees|hip|hips|thigh|thighs|it|this|them|restless',
      })),
      // Unable to sleep on one side ("can't sleep on my left side any more"): lying on it hurts, so sleep is likely
      // broken but not said — open, to be confirmed rather than asked afresh.
      {
        p: "can't|cannot|cant|can_not|couldn't ~1 sleep|sleeping ~1 on ~2 my|that|the|his|her|either|one|this ~1 [left|right|bad|good] side|sides",
        positiveOnly: true,
        state: 'unknown',
      },
      // Up at night walking or pacing about ("gran is up half the night wandering round"): sleep lost to being on
      // the feet, said without a symptom word.
      {
        p: "up|awake|i'm|i_am|he's|she's ~2 most_of_the_night|half_the_night|all_night|half_the_nights|most_nights|every_night|at_night ~3 walking|pacing|wandering|walks|paces|wanders",
        positiveOnly: true,
      },
      { p: 'every_night|most_nights|each_night|nightly|night_after_night', weak: true },
      { p: 'disturb*|ruin*|spoil*|affect*|interrupt*|wreck*|bother* ~3 sleep|sleeping|nights', weak: true },
      {
        p: 'sleep|sleeping ~2 fine|ok|okay|well|normally|normal|alright|good|unaffected',
        state: 'absent',
        // "I don't sleep well": the sleep is denied, not the trouble ("don't sleep" is no negation cue).
        notAfter: sleepDenied,
      },
      // "I've always slept like a log" / "used to sleep like a log" is the sleep before the symptom, told as a contrast.
      {
        p: 'sleep|sleeps|slept|sleeping ~1 like_a_log|like_a_baby|like_a_top',
        state: 'absent',
        notAfter: ['always', 'used_to', 'normally', 'usually', 'ever'],
        notInSentence: 'until|till|before_this|before_all_this|new_for_me|new_to_me|which_is_new',
      },
      {
        p: 'sleep_through|sleeps_through|sleep_well|sleeping_well|sleep_fine',
        positiveOnly: true,
        state: 'absent',
        notAfter: sleepDenied,
      },
      // "It doesn't wake me": the sleep is not broken by it.
      {
        p: "doesn't|does_not|don't|do_not|never|won't|didn't ~1 wake|wakes ~1 me|him|her|them",
        state: 'absent',
      },
      // How often it comes, not how often something else is done ("I play five-a-side once a week").
      {
        p: 'once ~1 a|every ~1 month|fortnight|while|blue_moon',
        state: 'absent',
        notInSentence: pastimeDone,
      },
      {
        p: 'twice|once|two_or_three_times|few_times ~1 a ~1 week',
        state: 'absent',
        notInSentence: pastimeDone,
      },
      // No pain in bed at all ("fine in bed", "never hurts at night"): nothing to disturb sleep.
      ...nightPainDenied,
    ],
  },
  worse_end_of_day_standing: {
    patterns: [
      // "After a day in heels" is the shoes, not the standing (a forefoot look-alike's trigger).
      {
        p: 'end_of_the_day|end_of_the_evening|end_of_my_shift|end_of_a_shift|by_evening|by_the_evening|by_teatime|by_tea_time|by_dinnertime|by_suppertime|by_bedtime|by_night|by_the_end|after_work|after_a_day|after_my_shift|after_a_long_day',
        notBefore: [
          'in_heels',
          'in_high_heels',
          'in_tight_shoes',
          'in_new_shoes',
          'in_those_shoes',
          'in_my_heels',
        ],
      },
      // A job on one's feet ("started a new job on my feet all day") is background, not a pattern of the
      // symptom: read only where the sentence says something hurts, swells or gets worse.
      {
        p: 'on_my_feet|on_your_feet|on_her_feet|on_his_feet ~3 all_day|long|hours|for_hours|a_lot',
        withinSentence: onFeetSymptom,
      },
      {
        p: 'on_my_feet|on_your_feet|on_her_feet|on_his_feet ~3 all_day|long|hours|for_hours|a_lot',
        withinText: standingVenousSymptom,
      },
      {
        p: 'standing|stood ~4 all_day|for_hours|for_long|long_time|a_lot|at_work_all|at_the_till|# hours',
        withinSentence: onFeetSymptom,
      },
      {
        p: 'standing|stood ~4 all_day|for_hours|for_long|long_time|a_lot|at_work_all|at_the_till|# hours',
        withinText: standingVenousSymptom,
      },
      'after ~1 standing|long_shift|a_long_shift|shift',
      {
        p: 'long_shift|long_shifts|on_my_feet_all_day|stand_all_day|standing_job',
        withinSentence: onFeetSymptom,
      },
      {
        p: 'long_shift|long_shifts|on_my_feet_all_day|stand_all_day|standing_job',
        withinText: standingVenousSymptom,
      },
      'better ~3 in_the_morning|first_thing ~~6 worse|end',
    ],
  },
  calf_pain_walking_relieved_standing_still: {
    // "hurts after walking 200 yards and goes off within minutes when I stand still" is claudication: the
    // pain is brought on by walking (not relieved by it) and the minutes are its recovery, not a cramp episode.
    // Its "crampy" pain on walking is the claudication itself, not a night cramp (lookalikes C1).
    suppressesInSentence: ['relief_walking', 'episode_seconds_to_minutes', 'sudden_muscle_contraction'],
    patterns: [
      // "a crampy pain in my bum when I walk fast, goes off when I stop".
      '@walk ~~10 @relief|goes|goes_off|passes|eases|settles|wears_off ~3 when|once|if|as_soon_as|after ~2 i|you|he|she ~1 stop|stand_still|rest|sit_down|pause',
      '@walk ~~12 @calf|@butt ~~6 grips|cramps|cramping|crampy|tight|hurts|aches|ache ~~10 have_to_stop|stop|stand_still',
      '@walk ~~10 stand_still|standing_still|stand_there|standing_there|stop|stopping|stopped|rest|have_to_stop|stop_for ~~6 @relief|goes|passes|eases|off|minute|minutes|better',
      '@walk ~~8 # ~1 yards|metres|meters|miles|blocks|steps|m ~~10 @calf|@pain|stop',
      '@calf|@pain ~~8 @walk ~~8 # ~1 yards|metres|meters|miles|blocks|steps|m',
      '@calf ~~8 when_i_walk|walking|after_walking ~~10 stand_still|stop|have_to_stop|standing_still',
      '@walk ~~6 @calf ~~6 grips|cramps|tight|hurts|aches ~~10 stop|stand',
      // "A cramp in the calf after about 100 yards that goes when I stand still."
      '@calf|@pain|@cramp ~~8 after|within ~3 #|couple|few|several ~1 yards|yds|metres|meters|blocks|steps ~~10 stand_still|standing_still|stand_there|stop|stopping|stopped|rest|resting|have_to_stop',
      // "lock up after a couple blocks … stand still and it passes": the calf locking on a walk is the claudication.
      {
        p: '@calf ~3 lock|locks|locking|lock_up|locks_up|seize|seizes|seize_up|seizes_up|tighten_up|tightens_up ~~8 after|within ~3 #|couple|few|several ~1 yards|yds|metres|meters|blocks|steps|streets',
        withinSentence:
          '@walk|stand_still|standing_still|stop|stops|stopped|rest|resting|passes|eases|wears_off',
      },
      { p: '@calf ~~8 after|within ~3 # ~1 yards|yds|metres|meters|blocks', withinSentence: '@walk' },
      'claudication|intermittent_claudication|window_shopping|shop_window',
      // "Every block or so my calf gets a tight ache, I stop and it eases" (lookalikes C1: stop every block).
      'every|each ~2 block|blocks|hundred_yards|few_hundred_yards ~~12 @calf|@pain ~~10 stop|stopping|rest|resting ~~6 @relief|eases|goes|passes',
      { p: '@pain|@calf|hurt|hurts ~4 when|if|while ~2 i ~1 walk|walking', weak: true },
      // "Calf cramps when I walk the dog": a cramp brought on by walking (claudication's lay word), its easing on
      // standing still not yet told — open, to be confirmed rather than asked afresh. A plain ache on walking is
      // left to the questions; a relief told in the sentence is read by the rules above.
      {
        p: "@cramp|grips|gripping ~4 when|whenever|if|while|as_soon_as ~2 i|he|she|you|i_go|i'm|he's|she's ~1 walk|walks|walking|out_walking",
        positiveOnly: true,
        state: 'unknown',
        withinSentence: '@calf|@butt|@leg1|@legs',
        notInSentence: '@relief|stand_still|standing_still|stop|stops|stopping|rest|resting',
      },
      { p: 'walking_pain|pain_walking|pain_on_walking', weak: true },
    ],
  },
  pain_standing_walking_relieved_sitting: {
    patterns: [
      '@standwalk ~~14 have_to_sit|need_to_sit|sit_down_to|bending_forward|lean_forward|leaning_forward|bend_forward|bending_over|lean_on|leaning_on',
      '@standwalk ~~14 sitting|sit|sit_down|sat ~3 @relief',
      '@standwalk ~~14 @relief ~3 when|if|once|after|as_soon_as ~2 i ~1 sit|sit_down|sat|sitting',
      // Not when the sitting is what hurts ("worse sitting and lying flat, better walking about": a disc's pattern).
      {
        p: 'sitting|sit|sit_down|bending|leaning ~~8 @relief ~~12 @standwalk',
        notAfter: ['worse', 'worst', 'hurts', 'aches', 'painful', 'agony', 'bad', 'worse_when', 'worse_for'],
      },
      'lean*|bend*|bent|stoop* ~4 forward|over|trolley|trolly|cart|pram|frame ~~6 @relief',
      '@relief ~~6 lean*|bend*|stoop* ~4 forward|over|trolley|cart',
      'standing_in_a_queue|standing_in_queues|queue|queues|queuing ~~6 brings|start*|worse|comes',
      'comes_on_when_i_stand|standing_brings_it_on|neurogenic_claudication|spinal_stenosis',
      // Fine again once seated ("legs go weak and achy when I walk, fine once I sit down"): relief by sitting,
      // neurogenic claudication's pattern (S104), said with "fine" or "ok" rather than a relief word.
      "@standwalk ~~14 fine|ok|okay|alright|all_right|normal|gone|goes|go ~3 once|when|whenever|after|as_soon_as|if ~2 i|he|she|i've|he's|she's ~1 sit|sits|sit_down|sat|sat_down|sitting",
      'once|when|whenever|after|as_soon_as|if ~2 i|he|she ~1 sit|sits|sit_down|sat|sat_down ~4 fine|ok|okay|alright|all_right|gone|goes_off ~~12 @standwalk',
      // Walking stooped ("walks bent over like an old man", "has to walk hunched over"): leaning forward opens the
      // narrowed canal, the stooped gait of spinal stenosis (S104).
      'walk|walks|walking|walked ~3 bent_over|bent_forward|bent_double|stooped|stooping|hunched|hunched_over|doubled_over|leaning_forward|leaning_over|like_a_question_mark',
      'bent_over|stooped|stooping|hunched_over|bent_forward ~3 to_walk|when_i_walk|when_he_walks|when_she_walks|walking',
      { p: '@pain|hurt|hurts ~4 when|if|while ~2 i ~1 walk|walking|stand|standing', weak: true },
      // "Her thighs ache and tingle when she stands": brought on by standing, its easing on sitting not yet told.
      {
        p: '@pain|@numb|hurt|hurts ~4 when|whenever|if|while|as_soon_as ~2 i|he|she|you ~1 stand|stands|stand_up|stands_up|standing|queue|queues',
        positiveOnly: true,
        state: 'unknown',
        withinSentence: '@calf|@butt|@leg1|@legs',
        notInSentence: '@relief|sit|sits|sitting|sat|sit_down|lean*|bend*',
      },
    ],
  },
  // Spinal pain at night or lying flat that stops sleep (NICE CG75, S301).
  spinal_pain_night_lying: {
    patterns: [
      {
        p: `back_pain|backache|back_ache|bad_back|spine|spinal_pain|${backRegions}|middle_of_my_back|my_back_hurts|back_hurts|back_is_agony|pain_in_my_back|ache_in_my_back|between_my_shoulder_blades ~~10 night|nights|at_night|lying_down|lying_flat|lie_flat|lie_down|in_bed|when_i_lie|in_the_night`,
        withinSentence:
          "worse|worst|wakes|woke|waking|keeps_me_awake|keeps_me_up|stops_me_sleeping|can't_sleep|cannot_sleep|couldn't_sleep|can't_get_to_sleep|no_sleep|unbearable|agony|can't_lie|cannot_lie",
      },
      // A back that simply hurts or aches at night or lying down ("my back has ached at night", "my lower back hurts
      // when I lie down"): lookalikes C2 reads back pain with night or lying as the spinal-metastasis cue (S310).
      // "Backache at night lying down", "back pain in bed": the compound word with night or lying (S310).
      {
        p: 'backache|back_ache|back_pain|backpain|bad_back|back_is_bad ~4 at_night|in_the_night|lying_down|lying_flat|when_i_lie|when_i_lie_down|in_bed|when_lying|overnight|at_nighttime',
        positiveOnly: true,
        // Eased by lying ("my back pain is better when I lie down") is the opposite of the cue.
        notInSentence: reliefLying,
      },
      // "The back of my knee hurts at night" names a side of the limb, not the spine.
      {
        p: `my|the|his|her ~1 back|spine|${backRegions}|backbone ~3 hurts|hurt|aches|ached|aching|has_ached|has_hurt|is_sore|is_painful|throbs ~6 at_night|in_the_night|when_i_lie|when_i_lie_down|lying_down|lying_flat|in_bed|when_he_lies|when_she_lies`,
        notInSentence: backOfLimb,
      },
      {
        p: `@pain ~3 in|of ~1 my|the|his|her ~1 back|spine|${backRegions}|backbone ~4 at_night|in_the_night|when_i_lie|when_i_lie_down|lying_down|lying_flat|in_bed|when_he_lies|when_she_lies`,
        notInSentence: backOfLimb,
      },
      {
        p: 'night|nights|at_night|lying_down|lying_flat|in_bed ~~10 back_pain|backache|back_ache|spine|lower_back|upper_back|my_back_hurts|back_hurts|pain_in_my_back|ache_in_my_back',
        withinSentence:
          "worse|worst|wakes|woke|waking|keeps_me_awake|keeps_me_up|stops_me_sleeping|can't_sleep|cannot_sleep|couldn't_sleep|no_sleep|unbearable|agony",
      },
      // CG75's own words: back pain that stops sleep ("a pain in my lower back ... it stops me sleeping").
      `back_pain|backache|back_ache|bad_back|spine|spinal_pain|${backRegions}|middle_of_my_back|my_back_hurts|back_hurts|pain_in_my_back|ache_in_my_back ~~10 stops_me_sleeping|keeps_me_awake|keeps_me_up|wakes_me|wakes_me_up|stops_me_from_sleeping|can't_sleep_for_it`,
      "can't|cannot|couldn't ~2 lie_flat|lie_down|lie_on_my_back ~~8 back|spine",
      // Any pain word of the back, then lying down ("my lower back kills the minute I lie down").
      {
        p: `my|the|his|her ~1 back|spine|${backRegions}|backbone ~3 @pain ~~6 as_soon_as_i_lie|as_soon_as_he_lies|as_soon_as_she_lies|soon_as_i_lie|once_i_lie|if_i_lie|the_minute_i_lie|the_moment_i_lie|when_i_lay|lie_down|lay_down|lying_down|lie_flat|lying_flat`,
        // Eased by lying is the opposite of the cue; "the back of my knee" is not the spine.
        notInSentence: backOfLimb,
        notWhen: [
          { sentence: 'better|easier|eases|eased|easing|relieved|relieves|relief|helps|settles|settled' },
        ],
      },
      'sleep|sleeping|slept ~2 in_a_chair|in_the_chair|sitting_up|upright ~~8 back|spine',
      // "It's worse lying flat in bed" said of a back pain already told, with no leg in the sentence (CG75, S301).
      {
        p: "it's|it|its ~2 worse|worst|agony|unbearable ~3 lying_flat|lying_down|lie_flat|in_bed|at_night|when_i_lie",
        requiresAny: ['back_pain'],
        notInSentence: '@leg1|@legs|@foot|@butt|hip|hips',
      },
      {
        p: 'sleep|sleeping|slept ~2 propped_up|sitting_up|upright|in_a_chair|in_the_chair',
        requiresAny: ['back_pain'],
        notInSentence: '@leg1|@legs|@foot|@butt|hip|hips',
      },
      {
        p: 'my|the|his|her ~1 back|spine ~3 worse|worst ~3 at_night|in_bed|lying_down|lying_flat|when_i_lie',
        notInSentence: backOfLimb,
      },
      {
        p: 'sleep|sleeping|slept ~2 in_a_recliner|in_the_recliner|in_my_recliner|in_a_chair|in_the_chair',
        withinSentence: 'back|spine',
      },
    ],
  },
};
