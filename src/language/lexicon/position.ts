import type { FindingLexiconTable } from './types.js';

/** Words that put lying flat with the breath, not the leg. */
const breathing = 'breath|breathe|breathing|breathless*|puffed|wheez*|suffocat*|pillows|propped_up';

/** Words that make lying flat how a person was kept in a hospital or sickbed, not a trigger of the leg symptom. */
const keptLying =
  'sedated|sedation|intensive_care|icu|itu|ventilator|ventilated|in_a_coma|induced_coma|bedridden|bed_bound|bedbound|confined_to_bed';

/** Position: lying flat, leg raised, pressure at the knee. */
export const position: FindingLexiconTable = {
  worse_lying_flat: {
    patterns: [
      // "Two weeks in intensive care, flat on my back and sedated" tells how a person was kept, not what lying
      // flat does to the leg (it can be bed rest: recent_surgery_or_bedridden).
      { p: 'flat ~2 on_my_back|on_your_back|in_bed|on_the_bed', notInSentence: keptLying },
      {
        p: 'lying|lie|lay|laying|sleep|sleeping ~1 flat',
        notAfter: ["can't", 'cant', 'cannot', "couldn't", 'unable', 'never'],
        notInSentence: breathing,
      },
      // "She can't sleep lying flat" is breathlessness (heart failure's orthopnoea) unless a leg symptom is told
      // in the same sentence ("can't lie flat for the burning in my feet").
      {
        p: "can't|cant|cannot|couldn't|unable ~3 sleep|lie|lay|lying|sleeping ~2 flat",
        withinSentence: '@pain|numb*|tingl*|pins_and_needles|restless|jumpy|twitch*',
        notInSentence: breathing,
      },
      'lie|lying|lay|laying|sleep|sleeping|sleeps|lies ~2 on ~1 my|your|his|her ~1 back',
      'on_my_back ~~6 worse|terrible|bad|awful|numb*|hurts|tingl*|@pain',
      'worse|bad ~4 flat|supine|on_my_back',
      'supine',
    ],
  },
  worse_leg_raised: {
    patterns: [
      'rais*|lift*|elevat*|put|putting|prop* ~3 my|the|it|them|legs|leg|feet|foot ~3 up|legs|leg|feet|foot|it|them ~~8 worse|white|pale|paler|hurts_more|more_painful|agony|numb|dead',
      // "feet tingle up to my ankles" is how far a feeling reaches, not feet raised.
      {
        p: 'legs|leg|feet|foot ~1 up|raised|elevated ~~8 worse|white|pale|numb|dead',
        notInSentence: 'up_to|up_as_far_as ~2 ankles|ankle|knees|knee|shins|calves|thighs|waist|hips',
        // "numbness in both feet creeping up, worse at night": a feeling moving up the leg, not the feet raised.
        notWhen: [
          {
            sentence:
              'legs|leg|feet|foot ~1 creep*|crept|spread*|climb*|moving|moved|travel*|going|gone|working|coming|came ~1 up',
          },
        ],
      },
      'white|pale|paler|blanch*|drains ~3 when|if|once ~2 i ~2 rais*|lift*|elevat*|put_it_up|put_them_up',
      'worse ~4 when|if|with ~2 my|the ~1 leg|legs|foot|feet ~1 up|raised|elevated|level',
      'worse ~4 rais*|lift*|elevat*',
    ],
  },
  pressure_at_knee: {
    sided: true,
    patterns: [
      'legs|leg ~1 crossed',
      'cross|crossing|crossed ~2 my|his|her ~1 legs|leg',
      'crossed_over|hooked_over|over_the_armrest|over_the_arm_of|over_the_side_of_the_chair',
      'pressure ~4 knee|side_of_my_knee|outside_of_my_knee',
      'knee|knees ~3 pressed|pressing|pushed ~3 against|together',
      'sleep|sleeping|slept|lie|lying ~4 on_the_side_of_my_knee|knees_together|knee_against',
      'leg_hooked|legs_hooked|sat_on_my_leg|sitting_on_my_leg|sit_on_my_leg|tucked_under_me|sit_on_my_feet',
    ],
  },
  pain_lying_on_side: {
    patterns: [
      "can't|couldn't|unable|hard ~3 lie|sleep|lay|lying|sleeping ~1 on ~3 side|sides|it|hip|that_side|either_side|the_left|the_right",
      {
        p: 'lying|lie|laying|lay|sleeping|sleep|lies ~1 on ~3 it|side|hip|that_side|sore_side|bad_side ~~6 @pain|worse|wakes|woke|agony|unbearable|kills',
        notInSentence: '@relief',
      },
      '@pain|worse|worst|wakes|woke ~4 when|if|whenever ~2 i|he|she ~1 lie|lies|sleep|sleeps|lay|roll*|turn* ~1 on|onto|over_onto ~3 it|side|hip|that_side',
      'roll*|turn* ~2 onto|on_to|over_onto|on ~3 side|hip|it ~~6 @pain|wakes|woke|agony',
      "can't_sleep_on_my_side|can't_lie_on_my_side|can't_lie_on_that_side|can't_sleep_on_that_side",
      // "worse lying on that side": worse first, the side after.
      'worse|worst|hurts|painful|agony ~2 lying|lie|laying|lay|sleeping|sleep ~1 on|onto ~2 that|the|my|his|her ~1 side|hip|sore_side|bad_side',
      // "pain on the outside of my hip when I lie on that side": the pain named further back in the sentence.
      {
        p: 'when|if|whenever ~2 i|he|she|you ~1 lie|lies|lay|sleep|sleeps ~1 on|onto ~1 that_side|the_sore_side|the_bad_side|the_painful_side|it',
        withinSentence: '@pain',
      },
    ],
  },
};
