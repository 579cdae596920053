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
    ],
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
