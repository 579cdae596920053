import type { TriageRule } from './types.js';

/**
 * Red-flag and advice rules. A rule fires when every finding in `all` is present and, if `any` is given,
 * at least one of `any` is present. Rules only ever raise urgency; they override the probabilistic ranking.
 * Rules never test for absence, so adding a present finding can only fire more rules.
 */
const rules = [
  {
    id: 'clot_in_lung_signs',
    level: 'emergency_ambulance',
    all: ['chest_pain_or_breathless'],
    any: [
      'one_leg_swollen',
      'one_leg_warm_red',
      'calf_tender_along_veins',
      'whole_leg_swollen',
      'pitting_oedema',
    ],
    reason:
      'Leg swelling or tenderness together with chest pain or breathlessness can mean a clot has reached the lungs.',
    clinicianReason: 'DVT signs with chest pain / dyspnoea: suspected pulmonary embolism.',
    sources: ['S11', 'S12', 'S13'],
    suspects: ['deep_vein_thrombosis'],
  },
  {
    id: 'chest_symptoms_with_leg_pain',
    level: 'emergency',
    all: ['chest_pain_or_breathless'],
    reason: 'Chest pain or breathlessness alongside leg pain needs emergency assessment.',
    clinicianReason: 'Chest pain or dyspnoea with leg pain: exclude PE regardless of Wells score.',
    sources: ['S11', 'S12', 'S13'],
  },
  {
    id: 'sudden_cold_pale_leg',
    level: 'emergency_ambulance',
    all: ['sudden_cold_pale_leg'],
    reason: 'A leg that suddenly turns cold, pale or blue can mean its artery is blocked. Every hour counts.',
    clinicianReason: 'Acute limb ischaemia (pallor, poikilothermia): immediate vascular assessment.',
    sources: ['S48', 'S51', 'S136'],
    suspects: ['acute_limb_ischemia'],
  },
  {
    id: 'sudden_severe_pain_with_limb_threat',
    level: 'emergency_ambulance',
    all: ['sudden_severe_pain'],
    any: ['cool_limb', 'numbness_tingling', 'progressive_weakness', 'foot_drop'],
    reason: 'Sudden severe leg pain with a cold leg, numbness or weakness can mean a blocked artery.',
    clinicianReason:
      'Sudden severe pain with coldness, paraesthesia or paresis: suspected acute limb ischaemia.',
    sources: ['S48', 'S49', 'S51'],
    suspects: ['acute_limb_ischemia'],
  },
  {
    id: 'saddle_or_sphincter_symptoms',
    level: 'emergency',
    all: [],
    any: ['saddle_numbness', 'bladder_bowel_change'],
    reason:
      'Numbness around the bottom or new bladder or bowel problems can mean the spinal nerves are badly squeezed.',
    clinicianReason:
      'Saddle anaesthesia or sphincter disturbance: suspected cauda equina syndrome, emergency MRI.',
    sources: ['S130', 'S134'],
    suspects: ['cauda_equina_syndrome'],
  },
  {
    id: 'weakness_both_legs',
    level: 'emergency',
    all: ['weakness_both_legs'],
    reason: 'Weakness in both legs can mean the spinal nerves are badly squeezed.',
    clinicianReason: 'Bilateral leg weakness: suspected cauda equina syndrome.',
    sources: ['S130', 'S135'],
    suspects: ['cauda_equina_syndrome'],
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
    id: 'suspected_dvt',
    level: 'consultation_24',
    all: [],
    any: ['one_leg_swollen', 'one_leg_warm_red'],
    reason: 'One swollen, warm or red leg can be a blood clot and should be checked today.',
    clinicianReason:
      'Unilateral swelling / warmth / erythema: same-day DVT assessment (Wells, D-dimer, ultrasound).',
    sources: ['seed:L15', 'S11', 'S13'],
  },
  {
    id: 'tissue_loss',
    level: 'consultation_24',
    all: [],
    any: ['non_healing_sore', 'black_or_dying_skin'],
    reason: 'A sore that will not heal or black skin on the foot can mean the circulation is critically low.',
    clinicianReason:
      'Tissue loss with rest pain: suspected chronic limb-threatening ischaemia (Fontaine IV / Rutherford 5-6).',
    sources: ['seed:L5', 'seed:L16', 'S21'],
  },
  {
    id: 'rest_pain_relieved_by_dependency',
    level: 'consultation_24',
    all: ['relief_dangling_leg'],
    reason: 'Night pain that eases only when the leg hangs down suggests advanced artery narrowing.',
    clinicianReason:
      'Rest pain relieved by dependency: suspected ischaemic rest pain (Fontaine III / Rutherford 4).',
    sources: ['seed:L15', 'S34', 'S21'],
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
    id: 'spreading_redness',
    level: 'consultation_24',
    all: ['spreading_redness'],
    reason: 'A spreading red, hot, painful area is likely an infection that needs treatment today.',
    clinicianReason: 'Spreading erythema: cellulitis until proven otherwise; same-day antibiotics.',
    sources: ['S139', 'S201'],
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

export type TriageRuleId = (typeof rules)[number]['id'];

export const triageRules: readonly TriageRule[] = rules;
