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
    id: 'giant_cell_arteritis_signs',
    level: 'emergency',
    all: ['temporal_arteritis_signs'],
    reason:
      'A new headache, a sore scalp, jaw pain on chewing or changes in vision can mean an inflamed artery that can damage the sight: get seen today, as an emergency.',
    clinicianReason:
      'Possible giant cell arteritis (10–20% of polymyalgia): same-day assessment, ESR/CRP, consider steroids before biopsy.',
    sources: ['S418', 'S419'],
  },
  {
    id: 'chest_symptoms_with_leg_pain',
    level: 'emergency_ambulance',
    all: ['chest_pain_or_breathless'],
    reason:
      'Chest pain, sudden breathlessness, coughing blood or fainting alongside leg pain can mean a clot in the lung: call an ambulance.',
    clinicianReason:
      'Chest pain / dyspnoea / haemoptysis / syncope with leg symptoms: suspected PE, emergency transfer regardless of Wells score.',
    sources: ['S11', 'S12', 'S13'],
  },
  {
    // Heart-failure breathlessness (gradual, lying flat, waking gasping): ESC and NHS services ask for a doctor
    // as soon as possible, and severe orthopnoea / PND for same-day assessment (S473, S474, S476); 999 is for
    // sudden or very severe breathlessness (S472), which `chest_symptoms_with_leg_pain` keeps.
    id: 'breathless_lying_flat_or_gradual',
    level: 'consultation_24',
    all: ['breathless_lying_flat_or_gradual'],
    reason:
      'Getting more out of breath over days or weeks, or being breathless lying flat, can mean fluid building up because the heart is not pumping well: speak to a doctor today. If it comes on suddenly, if it is hard to breathe even sitting still, or you have chest pain, call an ambulance.',
    clinicianReason:
      'Progressive dyspnoea / orthopnoea / PND (with peripheral oedema): suspected heart failure; same-day assessment, NT-proBNP, ECG, U&E (NICE NG106: echo and specialist review within 2 weeks if NT-proBNP > 2,000 ng/L); admit if breathless at rest.',
    sources: ['S472', 'S473', 'S474', 'S475', 'S476'],
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
    // Sepsis signs with an infection: NHS and UK Sepsis Trust public advice is to call 999 (S208, S209), NICE
    // NG51 refers anyone with a high-risk criterion for emergency care (S207), and necrotising fasciitis is a
    // 999 call (S336).
    level: 'emergency_ambulance',
    all: ['systemic_illness'],
    any: ['spreading_redness', 'one_leg_warm_red', 'fever', 'non_healing_sore', 'black_or_dying_skin'],
    reason:
      'A red or infected leg, or a fever, with confusion, faintness, fast breathing or vomiting can mean a serious infection.',
    clinicianReason:
      'Soft-tissue or foot infection with systemic toxicity (qSOFA / SIRS features; NICE NG51 high-risk): sepsis or necrotising infection until proven otherwise; emergency transfer.',
    sources: ['S139', 'S143', 'S144', 'S207', 'S208', 'S209', 'S336'],
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
    id: 'shingles_rash',
    // Shingles is not a modelled cause (`other`): NHS advice is to get advice the same day, as antiviral
    // tablets work best started within 3 days of the rash (S470).
    level: 'consultation_24',
    all: ['one_sided_blistering_rash'],
    reason:
      'A band of blisters on one side of the body where the skin burned or tingled can be shingles: get advice today, as its tablets work best started within 3 days of the rash.',
    clinicianReason:
      'Unilateral dermatomal vesicular rash with neuropathic pain: herpes zoster; antivirals within 72 h of rash onset (NHS).',
    sources: ['S470'],
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
    level: 'consultation_24',
    all: ['weight_loss_night_sweats'],
    reason:
      'Pain at night with weight loss you cannot explain, or drenching night sweats, should be checked by a doctor within a day.',
    clinicianReason:
      'Night / rest pain with weight loss or night sweats: exclude malignancy (bone metastasis, myeloma, sarcoma) and infection; X-ray and bloods (NICE NG12 / CG27 rest-pain criteria).',
    sources: ['S142', 'S348', 'S349', 'S443', 'S347'],
  },
  ...warningSignRules(),
] as const satisfies readonly TriageRule[];

