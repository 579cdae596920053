import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

const read = (text: string) => Object.fromEntries(understand(text).findings.map((f) => [f.id, f.state]));
const find = (text: string, id: string) => understand(text).findings.find((f) => f.id === id);

describe('medicines', () => {
  const classes: [string, string[]][] = [
    [
      'takes_diuretic',
      [
        'furosemide',
        'bumetanide',
        'bendroflumethiazide',
        'hydrochlorothiazide',
        'indapamide',
        'spironolactone',
        'water tablet',
      ],
    ],
    ['takes_statin', ['atorvastatin', 'simvastatin', 'rosuvastatin', 'pravastatin']],
    ['takes_beta_agonist_inhaler', ['salmeterol', 'formoterol', 'vilanterol']],
    [
      'takes_sedating_antihistamine',
      ['diphenhydramine', 'doxylamine', 'chlorphenamine', 'promethazine', 'hydroxyzine'],
    ],
    [
      'takes_antidepressant_or_antipsychotic',
      [
        'sertraline',
        'fluoxetine',
        'citalopram',
        'escitalopram',
        'mirtazapine',
        'venlafaxine',
        'duloxetine',
        'amitriptyline',
        'olanzapine',
        'quetiapine',
        'haloperidol',
        'metoclopramide',
        'prochlorperazine',
      ],
    ],
  ];
  for (const [id, names] of classes) {
    it.each(names)(`%s → ${id}`, (name) => {
      expect(read(`I take ${name} every day.`)[id]).toBe('present');
    });
  }

  it.each(['cetirizine', 'loratadine', 'fexofenadine'])(
    '%s is recognised as non-sedating, with no finding',
    (name) => {
      const u = understand(`I take ${name} for hay fever.`);
      expect(u.findings).toEqual([]);
      expect(u.recognisedNotRelevant.map((r) => r.term.toLowerCase())).toEqual([name]);
      expect(u.unrecognised).toEqual([]);
    },
  );

  it('reads the combined pill and HRT, but not "the pill" meaning any tablet', () => {
    for (const t of [
      "I'm on the pill.",
      'I take HRT.',
      "I'm not on any regular medicines apart from the pill.",
    ])
      expect(read(t)).toEqual({ takes_oestrogen: 'present' });
    for (const t of ["I'm not on birth control or hormones.", "I don't take HRT.", 'Not on the pill.'])
      expect(read(t)).toEqual({ takes_oestrogen: 'absent' });
    expect(read('My cramps began since starting the pill for my blood pressure.')).not.toHaveProperty(
      'takes_oestrogen',
    );
  });

  it('negates medicines', () => {
    expect(read("I don't take any water tablets or statins.")).toEqual({
      takes_diuretic: 'absent',
      takes_statin: 'absent',
    });
  });
});

describe('history', () => {
  it.each([
    ["I'm diabetic.", 'diabetes'],
    ['Type 2 for ten years.', 'diabetes'],
    ['My sugar is high.', 'diabetes'],
    ["I'm a smoker.", 'smoker'],
    ['About 20 a day, cigarettes.', 'smoker'],
    ['Pregnant 30 weeks.', 'pregnant_or_postpartum'],
    ['I finished chemo last month.', 'active_cancer'],
    ["I'm having cancer treatment.", 'active_cancer'],
    ['I have AF.', 'atrial_fibrillation'],
    ['Atrial fibrillation.', 'atrial_fibrillation'],
    ['I have an irregular heartbeat.', 'atrial_fibrillation'],
    ['Knee replacement 3 weeks ago.', 'recent_surgery_or_bedridden'],
    ['I had an operation last week.', 'recent_surgery_or_bedridden'],
    ['I had a long flight.', 'recent_long_journey'],
    ['I flew back from Australia.', 'recent_long_journey'],
    ['A 12-hour drive.', 'recent_long_journey'],
    ['Three times a week on dialysis.', 'kidney_failure_dialysis'],
    ['Low iron.', 'iron_deficiency'],
    ["I'm anaemic.", 'iron_deficiency'],
  ])('%s → %s', (text, id) => {
    expect(read(text)[id]).toBe('present');
  });

  it("does not read a relative's history as the patient's", () => {
    expect(read('I am a carer for my mum who has diabetes.')).toEqual({});
    expect(read('My husband had a blood clot in his lung last year.')).toEqual({});
  });

  it('drops history that is too old to count', () => {
    expect(read('I had a hip replacement 10 years ago.').recent_surgery_or_bedridden).toBeUndefined();
  });
});

