import type { Citation } from '../sources.js';
import type { AskBeforeStopping, AskIf, FindingDefinition, FindingGroup } from '../types.js';

/** What walking or standing does is not asked of someone who cannot put weight on the leg. */
export const canWalk: AskIf = { nonePresent: ['unable_to_bear_weight'] };

export function finding(
  id: string,
  group: FindingGroup,
  question: string,
  clinicianTerm: string,
  why: string,
  sources: readonly Citation[],
  options?: { readonly askIf?: AskIf; readonly askBeforeStopping?: AskBeforeStopping },
): FindingDefinition {
  return {
    id,
    group,
    question,
    clinicianTerm,
    why,
    sources,
    answerType: 'boolean',
    ...(options?.askIf ? { askIf: options.askIf } : {}),
    ...(options?.askBeforeStopping ? { askBeforeStopping: options.askBeforeStopping } : {}),
  };
}

/**
 * Pain the person has said they feel: a kind of pain, or a complaint that is a pain by its nature. A place alone
 * (`pain_calf`…) is not enough here: "where do you feel it" takes numbness or any other feeling too.
 */
export const painFelt: readonly string[] = [
  'burning_pain',
  'deep_aching_pain',
  'sharp_shooting_pain',
  'sudden_muscle_contraction',
  'sudden_severe_pain',
  'bone_pain_night',
  'forefoot_pebble_pain',
  'heel_pain_first_steps',
  'calf_pain_walking_relieved_standing_still',
  'pain_standing_walking_relieved_sitting',
  'hot_swollen_joint',
  'joint_pain_swelling',
  'widespread_pain',
  'bedclothes_hurt_feet',
  'pain_out_of_proportion',
  'back_pain',
];

/** Complaints that are not pain: jerks a bed partner saw, numbness or pins and needles, an urge to move, crawling, heaviness, swelling. */
export const complaintsNotPain: readonly string[] = [
  'leg_jerks_in_sleep_seen',
  'numbness_tingling',
  'stocking_numbness_both_feet',
  'urge_to_move_legs',
  'creeping_crawling_sensation',
  'heavy_tired_legs',
  'one_leg_swollen',
  'whole_leg_swollen',
  'both_ankles_swollen',
];

/**
 * A question worded about "the pain" ("is the pain in a joint", "where it hurts") waits, after an opening whose
 * complaint is not pain, until a pain is reported (issue #14, role-play set 14: a man whose wife sees his legs
 * kick, who feels nothing, could not answer them); with no complaint yet, it may be asked unless every kind of
 * pain was denied.
 */
export const painNotPresupposed: AskIf = {
  anyOf: [
    { anyPresent: painFelt },
    {
      nonePresent: complaintsNotPain,
      notAllAbsent: ['burning_pain', 'deep_aching_pain', 'sharp_shooting_pain'],
    },
  ],
};
