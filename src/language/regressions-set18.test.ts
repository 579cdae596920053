import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * Reader gaps found by role-play set 12 (issue #14: never ask what was said). Our own wordings, never a set's
 * sentences.
 */
const found = (text: string, id: string) => understand(text).findings.find((f) => f.id === id);
const stateOf = (text: string, id: string) => found(text, id)?.state;

describe('the back named first in a shared subject is back pain', () => {
  it.each([
    'My back and both legs are aching every night.',
    'back and legs hurt when I lie down',
    'his back and hips ache in bed',
  ])('"%s" → back pain', (text) => {
    expect(stateOf(text, 'back_pain')).toBe('present');
  });

  it.each([
    'Lying on my back and both legs ache.',
    'In bed flat on my back my legs throb.',
    'when I sleep on my back the legs hurt',
  ])('"%s" → the back lain on is not back pain', (text) => {
    expect(stateOf(text, 'back_pain')).toBeUndefined();
  });

  it('the back of the legs is not the back', () => {
    expect(stateOf('the back of my legs ache at night', 'back_pain')).toBeUndefined();
  });
});

describe('a run from the groin or hip down to the knee crosses the thigh', () => {
  it.each([
    'It aches in the groin and right down to the knee in bed.',
    'a burning pain from my right groin to my knee',
    'pain from the hip all the way down to her knee at night',
  ])('"%s" → thigh', (text) => {
    expect(stateOf(text, 'pain_buttock_thigh')).toBe('present');
  });

  it('a denied run is not a thigh pain', () => {
    expect(stateOf('Nothing runs from my groin down to the knee.', 'pain_buttock_thigh')).not.toBe('present');
  });
});

describe('"leg\'s" for "leg is / leg has" is one leg, not both', () => {
  it.each([
    "The right leg's been numb and sore for a month.",
    "my leg's swollen since the weekend",
    "Her left leg's killing her at night.",
  ])('"%s" → not both legs', (text) => {
    expect(stateOf(text, 'bilateral_symptoms')).toBeUndefined();
  });

  it.each(["my leg's ache every night", "both my leg's throb in bed"])(
    '"%s" → the slipped apostrophe still reads as legs',
    (text) => {
      expect(stateOf(text, 'bilateral_symptoms')).toBe('present');
    },
  );
});

describe('stairs or rising from a seat said to be hard keep progressive weakness open (asked, not assumed)', () => {
  it.each([
    'Going up the stairs has become hard for him.',
    'I struggle to stand up from the armchair.',
    'she has trouble getting up off the settee',
  ])('"%s" → progressive weakness open, not counted by triage', (text) => {
    const f = found(text, 'progressive_weakness');
    expect(f?.state).toBe('unknown');
    expect(f?.possibly).toBeUndefined();
  });

  it.each([
    'No trouble climbing the stairs.',
    'stairs are no problem',
    'trouble getting up in the night to pass water',
  ])('"%s" → says nothing of weakness', (text) => {
    expect(found(text, 'progressive_weakness')).toBeUndefined();
  });

  it('weakness said plainly stays present', () => {
    expect(stateOf('My leg is getting weaker and the stairs are hard.', 'progressive_weakness')).toBe(
      'present',
    );
  });
});
