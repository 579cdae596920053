import type { FindingLexiconTable } from './types.js';

const joints = 'joint|joints|gout|big_toe|knuckle|arthritis|bunion';
const same = 'same|same_size|equal|symmetrical|identical';
const inflamed = 'red|hot|warm|warmer|tender|sore|painful|hard|inflamed|angry|shiny|tight';

/** The leg without the knee: a knee itself swollen or bigger is a swollen joint (joint_pain_swelling). */
const limb = 'leg|limb|calf|thigh|shin|ankle|foot';

/** A sentence about a knee (and no other part of the leg): a bare "bigger than the other" is the knee. */
const kneeOnly = 'knee|knees|kneecap|knee_cap|knobbly';

/** A tendon or the skin getting thicker is a local change, not a swollen leg. */
const tendonOrSkin =
  'tendon|tendons|achilles|heel_cord|skin ~6 thicker|thickening|thickened|thick|hard|harder|tough';
/** Swelling that crept up over months or years (after an operation, with lymphoedema) is not new swelling. */
const creptUpOverMonths =
  'gradually|gradual|slowly|steadily|bit_by_bit|little_by_little|over_time ~~10 months|years|year|decade|decades';

/** Swelling and veins. One swollen leg is a red flag; both ankles puffy is not. */
export const swelling: FindingLexiconTable = {
  one_leg_swollen: {
    sided: true,
    // The finding is NEW swelling (its question: "in the last few weeks", not "for months or years"): swelling
    // dated further back than eight weeks ("for months" reads as 60 days) is long-standing. Model setting: the
    // question says "the last few weeks" and gives no number.
    maxAgeDays: 56,
    // A joint named near the swelling ("swollen big toe joint", "arthritis ... swells up"): a word for a joint
    // anywhere in a long sentence ("knee arthritis, ..., now my calf is swollen") leaves the leg swollen.
    notInSentence: [
      `${joints} ~~6 @swollen2|swollen_up|puffed_up|puffs_up`,
      `@swollen2|swollen_up|puffed_up|puffs_up ~~6 ${joints}`,
      tendonOrSkin,
      creptUpOverMonths,
    ],
    patterns: [
      // "my calf on that side has been swollen", "the calf of the bad leg is swollen".
      {
        p: `${limb} ~1 on|of ~2 that|the|this|one|my|his|her|same|bad|sore|affected|operated ~2 side|leg|one ~4 @swollen2`,
        notAfter: ['joint'],
      },
      // A sock that leaves a deep line round one ankle only: pitting of one leg (said as one side, not both).
      {
        p: 'sock|socks ~~6 line|lines|mark|marks|dent|dents|groove|ring|indent|indentation|digging|dug ~~6 ankle|leg|calf',
        withinSentence:
          'not_the_other|not_the_right|not_the_left|only_one|only_on|one_ankle|one_leg|just_one|just_the|one_side|not_on_the_other',
      },
      // "a bit puffier than the right one": one leg bigger than the other.,
      {
        p: 'puffier|fatter|bigger|thicker|wider|more_swollen ~~4 than ~3 the_other|other|right|left|my_other|the_right|the_left',
        notInSentence: kneeOnly,
      },
      { p: `${limb} ~4 @swollen2|enlarged|swollen_up|puffed_up|twice_the_size`, notBefore: ['joint'] },
      // "One of my legs has swollen up": one limb picked out of the two.
      'one_of ~1 my|his|her|the ~1 legs|calves|thighs ~4 @swollen2|enlarged|swollen_up|puffed_up|twice_the_size',
      // A stretch of leg up to the knee ("from the ankle up to the knee has been puffy") is the leg, not the joint.
      { p: 'to|up_to|as_far_as ~2 the|my|his|her ~1 knee|knees ~4 @swollen2|swollen_up|puffed_up|puffy' },
      { p: '@swollen2|puffy ~~6 from ~3 ankle|foot|toes ~4 to|up_to ~2 knee|knees' },
      // Swelling behind the knee stays a leg swelling (a cyst or a clot there: S11).
      { p: 'behind|back_of ~2 knee|knees ~4 @swollen2|swollen_up|puffed_up|puffy|bigger' },
      { p: '@swollen2|puffy|puffiness ~2 behind|back_of ~2 knee|knees' },
      // "My right calf has been sore and a bit swollen": the swelling said after a symptom.
      { p: `${limb} ~6 and ~3 swollen|puffy|puffed_up|swelled_up`, notBefore: ['joint', 'joints'] },
      { p: `@swollen2|bigger|fatter ~4 ${limb}`, notBefore: ['joint', 'joints'] },
      // Signs said as a list after the limb ("his right leg has been red, swollen and hot").
      `${limb} ~3 ${inflamed} [,|and] [and] [${inflamed}] [,|and] [and] @swollen2`,
      // "My calf has been sore and fat": "fat" said of one leg alongside a symptom is swelling, not build.
      {
        p: `${limb} ~4 fat|fatter|all_fat|gone_fat`,
        withinSentence: '@pain|tender|tight|red|hot|warm|hard|since|days|suddenly',
        notBefore: ['pad', 'pads', 'layer', 'deposit', 'deposits'],
      },
      { p: `fat|fatter ~2 and|, ~2 sore|tender|painful|hot|red|tight ~4 ${limb}` },
      // "His calf has blown up", "the bottom half of his leg was massive", "my calf is fat": size said in lay words.
      { p: `${limb} ~3 blown_up|ballooned|swelled_up|massive|huge|enormous`, notBefore: ['joint', 'joints'] },
      {
        p: `${limb} ~1 is|has_gone|'s|was|went|looks ~1 fat|all_fat`,
        notBefore: ['pad', 'pads', 'layer', 'deposit', 'deposits'],
      },
      'one|1 ~2 leg|calf|ankle|side ~4 @swollen',
      '@swollen2 ~2 one|1 ~1 leg|calf|ankle|side',
      `${limb}|one ~5 twice_the_size|bigger_than|fatter_than|larger_than|thicker_than`,
      `${limb}|one ~2 is|looks|look|seems|feels|feel|was ~3 bigger|fatter|larger|thicker|puffier`,
      'left|right ~1 one ~4 bigger|fatter|larger|swollen|puffier|thicker',
      'one ~2 that|which ~1 swells|swelled|is_swollen|is_bigger',
      { p: `${limb} ~~8 it|it's|it_is|its ~2 @swollen2`, positiveOnly: true },
      {
        p: 'swollen_legs|legs_swollen|swollen_feet|@swollen2|bigger|fatter|puffier|larger',
        weak: true,
        notAfter: ['ankles', 'feet', 'legs', 'both'],
        notBefore: ['ankles', 'feet', 'legs'],
        notInSentence: kneeOnly,
      },
      {
        p: 'one_leg_swollen|swollen_leg|leg_swelling|calf_swelling|swollen_calf|swollen_ankle|swelling_in_my_leg',
      },
      { p: `@legs|both_legs|legs ~3 look|looks|are|same|seem ~3 ${same}`, state: 'absent' },
      { p: 'same_size|no_difference_between|equal_size|one_not_bigger', state: 'absent' },
    ],
  },
  whole_leg_swollen: {
    sided: true,
    patterns: [
      'whole|entire|full|all_of_my|all_the ~3 leg|limb ~5 @swollen',
      '@swollen ~5 whole|entire ~2 leg|limb',
      '@swollen ~~8 from ~3 foot|ankle|toes ~4 to|up_to|right_up_to ~3 thigh|groin|hip|knee|top',
      'from ~3 groin|hip|top_of_my_leg|thigh ~2 down|to_my_foot|to_the_foot|to_my_toes',
      // The span told apart from the swelling word ("swollen up over the last days, the whole thing from the ankle up
      // to the thigh"): from the foot or ankle to the thigh or groin is the whole leg.
      {
        p: 'whole_thing|whole_lot|the_lot|all_of_it ~2 from ~2 the|my|his|her ~1 foot|ankle|toes ~2 to|up_to|right_up_to ~2 the|my|his|her ~1 thigh|groin|hip|top',
        withinSentence: '@swollen',
      },
      'twice_the_size|double_the_size|twice_as_big|double_in_size',
      'swollen_from_top_to_bottom|swollen_all_the_way|whole_leg_is_swollen|whole_leg_has_swollen',
      // The swelling said of the leg from end to end ("top to bottom", "up to my hip", "like an elephant's leg").
      '@swollen ~~6 top_to_bottom|head_to_toe|up_to_my_hip|up_to_the_hip|up_to_his_hip|up_to_her_hip|up_to_my_groin|up_to_the_groin|all_the_way_up',
      "not_just|isn't_just|isnt_just|not_only ~3 the ~1 ankle|foot|calf ~~6 whole_leg|whole_thing|up_to|all_the_way",
      "elephant_leg|elephants_leg|elephant's_leg|like_an_elephant",
      // "whole" misspelt as the real word "hole" (no spelling fix reaches it).
      'the|my|his|her ~1 hole ~1 leg|limb ~5 @swollen',
    ],
  },
  pitting_oedema: {
    sided: true,
    patterns: [
      'dent|dents|dimple|pit|pits|pitting|indent*|impression|finger_mark|fingermark ~~4 press*|push*|finger|thumb|leaves|stays',
      'press*|push*|poke* ~~6 leaves|left|stays|makes ~3 dent|mark|hole|pit|dimple|impression|indent*',
      'pitting|pitting_oedema|pitting_edema|pits_when',
      'sock_marks|marks_from_my_socks|socks_leave|sock_lines',
      // The dent a finger or a sock leaves ("left a dimple", "stays dented").
      'press*|push*|poke*|finger ~~8 left|leaves|leaving|stays|stayed ~3 a|an ~1 dent|dimple|hole|pit|mark|impression',
      'stays|stayed|stay ~2 dented|dimpled|pitted|indented',
      // The mark said first, then that it stays ("I pressed it and the mark stayed there").
      "press*|push*|poke*|finger|thumb ~~10 mark|dent|dimple|imprint|indent|hollow ~2 stays|stayed|stay|remains|remained|is_still_there|doesn't_go|won't_go|takes_ages",
      // Pressing or a finger, then the dent, hollow or imprint it leaves (said in any words between).
      '@touchverb|finger|thumb|fingers ~~10 dent|dents|dimple|dip|divot|pit|hollow|imprint|indent|indentation|thumbprint|fingerprint|finger_mark|thumb_mark|fingermark',
      'hold|holds|holding|keep|keeps|kept|held|leaves|left ~3 the|a|an ~1 imprint|impression|dent|shape|mark|hollow ~~6 finger|fingers|thumb|press*|push*',
      'dent|hollow|pit|dimple|hole|mark ~~6 fill|fills|filling|come|comes|go|goes ~2 back|in|up|out|away ~~6 while|ages|minute|minutes|slow|slowly|long',
    ],
  },
  visible_surface_veins: {
    sided: true,
    patterns: [
      'new ~3 veins|vein|blood_vessels',
      "veins|vein ~~8 weren't_there|wasn't_there|not_there_before|never_had_before|never_seen|appeared|new|showing_up|popped_up",
      'showing_up|appeared|appearing ~3 veins',
      'prominent ~2 surface_veins|veins_on_the_surface|collateral_veins',
      // Surface veins that have become easier to see ("the veins on my thigh look more obvious", "stand out more"):
      // the change is the collateral sign (Wells, S1); long-standing varicose veins are not.
      {
        p: 'veins|vein ~~6 look|looks|looking|are|is|seem|seems|got|getting|become|becoming ~2 more_obvious|more_visible|more_prominent|more_noticeable|easier_to_see',
        notInSentence: 'varicose|always|for_years|years',
      },
      {
        p: 'veins|vein ~~6 stand|stands|standing|stick|sticks|sticking ~1 out_more|out_more_than',
        notInSentence: 'varicose|always|for_years|years',
      },
    ],
  },
  both_ankles_swollen: {
    patterns: [
      'ankles|both_ankles|feet_and_ankles|ankles_and_feet ~4 @swollen|fat|swell_up|swollen_up',
      // Size said for swelling ("her ankles are huge", "my ankles are like balloons").
      'ankles|both_ankles|feet_and_ankles|ankles_and_feet ~2 huge|massive|enormous|ballooned|like_balloons|like_tree_trunks|twice_the_size',
      '@swollen2 ~3 ankles|feet_and_ankles|both_ankles|both_legs|both_feet',
      'both_legs|both_feet|my_legs|legs|feet ~3 are|have|look|get|both ~2 swollen|puffy|swelling|swell|swell_up',
      "cankles|elephant_legs|water_retention|fluid_retention|fluid_in_my_legs|shoes_don't_fit|shoes_are_tight|socks_leave_marks",
      { p: 'swollen_legs|legs_swollen|swollen_feet|swollen_ankles|@swollen2', negatedOnly: true },
    ],
  },
  varicose_veins: {
    patterns: [
      'varicose|varicosities|varicosity|varicose_veins|vv',
      'bulging|twisted|knobbly|lumpy|bulgy|ropey|ropy|big|swollen ~2 vein|veins',
      'vein|veins ~4 popping_out|bulging|bulge|bulges|sticking_out|stick_out|twisted|knobbly|popping|raised|lumpy',
      'thread_veins|spider_veins|broken_veins',
      'vein_stripping|veins_stripped|veins_done|vein_surgery|vein_operation',
    ],
  },
};