describe('negation scope', () => {
  it('stops at but', () => {
    expect(read('No chest pain, no breathlessness, but my left calf is swollen.')).toMatchObject({
      chest_pain_or_breathless: 'absent',
      one_leg_swollen: 'present',
    });
  });

  it('stops at although, however, except and semicolons', () => {
    expect(read('No fever although my calf is swollen.').one_leg_swollen).toBe('present');
    expect(read('No fever; however my calf is swollen.').one_leg_swollen).toBe('present');
    expect(read('No symptoms except that my calf is swollen.').one_leg_swollen).toBe('present');
    expect(read('No fever; my calf is swollen.').one_leg_swollen).toBe('present');
  });

  it('stops at the end of a sentence', () => {
    expect(read('No fever. My calf is swollen.')).toMatchObject({
      fever: 'absent',
      one_leg_swollen: 'present',
    });
  });

  it('reaches along a list', () => {
    expect(read('No swelling, redness or warmth.')).toMatchObject({
      one_leg_swollen: 'absent',
      one_leg_warm_red: 'absent',
    });
  });

  it('handles neither … nor', () => {
    expect(read('Neither swollen nor red.')).toMatchObject({
      one_leg_swollen: 'absent',
      one_leg_warm_red: 'absent',
    });
  });

  it.each([
    ['Nothing relieves it, not even hanging my foot down.', 'relief_dangling_leg'],
    ['Both legs look the same.', 'one_leg_swollen'],
    ['She denies chest pain.', 'chest_pain_or_breathless'],
    ["The calf isn't tender.", 'calf_tender_along_veins'],
    ["I haven't been on any long trips.", 'recent_long_journey'],
    ["I don't wake up an hour or two after going to sleep.", 'wakes_after_hour_or_two'],
    ['Never smoked.', 'smoker'],
    ['Walking without any numbness.', 'numbness_tingling'],
  ])('%s → %s absent', (text, id) => {
    expect(read(text)[id]).toBe('absent');
  });

  it('is not fooled by "not only" or by negation words inside a phrase', () => {
    expect(read('Not only does my calf cramp, my foot does too.').sudden_muscle_contraction).toBe('present');
    expect(read("A sore on my heel that won't heal.").non_healing_sore).toBe('present');
    expect(read("It's there whatever I do, nothing helps.").pain_unrelieved_by_position).toBe('present');
    expect(read("I can't feel my toes.").numbness_tingling).toBe('present');
  });
});

describe('hedges', () => {
  it.each([
    ['Maybe a bit swollen round the left ankle.', 'one_leg_swollen'],
    ["I'm not sure if my calf is swollen.", 'one_leg_swollen'],
    ['I think my right foot is colder than the left.', 'cool_limb'],
    ['Possibly some numbness in the toes.', 'numbness_tingling'],
    ['My legs might be a bit weaker than before.', 'weakness_both_legs'],
    ['The calf feels a bit bigger maybe.', 'one_leg_swollen'],
    ['Not diabetic that I know of.', 'diabetes'],
  ])('%s → %s unknown', (text, id) => {
    expect(read(text)[id]).toBe('unknown');
  });

  it('does not treat approximate numbers as hedges', () => {
    expect(read('The cramp lasts maybe thirty seconds.').episode_seconds_to_minutes).toBe('present');
  });
});

