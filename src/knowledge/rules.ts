import { conditions } from './conditions/index.js';
import type { ConditionDefinition, TriageRule } from './types.js';

/**
 * Red-flag and advice rules. A rule fires when every finding in `all` is present and, if `any` is given,
 * at least one of `any` is present. Rules only ever raise urgency; they override the probabilistic ranking.
 * Rules never test for absence, so adding a present finding can only fire more rules.
 */
/** Rules that belong to no single cause (warning signs, general advice). */
const generalRules = [
  {
    id: 'chest_symptoms_with_leg_pain',
    level: 'emergency',
    all: ['chest_pain_or_breathless'],
    reason: 'Chest pain or breathlessness alongside leg pain needs emergency assessment.',
    clinicianReason: 'Chest pain or dyspnoea with leg pain: exclude PE regardless of Wells score.',
    sources: ['S11', 'S12', 'S13'],
  },
  {
    id: 'sudden_severe_pain',
    level: 'emergency',
    all: ['sudden_severe_pain'],
    reason: 'Leg pain that comes on suddenly and severely needs care straight away.',
    clinicianReason: 'Sudden severe leg pain: exclude DVT and acute limb ischaemia.',
    sources: ['seed:L15', 'S48'],
  },
  {
    id: 'necrotising_or_compartment_signs',
    level: 'emergency',
    all: ['pain_out_of_proportion'],
    reason:
      'Pain far worse than what can be seen, or blistering dusky skin, can be a dangerous deep infection or pressure in the muscles.',
    clinicianReason:
      'Pain out of proportion / bullae / dusky skin: exclude necrotising soft-tissue infection and compartment syndrome.',
    sources: ['S139', 'S136', 'S138'],
  },
  {
    id: 'infected_ulcer_with_fever',
    level: 'emergency',
    all: ['fever'],
    any: ['non_healing_sore', 'black_or_dying_skin'],
    reason: 'A foot sore or black skin with a fever can be a spreading infection.',
    clinicianReason: 'Ulcer or gangrene with systemic signs: severe foot infection (IWGDF/IDSA).',
    sources: ['S143', 'S144'],
  },
  {
    id: 'infection_with_systemic_signs',
    level: 'emergency',
    all: ['systemic_illness'],
    any: ['spreading_redness', 'one_leg_warm_red', 'fever', 'non_healing_sore', 'black_or_dying_skin'],
    reason:
      'A red or infected leg, or a fever, with confusion, faintness, fast breathing or vomiting can mean a serious infection.',
    clinicianReason:
      'Soft-tissue or foot infection with systemic toxicity (qSOFA / SIRS features): sepsis or necrotising infection until proven otherwise.',
    sources: ['S139', 'S143', 'S144'],
  },
  {
    id: 'new_weakness',
    level: 'consultation_24',
    all: [],
    any: ['foot_drop', 'progressive_weakness'],
    reason: 'A foot that drags or a leg getting weaker should be assessed soon so the nerve can recover.',
    clinicianReason: 'New foot drop or progressive weakness: prompt neurological assessment.',
    sources: ['seed:L16', 'S125', 'S120'],
  },
  {
    id: 'injury_with_bone_tenderness',
    level: 'consultation_24',
    all: ['recent_leg_injury', 'bony_point_tenderness'],
    reason: 'Pain at one spot on a bone after an injury can be a fracture and should be X-rayed today.',
    clinicianReason:
      'Recent trauma with focal bony tenderness: exclude fracture (X-ray); watch for compartment syndrome.',
    sources: ['S142', 'S136'],
  },
  {
    id: 'nightly_sleep_disruption',
    level: 'consultation',
    all: ['nightly_sleep_disruption'],
    reason: 'Pain that happens most nights and spoils your sleep should be discussed with a doctor.',
    clinicianReason: 'Recurrent nocturnal pain with sleep disruption: routine assessment.',
    sources: ['seed:L16'],
  },
  {
    id: 'persistent_numbness',
    level: 'consultation',
    all: ['numbness_tingling', 'symptoms_over_two_weeks'],
    reason: 'Pain that keeps coming with numbness should be checked by a doctor.',
    clinicianReason: 'Persistent pain with numbness: routine neurological assessment.',
    sources: ['seed:L16'],
  },
  {
    id: 'skin_colour_or_temperature_change',
    level: 'consultation',
    all: [],
    any: ['skin_shiny_pale_or_bluish_red', 'cool_limb'],
    reason: 'Skin colour changes or one leg colder than the other should be checked by a doctor.',
    clinicianReason: 'Skin discolouration or a cool limb: assess for PAD (ABI).',
    sources: ['seed:L16', 'S41'],
  },
  {
    id: 'night_pain_with_weight_loss',
    level: 'consultation',
    all: ['weight_loss_night_sweats'],
    reason: 'Night pain with weight loss or night sweats needs a doctor to look for other causes.',
    clinicianReason:
      'Night pain with weight loss / night sweats: urgent referral to exclude malignancy or infection.',
    sources: ['S142', 'S145'],
  },
] as const satisfies readonly TriageRule[];

/** Every rule: the general ones, then each cause's own (in conditions/<cause>.ts). */
export const triageRules: readonly TriageRule[] = [
  ...generalRules,
  ...(conditions as readonly ConditionDefinition[]).flatMap((c) => c.rules ?? []),
];
