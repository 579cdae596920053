import { backRegions } from './location.js';
import type { FindingLexiconTable } from './types.js';

const pebble = 'pebble|marble|stone|lump|fold_in_my_sock|fold_in_the_sock|fold_in_his_sock|fold_in_her_sock';
const ache = '@pain|stiff|stiffness|achy|aching|ache|aches|sore';
/** The back itself, not the back of a limb ("the back of my knee"). */
const spine = `back_pain|backache|back_ache|bad_back|spine|spinal_pain|my_back|his_back|her_back|the_back|${backRegions}`;
const worsening =
  'getting_worse|getting_steadily_worse|steadily_worse|worse_and_worse|more_and_more|getting_worse_and_worse|gradually_worse|gradually_getting_worse|worse_every_week|worse_each_week|worse_every_day|worse_each_day|keeps_getting_worse|worse_not_better|worse,_not_better|progressively_worse|worsening';
const cold = 'cold|cold_snap|freezing|frost|frosty|snow|icy|winter|wellies|radiator|fire|warm_up|warmed_up';

/**
 * Recognisable features of causes the tool does not model (carried by `other`): polymyalgia's stiff
 * shoulders (S418), first-step heel pain (S415), Morton's pebble (S478), chilblains (S479), a calf tear (S480).
 * Words from the NHS and patient pages those sources cite, not sentences.
 */