/**
 * Warning signs weigh on their own, with or without a modelled cause: the floor each one sets comes from the
 * guidance that applies to it, so it holds for causes the tool will never model (issue 11, item 3).
 */
function warningSignRules(): TriageRule[] {
  const cancer = ['cancer_history', 'active_cancer'] as const;
  // CG75's spinal-metastasis pain features (S301) count as spinal pain even when "back pain" itself was not said:
  // spinal pain at night that prevents sleep, spinal pain worse on straining.
  // Pain in the thoracic spine is one of CG75's features too (S301), told as mid-back or band-like pain.
  const spinalPain = [
    'back_pain',
    'spinal_pain_night_lying',
    'back_pain_worse_cough_strain',
    'mid_back_band_pain',
  ];
  const nerveDeficit = [
    'numbness_tingling',
    'weakness_both_legs',
    'progressive_weakness',
    'foot_drop',
    'saddle_numbness',
    'bladder_bowel_change',
  ];
  return [
    {
      id: 'fever',
      level: 'consultation_24',
      all: ['fever'],
      reason:
        'A fever or chills with leg pain can mean an infection and should be checked by a doctor today.',
      clinicianReason:
        'Fever with leg / back pain: exclude soft-tissue, joint, bone and spinal infection (same-day assessment).',
      sources: ['S139', 'S313', 'S341'],
    },
    {
      id: 'systemic_illness',
      level: 'emergency',
      all: ['systemic_illness'],
      reason:
        'Confusion, feeling faint on standing, fast breathing or vomiting with leg pain needs emergency care now.',
      clinicianReason:
        'New altered mental state, presyncope / hypotension, tachypnoea or vomiting: NICE NG51 high-risk features; emergency assessment for sepsis.',
      sources: ['S207', 'S139', 'S143'],
    },
    {
      id: 'back_pain_with_fever',
      level: 'emergency',
      all: ['back_pain', 'fever'],
      reason: 'Back pain with a fever can mean an infection in the spine, which needs hospital care today.',
      clinicianReason:
        'New back pain with fever: suspected vertebral osteomyelitis / spinal epidural abscess (IDSA 2015): blood cultures, ESR/CRP, spine MRI.',
      sources: ['S313', 'S315'],
      suspects: ['spinal_infection'],
    },
    {
      id: 'back_pain_with_infection_risk',
      level: 'emergency',
      all: ['back_pain'],
      any: ['injects_drugs', 'immunosuppressed'],
      reason:
        'Back pain in someone who injects drugs or has a weak immune system can be an infection in the spine, which needs hospital care today.',
      clinicianReason:
        'Back pain with injecting drug use or immunosuppression: spinal epidural abscess risk factors (present in 98% of cases vs 21% of controls); ESR/CRP, MRI.',
      sources: ['S313', 'S315', 'S316'],
      suspects: ['spinal_infection'],
    },
    {
      id: 'infection_risk_with_fever',
      level: 'emergency',
      all: ['fever'],
      any: ['injects_drugs', 'immunosuppressed'],
      reason:
        'A fever in someone who injects drugs or has a weak immune system can be a serious infection and needs hospital care now.',
      clinicianReason:
        'Fever with injecting drug use or immunosuppression: deep infection (spinal, joint, endovascular) or sepsis must be excluded.',
      sources: ['S207', 'S315', 'S342'],
    },
    {
      id: 'hot_joint_with_fever',
      level: 'emergency',
      all: ['joint_pain_swelling', 'fever'],
      reason: 'A painful swollen joint with a fever can be a joint infection, which needs hospital care now.',
      clinicianReason:
        'Hot swollen joint with fever: septic arthritis until proven otherwise (BSR 2006): aspirate before antibiotics.',
      sources: ['S341', 'S342'],
    },
    ...cancer.map(
      (id): TriageRule => ({
        // Weight loss after cancer is its own warning sign (S142, NG12 via S347). The finding that says "lost a lot
        // of weight" also carries leg crossing and kneeling (peroneal-nerve causes); after cancer the weight reading
        // is kept open (over-triage accepted, never under).
        id: `${id}_with_weight_loss`,
        level: 'consultation_24',
        all: [id],
        any: ['weight_loss_night_sweats', 'recent_weight_loss_or_leg_crossing'],
        reason:
          'Leg or back pain with weight loss in someone who has had cancer should be checked by a doctor within a day, in case the cancer has come back or spread to a bone.',
        clinicianReason:
          'Cancer history with weight loss and night / rest pain: exclude recurrence and bone or spinal metastasis (CG27 rest-pain and NG12 criteria; CG75 if spinal pain): X-ray / MRI and bloods.',
        sources: ['S142', 'S348', 'S347', 'S301'],
        suspects: ['spinal_metastases', 'bone_tumour'],
      }),
    ),
    ...cancer.map(
      (id): TriageRule => ({
        id: `${id}_with_back_pain`,
        level: 'consultation_24',
        all: [id],
        any: spinalPain,
        reason:
          'Back pain in someone who has had cancer should be checked by a doctor within a day, in case it has spread to the spine.',
        clinicianReason:
          'Back pain with a history of cancer: suspected spinal metastases (NICE CG75): MRI within 1 week, within 24 h with neurological symptoms.',
        sources: ['S301', 'S302'],
        suspects: ['spinal_metastases'],
      }),
    ),
    ...cancer.flatMap((id) =>
      spinalPain.map(
        (pain): TriageRule => ({
          id:
            pain === 'back_pain'
              ? `${id}_with_back_pain_and_nerve_symptoms`
              : `${id}_with_${pain}_and_nerve_symptoms`,
          level: 'emergency',
          all: [id, pain],
          any: nerveDeficit,
          reason:
            'Back pain with numbness, weakness or bladder changes in someone who has had cancer can mean pressure on the spinal cord: go to hospital now.',
          clinicianReason:
            'Back pain, cancer history and neurological symptoms: suspected metastatic spinal cord compression (NICE CG75): immediate MSCC coordinator contact, MRI within 24 h.',
          sources: ['S301', 'S302', 'S304'],
          suspects: ['spinal_metastases'],
        }),
      ),
    ),
    {
      id: 'diabetic_foot_gangrene',
      level: 'emergency',
      all: ['diabetes', 'black_or_dying_skin'],
      reason: 'Black or dying skin on the foot of someone with diabetes needs hospital care now.',
      clinicianReason:
        'Diabetic foot with gangrene: limb-threatening (NICE NG19): refer immediately to acute services.',
      sources: ['S206'],
    },
    {
      id: 'diabetic_foot_ulcer_infected_or_ischaemic',
      level: 'emergency',
      all: ['diabetes', 'non_healing_sore'],
      any: [
        'fever',
        'systemic_illness',
        'spreading_redness',
        'one_leg_warm_red',
        'cool_limb',
        'relief_dangling_leg',
      ],
      reason:
        'A foot sore in someone with diabetes, with signs of infection or poor circulation, needs hospital care now.',
      clinicianReason:
        'Diabetic foot ulcer with infection or limb ischaemia: limb-threatening (NICE NG19): refer immediately to acute services.',
      sources: ['S206', 'S143'],
    },
    {
      id: 'new_cool_numb_or_weak_limb',
      level: 'emergency_ambulance',
      all: ['onset_within_two_weeks', 'cool_limb'],
      any: ['numbness_tingling', 'progressive_weakness', 'foot_drop', 'weakness_both_legs'],
      reason:
        'A leg that has turned cold and numb or weak in the last two weeks can mean its artery is blocked: call an ambulance.',
      clinicianReason:
        'New (< 2 weeks) cool limb with sensory or motor deficit: acute limb ischaemia (threatened limb, Rutherford IIa/IIb) whatever the claudication history.',
      sources: ['S48', 'S49', 'S51'],
      suspects: ['acute_limb_ischemia'],
    },
    {
      id: 'warning_sign_history',
      level: 'consultation',
      all: [],
      any: ['cancer_history', 'immunosuppressed', 'injects_drugs', 'recent_leg_injury'],
      reason:
        'Night-time leg pain in someone who has had cancer, has a weak immune system, injects drugs or hurt the leg recently should be checked by a doctor.',
      clinicianReason:
        'Night / rest pain with a warning-sign history (cancer, immunosuppression, IVDU, trauma): not for self-care; assess for metastasis, infection or fracture.',
      sources: ['S142', 'S315', 'S301'],
    },
  ];
}

/** Every rule: the general ones, then each cause's own (in conditions/<cause>.ts). */
export const triageRules: readonly TriageRule[] = [
  ...generalRules,
  ...(conditions as readonly ConditionDefinition[]).flatMap((c) => c.rules ?? []),
];
