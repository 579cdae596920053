import type { FindingLexiconTable } from './types.js';

/** Generic and brand names by class; each list is one pattern element. */
export const drugs = {
  diuretic:
    'diuretic|diuretics|water_tablet|water_tablets|water_pill|water_pills|furosemide|frusemide|lasix|bumetanide|burinex|bendroflumethiazide|bendrofluazide|hydrochlorothiazide|hctz|indapamide|natrilix|spironolactone|aldactone|eplerenone|torasemide|torsemide|chlortalidone|chlorthalidone|metolazone|amiloride|co_amilofruse|triamterene',
  statin:
    'statin|statins|atorvastatin|lipitor|simvastatin|zocor|rosuvastatin|crestor|pravastatin|pravachol|fluvastatin|lovastatin|pitavastatin|cholesterol_tablets|cholesterol_pills|cholesterol_medication|for_my_cholesterol|for_cholesterol',
  betaAgonist:
    'salmeterol|formoterol|eformoterol|vilanterol|indacaterol|olodaterol|seretide|symbicort|fostair|relvar|serevent|oxis|flutiform|trelegy|duoresp|sirdupla|airflusal|anoro|spiolto|ultibro|laba|long_acting_inhaler|long-acting_inhaler|purple_inhaler|preventer_and_reliever_in_one',
  sedatingAntihistamine:
    'diphenhydramine|benadryl|nytol|doxylamine|unisom|chlorphenamine|chlorpheniramine|piriton|promethazine|phenergan|sominex|avomine|hydroxyzine|atarax|ucerax|cyclizine|valoid|dimenhydrinate|cyproheptadine|drowsy_antihistamine|sleeping_antihistamine|sedating_antihistamine|night_nurse|kalms_night',
  antidepressantOrAntipsychotic:
    'sertraline|lustral|zoloft|fluoxetine|prozac|citalopram|cipramil|celexa|escitalopram|cipralex|lexapro|paroxetine|seroxat|paxil|mirtazapine|zispin|remeron|venlafaxine|effexor|duloxetine|cymbalta|amitriptyline|nortriptyline|trazodone|olanzapine|zyprexa|quetiapine|seroquel|risperidone|risperdal|haloperidol|haldol|aripiprazole|abilify|chlorpromazine|clozapine|metoclopramide|maxolon|reglan|prochlorperazine|stemetil|buccastem|antidepressant|antidepressants|anti_depressant|anti_depressants|ssri|ssris|snri|antipsychotic|antipsychotics|anti_psychotic|anti_sickness',
} as const;

const take = 'take|takes|taking|took|on|started|prescribed|using|use|uses';

/** Any medicine: the classes above, drugs S394 names (nifedipine, salbutamol), and lay words for a tablet. */
const anyMedicine = [
  drugs.diuretic,
  drugs.statin,
  drugs.betaAgonist,
  drugs.sedatingAntihistamine,
  drugs.antidepressantOrAntipsychotic,
  'nifedipine|adalat|amlodipine|salbutamol|ventolin|albuterol|raloxifene|teriparatide|donepezil',
  'tablet|tablets|pill|pills|medicine|medicines|medication|medications|meds|prescription|inhaler|inhalers|injection|injections|jab|jabs|blood_pressure_tablets|blood_pressure_pills|blood_pressure_medication|bp_tablets|bp_meds',
].join('|');
/** Starting, or a doctor changing, a medicine. */
const started =
  'started|starting|start|began|beginning|going_on|went_on|go_on|put_on|put_me_on|putting_me_on|put_him_on|put_her_on|switched_to|changed_to|changed|increased|upped|doubled|raised|put_up|bumped_up|new|added|gave_me|given';

