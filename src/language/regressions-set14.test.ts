import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * Read-back errors in openings (role-play set 9, issues #12 and #14): a reading flipped, a finding read from the
 * wrong organ, or a plain phrase missed. Our own wordings, never the set's sentences.
 */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('restless legs that "won\'t keep still" do not deny the rest that brings them on', () => {
  it.each([
    "His legs won't keep still once he gets into bed.",
    "My legs can't stay still when I go to bed.",
    'Her legs wont sit still when she lies down at night.',
    "I can't keep still when I go to bed, my legs twitch.",
  ])('"%s" → starts at rest not absent', (text) => {
    expect(stateOf(text, 'starts_at_rest')).not.toBe('absent');
  });

  it.each(["It doesn't come on when I go to bed.", "The ache never starts when I'm resting."])(
    '"%s" → rest still denied',
    (text) => {
      expect(stateOf(text, 'starts_at_rest')).toBe('absent');
    },
  );
});

describe('not sleeping flat for the breath is not leg pain lying flat', () => {
  it.each([
    "Dad's feet are puffy and he can't sleep lying flat.",
    'She cannot lie flat any more, she sleeps in the chair.',
    "I can't sleep flat, I get too breathless.",
  ])('"%s" → worse lying flat not present', (text) => {
    expect(stateOf(text, 'worse_lying_flat')).not.toBe('present');
  });

  it.each([
    "My feet burn so much I can't sleep lying flat.",
    'The ache in my calves is worse lying flat.',
    'My legs tingle when I lie flat.',
  ])('"%s" → worse lying flat', (text) => {
    expect(stateOf(text, 'worse_lying_flat')).toBe('present');
  });
});

describe('"kills" is pain', () => {
  it.each([
    'My left calf kills after a short walk.',
    'Her calf is killing her when she walks the dog.',
    'My calf kills me going up hills.',
  ])('"%s" → calf pain', (text) => {
    expect(stateOf(text, 'pain_calf')).toBe('present');
  });

  it('"painkillers" is not pain', () => {
    expect(stateOf('Painkillers help my calf a bit.', 'pain_calf')).toBeUndefined();
  });
});

describe('weeks of pregnancy told without the word', () => {
  it.each([
    "My calves cramp at night and I'm 29 weeks.",
    'She is 34 weeks and her leg has swollen up.',
    'Im 30 weeks, my legs ache in bed.',
  ])('"%s" → pregnant', (text) => {
    expect(stateOf(text, 'pregnant_or_postpartum')).toBe('present');
  });

  it.each([
    "I'm 3 weeks into this pain.",
    "I'm 2 weeks out from my knee operation.",
    'I am 6 weeks post surgery.',
  ])('"%s" → not pregnant', (text) => {
    expect(stateOf(text, 'pregnant_or_postpartum')).toBeUndefined();
  });
});

describe('a lump behind the knee that burst', () => {
  it.each([
    'The lump behind my knee has burst.',
    'The swelling at the back of her knee popped this morning.',
  ])('"%s" → fluid from a burst cyst', (text) => {
    expect(stateOf(text, 'fluid_trickling_down_calf')).toBe('present');
  });
});

describe('plain phrases in openings', () => {
  it.each([
    'My back has been bad for a week and now it has gone down my leg.',
    'Low back ache and now into my thigh.',
  ])('"%s" → pain down the leg', (text) => {
    expect(stateOf(text, 'pain_radiates_down_leg')).toBe('present');
  });

  it('a red streak down the leg with back pain is not sciatica', () => {
    expect(
      stateOf('My back aches and now a red streak down my leg.', 'pain_radiates_down_leg'),
    ).toBeUndefined();
  });

  it.each(['My shin is so sore from a tiny graze.', 'Her foot is extremely painful after a small cut.'])(
    '"%s" → pain out of proportion',
    (text) => {
      expect(stateOf(text, 'pain_out_of_proportion')).toBe('present');
    },
  );

  it.each(['Her ankles are enormous by the evening.', 'My ankles are like balloons.'])(
    '"%s" → both ankles swollen',
    (text) => {
      expect(stateOf(text, 'both_ankles_swollen')).toBe('present');
    },
  );

  it.each(["I'm constantly exhausted and cold.", 'She is tired and freezing all the time.'])(
    '"%s" → thyroid signs',
    (text) => {
      expect(stateOf(text, 'thyroid_symptoms')).toBe('present');
    },
  );

  it('a cold foot and tiredness are not the thyroid', () => {
    expect(stateOf("I'm always tired and cold feet at night.", 'thyroid_symptoms')).toBeUndefined();
  });
});