export const lookalikes: FindingLexiconTable = {
  // Back pain that keeps getting worse (CG75's "progressive lumbar pain", S301; lay words from the same page's
  // "getting worse"). Only in a sentence about the back, so a leg cramp getting worse is not read as it.
  back_pain_getting_worse: {
    notInSentence: 'back_of_my|back_of_the|back_of_his|back_of_her|back_of_your',
    patterns: [
      { p: worsening, withinSentence: spine, positiveOnly: true },
      {
        p: `${spine} ~4 has|have|is|are|keeps|kept ~3 ached|hurt|aching|hurting ~2 more_and_more`,
        positiveOnly: true,
      },
    ],
  },
  shoulder_girdle_stiffness: {
    patterns: [
      'polymyalgia|polymyalgia_rheumatica|pmr',
      `shoulders|both_shoulders ~~16 ${ache}`,
      `${ache} ~~16 shoulders|both_shoulders`,
      // Shoulders too stiff to raise the arms: doing the hair, reaching up, getting a top on.
      "can't|cannot|cant|struggle_to|hard_to ~2 get|lift|raise|put ~3 arms|arm ~3 up|above|over",
      { p: 'shoulders_are_fine|no_shoulder_pain|shoulders_fine|not_my_shoulders', state: 'absent' },
    ],
  },
  heel_pain_first_steps: {
    patterns: [
      "plantar_fasciitis|plantar_fasciopathy|policeman's_heel|policemans_heel",
      'heel|heels ~~10 first|1st ~2 step|steps|few_steps',
      'first|1st ~2 step|steps|few_steps ~~10 heel|heels',
      // Room for a simile between ("heel feels like there's a drawing pin in it when I get out of bed").
      'heel|heels ~~12 out_of_bed|first_thing|in_the_morning|of_a_morning|after_sitting|after_resting|after_sitting_down',
    ],
  },
  forefoot_pebble_pain: {
    // "Walking on pebbles" under both feet is a neuropathy's wording, and a stone under the heel is the heel;
    // "heels" alone are shoes ("after a day in heels", a forefoot trigger), "my heels" the body.
    notInSentence: 'walking_on_pebbles|heel|my_heels|his_heels|her_heels|the_heels|both_heels|your_heels',
    patterns: [
      "morton's_neuroma|mortons_neuroma|morton_neuroma|neuroma|morton's_metatarsalgia",
      `${pebble} ~3 in|under|inside ~2 my|the|his|her|your ~1 shoe|shoes|sock|socks|foot`,
      'standing|stood|walking|treading|stepping ~2 on ~1 a ~1 pebble|marble|stone',
      'like|as_if|as_though|feels_like ~3 a ~1 pebble|marble|fold_in_my_sock|fold_in_the_sock|fold_in_his_sock|fold_in_her_sock|ruck_in_my_sock',
      'burning|burns|burn|shooting|stabbing|@pain|tingling|tingles|numb ~~6 between ~4 toes',
      'between ~4 toes ~~6 burning|burns|burn|shooting|stabbing|@pain|tingling|tingles|numb',
      'ball_of ~2 my|the|his|her|your ~1 foot|feet ~~6 burning|burns|shooting|stabbing',
    ],
  },
  toes_red_itchy_after_cold: {
    // Itchy toes after the cold that also burn ("toes on both feet itchy and burning since the cold snap"): the
    // burning is the chilblains' own (burning on warming, S479), not the stocking-pattern burning of a neuropathy.
    suppressesInSentence: ['stocking_numbness_both_feet'],
    patterns: [
      'chilblain|chilblains|pernio|perniosis',
      { p: 'toes|toe ~~10 itchy|itch|itching|itches|itchiness', withinText: cold },
      { p: 'itchy|itching ~~10 toes|toe', withinText: cold },
    ],
  },
  calf_pull_during_exertion: {
    patterns: [
      'pulled_calf|calf_strain|strained_calf|torn_calf|calf_tear|pulled_my_calf|strained_my_calf|tore_my_calf|torn_my_calf|pulled_a_calf_muscle|tore_a_calf_muscle',
      'pop|popping|snap|snapping|ping|twang|pulled|pull ~4 in|at ~2 my|the|his|her|your ~1 calf|calves',
      'felt ~3 my|his|her|the ~1 calf ~1 go|went|snap|pop|ping|tear|rip',
      'like|as_if|as_though|thought ~6 whacked|kicked|hit|struck|shot ~6 calf|calves',
    ],
  },
  outer_thigh_numb_patch: {
    patterns: [
      'meralgia|meralgia_paraesthetica|meralgia_paresthetica',
      'numb|numbness|burning|burns|tingling|tingles|prickling|prickles ~4 patch|area|spot ~4 outside_of|outer|side_of|front_of ~3 thigh|thighs',
      'outside_of|outer|side_of ~3 thigh|thighs ~~6 numb|numbness|burning|burns|tingling|tingles|like_sunburn|not_my_skin|prickles',
    ],
  },
  leg_jerks_in_sleep_seen: {
    // "Every 20-30 seconds" beside the jerks is how often they come, not how long an attack lasts.
    suppressesInSentence: ['episode_seconds_to_minutes'],
    patterns: [
      // What a bed partner sees: the legs jerk, kick or jump about over and over in sleep.
      'legs|leg ~3 jerk|jerks|jerking|kick|kicks|kicking|twitch|twitches|jump|jumps|jumping ~~10 every|all_night|in_my_sleep|in_his_sleep|in_her_sleep|asleep|once_he|once_she',
      'kicks|kicked|kicking ~3 me ~~6 all_night|every_night|in_his_sleep|in_her_sleep|asleep',
      // The sleeper says it of the bed partner ("my wife says I kick her all night"): the same kicks, seen by her.
      'kick|kicks|kicked|kicking ~1 him|her|them ~~6 all_night|all_night_long|every_night|in_my_sleep|in_his_sleep|in_her_sleep|asleep|while_i_sleep|while_he_sleeps|while_she_sleeps',
      // The movement said before the legs ("she says I kick and jerk my legs all night long", "he jerks his legs
      // every half minute"): the same jerks, the verb first.
      'kick|kicks|kicked|kicking|jerk|jerks|jerked|jerking|twitch|twitches|twitching|flick|flicks|flicking ~4 my|his|her|their|the|both ~1 legs|leg|feet ~~10 every|all_night|all_night_long|in_my_sleep|in_his_sleep|in_her_sleep|asleep|while_i_sleep|while_he_sleeps|while_she_sleeps|once_he|once_she|black_and_blue',
    ],
  },
  // A burst Baker's cyst (S437, S454): the pop behind the knee and the water running down the calf; then the
  // bruise that tracks down to the ankle (S402; a torn calf bruises there too, S480).
  fluid_trickling_down_calf: {
    sided: true,
    patterns: [
      'water|fluid|liquid ~3 trickling|trickle|trickled|trickles|running|ran|runs|dribbling|dribbled|pouring|poured|flowing|leaking|seeping|going ~3 down ~3 calf|calves|leg|shin',
      'trickling|trickled|dribbling|dribbled|seeping ~3 down ~3 inside ~2 calf|calves|leg',
      // "A warm trickly feeling running down into my calf": the feeling of fluid, not a pain travelling.
      'trickly|trickling|trickle|dribbly|runny ~3 feeling|sensation ~3 running|going|down|into ~3 calf|calves|leg|shin',
      'something ~1 give|gave|go|went|burst|pop|popped|ping|snap ~3 behind|back_of ~3 knee|knees',
      'felt|heard|had|noticed ~3 pop|popping|burst|snap|ping ~3 behind|back_of ~3 knee|knees',
      'pop|popped|burst|bursting ~3 behind|back_of ~3 knee|knees',
      // A "give" or a pop said as a thing that happened ("a sudden give at the back of my knee").
      'sudden|a ~1 give|pop|snap|ping ~4 behind|back_of ~3 knee|knees',
      // The calf named first, the fluid likened after ("my calf felt like warm water was pouring down it").
      {
        p: 'calf|calves|leg|shin ~~6 like|as_if|as_though ~3 water|fluid|liquid ~3 trickling|trickled|running|ran|pouring|poured|flowing|dribbling|seeping|going ~1 down',
        // Real water on the skin is not a feeling inside.
        notInSentence: 'shower|showering|bath|rain|swim|swimming|pool|sweat|sweating|sweaty',
      },
      // The lump named first ("the lump behind my knee has burst").
      'lump|cyst|swelling|bump|bulge ~2 behind|back_of ~3 knee|knees ~2 burst|popped|has_burst|went_pop|ruptured',
      "burst|ruptured|popped|leaking ~3 baker's_cyst|bakers_cyst|baker_cyst|cyst",
      "baker's_cyst|bakers_cyst|baker_cyst|cyst ~3 burst|ruptured|popped|has_burst|had_burst|went",
    ],
  },
  ankle_bruise_without_knock: {
    sided: true,
    notInSentence: 'twisted|sprained|sprain|tripped|fell|kicked|went_over_on',
    patterns: [
      'bruise|bruises|bruising|bruised|black_and_blue ~~6 round|around|at|on|over|near|by ~3 ankle|ankles|ankle_bone|foot|heel',
      // A bruise come out by itself on the foot or ankle ("a bruise came up on my foot and I never knocked it").
      "bruise|bruises|bruising ~~10 foot|feet|ankle|ankles|heel|instep ~~8 without ~3 hitting|knocking|banging|bumping|injuring|doing_anything|a_knock|a_bang|any_injury|a_reason|reason|hitting_it|knocking_it|never_knocked|never_hit|never_banged|didn't_knock|didn't_hit|didn't_bang|no_knock|no_bang|no_injury|out_of_nowhere|by_itself|on_its_own|for_no_reason",
      // A purple or mottled ankle alone is a skin colour (veins, circulation), not a bruise.
      "ankle|ankles|ankle's|ankle_bone ~~6 bruised|bruising|black_and_blue|like_a_bruise|bruise",
    ],
  },
  mid_back_band_pain: {
    patterns: [
      'middle_of|mid|upper|top_of ~2 my|the|his|her|your ~1 back ~~6 @pain|stiff|tender',
      // "My middle back", "my lower-middle back": the thoracic spine, or near it. Read as the CG75 feature (S301)
      // so that, after cancer, a vaguely placed back pain still keeps the spinal warning open.
      'my|the|his|her|your ~1 mid|middle|lower-middle|upper-middle|mid-lower ~1 back ~~6 @pain|stiff|tender|ache|aching',
      '@pain|ache|aching|stiff|tender ~4 in|across ~2 my|the|his|her|your ~1 mid|middle|lower-middle|upper-middle|mid-lower ~1 back',
      '@pain ~4 in|across|between ~3 middle_of|mid|upper|top_of ~2 my|the|his|her|your ~1 back|shoulder_blades',
      'mid-back|midback|mid_back|thoracic|between_my_shoulder_blades|between_the_shoulder_blades ~~6 @pain|stiff|tender',
      '@pain ~4 between_my_shoulder_blades|between_the_shoulder_blades|between_his_shoulder_blades|between_her_shoulder_blades|between_your_shoulder_blades',
      'band|belt|girdle|strap ~3 of ~2 pain|burning|tightness|aching ~~6 round|around|across ~3 my|the|his|her|your ~1 chest|ribs|tummy|belly|stomach|body|waist|middle|trunk',
      {
        p: 'creeps|creeping|wraps|wrapping|spreads|spreading|goes|going|comes|radiates ~2 round|around ~~4 boobs|breasts|breast|chest|ribs|rib|front',
        withinSentence: 'back|spine|shoulder_blades',
      },
    ],
  },
};
