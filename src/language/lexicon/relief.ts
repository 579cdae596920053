import type { FindingLexiconTable } from './types.js';

const legOrFoot = 'leg|legs|foot|feet|it|them|limb';
const overEdge =
  'over|down|off|out|out_of_bed|over_the_edge|over_the_side|off_the_bed|off_the_edge|to_the_floor|on_the_floor|onto_the_floor';

// Said of the hanging itself ("…but it makes no difference"), not of another remedy in the sentence.
const danglingNoHelp =
  "it|that|this|which ~1 no_difference|makes_no_difference|made_no_difference|doesn't_help|didn't_help|does_nothing|did_nothing|no_help|no_use|useless|doesn't_work|didn't_work|doesn't_change_anything|didn't_change_anything";

/** What relieves it. A relief phrase followed by "makes no difference" / "doesn't help" reads as absent. */
/** Getting up to stand (the leg then hangs down). */
const getUpAndStand =
  'get_up_and_stand|gets_up_and_stands|get_up_and_stand_up|stand_up|stands_up|standing_up|get_out_of_bed_and_stand';
/** Pain in the feet or a cold or coloured foot: the rest pain of poor circulation (seed:L4). */
const ischaemicFoot = [
  'pain_feet_toes',
  'cool_limb',
  'skin_shiny_pale_or_bluish_red',
  'black_or_dying_skin',
] as const;
/** A cramp eased by standing on the leg is stretching (relief_stretching_muscle), not dependency. */
const crampOrStretch =
  '@cramp|stretch|stretching|stretches|stand_on_it|stand_on_the_leg|stamp|stamping|restless|urge';

/** Standing still to rest after walking eases claudication (S60-type exercise pain), not rest pain by gravity. */
const restAfterWalking =
  'stand_still|standing_still|stood_still|stands_still|stop_and_stand|stop_walking|stopped_walking|after_walking|while_walking|when_walking|when_i_walk|after_i_walk';