/** Medicines: names map to classes; negation works as for symptoms ("I don't take any water tablets"). */
export const medication: FindingLexiconTable = {
  takes_diuretic: { patterns: [drugs.diuretic] },
  // "The pill" alone can be any tablet ("since starting the pill" for a water pill): only the idioms.
  takes_oestrogen: {
    patterns: [
      'contraceptive_pill|combined_pill|birth_control|birth_control_pill|on_the_pill|apart_from_the_pill|except_the_pill|oral_contraceptive|oral_contraceptives|hrt|hormone_replacement|oestrogen|estrogen|evorel|elleste|premarin|microgynon|rigevidon|yasmin',
    ],
  },
  takes_statin: { patterns: [drugs.statin] },
  // Also read as osteoporosis (history.ts): the medicine answers the thin-bones question too.
  takes_bisphosphonate: {
    patterns: [
      'alendronic|alendronate|fosamax|binosto|risedronate|actonel|ibandronate|ibandronic|bonviva|zoledronic|zoledronate|aclasta|reclast|denosumab|prolia|bisphosphonate|bisphosphonates|bone_tablets|bone_strengthening|bone_building|weekly_bone_tablet',
    ],
  },
  takes_beta_agonist_inhaler: {
    patterns: [
      drugs.betaAgonist,
      `${take} ~3 long_acting|long-acting|twice_daily|twice_a_day ~2 inhaler|inhalers|puffer`,
    ],
  },
  takes_sedating_antihistamine: {
    patterns: [
      drugs.sedatingAntihistamine,
      `${take} ~3 antihistamine|antihistamines ~4 sleep|drowsy|night|travel_sickness|bedtime`,
      'sleeping_tablet_from_the_chemist|sleep_aid|sleep_aids|travel_sickness_tablets',
    ],
  },
  takes_antidepressant_or_antipsychotic: { patterns: [drugs.antidepressantOrAntipsychotic] },
  statin_started_recently: {
    maxAgeDays: 365,
    patterns: [
      `started|starting|began|put_on|switched_to|changed_to|new ~3 ${drugs.statin}`,
      `${drugs.statin} ~~6 increased|doubled|upped|raised|went_up|higher_dose|recently|last_month|weeks_ago|new`,
      `increased|upped|doubled|raised|put_up|went_up ~5 ${drugs.statin}`,
      `${drugs.statin} ~2 dose|dosage ~~4 increased|doubled|upped|raised|went_up|changed`,
      `since|after ~3 starting|started|going_on|i_started ~3 ${drugs.statin}`,
      'put_me_on|put_him_on|put_her_on|started_me_on|started_him_on|started_her_on ~3 cholesterol ~1 tablet|tablets|pill|pills|medicine|medication|meds',
      'started|starting|began|put_on|new ~3 cholesterol ~1 tablet|tablets|pill|pills|medicine|medication|meds',
      // The dose put up, or a statin given or prescribed with a recent time said ("gave me a statin a month ago").
      `put|putting|bumped ~3 ${drugs.statin}|dose|dosage ~1 up`,
      {
        p: `prescribed|gave_me|gave_him|gave_her|given|given_me|went_on|gone_on|go_on|been_on|on ~3 ${drugs.statin}|cholesterol_tablets|cholesterol_pills|cholesterol_medicine|cholesterol_meds`,
        withinSentence:
          'ago|recently|recent|just|last_week|last_month|this_month|fortnight|since|soon_after|shortly_after|straight_after|new|newly',
        positiveOnly: true,
      },
    ],
  },
  // Symptoms timed to a medicine ("since I started the water tablets", "after they put me on furosemide",
  // "started a new tablet and then the cramps came"): the finding is the timing, so a temporal link is required.
  began_after_new_medicine: {
    maxAgeDays: 365,
    patterns: [
      `since|after|ever_since|soon_after|shortly_after|straight_after|weeks_after|week_after|month_after|days_after ~4 ${started} ~4 ${anyMedicine}`,
      `since|after|ever_since ~3 they|doctor|gp|dr|doc ~2 put ~3 on ~3 ${anyMedicine}`,
      `since|after|ever_since ~4 ${anyMedicine} ~3 were|was|got|been ~2 changed|increased|upped|doubled|raised|switched|added|started`,
      `started|starting|began|put_on|put_me_on|new|changed|upped|increased|switched ~4 ${anyMedicine} ~~8 then|since|since_then|afterwards|after_that|and_now|straight_after|soon_after|ever_since|within_weeks|within_days|few_weeks_later|weeks_later|days_later|couple_of_weeks_later`,
      `new|started|changed ~4 ${anyMedicine} ~~6 before|just_before|shortly_before|around_the_time|about_the_time|same_time ~4 cramp*|ache*|aching|pain*|started|began|came_on|kicked_in`,
      'side_effect|side_effects|side-effect|side-effects ~4 of ~3 new|the|my ~3 tablet|tablets|pill|pills|medicine|medication|meds|statin|statins|water_tablets|diuretic',
      `since|after ~3 dose|dosage ~3 ${anyMedicine}`,
      `since|after ~3 ${anyMedicine} ~2 dose|dosage ~3 changed|increased|upped|doubled|raised|went_up`,
      // "No new medicines" / "nothing's changed with my tablets" answers the question; alone, a new medicine says nothing of timing.
      {
        p: 'new|any_new|different|other ~2 tablet|tablets|pill|pills|medicine|medicines|medication|medications|meds|prescription|prescriptions',
        negatedOnly: true,
      },
      {
        p: 'change|changes|changed ~3 tablet|tablets|pills|medicine|medicines|medication|medications|meds',
        negatedOnly: true,
      },
      { p: 'tablets|pills|medicine|medicines|medication|medications|meds ~2 changed', negatedOnly: true },
    ],
    // Painkillers and cramp or nerve treatments are started because of the symptom, not before it.
    notInSentence:
      'paracetamol|ibuprofen|naproxen|co_codamol|codeine|tramadol|painkiller|painkillers|pain_killers|quinine|gabapentin|pregabalin|ropinirole|pramipexole|for_the_pain|for_the_cramps|for_my_cramps|for_the_cramp',
  },
};

/** Known terms that map to no finding, so they are recognised rather than reported as not understood. */
export const notRelevant: readonly { readonly p: string; readonly note: string }[] = [
  {
    p: 'cetirizine|zirtek|loratadine|clarityn|claritin|fexofenadine|telfast|allegra|desloratadine|neoclarityn|levocetirizine|xyzal|bilastine|acrivastine|piriteze',
    note: 'non-sedating antihistamine: not linked to restless legs or cramps',
  },
  {
    p: 'warfarin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|dabigatran|blood_thinner|blood_thinners|anticoagulant',
    note: 'anticoagulant: no finding (bleeding risk is outside this tool)',
  },
  {
    p: 'paracetamol|ibuprofen|naproxen|co_codamol|codeine|tramadol|painkiller|painkillers|aspirin|clopidogrel',
    note: 'pain relief or antiplatelet medicine: no finding',
  },
  {
    p: 'gabapentin|pregabalin|ropinirole|pramipexole|rotigotine|quinine',
    note: 'treatment for nerve pain, restless legs or cramps: no finding',
  },
  {
    p: 'levothyroxine|omeprazole|lansoprazole|vitamin_d|multivitamin|magnesium_tablets',
    note: 'common medicine: no finding',
  },
];
