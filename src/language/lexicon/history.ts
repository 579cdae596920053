import type { FindingLexiconTable } from './types.js';

const surgery =
  'operation|op|ops|surgery|surgeries|operated|replacement|replaced|keyhole|arthroscopy|caesarean|c_section|section|bypass_surgery|hip_op|knee_op|post_op|postop';

/** History and risk factors. */
/** Words before an operation that make it a treatment ahead, not one had. */
const treatmentAhead = [
  'apart_from',
  'other_than',
  'instead_of',
  'besides',
  'avoid',
  'without',
  'need',
  'needs',
  'want',
  'consider',
  'recommend',
  'options',
  'alternative',
  'alternatives',
  'rather_than',
];
/** Words before "surgery" that make it the GP's practice ("ring the surgery", "the GP surgery"), not an operation. */
const gpPractice = [
  'ring',
  'rang',
  'call',
  'called',
  'phone',
  'phoned',
  'gp',
  'gps',
  "gp's",
  "doctor's",
  'doctors',
  'dental',
  'dentist',
  'at_the',
  'to_the',
  'down_the',
  'into_the',
  // "at the time of the op": an operation looked back on.
  'time_of',
];
/** A test for a deficiency, then a normal result. */
const testedFor =
  'test|tests|tested|testing|checked|check|checks|screened|bloods|blood_test|blood_tests ~~3 for|of ~1 anaemia|anemia|iron|ferritin|low_iron|iron_levels|haemoglobin|hemoglobin';
const normalResult =
  'fine|normal|clear|all_clear|negative|ok|okay|alright|nothing_wrong|came_back_fine|came_back_normal|was_fine|were_fine|were_normal|was_normal';
const testCameBackNormal = `${testedFor} ~~8 ${normalResult}`;

/** Injections of a medicine (insulin, a blood thinner, a vaccine, a joint injection): not drug use. */
const medicalInjection =
  'insulin|pen|pens|b12|vitamin|methotrexate|heparin|clexane|fragmin|enoxaparin|dalteparin|tinzaparin|ozempic|wegovy|mounjaro|semaglutide|tirzepatide|testosterone|hormone|hormones|ivf|fertility|steroid|steroids|cortisone|vaccine|vaccination|jab|jabs|flu_jab|biologic|humira|adalimumab|etanercept|epipen|epi_pen|botox|filler|fillers|epidural|nurse|gp|doctor|surgery|clinic|diabetes|diabetic|interferon|emgality|aimovig';

/** Stepping up a training load ("upped", "doubling", "ramped up"). */
const stepUp =
  'increased|increase|increasing|upped|upping|doubled|doubling|tripled|stepped_up|stepping_up|ramped_up|ramping_up|built_up|building_up|build_up|bumped_up|cranked_up';
/** What is stepped up: running, training, sessions, classes, distance. */
const trainingLoad =
  'running|runs|run|mileage|miles|distance|km|training|training_sessions|sessions|workouts|exercise|exercising|gym|classes|class|football|netball|rugby|hockey|tennis|dancing|dance|hiking|walking|walks|marching|cycling|spin|circuits|crossfit|bootcamp|sport|sports|fitness';