export const relief: FindingLexiconTable = {
  // Tried and found no help ("makes no difference"): said in the same sentence as the hanging.
  relief_dangling_leg: {
    sided: true,
    patterns: [
      {
        p: `hang|hangs|hanging|hung|dangle|dangles|dangling|dangled ~3 ${legOrFoot} ~3 ${overEdge}`,
        notWithStatedInSentence: danglingNoHelp,
      },
      {
        p: `hang|hangs|hanging|hung|dangle|dangling ~1 ${overEdge}`,
        notWithStatedInSentence: danglingNoHelp,
      },
      // "I tried hanging them out the side of the bed but it makes no difference": relief denied.
      {
        p: `hang|hangs|hanging|hung|dangle|dangles|dangling|dangled ~~14 ${danglingNoHelp}`,
        state: 'absent',
      },
      `let|letting ~1 ${legOrFoot} ~1 hang|dangle|down`,
      `${legOrFoot} ~2 hanging|dangling|hang_down|down_over`,
      'edge_of_the_bed|side_of_the_bed|edge_of_my_bed|side_of_my_bed ~~6 @relief',
      '@relief ~~8 edge_of_the_bed|side_of_the_bed|edge_of_my_bed|side_of_my_bed',
      { p: 'sit|sitting|sat ~3 on ~1 edge|side ~3 bed', withinSentence: '@relief' },
      // A numb or cold foot whose feeling or colour "comes back" when sat on the edge of the bed.
      {
        p: 'sit|sitting|sat ~3 on ~1 edge|side ~3 bed',
        withinSentence: 'comes_back|come_back|came_back|returns|pinks_up|warms_up',
        requiresAny: ['numbness_tingling', 'cool_limb', 'skin_shiny_pale_or_bluish_red'],
      },
      // Getting up to stand or walk with the leg down eases rest pain (seed:L4: dangling "or getting up to walk",
      // gravity draws blood back): read as dependency when the account is of the feet or a cold, coloured foot.
      {
        p: `@relief ~3 if|when|once|after ~2 i|he|she|they ~1 ${getUpAndStand}|stand|stands`,
        requiresAny: ischaemicFoot,
        notInSentence: `${crampOrStretch}|${restAfterWalking}`,
      },
      {
        p: `${getUpAndStand} ~~8 @relief`,
        requiresAny: ischaemicFoot,
        notInSentence: `${crampOrStretch}|${restAfterWalking}`,
      },
      {
        p: 'get|gets|getting|got ~1 up ~1 and ~1 @walk ~~10 @relief',
        requiresAny: ischaemicFoot,
        notInSentence: `${crampOrStretch}|${restAfterWalking}`,
      },
      // Sleeping in a chair is the leg hung down, unless the words say the back is bent or raised instead ("propped
      // up in the recliner with her knees bent": the flexed posture of a narrowed spinal canal, read elsewhere).
      {
        p: 'sleep|sleeping|slept|nights ~3 in ~1 the|a|my ~1 chair|armchair|recliner',
        notInSentence:
          'knees_bent|knees_up|bent_knees|knees_drawn_up|curled_up|propped_up|propped|bent_forward|leaning_forward',
      },
      'put|putting|stand|standing ~2 foot|feet|it ~2 down ~2 on ~1 the ~1 floor',
      'with ~1 my|the|that|this|his|her|one|both ~1 legs|leg|feet|foot ~1 down',
      // "better if I sit on the edge with it down": the foot named before as "it".
      {
        p: 'with ~1 it|them ~1 down|hanging|dangling',
        withinSentence: '@relief|better',
        requiresAny: ['pain_feet_toes', 'pain_calf'],
      },
      'feet_on_the_floor|foot_on_the_floor|legs_down|foot_down|feet_down ~~6 @relief',
      '@relief ~4 hang*|dangl*|legs_down|feet_down|foot_down|lowering',
      'dependent|dependency ~~4 @relief',
    ],
  },
  relief_walking: {
    patterns: [
      '@walk ~3 about|around|round|up_and_down ~~8 @relief',
      '@walk ~6 @relief',
      '@relief ~2 by_walking|if_i_walk|when_i_walk|to_walk|by_pacing|if_i_get_up|when_i_get_up|walking_about|walking_around|to_walk_about|walk_around|if_i_walk_about',
      'have_to|had_to|got_to|need_to|must ~1 get_up_and_walk|get_up_and_pace|get_up_and_walk_about|get_up_and_walk_around|walk_about|walk_around|pace',
      'up ~4 walking_about|walking_around|pacing ~~6 get_rid|rid|@relief',
      'getting_up_and_walking ~~6 @relief',
      // Up at night walking or pacing about, no relief told ("gran is up half the night wandering round"): walking
      // for relief is likely but not said — open, to be confirmed rather than asked afresh.
      {
        p: 'up|awake ~4 night|nights ~3 walking|pacing|wandering|walks|paces|wanders',
        positiveOnly: true,
        state: 'unknown',
      },
    ],
  },
  relief_moving_legs: {
    patterns: [
      'moving|move|kicking|shaking|jiggling|wiggling|stretching ~3 legs|them|about ~6 @relief',
      'keep|keeps|keeping ~1 moving|them_moving ~~6 @relief|better|ok|fine',
      "@relief ~3 while|as_long_as|whilst ~2 i ~1 keep|am|i'm ~1 moving",
      '@relief ~~6 while|as_long_as ~3 moving|doing_it',
      'moving ~~6 helps|better|eases|relief',
      'comes_back ~3 when|once|as_soon_as ~2 i ~1 stop',
    ],
  },
  relief_stretching_muscle: {
    patterns: [
      'stretch|stretching|stretched|stretches ~4 calf|muscle|toes|foot|leg|it|them ~~8 @relief',
      'stretch|stretching|stretched ~4 @relief|sorted|sorts|works',
      'pull|pulling|pulled|push|pushing|pushes|flex|flexing|bend|bending ~3 my|the|his|her ~1 toes|foot ~3 up|back|towards|toward',
      'pull|pulling|push|pushing ~3 toes|foot ~3 up|back|towards ~~8 @relief|let_go|stretch',
      'stand_up_and_stretch|stand_and_stretch|stand_on_it|stand_on_the_leg|stamp|stamping ~~8 @relief|let_go|goes',
      'stretching_against_the_wall|against_the_wall|stretch_it_out|stretched_out',
      // Straightening the leg relieves only when said to: "tight and achy when I straighten my leg" is provoked.
      'straighten|straightening|straightened ~3 my|the|it|leg|knee|foot ~~8 @relief|let_go|lets_go',
      '@relief ~~6 straighten|straightening',
      { p: 'stretch|stretching|stretches', negatedOnly: true, negWindow: 3 },
    ],
  },
  relief_curling_up_or_head_raised: {
    patterns: [
      { p: 'curl|curling|curled ~2 up', notAfter: ['toes', 'toe', 'foot', 'arch'] },
      'foetal|fetal ~2 position',
      'roll|rolling|rolled|turn|turning|lie|lying|lay|sleep|sleeping ~3 on|onto ~2 my|to_my ~1 side ~~8 @relief',
      'on_my_side|onto_my_side ~~6 @relief',
      '@relief ~~6 on_my_side|onto_my_side|curl*',
      'propped|prop|propping ~3 up|on_pillows|pillows',
      'pillows ~~6 @relief',
      'head_of_the_bed ~3 raised|up|higher',
      'raise|raising|raised|tilt ~3 head_of_the_bed|bed_head|head_end',
      'sitting_up_in_bed|sleep_sitting_up|sleeping_sitting_up|knees_to_my_chest|knees_up_to_my_chest',
    ],
  },
  relief_changing_position: {
    patterns: [
      'chang*|shift*|switch* ~3 position|positions|sides|side|posture ~~6 @relief',
      'chang*|shift* ~3 position|positions ~~6 goes|fixes|better|ok',
      '@relief ~4 after|when|once|if ~2 i ~1 moved|move|moving|roll|rolled|turn|turned|shift|shifted ~1 around|about|over|position',
      'roll|rolled|rolling|turn|turned|turning ~1 over ~~8 normal|@relief|back',
      'back_to_normal ~3 when|once|after ~3 roll|move|moved|turn|change|shift',
      'changing_position|change_position|change_of_position|move_around ~~6 @relief|fixes|straight_away',
    ],
  },
  relief_leg_elevation: {
    patterns: [
      'feet|legs|leg|foot ~1 @up ~~8 @relief',
      'put|putting|puts|raise|raising|raised|elevat*|lift|lifting|prop|propping ~3 my|the|them|feet|legs ~2 up|feet|legs ~~8 @relief',
      '@relief ~~6 feet|legs ~1 up',
      {
        p: '@relief ~~8 raise|raising|elevat*|lift|put ~3 my|the|them ~2 legs|feet|leg',
        notBefore: [
          'down',
          'over',
          'off',
          'out',
          'to_the_floor',
          'on_the_floor',
          'onto_the_floor',
          'over_the_edge',
        ],
      },
      'with ~1 my ~1 legs|feet ~1 up ~~8 @relief|feel_better|much_better',
      'lying|sitting|sit ~2 with ~2 legs|feet ~2 up ~~8 @relief|better',
      'compression_stockings|support_stockings|flight_socks ~~6 @relief',
    ],
  },
  pain_unrelieved_by_position: {
    patterns: [
      'nothing ~3 help|helps|helped|relieves|eases|works|shifts_it|changes_it|makes_it_better|makes_any_difference|makes_a_difference|stops_it',
      'no ~1 position|way_of_lying|way_i_lie ~3 help*|eases|relieves|better|comfortable|difference',
      "doesn't_matter ~3 what|how|which|whether ~3 position|i_do|way|lie|sit|stand",
      'no_matter ~3 what|how|which ~3 position|i_do|way|lie|sit',
      'whatever ~2 i_do|position|way',
      'makes_no_difference|make_no_difference|no_difference ~3 at_all|what|whether|to_it',
      'same ~3 whatever|whichever|in_any|any ~2 position',
      'nothing_i_do',
      // Not getting comfortable is restlessness, not "nothing eases it" — unless every position is tried and fails.
      "can't|cannot|can_not|cant|couldn't ~1 get ~1 comfortable|comfy ~3 in_any_position|any_position|whatever|no_matter|however|any_way|anyhow",
      "doesn't_help|don't_help|didn't_help ~2 at_all ~~6 whatever|anything|nothing",
    ],
  },
  // Marked relief by ibuprofen or aspirin: osteoid osteoma (S351).
  relief_anti_inflammatory: {
    patterns: [
      {
        p: 'ibuprofen|nurofen|advil|motrin|brufen|aspirin|naproxen|nsaid|nsaids|anti_inflammatory|anti_inflammatories|anti-inflammatory|anti-inflammatories|diclofenac|voltarol ~~8 @relief|works|worked|work|takes_it_away|took_it_away|gone|vanishes|completely|magic|miracle|only_thing|takes_the_edge_off|took_the_edge_off|take_the_edge_off|dulls_it',
        notWithStatedInSentence:
          "doesn't_help|didn't_help|does_nothing|did_nothing|no_help|no_difference|useless|doesn't_touch|didn't_touch|doesn't_work|didn't_work|not_helping|don't_help|hardly_helps|barely_helps|hardly_help|barely_help|not_doing_much|not_touching",
      },
      {
        p: '@relief|only_thing ~~6 ibuprofen|nurofen|advil|motrin|brufen|aspirin|naproxen|nsaid|nsaids|anti_inflammatory|anti_inflammatories|anti-inflammatories|diclofenac',
        notWithStatedInSentence:
          "doesn't_help|didn't_help|does_nothing|did_nothing|no_help|no_difference|useless|doesn't_work|didn't_work|hardly_helps|barely_helps|hardly_help|barely_help",
      },
      {
        p: "ibuprofen|nurofen|advil|aspirin|naproxen|anti_inflammatories|anti-inflammatories ~~6 doesn't_help|didn't_help|does_nothing|did_nothing|no_help|no_difference|useless|doesn't_touch|didn't_touch|doesn't_work|didn't_work",
        state: 'absent',
      },
      // The relief said before the medicine ("it goes completely with ibuprofen", "clears up after naproxen").
      {
        p: 'goes|went|gone|disappears|disappeared|vanishes|vanished|clears|cleared|settles|settled|eases|eased [completely|entirely|away|off|up|right_away] with|after|by ~3 ibuprofen|nurofen|advil|motrin|brufen|aspirin|naproxen|nsaid|nsaids|anti_inflammatory|anti_inflammatories|anti-inflammatory|anti-inflammatories|diclofenac|voltarol',
        notWithStatedInSentence: "doesn't|didn't|not|never|hardly|barely|even",
      },
      // Lay "not doing much / not touching it / hardly helps" said of the anti-inflammatory.
      {
        p: "ibuprofen|nurofen|advil|aspirin|naproxen|anti_inflammatories|anti-inflammatories ~2 [is|are|isn't|aren't] not|isn't|aren't|hardly|barely ~1 doing|touching|helping|help|helps ~1 [much|anything|a_lot|it|a_thing]",
        state: 'absent',
      },
    ],
  },
};
