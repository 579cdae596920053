import type { Citation } from './sources.js';
import type { AskIf } from './types.js';

/**
 * A grouped question: "Which of these apply?" over several findings. Each option is offered only while its
 * finding is unanswered and its own `askIf` holds; the group itself only while the group's `askIf` holds.
 */
export interface ScreeningGroup {
  readonly id: string;
  readonly text: string;
  readonly why: string;
  readonly findings: readonly string[];
  readonly sources: readonly Citation[];
  readonly askIf?: AskIf;
  /**
   * Preconditions of single options within this group, on top of each finding's own `askIf` (e.g. a weight
   * or tiredness question does not tell a thyroid problem in pregnancy).
   */
  readonly optionAskIf?: Readonly<Record<string, AskIf>>;
  /**
   * Findings that make this screen's emergencies plausible: when one is present, this screen comes before the
   * complaint's shape and the other screens (a bad back with numb legs is screened for cauda equina first).
   */
  readonly cues?: readonly string[];
  /** The question when part of the group is already known (from the description or an earlier tick). */
  readonly followUpText?: string;
}

/** A sudden event (a severe pain that came on suddenly, a leg gone cold and pale, a tearing back pain). */
const suddenEvent = ['sudden_severe_pain', 'sudden_cold_pale_leg', 'back_or_belly_pain_sudden'];

/** Something the person feels in the leg: a place it is felt or what it feels like. */
const feltInLeg = [
  'pain_feet_toes',
  'pain_calf',
  'pain_buttock_thigh',
  'pain_shin',
  'pain_heel',
  'pain_knee',
  'pain_hip_groin',
  'pain_outer_hip',
  'pain_radiates_down_leg',
  'widespread_pain',
  'burning_pain',
  'deep_aching_pain',
  'sharp_shooting_pain',
  'sudden_muscle_contraction',
  'creeping_crawling_sensation',
  'numbness_tingling',
  'heavy_tired_legs',
  'urge_to_move_legs',
];
/**
 * Where, when and what eases ask about a feeling. When the only complaint is leg jerks in sleep that someone
 * else saw (role-play set 14: "wife says i kick her all night" was asked where he feels it, and he feels
 * nothing), they wait until the person reports something felt; what it feels like ("if none fits, tick none")
 * is the question that finds out.
 */
const feltOrNotOnlySeen: AskIf = {
  anyOf: [{ nonePresent: ['leg_jerks_in_sleep_seen'] }, { anyPresent: feltInLeg }],
};

/**
 * The chief complaint's shape, asked first when the description gives none of a group's findings: where it
 * hurts, what it is like, when it comes and what eases it, as a clinician opens a history. An unticked option
 * is left open (not reported), so the differential can still ask it on its own.
 */
