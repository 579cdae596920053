import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * Issue #14, role-play set 15: things said in the opening that the reader missed, so the interview asked them
 * again. Our own wordings, never the set's sentences.
 */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('a leg said to have gone weak, with the verb run into the leg', () => {
  it.each([
    "My leg's gone weak.",
    "The pain is at the front of the thigh and the leg's gone weak on me.",
    "His leg's become weak since the summer.",
  ])('"%s" → progressive weakness present', (text) => {
    expect(stateOf(text, 'progressive_weakness')).toBe('present');
  });
});

describe('a foot that will not lift, told with the foot as the subject', () => {
  it.each([
    "My foot won't lift properly since this morning.",
    'Her foot wont lift when she walks.',
    "The front of my foot doesn't come up any more.",
    "My toes won't lift off the floor.",
  ])('"%s" → foot drop present', (text) => {
    expect(stateOf(text, 'foot_drop')).toBe('present');
  });

  it('a foot that lifts fine is not a foot drop', () => {
    expect(stateOf('I can lift my foot fine.', 'foot_drop')).not.toBe('present');
  });
});

describe('a shin that has gone red or swollen, with the pain told after "and", is where it is felt', () => {
  it.each([
    "My shin's gone hot and it throbs in bed.",
    'The shin is swollen and it is tender to touch.',
    'My shins are red and they ache.',
  ])('"%s" → pain over the shin', (text) => {
    expect(stateOf(text, 'pain_shin')).toBe('present');
  });

  it('a red shin with no pain told is not read as shin pain', () => {
    expect(stateOf('My shin is a bit red.', 'pain_shin')).not.toBe('present');
  });
});
