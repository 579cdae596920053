import type { FindingLexiconTable } from './types.js';

/** "the back of my ankle / knee / thigh" names a side of the limb, not the back (spine). */
export const backOfLimb =
  'back_of ~2 my|the|his|her|your|both|one ~1 ankle|ankles|heel|heels|knee|knees|leg|legs|thigh|thighs|calf|calves|foot|feet|neck|head|hand|hands';

/**
 * Parts of the back said as compound words ("lower-middle back", "mid-back", "lowerback"): a hyphen inside a word
 * joins, so "lower-middle back" is read as three words. CG75 counts pain anywhere along the spine (S301).
 */
export const backRegions =
  'lower_back|upper_back|mid_back|middle_back|low_back|lower_middle_back|lower_mid_back|low_middle_back|low_mid_back|upper_middle_back|upper_mid_back|middle_upper_back|centre_of_my_back|center_of_my_back|bottom_of_my_back|bottom_of_the_back|bottom_of_his_back|bottom_of_her_back|lowerback|upperback|midback|lowback';

/**
 * A later part in a list after one possessive ("pain in my hip and knee", "aches in the calf & ankle"): the pain
 * and the possessive are said once for every part listed.
 */
const listedAfterPain = (site: string) =>
  `@pain|ache ~3 in|around|behind|of ~2 my|the|both|his|her|your ~1 [left|right] thigh|thighs|knee|knees|calf|calves|hip|hips|groin|ankle|ankles|shin|shins|foot|feet|heel|heels|toes|buttock|buttocks|bum ~1 and|&|or ~1 [my|the|his|her|your] ${site}`;

/** Kept awake by a body part ("can't sleep for my hip"): the part hurts. */
const keptAwakeBy =
  "can't_sleep_for|cannot_sleep_for|can't_sleep_with|cannot_sleep_with|can't_sleep_because_of|kept_awake_by|keeps_me_awake_with|up_all_night_with";