export const complaintGroups: readonly ScreeningGroup[] = [
  {
    id: 'complaint_where',
    // Not only pain: numbness, crawling or heaviness are the main complaint of some causes.
    text: 'Where do you feel it (pain, numbness or any other feeling)? Tick all that apply.',
    why: 'Where you feel it is the first clue to the cause: toes and feet, calf, shin, heel, thighs, knee, hip, down from the back, or all over.',
    findings: [
      'pain_feet_toes',
      'pain_calf',
      'pain_buttock_thigh',
      'pain_shin',
      'pain_heel',
      'pain_knee',
      'pain_hip_groin',
      'pain_outer_hip',
      'pain_radiates_down_leg',
      'widespread_pain',
      'bilateral_symptoms',
      'back_pain',
    ],
    sources: ['seed:L4', 'seed:L7', 'seed:L11', 'S104', 'S135'],
    followUpText: 'Do you also feel it anywhere else? Tick any that apply (what you have told us is kept).',
    askIf: feltOrNotOnlySeen,
  },
  {
    id: 'complaint_what',
    // Unticked options are not reported, so "none of these fits" is a real answer (not a no to each).
    text: 'What does it feel like? Tick all that apply (if none fits, tick none).',
    why: 'Burning, aching, shooting, cramping and crawling feelings point to different causes.',
    findings: [
      'burning_pain',
      'deep_aching_pain',
      'sharp_shooting_pain',
      'sudden_muscle_contraction',
      'creeping_crawling_sensation',
      'numbness_tingling',
      'heavy_tired_legs',
    ],
    sources: ['seed:L4', 'seed:L7', 'seed:L11', 'seed:L12', 'S158'],
    followUpText: 'Does it also feel like any of these? Tick any that apply (what you have told us is kept).',
  },
  {
    id: 'complaint_when',
    // A first episode has no pattern yet: the question says to answer for that one time. Pain that walking brings
    // on is not one of these times and the text says so (role-play set 9: a walker looked for it here); offering
    // the walking options here too made 16 of 172 simulated interviews a question longer, so they stay under
    // what eases it.
    // A single attack that has not let up since it began (set 11, a gout night) fitted none of the patterns: it is
    // answered by what makes it worse. One first attack still felt the options assumed a nightly pattern (set 15):
    // the text says they do not, with an example.
    text: 'When does it come on or get worse? Tick all that apply (these are not only for something that happens every night: if it has happened only once, answer for that one time, for example whether it began after you had been in bed an hour or two; if it has not let up since it began, tick only what makes it worse; pain that comes only when you walk is not one of these, and sitting with your legs crossed or kneeling is asked on its own; if none fits, tick none).',
    why: 'Whether it comes after some time lying down, whenever you keep still, or lying in one position, helps tell the causes apart.',
    findings: [
      'wakes_after_hour_or_two',
      'starts_at_rest',
      'evening_night_worse',
      'worse_lying_flat',
      'pain_lying_on_side',
      'joint_stiffness_after_rest',
      'morning_stiffness',
    ],
    sources: ['seed:L4', 'seed:L8', 'seed:L12', 'S104', 'S155', 'S371'],
    followUpText:
      'Does it also come on or get worse at any of these times? Tick any that apply (what you have told us is kept; if it has not let up since it began, tick only what makes it worse).',
    // A pattern of attacks does not fit one sudden episode hours old: those are screened, not timed.
    askIf: { nonePresent: suddenEvent, anyOf: [feltOrNotOnlySeen] },
  },
  {
    id: 'complaint_relief',
    // Most people have not tried these; the text says what to answer then (role-play sets 10 and 12: long lists
    // of per-item "don't know").
    // Two complaints (walking calf pain and a night cramp) left "it" unclear (set 13): tick for either.
    text: "What eases it? Tick all that apply (if you have more than one kind of leg pain, tick what eases any of them; if you have not noticed anything that eases it, answer don't know).",
    why: 'What brings relief is one of the best clues: hanging the leg down, walking about, moving the legs, stretching, changing position, standing still after walking, sitting or bending forward — or that nothing does.',
    findings: [
      'relief_dangling_leg',
      'relief_walking',
      'relief_moving_legs',
      'relief_stretching_muscle',
      'relief_changing_position',
      'relief_leg_elevation',
      'relief_curling_up_or_head_raised',
      // Walking pain eased by standing still (narrowed arteries) beside its look-alike eased only by sitting.
      'calf_pain_walking_relieved_standing_still',
      'pain_standing_walking_relieved_sitting',
      'pain_unrelieved_by_position',
      'relief_anti_inflammatory',
    ],
    sources: ['seed:L4', 'seed:L8', 'seed:L9', 'seed:L12', 'S158', 'S351', 'S104', 'S41'],
    followUpText: 'Does anything else ease it? Tick any that apply (what you have told us is kept).',
    // What eases a pain is not asked once every kind of pain or discomfort was denied (a numb, dragging foot
    // that does not hurt: role-play set 8 found no option to fit).
    askIf: {
      nonePresent: suddenEvent,
      anyOf: [feltOrNotOnlySeen],
      notAllAbsent: [
        'burning_pain',
        'deep_aching_pain',
        'sharp_shooting_pain',
        'sudden_muscle_contraction',
        'creeping_crawling_sensation',
        'heavy_tired_legs',
      ],
    },
  },
];

