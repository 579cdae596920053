import type { FindingLexiconTable } from './types.js';

/** Colours of a poorly perfused limb. "Shiny" has its own entry below (it may be inflammation). */
const colours =
  'pale|paler|white|whiter|blue|bluish|blue_ish|blueish|purple|purplish|purple_ish|dusky|mottled|waxy|violet|plum|mauve|pallor|blanched';

/** A red or hot swelling (inflammation) in the same sentence. */
const inflamedSwelling = 'red|hot|inflamed|swollen|swelling ~~4 swollen|swelling|red|hot|inflamed';

/** Signs a person can see or feel on the leg. */
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
      // "The foot looks blotchy and mottled and feels icy": the limb is named earlier in the sentence.
      {
        p: 'feels|feel|felt|feeling|is|gone|going|turned ~2 icy|ice_cold|freezing|freezing_cold|stone_cold|like_ice|cold|colder',
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
    ],
  },
  calf_tender_along_veins: {
    sided: true,
    patterns: [
      '@calf|inner_thigh|thigh|back_of_my_knee|back_of_the_knee|leg ~5 tender|tenderness',
      "tender|tenderness|hurts|painful|sore ~4 when|if ~2 i|you|someone|it's ~2 press*|squeeze*|touch*|poke* ~4 @calf|it|there",
      'tender|tenderness ~4 @calf|inner_thigh|thigh|along_the_vein|along_the_veins|behind_the_knee',
      'press|pressing|squeeze|squeezing|touch|touching ~3 @calf|it ~~6 hurts|painful|tender|sore|ouch',
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
      'hard|firm|tender|red|inflamed|lumpy ~3 cord|rope|ridge|lump ~~6 vein|veins|varicose',
      'vein|veins|varicose ~~6 hard|cord|rope|lumpy|solid ~~6 red|tender|sore|painful|hot|warm',
      'inflamed|tender|hot|hard ~2 vein|veins|varicose_vein|varicose_veins',
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