describe('time', () => {
  it.each([
    ['My leg has hurt for six weeks.', 'symptoms_over_two_weeks'],
    ['The pain started three hours ago.', 'onset_within_two_weeks'],
    ['My calf has been swollen since yesterday.', 'onset_within_two_weeks'],
    ['The pain has been there for months.', 'symptoms_over_two_weeks'],
    ['Last night my foot went numb and cold.', 'onset_within_two_weeks'],
    ["It's been like this for years.", 'symptoms_over_two_weeks'],
  ])('%s → %s', (text, id) => {
    expect(read(text)[id]).toBe('present');
  });

  it('dates history items, not the symptoms', () => {
    const r = read('Had my knee replaced 3 weeks ago. Since Tuesday the calf is swollen.');
    expect(r.onset_within_two_weeks).toBe('present');
    expect(r.symptoms_over_two_weeks).toBeUndefined();
  });

  it('reads sudden severe pain only for sudden, severe, lasting pain', () => {
    expect(read('Sudden severe pain in my thigh this morning.').sudden_severe_pain).toBe('present');
    expect(
      read('Sudden cramp in my calf, really severe for about a minute and then it passed.')
        .sudden_severe_pain,
    ).toBeUndefined();
    expect(read('Severe pain that came on gradually.').sudden_severe_pain).toBeUndefined();
  });

  it('needs most nights and sleep for sleep disruption', () => {
    expect(read('It wakes me every night.').nightly_sleep_disruption).toBe('present');
    expect(read('Most nights I cannot sleep for it.').nightly_sleep_disruption).toBe('present');
    expect(read('It woke me once.').nightly_sleep_disruption).toBeUndefined();
    expect(read('Not every night, maybe twice a week.').nightly_sleep_disruption).toBe('absent');
  });
});

describe('sides', () => {
  it('records the side of a swollen leg', () => {
    expect(find('My left calf is swollen.', 'one_leg_swollen')?.side).toBe('left');
    expect(find('The right leg is swollen and red.', 'one_leg_warm_red')?.side).toBe('right');
    expect(find('One leg is swollen.', 'one_leg_swollen')?.state).toBe('present');
  });

  it('reads both ankles as bilateral ankle swelling, not one swollen leg', () => {
    const r = read('Both ankles are puffy by the evening.');
    expect(r.both_ankles_swollen).toBe('present');
    expect(r.bilateral_symptoms).toBe('present');
    expect(r.one_leg_swollen).toBeUndefined();
  });

  it('reads bilateral symptoms from both legs, not from moving them', () => {
    expect(read('Both legs ache at night.').bilateral_symptoms).toBe('present');
    expect(read('Moving my legs helps.').bilateral_symptoms).toBeUndefined();
    expect(read("I don't have pain in my legs.").bilateral_symptoms).toBeUndefined();
  });

  it('does not take "right" in "right up" as a side', () => {
    expect(find('My calf tightens right up.', 'pain_calf')?.side).toBeUndefined();
  });
});

describe('spelling', () => {
  it('corrects longer words', () => {
    expect(read('my rite leg swolen and red since yestarday')).toMatchObject({
      one_leg_swollen: 'present',
      one_leg_warm_red: 'present',
      onset_within_two_weeks: 'present',
    });
    expect(read('numbnes and tinglng in my foot').numbness_tingling).toBe('present');
    expect(read('Excrutiating pain in my toes.').pain_feet_toes).toBe('present');
  });

  it('does not correct real words into symptoms', () => {
    expect(read('A single mother of two.')).toEqual({});
  });
});

describe('unrecognised', () => {
  it('lists clauses that said nothing known, without greetings', () => {
    const u = understand("Hi, I'm 67. My wife says I should write this. Thanks. My calf aches.");
    expect(u.unrecognised).toEqual(['My wife says I should write this']);
  });
});

describe('colloquialisms', () => {
  it.each([
    ['charley horse in my leg', 'sudden_muscle_contraction'],
    ['pins and needles in my foot', 'numbness_tingling'],
    ['a creepy crawly feeling', 'creeping_crawling_sensation'],
    ['my legs feel fizzy', 'creeping_crawling_sensation'],
    ['I take a water tablet', 'takes_diuretic'],
    ['sciatica', 'pain_radiates_down_leg'],
    ['my toe has gone black', 'black_or_dying_skin'],
    ["can't feel my toes", 'numbness_tingling'],
    ['I hang my foot off the bed and it eases', 'relief_dangling_leg'],
    ['my calf knots up', 'sudden_muscle_contraction'],
    ['puffy ankles', 'both_ankles_swollen'],
  ])('%s → %s', (text, id) => {
    expect(read(text)[id]).toBe('present');
  });
});