/**
 * The red-flag screen asked before anything else: a short block that rules the emergencies in or out
 * (clot in leg or lung and infection, blocked artery, spinal nerve compression, warning signs from the
 * history), each group one screen. Self-care is only ever advised once every item has a yes or no answer
 * and none is present (see README "Triage"): like NHS Pathways, which asks the life-threatening questions
 * first and closes with a disposition only after them (S204, S205).
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
      'breathless_lying_flat_or_gradual',
      'spreading_redness',
      'fever',
      'systemic_illness',
      'one_sided_blistering_rash',
    ],
    sources: ['seed:L15', 'S11', 'S12', 'S139', 'S470', 'S472'],
    cues: [
      'whole_leg_swollen',
      'calf_tender_along_veins',
      'tender_cord_vein',
      'skin_break_or_wound',
      'recent_surgery_or_bedridden',
      'leg_cast_or_paralysis',
      'previous_dvt',
      'hot_swollen_joint',
    ],
  },
  {
    id: 'screen_circulation',
    text: 'Have you noticed any of these in the leg or foot that troubles you?',
    why: 'These can mean the blood supply to the leg is blocked or critically low, or that pressure is building up in the leg.',
    findings: [
      'sudden_severe_pain',
      'sudden_cold_pale_leg',
      'non_healing_sore',
      'black_or_dying_skin',
      'pain_out_of_proportion',
      'back_or_belly_pain_sudden',
    ],
    sources: ['seed:L5', 'seed:L15', 'S48', 'S21', 'S136', 'S446'],
    cues: [
      'cool_limb',
      'skin_shiny_pale_or_bluish_red',
      'relief_dangling_leg',
      'tense_swollen_muscle',
      'tight_cast_or_bandage',
      'pain_moving_toes',
    ],
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
    cues: [
      'back_pain',
      'pain_radiates_down_leg',
      'spinal_pain_night_lying',
      'back_pain_worse_cough_strain',
      'ascending_numbness',
      'weakness_rising_over_days',
    ],
  },
  {
    id: 'screen_warning_signs',
    text: 'Do any of these apply to you?',
    why: 'With night-time pain, these make an infection, a cancer, an injury or an inflamed artery more likely, so a doctor should check whatever the cause seems to be.',
    findings: [
      'cancer_history',
      'weight_loss_night_sweats',
      'immunosuppressed',
      'injects_drugs',
      'recent_leg_injury',
      'temporal_arteritis_signs',
    ],
    sources: ['S142', 'S301', 'S313', 'S315', 'S418'],
    cues: ['bone_pain_night', 'spinal_pain_night_lying', 'spinal_tenderness', 'active_cancer'],
    // temporal_arteritis_signs carries its own age precondition (over 50), so it holds here and when asked alone.
  },
];

/**
 * The screens nothing in the story cues, asked as one checklist (the interview joins their open options in
 * the screens' order): the same red flags, one question instead of four. Its findings are every screen's.
 */
export const redFlagChecklist: ScreeningGroup = {
  id: 'screen_red_flags',
  text: 'Do any of these apply to you now?',
  why: 'These are warning signs of a blood clot, a spreading infection, a blocked artery, squeezed spinal nerves, or a cause (an infection, a cancer, an injury) that a doctor should check whatever the cause seems to be.',
  findings: screeningGroups.flatMap((g) => g.findings),
  sources: [...new Set(screeningGroups.flatMap((g) => g.sources))],
  followUpText: 'Do any of these also apply?',
};

/** Signs that the complaint is cramps: a muscle that knots up, in attacks that pass, sore afterwards. */
const crampSigns = [
  'sudden_muscle_contraction',
  'episode_seconds_to_minutes',
  'muscle_sore_afterwards',
  'relief_stretching_muscle',
];

