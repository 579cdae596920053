import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/** Reading rules found by held-out set 6 (issue #12), each checked on our own wordings, not the set's. */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('a sudden step up in a known pain, and a newly cold, pale foot', () => {
  it.each([
    'Today I got a sudden much worse pain in my calf.',
    'Then all of a sudden this afternoon it got far worse.',
    'Suddenly the ache in my leg became way worse than usual.',
    'The pain got a lot worse suddenly an hour ago.',
  ])('"%s" → sudden_severe_pain', (text) => {
    expect(stateOf(text, 'sudden_severe_pain')).toBe('present');
  });

  it('a cramp that got worse and passed, or a pain that worsened gradually, is not a sudden severe pain', () => {
    expect(stateOf('My cramp got much worse suddenly then it passed.', 'sudden_severe_pain')).toBeUndefined();
    expect(stateOf('It has gradually got much worse over the year.', 'sudden_severe_pain')).toBeUndefined();
  });

  it.each([
    "Since lunch today his foot looks white and mottled next to the other one and it's icy.",
    "This morning my foot went pale and blotchy compared with my good foot and it's cold.",
  ])('"%s" → sudden_cold_pale_leg (colour and cold far apart in one sentence)', (text) => {
    expect(stateOf(text, 'sudden_cold_pale_leg')).toBe('present');
  });

  it.each([
    'My foot has been cold and purple for a few weeks.',
    'His toes have gone purple for months and the foot is cold.',
    "Over the past few months my toes have turned bluish and they're cold.",
  ])('"%s" → a long-standing cold, coloured foot: cool_limb, not sudden_cold_pale_leg', (text) => {
    expect(stateOf(text, 'sudden_cold_pale_leg')).toBeUndefined();
    expect(stateOf(text, 'cool_limb')).toBe('present');
  });
});

describe('one swollen leg is new swelling of the leg, not a joint, a tendon or an old swelling', () => {
  it.each([
    'My calf on that side has been swollen.',
    'The calf of the bad leg is swollen.',
    'Since the op the ankle on the same side has been puffy.',
    'Swelling behind my knee and it is tight.',
  ])('"%s" → one_leg_swollen', (text) => {
    expect(stateOf(text, 'one_leg_swollen')).toBe('present');
  });

  it.each([
    'My knee looks bigger than the other one.',
    'My right knee has gone fatter than the left.',
    'My knee is swollen.',
  ])('"%s" → a swollen joint, not one_leg_swollen', (text) => {
    expect(stateOf(text, 'one_leg_swollen')).toBeUndefined();
    expect(stateOf(text, 'joint_pain_swelling')).toBe('present');
  });

  it.each([
    'The achilles tendon feels thicker than the other one.',
    'The skin on my foot is getting thicker.',
    'My leg has slowly got more swollen over the years.',
    'After the operation my leg gradually swelled up over many months.',
    'My left leg has been swollen for months.',
  ])('"%s" → not one_leg_swollen', (text) => {
    expect(stateOf(text, 'one_leg_swollen')).toBeUndefined();
  });

  it('a calf that swelled gradually over days, or for a few weeks, is still new swelling', () => {
    expect(stateOf('My calf has gradually swollen up over the last three days.', 'one_leg_swollen')).toBe(
      'present',
    );
    expect(stateOf('My right calf has been swollen for 3 weeks.', 'one_leg_swollen')).toBe('present');
    expect(stateOf('My knee and calf are swollen.', 'one_leg_swollen')).toBe('present');
  });
});

describe('saddle and bladder changes in lay words', () => {
  it.each([
    'When I wipe it feels weird, like it is not my skin.',
    'Wiping after the loo feels strange.',
    'It feels odd down below when I use toilet paper.',
    'Down there feels funny since yesterday.',
  ])('"%s" → saddle_numbness', (text) => {
    expect(stateOf(text, 'saddle_numbness')).toBe('present');
  });

  it('denied, or "weird" with nothing about wiping, is not saddle numbness', () => {
    expect(stateOf("I haven't noticed anything strange when I wipe.", 'saddle_numbness')).toBe('absent');
    expect(stateOf('I had a weird dream about toilets.', 'saddle_numbness')).toBeUndefined();
  });

  it.each([
    'I stood there for ages waiting for a wee to start.',
    "I can't get a wee going.",
    'It takes ages for my pee to start.',
    'It took forever for the flow to come this morning.',
  ])('"%s" → bladder_bowel_change', (text) => {
    expect(stateOf(text, 'bladder_bowel_change')).toBe('present');
  });

  it('waiting for something else is no bladder change', () => {
    expect(stateOf('I wait ages for the bus and my leg hurts.', 'bladder_bowel_change')).toBeUndefined();
  });
});

describe('injecting said without naming the drug', () => {
  it.each([
    "I'm using again, injecting mostly.",
    'I inject, have done for years.',
    'He injects into his groin.',
    'Relapsed last month and I am back to injecting.',
  ])('"%s" → injects_drugs', (text) => {
    expect(stateOf(text, 'injects_drugs')).toBe('present');
  });

  it.each([
    'I inject insulin twice a day.',
    'The nurse showed me how to inject my blood thinner.',
    'I had a steroid injection in my knee.',
  ])('"%s" → a medicine injected, not drug use', (text) => {
    expect(stateOf(text, 'injects_drugs')).toBeUndefined();
  });

  it('denied', () => {
    expect(stateOf("I don't inject, I only smoke it.", 'injects_drugs')).toBe('absent');
  });
});

