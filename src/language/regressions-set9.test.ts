import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/** Reading rules found by held-out set 9 (issue #12), each checked on our own wordings, not the set's. */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('A. a chronic cold, pale foot is not the sudden one', () => {
  it.each([
    'For a month his foot burns at night in bed; it is colder than the other and went white when he raised it.',
    'Her foot is colder than the other one and turns white when she props it up on a cushion.',
    'My foot is cooler than the other foot and goes pale when I lift it onto the stool.',
    'The left foot is colder than the right and goes a waxy white when I put it up on the bed.',
  ])('"%s" → elevation pallor: cool_limb, not sudden_cold_pale_leg', (text) => {
    expect(stateOf(text, 'sudden_cold_pale_leg')).toBeUndefined();
    expect(stateOf(text, 'cool_limb')).toBe('present');
  });

  it.each([
    'My foot went white and cold an hour ago.',
    'His foot suddenly went pale and cold when he lifted the shopping.',
    'Tonight her foot is colder than the other and has gone white.',
  ])('"%s" → a sudden cold, pale foot still fires sudden_cold_pale_leg', (text) => {
    expect(stateOf(text, 'sudden_cold_pale_leg')).toBe('present');
  });
});

describe('B. a "new pain" dated weeks back is not a new onset', () => {
  it.each([
    "This last month there's a new pain in my foot at night.",
    'Over the past few weeks a new pain has come in my toes in bed.',
    'A new pain in the ball of my foot for a couple of months now.',
  ])('"%s" → no onset_within_two_weeks', (text) => {
    expect(stateOf(text, 'onset_within_two_weeks')).toBeUndefined();
  });

  it.each([
    'A new pain in my foot since yesterday, the foot is cold and numb.',
    "I've had diabetes for years and there's a new pain in my foot.",
    'Brand new pain in the calf this week.',
  ])('"%s" → a recent new pain is still onset_within_two_weeks', (text) => {
    expect(stateOf(text, 'onset_within_two_weeks')).toBe('present');
  });
});

describe('C. getting up to walk off a pain is relief, not the restless-legs urge', () => {
  it.each([
    'My calf aches in bed and I had to get up and walk about to settle it.',
    'One calf throbs at night and I have to get up and walk around.',
    'The swollen leg is sore at night so he had to get up and pace.',
  ])('"%s" → relief_walking without urge_to_move_legs', (text) => {
    expect(stateOf(text, 'relief_walking')).toBe('present');
    expect(stateOf(text, 'urge_to_move_legs')).toBeUndefined();
  });

  it.each([
    'My legs feel horrible in the evening and I have to get up and walk about.',
    'I have to get up and move my legs, the pain is mild.',
    'In bed I just have to get up and walk around, I cannot keep them still.',
  ])('"%s" → urge_to_move_legs kept', (text) => {
    expect(stateOf(text, 'urge_to_move_legs')).toBe('present');
  });
});

describe('D. a red, hot big toe is an inflamed joint, its shine inflammation', () => {
  it.each([
    "Woke up with my big toe on fire, red and shiny, can't stand the sheet on it.",
    'The base of his big toe is hot and shiny and he cannot walk on it.',
    'My big toe joint is red hot and throbbing since last night.',
  ])('"%s" → joint_pain_swelling, not skin_shiny_pale_or_bluish_red', (text) => {
    expect(stateOf(text, 'joint_pain_swelling')).toBe('present');
    expect(stateOf(text, 'skin_shiny_pale_or_bluish_red')).toBeUndefined();
  });

  it('a swollen leg told beside a red toe is still read', () => {
    expect(stateOf('My big toe is red and my whole leg is swollen.', 'one_leg_swollen')).toBe('present');
  });

  it('shiny pale toes stay the skin of poor circulation', () => {
    expect(stateOf('My toes are shiny and pale.', 'skin_shiny_pale_or_bluish_red')).toBe('present');
  });
});

describe('E. a cancer given the all clear is past, not active; coughing that jars the back', () => {
  it.each([
    'I had prostate cancer 8 years ago, radiotherapy, and they said I was all clear.',
    'Background: bowel cancer years back, surgery and chemo, all clear since.',
    'Breast cancer in 2015 and I have been in remission ever since.',
  ])('"%s" → cancer_history, not active_cancer', (text) => {
    expect(stateOf(text, 'cancer_history')).toBe('present');
    expect(stateOf(text, 'active_cancer')).toBeUndefined();
  });

  it.each([
    'I was given the all clear but the cancer came back last month.',
    'Had the all clear in 2019, now on chemo again.',
    'I have breast cancer.',
  ])('"%s" → active_cancer kept (a return, current treatment)', (text) => {
    expect(stateOf(text, 'active_cancer')).toBe('present');
  });

  it.each([
    'My back has hurt for weeks. Coughing jars it.',
    'Her back aches at night; a sneeze jolts it.',
    'His back is sore in bed and coughing jars his back.',
  ])('"%s" → back_pain_worse_cough_strain', (text) => {
    expect(stateOf(text, 'back_pain_worse_cough_strain')).toBe('present');
  });
});