/** A grouped history question ("Do any of these apply to you?") over risk factors of some causes. */
export interface HistoryGroup extends ScreeningGroup {
  /** Conditions whose prior these risk factors change (their odds ratios are in conditions.ts). */
  readonly relevantTo: readonly string[];
  /**
   * Asked straight after the red-flag screen when one of its causes leads, without first weighing whether
   * the answer could change the outcome: a clinician asks which medicines a person takes early, and a "yes"
   * opens follow-ups (a recent start or dose change) that a one-step look-ahead does not see.
   */
  readonly early?: boolean;
}

/**
 * Risk-factor history (options a person cannot answer, e.g. pregnancy for a man, are left out by each
 * finding's `askIf`), asked after the red-flag screen when the causes it bears on are in play (see the
 * interview's `historyRelevance`). The interview cannot value risk factors by information gain (the model
 * has no prevalence for them), yet a clinician always takes this history, and Wells needs it (S1, S3).
 */
export const historyGroups: readonly HistoryGroup[] = [
  {
    id: 'history_clot',
    text: 'Do any of these apply to you?',
    why: 'These make a blood clot in the leg more likely; doctors count them in the Wells score.',
    findings: [
      'recent_surgery_or_bedridden',
      'leg_cast_or_paralysis',
      'active_cancer',
      'previous_dvt',
      'recent_long_journey',
      'pregnant_or_postpartum',
      'takes_oestrogen',
    ],
    relevantTo: ['deep_vein_thrombosis'],
    sources: ['S1', 'S3', 'S6', 'S8', 'S203', 'S471'],
  },
  {
    id: 'history_circulation',
    text: 'Do any of these apply to you?',
    why: 'These make narrowed arteries and nerve damage in the feet more likely.',
    findings: [
      'diabetes',
      'smoker',
      'known_arterial_disease',
      'high_blood_pressure',
      'kidney_failure_dialysis',
      'atrial_fibrillation',
    ],
    relevantTo: [
      'arterial_rest_pain',
      'acute_limb_ischemia',
      'intermittent_claudication',
      'peripheral_neuropathy',
    ],
    sources: ['S43', 'S44', 'S51', 'S53', 'S150', 'S202'],
  },
  {
    // Medicines asked as such, one list over the medicine findings, instead of scattered through other groups.
    id: 'history_medicines',
    text: 'Which of these medicines do you take regularly? Tick all that apply.',
    why: 'Some medicines can bring on cramps, restless legs or aching muscles, or make a clot more likely; a doctor can check or change them.',
    findings: [
      'takes_diuretic',
      'takes_statin',
      'takes_beta_agonist_inhaler',
      'takes_oestrogen',
      'takes_sedating_antihistamine',
      'takes_antidepressant_or_antipsychotic',
      'began_after_new_medicine',
    ],
    relevantTo: [
      'nocturnal_leg_cramps',
      'secondary_cramps',
      'statin_muscle_symptoms',
      'restless_legs_syndrome',
    ],
    early: true,
    // The combined pill and HRT are also asked with the clot history (Wells), which a clot suspicion calls for.
    sources: ['S394', 'S87', 'S398', 'S387', 'S70', 'S72', 'S73', 'S471'],
  },
  {
    id: 'history_cramp_triggers',
    text: 'Do any of these apply to you?',
    why: 'An underactive thyroid, low salts, pregnancy and dialysis can bring on cramps; a doctor can check them.',
    findings: [
      'thyroid_symptoms',
      'dehydration_or_heavy_sweating',
      'kidney_failure_dialysis',
      'pregnant_or_postpartum',
    ],
    relevantTo: ['nocturnal_leg_cramps', 'secondary_cramps'],
    sources: ['S394', 'S87', 'S398', 'S86'],
    // Triggers of cramps are asked of someone who has cramps (a muscle that knots up, in attacks).
    askIf: { anyPresent: crampSigns },
    // Pregnancy itself brings tiredness and weight gain, so these no longer point to the thyroid.
    optionAskIf: { thyroid_symptoms: { nonePresent: ['pregnant_or_postpartum'] } },
  },
];