/** Where it hurts. */
export const location: FindingLexiconTable = {
  pain_feet_toes: {
    sided: true,
    patterns: [
      { p: listedAfterPain('@foot'), notBefore: ['replacement', 'replaced', 'op', 'operation'] },
      { p: '@foot ~4 @pain|burn*|on_fire|fire', notAfter: ['on'] },
      { p: '@pain|burning ~4 @foot', notBefore: ['up', 'down'] },
      { p: '@pain ~3 in|of ~2 my|the|both ~2 @foot' },
      // The sole or underside of the foot ("the bottom of my foot" is read as its sole, see englishRetoken).
      {
        p: 'sole|soles|underside|undersides ~1 of ~2 my|the|his|her|your|both|one ~1 foot|feet|heel|heels|toes|toe ~4 @pain|burn*',
        positiveOnly: true,
      },
      {
        p: '@pain|burn* ~3 in|on|across|under|along ~1 the|my|his|her ~1 sole|soles|underside ~1 of ~2 my|the|his|her|your|both|one ~1 foot|feet|heel|heels|toes|toe',
        positiveOnly: true,
      },
      { p: 'foot_pain|toe_pain|feet_pain|sore_feet|sore_toes|painful_feet|painful_toes|burning_feet' },
      { p: 'big_toe', positiveOnly: true },
      // Kept up at night by the foot ("he's up all night with his foot"): the foot is where the trouble is.
      {
        p: 'up|awake ~3 all_night|at_night|every_night|half_the_night ~1 with ~1 my|his|her|their|the ~1 @foot',
        positiveOnly: true,
      },
      { p: '@foot ~1 does|did|is|are too', positiveOnly: true },
      { p: 'feet|toes ~3 hurt|hurts|killing', positiveOnly: true },
      // "my foot feels weird and numb": an odd feeling in the foot places the symptom there.
      {
        p: '@foot ~3 feels|feel|feeling|felt|is|are|gone|goes ~2 weird|odd|strange|funny',
        positiveOnly: true,
      },
      {
        p: 'weird|odd|strange|funny ~2 feeling|feelings|sensation|sensations ~3 in|on ~2 my|the|his|her|both|one ~1 @foot',
        positiveOnly: true,
      },
      // A short opening that names the feet as the trouble ("my feet at night", "foot trouble").
      {
        p: 'my|his|her ~1 foot|feet|toes ~1 trouble|problems|problem|issues|at_night|in_bed',
        positiveOnly: true,
      },
      'foot_trouble|feet_trouble|foot_problems|feet_problems',
      // Complaints that stand for the pain ("his foot keeps him up at night", "my feet are driving me mad").
      {
        p: '@foot ~3 keeps|keep|kept|keeping|driving|drive|drives|is|are|feels|feel|woke|wakes|waking|wake|woken ~2 me|him|her|them|bad|awful|terrible|agony|killing|playing_up|acting_up|no_good ~1 [up|awake|mad|crazy|nuts|up_the_wall]',
        notAfter: ['on', 'put', 'putting'],
        positiveOnly: true,
      },
    ],
  },
  pain_calf: {
    sided: true,
    patterns: [
      '@calf ~6 @pain|rock_hard|goes_hard|grips|knots|knot|tightens_up',
      // The pain last in a list of signs ("the calf is swollen, tight and really painful").
      // A vein on the calf that is sore is the vein's (superficial thrombophlebitis), not calf pain.
      {
        p: '@calf ~2 is|was|has|feels|felt|looks|gone|got ~~6 and ~1 [really|very|so|quite|extremely|terribly] painful|sore|agony',
        notInSentence: 'vein|veins|varicose|lump|bump|spot|bite',
      },
      { p: '@pain|@cramp ~4 @calf', notBefore: ['muscle'] },
      '@pain ~3 back_of_my_lower_leg|back_of_the_lower_leg|back_of_my_leg_below_the_knee',
      { p: 'calf_pain|calf_cramp|calf_cramps|sore_calf|sore_calves|calf_ache' },
      { p: 'calf|calves ~3 have|has|had ~1 ached|hurt|been_aching|been_sore', positiveOnly: true },
      // A calf that feels tight or tender is a sore calf ("the calf feels tight and heavy", "tender in the middle of
      // the calf"); tenderness along a vein is the vein's (calf_tender_along_veins), and tight socks are the socks.
      {
        p: '@calf ~3 feels|feel|felt|feeling|is|was|are|gone|goes|going|got ~2 [really|very|so|quite|a_bit] tight|tender|tense',
        notInSentence: 'vein|veins|varicose|sock|socks|stocking|stockings',
        positiveOnly: true,
      },
      {
        p: 'tender|tight ~6 @calf',
        notInSentence: 'vein|veins|varicose|sock|socks|stocking|stockings',
        positiveOnly: true,
      },
      // "felt my calf go / pop / tear": a calf strain felt as it happened.
      {
        p: 'felt ~2 my|the|his|her ~1 calf ~1 go|went|pop|popped|tear|tore|snap|snapped|twang',
        positiveOnly: true,
      },
      // A short opening that names the calf as the trouble ("calf trouble", "my calf at night").
      {
        p: 'my|his|her|the ~1 calf|calves ~1 trouble|problems|problem|issues|issue|at_night|in_bed',
        positiveOnly: true,
      },
      'calf_trouble|calf_problems|calf_problem',
      {
        p: 'calf|calves ~2 keeps|keep|kept|keeping|woke|wakes|waking|wake|woken ~1 me|him|her|them ~1 [up|awake]',
        positiveOnly: true,
      },
      { p: 'not_the|not_my|not_in_my|not_in_the ~1 calf|calves', state: 'absent' },
    ],
  },
  pain_radiates_down_leg: {
    sided: true,
    patterns: [
      // A guess at the cause ("is it my sciatica?", "she thinks it's sciatica") is a question, not the pain it names.
      {
        p: 'sciatica|sciatic',
        notAfter: [
          'is_it',
          'is_it_my',
          'is_this',
          'is_this_my',
          'could_it_be',
          'could_it_be_my',
          'could_this_be',
          'maybe',
          'maybe_my',
          'thinks_it_is',
          "thinks_it's",
          'thinks_its',
          "thinks_it's_my",
          'thinks_its_my',
          "think_it's",
          "think_it's_my",
          'think_its',
        ],
      },
      'radiat* ~4 down|into|to ~3 leg|legs|thigh|calf|foot|buttock',
      // …not a trickle of fluid "going down my calf" (a burst cyst, lookalikes.md).
      {
        p: 'shoot*|shot|radiat*|travel*|runs|run|goes|go|going|spreads|zings ~3 down ~3 my|the|both|your ~2 leg|legs|thigh|thighs|calf|back_of|heel|foot|ankle',
        notInSentence: 'trickl*|dribbl*|fluid|liquid|water',
      },
      // "from my (lower) back", "from my butt/bottom/backside down to my ankle".
      'from_my|from_the|from_his|from_her ~1 [lower] back|buttock|buttocks|bum|butt|bottom|backside|glute|hip ~~6 down|into ~5 leg|legs|foot|calf|calves|thigh|knee|toes|heel|ankle|shin',
      'back|buttock ~3 down ~2 my|the|both|to|into ~3 leg|legs|foot|calf|knee|thigh',
      'nerve_pain_down',
      // "shooting pain down back of leg": the side of the limb named without "my".
      'shoot*|shot|radiat*|travel*|runs|run|goes|go|going|spreads ~3 down ~1 back_of|the_back_of|side_of|the_side_of|outside_of|the_outside_of ~1 [my|the|his|her] leg|legs|thigh|thighs',
      // A self-diagnosis guess ("is this a trapped nerve?") is a question, not the pain it names.
      {
        p: 'trapped_nerve|pinched_nerve',
        notAfter: ['is_this', 'is_it', 'be', 'maybe', 'think', 'wonder', 'if_it', 'probably', 'perhaps'],
        positiveOnly: true,
      },
      // "pain down my leg" is pain that travels down the leg (lay sciatica), unless a knee, ankle or foot in the
      // sentence is where it hurts ("my knee hurts and there is pain down my leg").
      {
        p: '@pain ~2 all_the_way_down|right_down|down ~1 my|the|his|her|one|both ~1 leg|legs',
        notBefore: ['when', 'if', 'after', 'from_a', 'from_the'],
        notInSentence: 'knee|knees|ankle|ankles|shin|shins|@foot|calf|calves',
      },
      // …and when it comes lying down ("pain down my leg when I lie in bed"): the pain still runs down the leg.
      {
        p: "@pain ~2 all_the_way_down|right_down|down ~1 my|the|his|her|one|both ~1 leg|legs ~1 when|while|whenever|once|as_soon_as ~2 i|i'm|he|he's|she|she's ~1 lie|lying|lay|go_to_bed|get_into_bed|try_to_sleep|sleep|in_bed",
        notInSentence: 'knee|knees|ankle|ankles|shin|shins|@foot|calf|calves',
      },
      // "I hurt my back … and have pain down my right leg": pain down the leg, with the back in the sentence.
      {
        p: 'pain|pains ~1 down ~1 my|the|both ~2 leg|legs|thigh|calf',
        withinSentence: 'back|buttock|bum|spine',
      },
      'down_the_back_of_my_leg|down_the_back_of_the_leg|down_the_back_of_my_thigh|down_the_back_of_the_thigh',
      'starts_in_my_buttock|starts_in_my_back|starts_in_my_bum',
      // The seat named, then the leg ("a pain in my bum and down my leg"), and pain that "goes into my leg".
      'bum|bottom|buttock|buttocks|backside|hip ~3 and ~2 down|into ~2 my|the|his|her|one|both ~1 leg|legs|calf|calves',
      // …but the outside of the hip "and down my thigh" is the outer thigh, where trochanteric pain spreads
      // (lookalikes.md, GTPS), not a root pain travelling down the leg.
      {
        p: 'bum|bottom|buttock|buttocks|backside|hip ~3 and ~2 down|into ~2 my|the|his|her|one|both ~1 thigh|thighs',
        notAfter: ['outside', 'outer', 'outside_of', 'side_of', 'lateral'],
      },
      // Back pain told first, then "now down my leg": the same pain has spread down the leg.
      {
        p: "and|now ~2 [it's|its|it_is|it_has|it's_gone|gone] down|into ~2 my|the|his|her|one|both ~1 leg|legs|thigh|thighs",
        withinSentence: 'back|buttock|bum|spine|sciatica',
        notInSentence: 'swelling|swollen|redness|red|rash|bruise|bruising|bruised|streak|line',
      },
      {
        p: 'goes|go|going|went|comes|coming|came|spreads|spreading|travels|travelling|traveling|runs|running ~2 into|down_into ~2 my|the|his|her|one|both ~1 leg|legs|thigh|thighs|calf|calves|foot',
        notInSentence:
          'swelling|swollen|redness|red|rash|bruise|bruising|bruised|trickl*|dribbl*|fluid|liquid|water',
      },
    ],
  },
  pain_buttock_thigh: {
    sided: true,
    patterns: [
      {
        p: listedAfterPain('thigh|thighs|buttock|buttocks|bum'),
        notBefore: ['replacement', 'replaced', 'op', 'operation'],
      },
      '@butt ~4 @pain|sciatica|numb*',
      // "The bottom of my back", "the bottom of the garden": the bottom of something else, not the seat.
      {
        p: '@pain|sciatica ~6 @butt',
        notBefore: [
          'down',
          'op',
          'operation',
          'replacement',
          'replaced',
          'of_my',
          'of_the',
          'of_his',
          'of_her',
          'of_your',
        ],
      },
      // Pain said to reach the seat from somewhere else ("pain low in my back going into my bum"), the bum named
      // far from the pain word. ("The bottom of the stairs" is no seat, so "bottom" is left out.)
      {
        p: 'into|through_to|down_to|round_to|spreads_to|goes_to ~2 my|the|his|her ~1 bum|buttock|buttocks|backside|bum_cheek',
        withinSentence: '@pain|ache|aches|aching|hurts|sore',
      },
      // "a pain in my bum and down my leg": the seat hurts as well as the leg.
      '@pain ~4 bum|bottom|buttock|buttocks|backside ~2 and ~2 down|into',
      {
        p: 'buttock|buttocks|bum|thigh|thighs ~4 ache|aches|ached|aching|achy|hurt|hurts|sore|stiff',
        positiveOnly: true,
      },
      // "My thighs and shoulders are stiff": the thighs share the verb with the other part named.
      {
        p: 'buttock|buttocks|thigh|thighs ~1 and|& ~3 are|feel|get|go|have_been|were|keep ~3 ache|aches|ached|aching|achy|hurt|hurting|sore|stiff',
        positiveOnly: true,
      },
      {
        p: 'stiff|stiffness|ache|aches|ached ~4 in ~2 my|her|his|the|both ~3 thigh|thighs',
        positiveOnly: true,
      },
      '@pain|sciatica ~~12 from_the_buttock|from_my_buttock|from_the_buttocks|from_my_bum|from_my_hip|through_my_buttock|through_my_left_buttock|through_my_right_buttock',
      'thigh_bone|thighbone|femur',
      // The hip named on its own as the site ("it's the hip"), read as "my hip hurts" is (with pain_hip_groin).
      {
        p: "it's|its|it_is ~1 my|the|his|her ~1 [left|right] hip|hips",
        positiveOnly: true,
        notBefore: ['replacement', 'replaced', 'op', 'operation', 'that_was', 'joint_that_was'],
      },
      // Just above the knee is the lower thigh (where the thigh bone ends), not the knee joint.
      { p: '@pain|ache|aching ~4 above ~2 my|the|his|her|both|one ~1 knee|knees', positiveOnly: true },
      // An odd feeling there ("a weird feeling on my thigh"): the thigh is where the symptom is.
      {
        p: 'weird|odd|strange|funny|horrible|nasty ~2 feeling|feelings|sensation|sensations ~3 on|in|down|across ~2 my|the|his|her|both|one ~1 thigh|thighs',
        positiveOnly: true,
      },
      { p: 'thigh|thighs ~3 feels|feel|feeling ~2 weird|odd|strange|funny', positiveOnly: true },
      // A side of the thigh named with a symptom in the sentence ("numb patch on the outside of my thigh").
      {
        p: 'outer|outside|front|back|inner|inside|side ~2 of ~2 my|the|his|her|both ~1 thigh|thighs',
        withinSentence: '@pain|@burnnumb|bruise*|tender|stiff',
      },
      // A run from the groin or hip down to the knee ("pain in my groin and down to my knee") crosses the thigh,
      // as one from the buttock down to the knee does: the thigh between is where it is felt.
      {
        p: 'groin|hip|hips ~3 down|right_down|all_the_way_down|through ~3 to|into|as_far_as ~2 my|the|his|her|one ~1 [left|right] knee|knees',
        withinSentence: '@pain|@burnnumb|stiff',
        positiveOnly: true,
      },
      {
        p: 'from ~2 my|the|his|her ~1 [left|right] groin|hip ~3 to|into|as_far_as ~2 my|the|his|her ~1 [left|right] knee|knees',
        withinSentence: '@pain|@burnnumb|stiff',
        positiveOnly: true,
      },
      // "The outside of my hip and down my thigh": the outer thigh, below the outer hip.
      'outside|outer|side ~3 hip|hips ~3 and ~2 down ~2 my|the|his|her|one|both ~1 thigh|thighs',
      {
        p: 'outer_thigh|outer_thighs|inner_thigh|inner_thighs',
        withinSentence: '@pain|@burnnumb|bruise*|tender|stiff',
      },
      { p: 'not_in_my|not_the ~1 thigh|thighs|buttock|buttocks', state: 'absent' },
    ],
  },
  back_pain: {
    patterns: [
      // "bad pain low in her back", "pain in the small of my back".
      '@pain ~4 low_in_my_back|low_in_his_back|low_in_her_back|low_in_the_back|small_of_my_back|small_of_the_back|small_of_his_back|small_of_her_back',
      {
        p: 'back_pain|backache|back_ache|bad_back|lumbago|back_agony|back_problem|back_problems|sore_back|back_trouble|back_and_leg_pain|back_and_leg_pains|back_and_leg_ache|back_and_hip_pain|back_and_buttock_pain',
        notAfter: ['of'],
      },
      { p: backRegions, notInSentence: backOfLimb },
      'lumbar',
      {
        p: "my|the ~1 back ~3 @pain|went|gone|gave_out|stiff|killing|isn't_that_painful",
        // Not the back lain on ("in bed on my back they ache", "lying on my back my legs hurt").
        notAfter: ['on', 'onto', 'on_to', 'flat_on'],
        notBefore: ['of', 'passage'],
        notInSentence: backOfLimb,
      },
      // "my back is bad", "his back is acting up": a back named as the trouble in vague words (not lying on it).
      {
        p: 'my|the|his|her ~1 back ~2 bad|awful|terrible|dreadful|acting_up|playing_up|no_good|giving_me_grief',
        notAfter: ['on', 'onto', 'on_to', 'flat_on'],
        notBefore: ['of', 'passage'],
        notInSentence: backOfLimb,
      },
      { p: '@pain ~2 in|with ~1 my|the ~1 back', notBefore: ['of', 'passage'], notInSentence: backOfLimb },
      // The back named first with the legs, one complaint for both ("her back and both legs are really bad").
      {
        p: 'my|the|his|her ~1 back ~1 and ~3 legs|leg ~1 are|is|have_been|has_been ~2 bad|awful|terrible|dreadful|killing|agony|sore|painful|aching',
        notAfter: ['on', 'onto', 'on_to', 'flat_on'],
        notInSentence: backOfLimb,
      },
      { p: 'hurt|injured|put_out|did|pulled|strained ~1 my|his ~1 back', notBefore: ['of', 'passage'] },
      { p: 'wrong_with_my_back|problems_with_my_back' },
      // "My back's fine", "his back is OK": the back said to be no trouble (not the back lain on).
      {
        p: "back's|back_is|back_feels|back_seems ~1 fine|ok|okay|alright|all_right|no_problem|no_bother",
        notAfter: ['on', 'onto', 'on_to', 'flat_on'],
        notBefore: ['of', 'passage'],
        state: 'absent',
      },
      // Places listed after the pain ("in a lot of pain, back and legs").
      {
        p: '@pain ~~4 back_and_legs|back_and_leg|back_and_hips|back_and_hip|back_and_bum|legs_and_back|leg_and_back',
        notInSentence: backOfLimb,
      },
      // "my legs ache and my back too", "legs and back ache at night".
      { p: '@pain ~~4 my|his|her|the back too|also|as_well', notInSentence: backOfLimb },
      // "legs heavy and achy, back too": the back added to the list without "my".
      { p: '@pain ~~4 ,|and ~~0 back ~1 too|also|as_well', notInSentence: backOfLimb },
      { p: 'leg|legs ~1 and ~1 back @pain', notInSentence: backOfLimb },
      // The back first in a shared subject ("back and both legs ache", "my back and legs hurt"); not the back lain on.
      {
        p: 'back ~1 and ~2 leg|legs|hips|hip|thighs|bum|buttocks ~2 @pain',
        notAfter: ['on', 'onto', 'on_to', 'flat_on', 'of'],
        notInSentence: backOfLimb,
      },
      // "back twinges", "twinges in my lower back", "my back's been twingey".
      {
        p: "back|back's|backs|lower_back ~2 twinge|twinges|twinging|twingey|twingy|twinged",
        notAfter: [
          'came',
          'come',
          'comes',
          'coming',
          'went',
          'go',
          'going',
          'get',
          'got',
          'bring',
          'brought',
        ],
        notInSentence: backOfLimb,
      },
      {
        p: 'twinge|twinges|twinging ~3 in|of|across ~1 my|the|his|her ~2 back|spine',
        notInSentence: backOfLimb,
      },
      // The spine named ("pain in my spine at night", "my spine aches"): spinal pain (CG75, S301).
      '@pain ~3 in|of|down|along ~1 my|the|his|her ~1 spine|backbone',
      'my|the|his|her ~1 spine|backbone ~3 @pain',
      'spinal_pain|spine_pain|sore_spine|painful_spine',
      // The mid and upper back is spinal pain too (CG75 counts thoracic pain, S301).
      'middle_of_my_back|middle_of_the_back|middle_of_his_back|middle_of_her_back|mid_back|upper_back|between_my_shoulder_blades|between_the_shoulder_blades|between_his_shoulder_blades|between_her_shoulder_blades',
      // "backs gone again", "back's playing up", "caught me in the back".
      "backs|back's ~1 gone|went|playing_up|killing|bad|agony|out|giving_me_grief",
      {
        p: 'caught|catches|catch|got|gets|jarred|jars ~1 me|him|her ~1 in ~1 the|my|his|her ~1 back',
        notBefore: ['of'],
      },
      // Pain going round the ribs like a band is thoracic root pain (CG75 band pain, S301).
      {
        p: 'round|around ~2 my|the|his|her ~1 ribs|rib|ribcage|chest|trunk|body|middle|waist ~~6 band|belt|girdle',
        withinSentence: 'back|spine|ribs|rib|ribcage',
      },
      { p: 'band|belt|girdle ~~6 round|around ~2 my|the|his|her ~1 ribs|rib|ribcage|trunk|chest|waist' },
    ],
  },
  bilateral_symptoms: {
    needsSymptom: true,
    patterns: [
      {
        p: 'both_legs|both_feet|both_calves|both_thighs|both_ankles|both_knees|both_shins|both_sides|both_of_them|both_soles',
        positiveOnly: true,
      },
      { p: 'bilateral|bilaterally|symmetrical|in_each_leg|on_both_sides|left_and_right', positiveOnly: true },
      {
        p: 'one_leg_only|only_one_leg|just_one_leg|only_on_one_side|only_the_left|only_the_right',
        state: 'absent',
      },
    ],
  },
  numbness_top_of_foot_outer_shin: {
    sided: true,
    patterns: [
      'top_of ~2 foot|feet ~~8 @numb',
      // "my foot slaps down and the top of it is numb": "it" is the foot said in the same sentence.
      { p: 'top_of_it ~3 @numb', withinSentence: '@foot', positiveOnly: true },
      '@numb ~~8 top_of ~2 foot|feet',
      'foot|feet ~3 numb|tingly|tingling|dead ~2 on_top|on_the_top',
      'outer|outside|side ~3 shin|shins|calf|lower_leg ~~8 @numb',
      '@numb ~~8 outer|outside ~4 shin|shins|calf|lower_leg|leg',
      'down_the_outside_of_my ~1 shin|leg|calf',
    ],
  },
  stocking_numbness_both_feet: {
    patterns: [
      '@burnnumb ~5 both_feet|both_my_feet|my_feet|the_soles|soles_of|both_soles|my_soles',
      'both ~1 feet|soles ~5 @burnnumb',
      { p: 'feet|soles ~5 @burnnumb', notAfter: ['=on_my', '=on_your', '=on_her', '=on_his'] },
      'numb|burning|tingling|tingly|burny|prickly ~1 feet|soles',
      "stocking|stockings|gloves_and_stockings|socks|sock ~4 numb*|tingl*|can't_feel|burn*|needles|feel",
      '@numb|burn* ~6 like ~3 socks|stockings|sock',
      'walking_on_cotton_wool|walking_on_pebbles|walking_on_glass|walking_on_broken_glass',
    ],
  },
  pain_knee: {
    sided: true,
    patterns: [
      {
        p: listedAfterPain('knee|knees|kneecap|kneecaps'),
        notBefore: ['replacement', 'replaced', 'op', 'operation'],
      },
      {
        p: 'knee|knees|kneecap|kneecaps|knee_cap ~4 @pain|stiff|stiffens|gives_way|gave_way|giving_way|locks|locking',
        notAfter: ['below', 'above', 'under', 'past', 'to', 'down_to', 'replacement', 'from'],
      },
      {
        p: '@pain|ache ~3 in|around|behind|of ~2 my|the|both|his|her|your ~1 knee|knees|kneecap|kneecaps',
        notBefore: ['replacement', 'replaced', 'op', 'operation'],
      },
      'gammy|dicky|dickie|crook|wonky|bum|trick|arthritic ~2 knee|knees',
      // "dad's knee is bad tonight", "her knees are playing up".
      {
        p: 'knee|knees ~1 is|are|has_been|have_been|feels|feel ~1 bad|awful|terrible|dreadful|killing|agony|playing_up',
        positiveOnly: true,
      },
      `${keptAwakeBy} ~2 my|the|his|her|both ~1 knee|knees`,
      // Something felt to give at the knee ("felt a pop behind my knee") is felt there, as a calf felt to pop is.
      {
        p: 'felt ~3 pop|popped|snap|snapped|tear|tore|twang|give|gave|go|went|burst ~3 behind|in|at|at_the_back_of ~2 my|the|his|her ~1 knee',
        positiveOnly: true,
      },
      // "my knee keeps me awake", "her knees woke her up", "his knee is acting up": the knee is the trouble.
      {
        p: 'knee|knees ~2 keeps|keep|kept|keeping|woke|wakes|waking|wake|woken ~1 me|him|her|them ~1 [up|awake]',
        positiveOnly: true,
      },
      {
        p: 'knee|knees ~1 is|are|has_been|have_been|keeps|keep ~1 acting_up|no_good|giving_me_grief|giving_him_grief|giving_her_grief',
        positiveOnly: true,
      },
      // A short opening that names the knee as the trouble ("my knee at night", "knee trouble").
      {
        p: 'my|his|her ~1 knee|knees ~1 trouble|problems|problem|issues|at_night|in_bed',
        positiveOnly: true,
      },
      'knee_trouble|knee_problems',
      'knee_pain|knee_ache|sore_knee|sore_knees|painful_knee|painful_knees|arthritic_knee|arthritic_knees|achy_knee|achy_knees|creaky_knee|creaky_knees',
      // "A bad knee op years ago" is an old operation, as "knee replacement" is above, not a knee that hurts now.
      {
        p: 'bad_knee|bad_knees|dodgy_knee|dodgy_knees',
        notBefore: ['replacement', 'replaced', 'op', 'ops', 'operation', 'operations', 'surgery'],
      },
      { p: 'not_my|not_the|not_in_my|not_in_the ~1 knee|knees', state: 'absent' },
      { p: 'knee|knees ~2 are|is ~1 fine|ok|okay', state: 'absent' },
    ],
  },
  pain_hip_groin: {
    sided: true,
    // "the outside of my hip" is the trochanter (pain_outer_hip), not the joint in the groin.
    notInSentence: 'outside|outer|side ~3 of ~2 [my|the|his|her|both] hip|hips',
    patterns: [
      { p: listedAfterPain('hip|hips|groin'), notBefore: ['replacement', 'replaced', 'op', 'operation'] },
      {
        p: 'hip|hips|groin|hip_joint ~4 @pain|stiff|stiffens|seizes',
        notAfter: [
          'outside_of',
          'side_of',
          'outer',
          'outside',
          'of_the_outer',
          'from_my',
          'from_the',
          'from',
          'to',
        ],
        notBefore: ['down', 'replacement', 'replaced', 'op', 'operation'],
      },
      `${keptAwakeBy} ~2 my|the|his|her|both ~1 hip|hips`,
      {
        p: 'hip|hips ~2 keeps|keep|kept|keeping|woke|wakes|waking|wake|woken ~1 me|him|her|them ~1 [up|awake]',
        positiveOnly: true,
      },
      {
        p: '@pain|ache ~3 in|of ~2 my|the|both|his|her ~1 hip|hips|groin|hip_joint',
        notBefore: ['down', 'replacement', 'replaced', 'op', 'operation'],
      },
      // Groin pain running down the front of the thigh is the hip joint (S380), not a nerve root.
      '@pain|ache ~3 in|of ~2 my|the|his|her ~1 left|right ~1 groin',
      '@pain|ache ~3 in|of ~2 my|the|his|her ~1 groin',
      { p: '@pain ~4 groin', notBefore: ['down'], notAfter: ['from', 'from_my', 'from_the'] },
      'deep_in ~2 my|the ~1 hip|groin',
      'hip_pain|groin_pain|hip_ache|sore_hip|sore_hips|bad_hip|bad_hips|dodgy_hip|painful_hip|arthritic_hip|arthritis_in_my_hip|arthritis_in_the_hip',
      // The site named on its own ("can't lie on that side, it's the hip"): the hip is where the trouble is.
      {
        p: "it's|its|it_is ~1 my|the|his|her ~1 [left|right] hip|hips",
        positiveOnly: true,
        notBefore: ['replacement', 'replaced', 'op', 'operation', 'that_was', 'joint_that_was'],
      },
      { p: 'not_my|not_the|not_in_my ~1 hip|hips|groin', state: 'absent' },
    ],
  },
  pain_shin: {
    sided: true,
    patterns: [
      { p: listedAfterPain('shin|shins'), notBefore: ['replacement', 'replaced', 'op', 'operation'] },
      {
        p: 'shin|shins|shinbone|shinbones|shin_bone|shin_bones|tibia ~7 @pain|tender|throbs|throbbing',
        notAfter: ['numb', 'numbness', 'tingling', 'tingly', 'outer', 'outside'],
      },
      '@pain|ache ~3 in|down|along|on|over ~2 my|the|both|his|her|your ~1 shin|shins|shinbone|shinbones|shin_bone',
      '@pain|ache|tender ~6 inside_of|front_of|middle_of|bottom_of|top_of|lower_part_of ~2 my|the|his|her|your ~1 shin|shins|shinbone',
      'shin_splints|shin_pain|sore_shin|sore_shins|achy_shin|achy_shins|painful_shin|painful_shins',
      // The shin as what has changed, with the pain told after "and" ("my shin's gone red, and it throbs"): the
      // shin is where it is felt.
      {
        p: "shin|shins|shin's|shinbone ~3 red|hot|warm|swollen|puffy|inflamed|bruised",
        withinSentence: '@pain|throbs|throbbing|tender',
        positiveOnly: true,
      },
      { p: 'not_my|not_the|not_in_my|not_in_the ~1 shin|shins', state: 'absent' },
    ],
  },
  pain_heel: {
    sided: true,
    patterns: [
      { p: listedAfterPain('heel|heels'), notBefore: ['replacement', 'replaced', 'op', 'operation'] },
      // Named pain words, not @pain: "a sore on my heel" is an ulcer, not heel pain.
      'heel|heels ~4 hurts|hurt|hurting|aches|ache|aching|achy|painful|pain|stabbing|throbbing|tender|bruised|agony|killing_me',
      'pain|pains|ache|aches|aching|hurts|hurting|stabbing|throbbing|agony|agonising|agonizing ~3 in|under|on|at ~2 my|the|both|his|her|your ~1 heel|heels',
      // First steps in the morning "like treading on a nail / a stone", said of the heel (plantar heel pain, S415).
      {
        p: 'like|as_if ~3 treading|stepping|standing|walking ~2 on ~1 a ~1 nail|nails|drawing_pin|pin|glass|stone|knife',
        withinSentence: 'heel|heels',
      },
      "heel_pain|sore_heel|sore_heels|painful_heel|painful_heels|policeman's_heel|plantar_fasciitis|plantar_fasciopathy|heel_spur",
      // The back of the heel or ankle is the Achilles tendon, where it joins the heel.
      'back_of ~2 my|the|his|her|your|both ~1 heel|heels|ankle|ankles ~4 @pain|stiff|tender|swollen',
      '@pain|stiff|stiffness ~4 back_of ~2 my|the|his|her|your|both ~1 heel|heels|ankle|ankles',
      'achilles|achilles_tendon|achilles_tendons ~4 @pain|stiff|tender|swollen',
      '@pain|stiff|stiffness ~4 achilles|achilles_tendon',
      'achilles_tendinitis|achilles_tendonitis|achilles_tendinopathy|achilles_bursitis',
      { p: 'not_my|not_the|not_in_my|not_in_the ~1 heel|heels', state: 'absent' },
    ],
  },
  pain_outer_hip: {
    sided: true,
    suppresses: ['pain_hip_groin'],
    patterns: [
      'outside|outer|side ~3 of ~2 [my|the|his|her|both] hip|hips',
      // The outside of the thigh, the hip's side ("outside of my thigh", "down the outside of my leg from the
      // hip"): where greater trochanteric pain is felt (lookalikes.md, GTPS).
      // A numb or burning patch there is the thigh's skin nerve, not the hip.
      {
        p: 'outside|outer ~1 of ~1 [my|the|his|her|both] thigh|thighs|upper_leg|upper_legs',
        notInSentence: '@numb|numbness|patch|burning|burns',
      },
      { p: 'outer_thigh|outer_thighs', notInSentence: '@numb|numbness|patch|burning|burns' },
      'outer_hip|outside_hip|lateral_hip|side_of_my_hip|side_of_the_hip',
      'bony ~2 bit|point|bump|lump ~3 of|on ~2 my|the ~1 hip|hips',
      'hip_bursitis|trochanteric|trochanter|gluteal_tendinopathy|bursitis_in_my_hip|bursitis_in_the_hip|bursitis_of_the_hip',
    ],
  },
  widespread_pain: {
    patterns: [
      '@pain|hurt|hurts|ache|aches ~4 all_over|everywhere|head_to_toe|from_head_to_toe|my_whole_body|the_whole_body|whole_body|every_joint|every_muscle',
      'all_over|everywhere ~3 @pain|hurts|aches|sore',
      'fibromyalgia|fibro|fibro_fog|fibromyalgic',
      // "everything hurts", "every bit of me aches", "I hurt all over".
      {
        p: "everything|every_bit_of_me|every_part_of_me|every_inch_of_me ~1 hurts|aches|is_sore|is_painful|hurt|ache|is_aching|is_hurting|is_agony|'s_sore",
        positiveOnly: true,
      },
      'arms ~3 and|legs ~3 back|legs|neck ~~6 @pain|hurt|hurts|ache|aches',
      'ache|aches|hurt|hurts ~3 in ~2 my|the ~1 arms|shoulders|neck ~~6 legs|back',
    ],
  },
};
