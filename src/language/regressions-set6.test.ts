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
