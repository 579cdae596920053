/**
 * Word classes used by lexicon patterns as `@name`. Each is a pattern element: alternatives split by `|`,
 * `_` joins a multi-word alternative, `*` marks a prefix, and a class may name other classes.
 */
export const wordClasses: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // --- body
    leg1: 'leg|limb|calf|thigh|shin|ankle|foot|knee',
    legs: 'legs|limbs|calves|thighs|shins|ankles|feet|knees',
    calf: 'calf|calves|calf_muscle',
    foot: 'foot|feet|toe|toes|sole|soles|arch|instep|forefoot|big_toe',
    butt: 'buttock|buttocks|bum|butt|bottom|thigh|thighs|hip|hips|groin|glute|glutes|hamstring|hamstrings',
    skin: 'skin|toe|toes|foot|feet|leg|legs|shin|shins|ankle|ankles|heel|heels|calf',
    my: 'my|the|your|his|her|this|that|both|each|one|a',

    // --- what it feels like
    pain: 'pain|pains|painful|hurt|hurts|hurting|ache|aches|ached|aching|achy|sore|soreness|agony|agonising|agonizing|throb*|discomfort|cramp*|burn*|sciatica|shoot*|stabbing|gnawing|excruciating|killing|kills|kill_me|killing_me|uncomfortable|gyp|giving_me_grief|playing_up|crying_with|crying_out_with|cries_with|in_tears_with',
    ache: 'ache|aches|aching|achy|achey|dull|gnawing|throb|throbs|throbbing|nagging|deep_pain',
    numb: "numb|numbness|tingl*|pins_and_needles|dead|asleep|cotton_wool|no_feeling|can't_feel|cannot_feel|not_able_to_feel|not_been_able_to_feel|haven't_been_able_to_feel|hasn't_been_able_to_feel|wasn't_able_to_feel|lost_feeling|loss_of_feeling|prickl*",
    burnnumb: '@numb|burn*|fire|on_fire|burny|hot_coals',
    cramp:
      'cramp|cramps|cramped|cramping|crampy|charley_horse|charley_horses|charlie_horse|charlie_horses|spasm*|knot|knots|knotted|knotting|rock_hard|locks_up|seizes_up|seized_up|tightens_up',
    swollen:
      'swollen|swelling|swell|swells|swelled|puffy|puffed|puffiness|bloated|oedema|edema|edematous|enlarged|swollen_up|puffed_up|swelled_up|blown_up|blew_up|up_like_a_balloon|ballooned|ballooning|fat|fatter|bigger|larger|thicker|twice_the_size',
    swollen2:
      'swollen|swelling|swell|swells|swelled|puffy|puffed|puffiness|ballooned|ballooning|oedema|edema|edematous|fluid',
    red: 'red|redness|reddish|inflamed|flushed|angry|pink|rosy',
    warm: 'warm|warmer|hot|hotter|heat|burning_hot',
    // Plain "warm" feet are reassurance, not a sign: a limb alone needs hot or warmer (than the other).
    hot: 'warmer|hot|hotter|burning_hot',
    cold: 'cold|colder|cool|cooler|icy|ice_cold|freezing|frozen|chilly|like_ice|stone_cold',
    coldpale:
      '@cold|coldness|paleness|pallor|pale|paler|white|whiter|blue|bluish|blue_ish|mottled|grey|gray|purple|colourless|colorless|dusky|waxy',
    heavy: 'heavy|heavier|heaviness|weighed_down|like_lead|leaden|tight|tightness|tired',
    weak: 'weak|weaker|weakness|wobbly|giving_way|give_way|gave_way|buckl*|jelly|no_strength',

    // Not able to: "can't", and the longer forms whose "not" is the ability's ("I haven't been able to put weight on it").
    cannot:
      "can't|cant|cannot|couldn't|unable_to|not_able_to|not_been_able_to|haven't_been_able_to|hasn't_been_able_to|have_not_been_able_to|has_not_been_able_to|wasn't_able_to|weren't_able_to|isn't_able_to",

    // Putting weight through a leg: the verbs people use for it ("walk on", "stand on", "put weight through").
    bearverb:
      'walk|walking|stand|standing|step|stepping|hop|bear_weight|put_weight|put_any_weight|putting_weight|take_weight|take_any_weight|take_my_weight|take_his_weight|take_her_weight|put_pressure|put_any_pressure|weight_bear|weightbear|weight_bare|bare_weight|bear_any_weight',
    // Too much for it: "too painful to", "can't bear to" (the pain stopping the act).
    toopainful:
      "too_painful_to|too_sore_to|hurts_too_much_to|too_much_pain_to|in_too_much_pain_to|can't_bear_to|cannot_bear_to|couldn't_bear_to|impossible_to",
    // Refusing to: said of a leg or foot ("won't put her foot down"), never of walking alone ("won't walk the dog").
    refuses: "won't|wont|will_not|refuses_to|refused_to|wouldn't",
    // The spine and its bones in lay words ("the knobbly bits of my back").
    backbone:
      'spine|spinal|vertebra|vertebrae|backbone|backbones|back_bone|knobbly_bits|knobbles|knobbly_bit|bone_in_my_back|bones_in_my_back|bones_of_my_back|bone_in_my_lower_back|bones_in_my_lower_back|bone_in_his_back|bone_in_her_back|bones_in_his_back|bones_in_her_back|bones_of_his_back|bones_of_her_back',
    // Pressing or touching something (a spot, a bone).
    touchverb:
      'press|presses|pressed|pressing|push|pushes|pushed|pushing|touch|touches|touched|touching|tap|taps|tapped|tapping|prod|prods|prodded|prodding|poke|pokes|poked|poking|knock|knocks|knocked|feel_along|felt_along',
    // A jump of pain at a touch ("I nearly hit the roof", "she yelps").
    ouch: 'hit_the_ceiling|hits_the_ceiling|through_the_ceiling|jumped_a_mile|jumps_a_mile|hurts|hurt|hurting|tender|sore|agony|painful|jump|jumps|jumped|yelp|yelps|yelped|wince|winces|winced|flinch|flinches|flinched|ouch|scream|screams|screamed|hit_the_roof|hits_the_roof|through_the_roof|shot_up|kills|killed|excruciating|like_hell',

    // --- relief and position
    relief:
      'help|helps|helped|helping|helpful|ease|eases|eased|easing|easier|better|relief|relieve|relieves|relieved|settle|settles|settled|goes_away|go_away|went_away|goes_off|go_off|gets_rid|get_rid|got_rid|getting_rid|sorts_it|sorted_it|fixes|fixed|stops_it|stops|stop_it|let_go|lets_go|release*|improves|improved|soothes|calms|subsides|disappears|vanishes|relax*|wears_off|fades|only_thing|only_way',
    walk: 'walk|walks|walking|walked|pace|paces|pacing|paced|stroll*|wander*|get_up_and_walk',
    up: 'up|raised|elevated|higher',
    sit: 'sit|sits|sitting|sat|seated|sit_down',
    standwalk: 'stand|stands|standing|stood|walk|walks|walking|walked|queue|queuing',
    lie: 'lie|lies|lying|lay|laying|sleep|sleeping|slept|flat',

    // --- severity and time
    sudden:
      'sudden|suddenly|out_of_nowhere|out_of_the_blue|all_of_a_sudden|abrupt|abruptly|without_warning|came_on_like|instantly|just_came_on|split_second|in_a_second|in_an_instant|in_a_flash|in_seconds|within_seconds|all_at_once|like_a_switch',
    severe:
      'severe|severely|searing|blinding|terrible|terribly|unreal|excruciating|excrutiating|agony|agonising|agonizing|agonisingly|agonizingly|unbearable|worst|horrendous|horrific|intense|crippling|screaming|awful|9_out_of_10|10_out_of_10|9_/_10|10_/_10',
    num: '#|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|couple|couple_of|several|half',
    shortdur: 'second|seconds|secs|sec|minute|minutes|min|mins',
    nightly:
      'every_night|most_nights|each_night|nightly|night_after_night|every_single_night|all_night_every_night|every_evening|most_evenings|night_time_every',
    sleepword:
      "sleep|sleeping|asleep|slept|wake|wakes|waking|woke|woken|awake|insomnia|exhausted|i'm_up|get_up|getting_up|settle|can't_settle|keeps_me_up|keep_me_up",
    family:
      'mum|mom|mother|dad|father|brother|sister|son|daughter|gran|granny|nan|nana|nanna|grandma|grandmother|grandad|grandpa|grandfather|aunt|auntie|uncle|cousin|siblings|parents|family|relatives',
  }),
);

/** Plain pain words, shared by the rules that need to know a symptom is being described. */
export const painWords = [
  'pain',
  'pains',
  'painful',
  'hurt',
  'hurts',
  'hurting',
  'ache',
  'aches',
  'aching',
  'sore',
];

/** Days that date a time expression ("since Tuesday"). */
export const weekdayWords = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'weekend',
];