export const history: FindingLexiconTable = {
  diabetes: {
    patterns: [
      'diabet*|t2dm|t1dm|iddm|niddm|metformin|insulin|gliclazide|sitagliptin|empagliflozin|dapagliflozin|ozempic|semaglutide|glucose_tablets|hba1c|sugar_diabetes',
      'type ~1 1|2|one|two|ii|i ~1 [diabetic|diabetes]',
      'high|raised|bad|my ~2 sugar|sugars|blood_sugar|blood_sugars',
      'sugar|sugars ~3 high|up|problem|problems|control|levels|are_bad|issue',
      { p: 'sugar|sugars|blood_sugar|glucose ~3 normal|fine|ok|okay|good', state: 'absent' },
    ],
  },
  smoker: {
    patterns: [
      {
        p: 'smoke|smokes|smoked|smoking|smoker|smokers|ex_smoker|exsmoker|cigarette*|cigs|fags|tobacco|roll_ups|rollups|roll_up|pack_a_day|packs_a_day|pipe_smoker|cigar|cigars',
        notAfter: ['passive'],
      },
      { p: '# ~1 a|per ~1 day', withinSentence: 'smok*|cigarett*|cigs|fags|roll|tobacco|pack|packs' },
      'pack_years|pack_year|forty_a_day|twenty_a_day|ten_a_day|20_a_day|10_a_day|40_a_day',
      { p: 'non_smoker|nonsmoker|non_smoking|never_smoker', state: 'absent' },
    ],
  },
  high_blood_pressure: {
    patterns: [
      'high_blood_pressure|hypertension|hypertensive|high_bp|raised_blood_pressure|blood_pressure_tablets|blood_pressure_pills|blood_pressure_medication|blood_pressure_meds|bp_tablets|bp_meds|for_my_blood_pressure|for_blood_pressure|for_my_bp|for_bp',
      'blood_pressure|bp ~3 high|up|raised|problem|problems|tablet|tablets|pills|medication|meds',
      'ramipril|lisinopril|perindopril|enalapril|losartan|candesartan|valsartan|irbesartan|amlodipine|nifedipine|felodipine|lercanidipine|doxazosin|bisoprolol|atenolol|labetalol',
      { p: 'blood_pressure|bp ~3 normal|fine|ok|okay|low|good', state: 'absent' },
    ],
  },
  known_arterial_disease: {
    patterns: [
      'heart_attack|heart_attacks|myocardial_infarction|mi|stroke|strokes|tia|mini_stroke|angina|coronary|heart_disease|cardiac_stent|stent|stents|stented|angioplasty|endarterectomy',
      { p: 'bypass|bypasses', notAfter: ['gastric', 'weight'] },
      'arteries|artery ~4 narrow*|furred|blocked|hardened|clogged|blockage|disease|furring',
      'narrow*|blocked|furred|hardened|clogged|hardening_of_the ~3 arteries|artery',
      'pad|pvd|peripheral_arterial_disease|peripheral_artery_disease|peripheral_vascular_disease|vascular_disease|claudication|atherosclerosis|arteriosclerosis|poor_circulation|bad_circulation|circulation_problems',
    ],
  },
  atrial_fibrillation: {
    patterns: [
      'af|afib|a_fib|atrial_fibrillation|atrial_flutter|fibrillation',
      'irregular|erratic|jumpy|uneven ~2 heartbeat|heart_beat|heart|pulse|heart_rhythm|rhythm',
      'heart ~2 out_of_rhythm|flutters|skips|irregular',
      // "some heart thing where it goes irregular": the rhythm said a few words after the heart.
      'heart ~5 goes|going|gone|went|is|beats ~1 irregular|erratic|out_of_rhythm',
    ],
  },
  recent_surgery_or_bedridden: {
    maxAgeDays: 84,
    patterns: [
      {
        p: surgery,
        // …and an operation talked of as a treatment ahead ("anything apart from surgery?", "will I need an op").
        notAfter: ['loss', 'weight', 'gastric', 'band', 'sleeve', ...treatmentAhead, ...gpPractice],
        notBefore: ['years', 'year'],
        // An operation dated by decade or childhood ("a cartilage op back in the 90s") is not recent.
        notInSentence: `${surgery} ~~8 back_in|in_the_90s|in_the_80s|in_the_70s|in_the_60s|in_the_nineties|in_the_eighties|in_the_seventies|as_a_child|as_a_kid|as_a_teenager|when_i_was_young`,
      },
      'had|having ~3 knee|hip|gallbladder|appendix|womb|uterus|bowel|hernia|back|leg|ankle ~3 out|replaced|removed|done|operated|fixed|repaired|pinned',
      'bedridden|bed_bound|bedbound|confined_to_bed|laid_up|stuck_in_bed|immobile|immobilised|immobilized',
      // Days or weeks in intensive care ("in intensive care for 2 weeks", "ten days in ICU") are bed rest of more
      // than 3 days (Wells, S1/S3).
      'intensive_care|icu|itu|high_dependency|hdu ~~6 for ~2 #|two|three|four|five|six|several|a_few|a_couple_of ~1 weeks|week|months',
      '#|two|three|four|five|six|several|a_few|a_couple_of ~1 weeks|months ~3 in ~2 intensive_care|icu|itu|high_dependency|hdu',
      'in_bed|bed ~4 with ~2 flu|covid|virus|illness|pneumonia|chest_infection|infection',
      'in_bed|bedridden|bedbound ~3 for ~2 days|week|weeks|# ~1 days',
      'been_in_bed|been_mostly_in_bed|mostly_in_bed|lying_around|lying_in_bed_for|off_my_feet_for|in_hospital|hospital_stay|admitted|discharged|came_out_of_hospital',
    ],
  },
  leg_cast_or_paralysis: {
    sided: true,
    patterns: [
      {
        p: 'plaster|cast|casted|moon_boot|walking_boot|splint|brace|immobilised_in',
        notAfter: ['fore'],
        notBefore: ['iron', 'of'],
      },
      // A leg "in a boot" after an injury (an orthopaedic walking boot, immobilising like a cast).
      {
        p: 'in_a_boot|in_the_boot|in_a_surgical_boot|in_an_air_boot|boot_came_off|boot_off|out_of_the_boot|out_of_a_boot',
        withinText:
          'broke|broken|break|fracture|fractured|sprain|sprained|snapped|torn|tore|ruptured|achilles|injury|injured',
        notBefore: ['of_the_car', 'of_my_car', 'of_his_car', 'of_her_car', 'of_the_taxi'],
      },
      "paralys*|paralyz*|paralysed|paralyzed|paraplegic|hemiplegia|hemiplegic|can't_move_my_leg",
      "stroke|strokes ~~8 leg|side ~3 weak|weakness|doesn't_work|paralysed|dragging|useless",
      'since_my_stroke|after_my_stroke|from_my_stroke',
      // A leg weak since a stroke, said leg first ("his leg has been weak since the stroke").
      "leg|legs|side ~~6 weak|weakness|useless|dragging|paralysed|paralyzed|doesn't_work|dead ~~6 since|after|from ~2 my|his|her|their|the|a ~1 stroke",
    ],
  },
  recent_long_journey: {
    maxAgeDays: 56,
    patterns: [
      {
        p: 'flight|flights|flew|flown|flying|long_haul|long-haul|jet_lag',
        notAfter: ['like', 'as', 'such', 'if'],
      },
      {
        p: 'long|# ~1 hour|hours|hr ~2 drive|journey|trip|trips|coach|car_journey|train_journey|bus|ride|travel|travelling|traveling',
        notAfter: ['like', 'as', 'such', 'if', 'e'],
      },
      'drove|driving|travelled|traveled|sat_in_the_car|on_a_coach|on_a_train ~3 # ~1 hours|hrs|hour',
      // "7 hours in traffic", "six hours on the motorway": hours sat travelling.
      '# ~1 hours|hrs|hour ~2 in_traffic|in_the_car|in_a_car|on_the_motorway|on_the_road|behind_the_wheel|at_the_wheel|on_a_coach|on_the_coach|on_a_plane|on_the_plane|on_a_train|on_the_train',
      {
        p: 'coach_trip|coach_holiday|road_trip|cruise|long_car_journey|long_journey|long_trip|long_trips',
        notAfter: ['like', 'as', 'such', 'if'],
      },
      'flew|drove|travelled ~3 back|home|to|from|over ~4 australia|america|new_york|usa|canada|india|china|japan|thailand|dubai|singapore|africa|scotland|spain',
      // Back from a far country is the long flight home, said by where it was ("since I got back from Thailand").
      {
        p: 'got_back|came_back|come_back|just_back|returned|flying_back|getting_back|coming_back ~2 from ~2 [the] australia|america|new_york|usa|the_states|canada|india|china|japan|thailand|bali|vietnam|dubai|singapore|africa|south_africa|mexico|brazil|new_zealand|hong_kong|the_caribbean|caribbean|florida',
        positiveOnly: true,
      },
    ],
  },
  previous_dvt: {
    patterns: [
      'had|having|history_of|previous|past|prior|old ~3 dvt|dvts|blood_clot|blood_clots|clot|clots|thrombosis|pulmonary_embolism|pe|embolism',
      'dvt|dvts|blood_clot|clot|thrombosis|embolism ~4 before|in_the_past|years_ago|last_year',
      'dvt|dvts|blood_clot|clot|thrombosis ~2 in ~1 #',
      'clot|clots|dvt ~3 in_my_leg|in_my_lung|in_the_leg|in_the_lung ~3 before|years|last|in',
      'on_warfarin_for_a_clot|blood_thinners_for_a_clot|after_my_clot|since_my_clot|after_my_dvt|since_my_dvt',
    ],
  },
  active_cancer: {
    maxAgeDays: 183,
    patterns: [
      {
        p: 'cancer|cancers|chemo|chemotherapy|radiotherapy|radiation_therapy|immunotherapy|oncology|oncologist|tumour|tumor|tumours|tumors|lymphoma|leukaemia|leukemia|myeloma|carcinoma|sarcoma|melanoma|metasta*|malignan*|secondaries',
        // A cancer said to be cleared is a past one (cancer_history), not active (the Wells item: treatment
        // ongoing or within 6 months, or palliative); a return or current treatment is read by the patterns below.
        notInSentence: 'all_clear|in_remission|been_clear|clear_since|clear_for|cured|given_the_all_clear',
      },
      'came_back|come_back|has_returned|returned|recurred|recurrence|spread ~~6 cancer|tumour|tumor|lymphoma|myeloma',
      'cancer|tumour|tumor|lymphoma|myeloma ~~6 came_back|come_back|has_returned|returned|recurred|has_spread|spread',
      'on|having|started|starting|still_having|still_on ~1 chemo|chemotherapy|radiotherapy|immunotherapy',
      'cancer_treatment|treatment_for_cancer|being_treated_for ~2 cancer|lymphoma',
      'tamoxifen|letrozole|anastrozole|hormone_therapy_for',
      // Cancer under treatment now ("having hormone injections for his prostate cancer", "on treatment for myeloma").
      'having|on|getting|receiving|undergoing|started ~3 treatment|chemo|chemotherapy|radiotherapy|hormone_injections|hormone_treatment|hormone_therapy|immunotherapy|injections|tablets ~~5 cancer|myeloma|leukaemia|leukemia|lymphoma|tumour|tumor',
    ],
  },
  // Any cancer, current or past (no time limit): the bone and spine red flags ask about ever having had it.
  cancer_history: {
    patterns: [
      'cancer|cancers|chemo|chemotherapy|radiotherapy|radiation_therapy|oncology|oncologist|lymphoma|leukaemia|leukemia|myeloma|carcinoma|sarcoma|melanoma|metasta*|malignan*|secondaries|mastectomy|lumpectomy',
      'in_remission|cancer_survivor|all_clear_from|tamoxifen|letrozole|anastrozole',
      // A tumour removed or treated is a cancer history unless said to be benign (keeps the spine screen open).
      {
        p: 'tumour|tumor|tumours|tumors|immunotherapy',
        notAfter: ['benign', 'non_cancerous', 'noncancerous'],
      },
    ],
  },
  immunosuppressed: {
    patterns: [
      'immunosuppress*|immunocompromised|immune_suppress*|weak_immune_system|low_immune_system|immune_system_is_weak|on_steroids|steroid_tablets|steroid_pills|long_term_steroids',
      'methotrexate|prednisolone|prednisone|dexamethasone|azathioprine|mycophenolate|tacrolimus|ciclosporin|cyclosporine|adalimumab|humira|etanercept|enbrel|infliximab|rituximab|biologic|biologics|chemo|chemotherapy',
      'transplant|transplanted|hiv|aids|neutropenic|neutropenia',
      // "No problems with my immune system" (read only when denied); "my immune system is fine".
      { p: 'immune_system|immunity', negatedOnly: true },
      { p: 'immune_system ~2 fine|ok|okay|normal|good|healthy|strong', state: 'absent' },
      'on|having|taking|takes|started ~2 chemo|chemotherapy ~1 tablets|pills|drugs|treatment',
    ],
  },
  injects_drugs: {
    patterns: [
      'inject|injects|injected|injecting|injection ~3 drugs|heroin|speed|meth|crack|gear',
      // The drug named in brackets or after a comma ("he injects (heroin)", "injecting, heroin mostly"): only
      // street drugs, which no medicine is called.
      'inject|injects|injected|injecting ~~2 heroin|smack|meth|crack',
      'iv_drug|iv_drugs|ivdu|intravenous_drug|intravenous_drugs|pwid|shooting_up|shoot_up|shot_up|mainlining|skin_popping',
      'heroin|smack ~4 user|addict|addiction|habit|use|using',
      // Injecting said without the drug ("I inject", "using again, injecting"): a medicine injected is named
      // (insulin, a blood thinner, a jab) and is left out.
      {
        p: "i|i'm|im|he|he's|she|she's|they|they're|been|still|started|using|use|used|back ~3 inject|injects|injecting|injected|jacking_up",
        notInSentence: medicalInjection,
        notBefore: [
          'into_my_knee',
          'into_the_knee',
          'in_my_knee',
          'in_the_knee',
          'in_my_tummy',
          'in_my_stomach',
        ],
      },
      { p: 'using|relapsed|relapse|back_on ~~6 injecting|inject|injected', notInSentence: medicalInjection },
      // "Never injected anything", "never injected drugs": the denial (read only when denied).
      {
        p: 'inject|injects|injected|injecting ~1 anything|drugs|ever',
        negatedOnly: true,
        notInSentence: medicalInjection,
        // "not injected anything into my knee": a joint injection, not drugs.
        notBefore: [
          'into',
          'in_my_knee',
          'in_the_knee',
          'in_my_leg',
          'in_my_back',
          'in_my_tummy',
          'in_my_stomach',
        ],
      },
    ],
  },
  pregnant_or_postpartum: {
    maxAgeDays: 42,
    patterns: [
      'pregnant|pregnancy|trimester|postpartum|post_partum|postnatal|post_natal|puerperium|twins',
      '# ~1 weeks ~1 pregnant|gone',
      // "I'm 31 weeks", "she's 28 weeks": weeks of pregnancy told without the word (not "2 weeks into this").
      {
        p: "i'm|im|i_am|she's|shes|she_is ~1 # ~1 weeks",
        notBefore: ['ago', 'into', 'since', 'of', 'after', 'post', 'out', 'off', 'from', 'in'],
      },
      'had|having|had_my|gave|given ~2 baby|birth|birthed|little_one|twins|c_section|caesarean',
      'baby ~2 was_born|born|arrived|came',
      'just_delivered|delivered_my|new_mum|new_mom|breastfeeding|breast_feeding',
    ],
  },
  kidney_failure_dialysis: {
    patterns: [
      'dialysis|haemodialysis|hemodialysis|peritoneal_dialysis|ckd|renal_failure|renal_disease|kidney_failure|kidney_disease|esrd|eskd|kidney_transplant',
      'kidney|kidneys|renal ~3 fail*|failure|disease|problem|problems|damage|not_working|packing_up|trouble|function',
      { p: 'kidney|kidneys|renal ~3 fine|normal|ok|okay|good', state: 'absent' },
    ],
  },
  iron_deficiency: {
    patterns: [
      {
        p: 'anaemic|anemic|anaemia|anemia|iron_deficien*|iron_deficiency|iron_deficient|ferritin_low|low_ferritin|low_iron|low_in_iron|short_of_iron|lacking_iron',
        notInSentence: testCameBackNormal,
      },
      {
        p: 'iron|ferritin|haemoglobin|hemoglobin|blood_count ~4 low|was_low|is_low|were_low|deficient|deficiency',
        notInSentence: testCameBackNormal,
      },
      // "Blood test for anaemia and it was fine", "checked for low iron, all clear".
      { p: `${testedFor} ~~8 ${normalResult}`, state: 'absent' },
      'ferrous|iron_tablets|iron_pills|iron_supplements|iron_infusion|ferrous_sulphate|ferrous_sulfate|ferrous_fumarate|spatone',
      { p: 'iron|ferritin|haemoglobin|hemoglobin ~3 normal|fine|ok|okay|good', state: 'absent' },
    ],
  },
  family_history_rls: {
    suppresses: ['urge_to_move_legs', 'creeping_crawling_sensation', 'bilateral_symptoms'],
    patterns: [
      '@family ~6 restless|rls|twitchy|jumpy|same_thing|same_problem|same_legs|is_the_same|was_the_same|had_it|has_it|had_the_same|has_the_same|the_same',
      'restless|rls|it ~3 run|runs|running ~2 in ~2 family|families',
      'runs_in_the_family|runs_in_my_family|run_in_the_family|family_history|family_trait|inherited|hereditary|genetic',
    ],
  },
  skin_break_or_wound: {
    sided: true,
    // "A sore between his toes" is a wound there, not pain in the toes.
    suppresses: ['pain_feet_toes', 'pain_calf', 'deep_aching_pain'],
    patterns: [
      {
        p: 'cut|cuts|graze|grazed|grazes|scratch|scratched|scratches|scrape|scraped|wound|wounds|gash|laceration|puncture|splinter|thorn',
        // "cut down", "cut my toenails", "cut the grass", "cut back on": the verb, not a wound.
        notBefore: [
          'down',
          'back',
          'out',
          'off',
          'my_toenails',
          'my_nails',
          'his_toenails',
          'her_toenails',
          'the_grass',
          'the_lawn',
          'the_hedge',
          'my_hair',
        ],
        notAfter: ['=to', "=can't", '=cannot', '=could', "=couldn't", '=cant'],
      },
      // A wound had on a leg ("got a graze on my knee off the step"): said by where it is, whatever caused it.
      "got|have|had|has|there_is|there's ~1 a|an ~1 [small|little|tiny|deep|nasty|bad] cut|graze|gash|scratch|scrape|wound ~1 on|across|down ~2 my|his|her|the ~1 @leg1|leg|legs|shins|toe|toes|heel",
      'bite|bites|bitten|stung|sting|insect_bite|tick_bite|dog_bite|cat_scratch',
      // "Bit by a dog", never "bit by bit" (slowly).
      { p: 'bit_by', notBefore: ['bit'] },
      // A boil is broken, infected skin: a way in for a skin infection ("had a boil there last week").
      { p: 'boil|boils|carbuncle|carbuncles', notAfter: ['=the', '=to', '=a_rolling'] },
      'crack|cracks|cracked|cracking|split|splits|broken_skin|raw_skin|peeling ~4 skin|toes|heel|heels|between|feet|foot',
      "athlete's_foot|athletes_foot|athlete_foot|tinea|fungal_infection|ingrown_toenail|ingrowing_toenail|blister_burst|burst_blister",
      // "A sore between his toes", "a blister on her heel": "sore" as a noun (an article before it, a place after it)
      // is broken skin, not a pain word ("my toes are sore" is pain).
      {
        p: 'a|an|the|this|that|one|another [small|little|tiny|open|raw|new|nasty|weeping|infected|red|painful] sore|blister|crack|split|graze|scab ~1 on|between|under|in|at|near|round|around|by ~3 @skin|heel|heels|sole|soles|nail|toenail|toenails',
      },
      'sores|blisters|scabs ~1 on|between|under|round|around ~3 @skin|heel|heels|sole|soles|nail|toenail|toenails',
      { p: 'no ~1 cuts|cut|wounds|wound|breaks|bites|scratches', state: 'absent', positiveOnly: true },
      // A small break in the skin said as what did it ("nicked my leg on a garden fork").
      'nicked|grazed|scraped|scratched|gashed|spiked|jabbed|snagged|caught ~3 my|his|her|the ~1 leg|shin|calf|foot|knee|ankle|thigh|toe|skin ~~4 on|with|against',
    ],
  },
  muscle_overuse: {
    patterns: [
      'football|rugby|tennis|squash|netball|basketball|hockey|badminton|marathon|marathons|half_marathon|triathlon|cycling|spin_class|gym|workout|workouts|hiking|hike|hiked|training|trained|zumba|crossfit|bootcamp|jogging|jog',
      // "the box ran out" is not running.
      { p: 'ran', notBefore: ['out', 'low', 'dry', 'over', 'into', 'through', 'away'] },
      'long|hard|big ~1 run|runs|walk|walks|ride|rides|session|sessions|hike',
      'run|running|runner|walk|walked|walking ~3 # ~1 miles|km|k|kilometres|kilometers|marathons',
      'walk|walked|walking ~3 # ~1 miles|km ~2 a_day|every_day|daily',
      'exercis* ~3 hard|harder|more|lot|new|heavy|intense',
      'overdid|overdone|overdoing|over_did|over_exert*|overexert*|pushed_myself|new_exercise|more_exercise|on_my_feet_more|started_running|started_jogging',
      // "More than usual" is overuse only when said of an effort ("walked more than usual"), not of anything else
      // ("more chest infections than usual").
      {
        p: 'more_than_usual',
        withinSentence:
          'walk*|ran|run|running|jog*|exercis*|training|trained|gym|sport|hike*|hiking|cycl*|climb*|stairs|dig*|garden*|lift*|standing|stood|on_my_feet|on_his_feet|on_her_feet|active|activity|dancing|danced|busy',
      },
    ],
  },
  dehydration_or_heavy_sweating: {
    patterns: [
      "dehydrat*|not_drinking_enough|don't_drink_enough|not_enough_water|not_enough_fluids|low_on_fluids|thirsty",
      'sweat|sweating|sweated|sweaty ~3 lot|buckets|loads|heavily|profusely|like_mad|a_lot',
      'low ~2 potassium|magnesium|sodium|salt|salts|electrolytes|calcium',
      'potassium|magnesium|sodium|salts|electrolytes ~3 low|down|deficien*',
      // Vomiting is systemic_illness (S139), not volume depletion on its own.
      'heatwave|heat_wave|hot_weather|diarrhoea|diarrhea',
    ],
  },
  training_increase: {
    maxAgeDays: 90,
    patterns: [
      'started|starting|began|begun|new_to|took_up|taken_up|taking_up ~3 running|jogging|couch_to_5k|c25k|marathon_training|training|marching|the_army|netball|football|track',
      'increased|upped|doubled|stepped_up|ramped_up|building_up|build_up|increasing|bumped_up ~3 my ~1 mileage|miles|running|training|distance|km|runs|runs_a_week',
      'training_for ~3 marathon|half_marathon|half|10k|5k|race|triathlon|ultra',
      'basic_training|army_training|recruit_training|military_training|boot_camp|bootcamp|yomping|tabbing|route_march|route_marches',
      // Joining up is recruit training ("joined the army", "just enlisted"); marching or a new gym routine said plainly.
      'joined|joining|join|enlisted|signed_up_for|signed_up_to ~2 the ~1 army|military|marines|navy|raf|forces|territorials|reserves',
      'marching|drilling|yomping|tabbing ~1 loads|a_lot|lots|tons|every_day|all_day|for_miles|miles',
      'started|starting|began|begun|took_up|taken_up|new ~3 gym|exercise|training|workout|fitness|running|boot_camp ~1 routine|programme|program|plan|regime|class|classes|schedule',
      // "army recruit", "doing loads of marching": recruit training is a sudden rise in load.
      'army|military|raf|navy|marine|marines ~1 recruit|recruits|trainee|trainees',
      "doing|done|been_doing|we've_been_doing|i've_been_doing ~1 loads_of|lots_of|a_lot_of|tons_of|so_much ~1 marching|drill|drills|yomping|tabbing|running|miles",
      {
        p: 'changed|change|increased|upped|stepped_up ~3 my|the|his|her|their ~1 training|running|mileage|exercise|programme|program|routine|workouts|sessions',
        negatedOnly: true,
      },
      'couch_to_5k|c25k|new_running_plan|new_training_plan|training_harder|more_miles|extra_miles|running_more|running_every_day',
      // "running a lot more for a marathon", "walking loads more since I got the dog", "doing way more miles".
      'running|training|walking|marching|hiking|jogging|cycling|dancing ~1 a_lot|loads|way|much|far|lots|heaps|twice|double ~1 more|as_much',
      "doing|done|i've_been_doing|been_doing ~1 a_lot|loads|way|much|far|lots|twice|double ~1 more ~1 running|miles|training|walking|km|exercise|sport",
      'more|extra|longer ~1 runs|miles|training|mileage|walks|hikes|marches ~~4 than_usual|than_normal|than_before|lately|recently|every_week|each_week|a_week',
      // Training stepped up: "from once a week to every day", "every day instead of three times a week", couch to 5k.
      'from ~4 once|twice|# ~3 week|a_week ~~4 to ~3 every_day|daily|every_night|twice_a_day',
      'every_day|daily ~3 instead_of ~3 once|twice|#|times',
      'couch_to_5k|c25k|couch_to_five_k',
      // Any step-up verb with any training word, and a new class or sport taken up (lookalikes C2: "increase|new").
      `${stepUp} ~4 ${trainingLoad}`,
      `${trainingLoad} ~3 ${stepUp}`,
      `started|starting|began|begun|joined|signed_up_for|took_up|taken_up|new ~3 ${trainingLoad} ~~6 every_day|daily|#|times|five|six|seven|most_days|a_week`,
      'pushing|pushed|push ~2 myself|himself|herself ~2 harder|more|further ~~6 training|running|gym|sport|runs|training_sessions',
      'walking|running|hiking|cycling|marching|jogging ~2 much|far|a_lot|way|loads ~1 further|longer|more|farther ~~4 than_usual|than_normal|than_before|than_i_used_to|lately|recently|since',
      'get_ready|getting_ready|preparing|prepping|in_training ~2 for ~3 marathon|half_marathon|10k|5k|race|triathlon|ultra|fun_run',
    ],
  },
  recent_infection: {
    maxAgeDays: 56,
    patterns: [
      'diarrhoea|diarrhea|diarhea|diarrhoe*|the_runs|stomach_bug|tummy_bug|gastro|gastroenteritis|food_poisoning|norovirus|sickness_bug|vomiting_bug|sickness_and_diarrhoea|campylobacter',
      {
        p: 'chest_infection|throat_infection|sore_throat|strep_throat|tonsillitis|influenza|covid|coronavirus|bad_cold|heavy_cold|chesty_cough|pneumonia|bronchitis|viral_infection|glandular_fever|uti|urine_infection|water_infection|kidney_infection|chest_bug',
        notBefore: ['jab', 'vaccine', 'vaccination', 'booster', 'shot', 'test'],
      },
      'recent ~1 infection|infections|illness|bug|bugs|virus|cold|colds',
      'infections|colds|tummy_bugs|stomach_bugs|chest_infections|viruses',
      {
        p: 'had|caught|getting_over|recovering_from|recovered_from|got_over ~1 a|the|this|that ~1 cold|flu|virus|bug',
        notBefore: [
          'foot',
          'feet',
          'leg',
          'legs',
          'toes',
          'hands',
          'sweat',
          'sweats',
          'spell',
          'snap',
          'shower',
          'sore',
        ],
      },
      {
        p: 'flu|virus|bug|infection',
        notAfter: ['=no', 'stomach', 'tummy', 'chest', 'throat', 'urine', 'water', 'kidney'],
        notBefore: ['jab', 'vaccine', 'vaccination', 'booster', 'shot', 'like', '-like', 'test'],
        withinSentence:
          'had|have|got|caught|getting_over|recovering|after|since|ago|last_week|last_month|recently|weeks',
      },
      'tummy_upset|upset_tummy|upset_stomach|stomach_upset|dodgy_tummy|dodgy_stomach|poorly_tummy|bad_tummy|d_and_v|d&v',
      // A fever, cough or sore throat said as past ("had a temperature and a cough a couple of weeks ago").
      {
        p: 'had|was|got ~4 temperature|fever|high_temperature|cough|chesty|sore_throat|flu-like|shivery ~~8 ago|last_week|last_month|fortnight|weeks_back|week_back|before_this|before_that|before_it_started',
        positiveOnly: true,
      },
      'stomach_flu|tummy_flu|gastric_flu|flu_thing|bug_going_round|bug_going_around|sickness_bug|vomiting_bug|winter_vomiting_bug',
    ],
  },
  prosthetic_joint: {
    sided: true,
    patterns: [
      'hip_replacement|knee_replacement|hip_replacements|knee_replacements|replaced_hip|replaced_knee|new_hip|new_knee|artificial_hip|artificial_knee|artificial_joint|joint_replacement|prosthetic_joint|prosthetic_hip|prosthetic_knee|prosthesis|tkr|thr|metal_hip|titanium_knee|total_knee|total_hip',
      'had|have|got ~3 my|his|her|a ~1 hip|knee|knees|hips ~2 replaced|done|resurfaced',
      // "my hip was replaced last year", "her knee got replaced", "the replaced one".
      'my|his|her|the ~1 hip|knee|knees|hips ~1 was|were|got|has_been|had_been ~1 replaced|resurfaced',
      'the_replaced_one|replaced_joint|knee_replacement_surgery|hip_replacement_surgery|partial_knee|partial_hip',
      // "had both knees done", "both hips replaced", "replacements in both knees".
      'had|have|got ~2 both|the|one|two|a ~1 hip|knee|knees|hips ~2 replaced|done|resurfaced',
      'both ~1 hip|knee|knees|hips ~1 replaced',
      'knee|knees|hip|hips ~~6 replacement|replacements',
      'replacement|replacements ~~6 knee|knees|hip|hips',
    ],
  },
  osteoporosis: {
    patterns: [
      'osteoporosis|osteoporotic|osteopenia|osteopaenia|thin_bones|brittle_bones|weak_bones|low_bone_density|bone_thinning|thinning_bones|fragile_bones|thinning_of_the_bones',
      'alendronic|alendronate|fosamax|risedronate|actonel|ibandronate|bonviva|zoledronic|aclasta|denosumab|prolia|bisphosphonate|bisphosphonates|bone_tablets|bone_strengthening',
      'thin_bones|brittle_bones|weak_bones|bone_thinning|thinning_bones|fragile_bones|thinning_of_the_bones',
    ],
  },
};