describe('new tingling of hands and feet, or one that has now reached the ankles', () => {
  it.each([
    'Since Monday my toes and fingertips have been tingling.',
    "Three days ago my feet went tingly, and now it's up to my shins.",
    'Since the weekend pins and needles in my feet and now in my fingers too.',
    'Two days ago the numbness started; now the numbness is up to my ankles.',
  ])('"%s" → ascending_numbness', (text) => {
    expect(stateOf(text, 'ascending_numbness')).toBe('present');
  });

  it('a long-standing stocking tingling up to the ankles is not ascending, and "up to my ankles" is no raised leg', () => {
    const text = 'For years my feet have had pins and needles up to my ankles, worse at night.';
    expect(stateOf(text, 'ascending_numbness')).toBeUndefined();
    expect(stateOf(text, 'stocking_numbness_both_feet')).toBe('present');
    expect(stateOf(text, 'worse_leg_raised')).toBeUndefined();
    expect(stateOf('With my feet up on a stool it gets worse.', 'worse_leg_raised')).toBe('present');
  });
});

describe('both feet red and hot, or a burning likened to heat, is no warm red leg', () => {
  it.each(['At night my feet go bright red and hot.', 'His legs are red and swollen.'])(
    '"%s" → one_leg_warm_red only as a question (unknown), said of both',
    (text) => {
      expect(stateOf(text, 'one_leg_warm_red')).toBe('unknown');
    },
  );

  it.each([
    'My feet burn like walking on hot sand.',
    'Soles burning as if on hot coals every night.',
    "In summer it's too hot for my stockings.",
  ])('"%s" → not one_leg_warm_red', (text) => {
    expect(stateOf(text, 'one_leg_warm_red')).toBeUndefined();
  });

  it('one leg red and hot is still the red flag', () => {
    expect(stateOf('My left foot is red and hot.', 'one_leg_warm_red')).toBe('present');
    expect(stateOf("My calf is hot and red, it feels like it's on fire.", 'one_leg_warm_red')).toBe(
      'present',
    );
    expect(stateOf('My legs ache and my left calf is red and hot.', 'one_leg_warm_red')).toBe('present');
  });
});

describe('night foot pain eased by getting up to stand or walk is relief by dependency (seed:L4)', () => {
  it.each([
    'Toes hurt in bed. Better if I get up and stand.',
    'His toes burn at night; he gets up and paces the hall and then it settles.',
    'My toes ache in bed and it helps when I stand up.',
  ])('"%s" → relief_dangling_leg', (text) => {
    expect(stateOf(text, 'relief_dangling_leg')).toBe('present');
  });

  it('a cramp eased by standing on it, or restless legs eased by walking, is not dependency', () => {
    expect(
      stateOf('I get a cramp in my foot and it goes if I stand on it.', 'relief_dangling_leg'),
    ).toBeUndefined();
    expect(
      stateOf('My legs feel restless, I get up and walk around and it eases.', 'relief_dangling_leg'),
    ).toBeUndefined();
  });
});

describe('pain denied sitting or in bed', () => {
  it.each([
    "I don't get it sitting or in bed, apart from the odd cramp.",
    'It never comes on sitting down or lying in bed.',
    "I don't get any pain at night.",
  ])('"%s" → evening_night_worse absent', (text) => {
    expect(stateOf(text, 'evening_night_worse')).toBe('absent');
  });

  it('"I don\'t get it when I sit" → starts_at_rest absent; poor sleep from the pain is no denial', () => {
    expect(stateOf("I don't get it when I sit.", 'starts_at_rest')).toBe('absent');
    expect(stateOf("I don't get much sleep in bed because of the pain.", 'evening_night_worse')).not.toBe(
      'absent',
    );
  });
});

describe('a past normal test, a treatment asked about, and back twinges', () => {
  it.each([
    'My GP did a blood test for anaemia last year and it was fine.',
    'They checked me for anaemia and it came back normal.',
    'I was tested for low iron, all clear.',
  ])('"%s" → iron_deficiency not present', (text) => {
    expect(stateOf(text, 'iron_deficiency')).not.toBe('present');
  });

  it('anaemia stated is present', () => {
    expect(stateOf('My bloods were fine but the nurse says I am anaemic.', 'iron_deficiency')).toBe(
      'present',
    );
  });

  it.each([
    'Is there anything apart from surgery?',
    'Would I need an operation?',
    'Are there options other than an op?',
  ])('"%s" → no recent surgery', (text) => {
    expect(stateOf(text, 'recent_surgery_or_bedridden')).toBeUndefined();
  });

  it('an operation had is still read', () => {
    expect(stateOf('I had surgery on my hip last week.', 'recent_surgery_or_bedridden')).toBe('present');
  });

  it.each(['Back twinges too.', 'I get twinges in my lower back.', "My back's been twingey since the baby."])(
    '"%s" → back_pain',
    (text) => {
      expect(stateOf(text, 'back_pain')).toBe('present');
    },
  );
});

describe('guards found while measuring', () => {
  it('a leg swollen "from the ankle up to the knee" is the leg, not the knee joint', () => {
    expect(
      stateOf('For three days my right leg from the ankle up to the knee has been puffy.', 'one_leg_swollen'),
    ).toBe('present');
  });

  it('"on my feet all day, eases with feet up" is elevation, not dependency', () => {
    const text = 'Worse after a day on my feet, eases with my feet up. Ankles look purple-brown.';
    expect(stateOf(text, 'relief_dangling_leg')).toBeUndefined();
    expect(stateOf(text, 'relief_leg_elevation')).toBe('present');
  });
});
