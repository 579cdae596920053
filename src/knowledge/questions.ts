import type { Citation } from './sources.js';

/** A grouped screening question: "Do any of these apply?" over several red-flag findings. */
export interface ScreeningGroup {
  readonly id: string;
  readonly text: string;
  readonly why: string;
  readonly findings: readonly string[];
  readonly sources: readonly Citation[];
}

/**
 * The red-flag screen asked before anything else: a short block that rules the emergencies in or out
 * (clot in leg or lung and infection, blocked artery, spinal nerve compression), each group one screen.
 */
export const screeningGroups: readonly ScreeningGroup[] = [
  {
    id: 'screen_clot_infection',
    text: 'Do any of these apply to you now?',
    why: 'These can be signs of a blood clot in the leg or lungs, or of a spreading infection, which need care today or at once.',
    findings: [
      'one_leg_swollen',
      'one_leg_warm_red',
      'chest_pain_or_breathless',
      'spreading_redness',
      'fever',
    ],
    sources: ['seed:L15', 'S11', 'S12', 'S139'],
  },
  {
    id: 'screen_circulation',
    text: 'Have you noticed any of these in the painful leg or foot?',
    why: 'These can mean the blood supply to the leg is blocked or critically low, or that pressure is building up in the leg.',
    findings: [
      'sudden_severe_pain',
      'sudden_cold_pale_leg',
      'non_healing_sore',
      'black_or_dying_skin',
      'pain_out_of_proportion',
    ],
    sources: ['seed:L5', 'seed:L15', 'S48', 'S21', 'S136'],
  },
  {
    id: 'screen_nerves',
    text: 'Do you have any of these?',
    why: 'These can mean nerves in the spine or leg are badly squeezed and need prompt care.',
    findings: [
      'saddle_numbness',
      'bladder_bowel_change',
      'weakness_both_legs',
      'foot_drop',
      'progressive_weakness',
    ],
    sources: ['S130', 'S125', 'seed:L16'],
  },
];
