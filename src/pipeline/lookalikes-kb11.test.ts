import { describe, expect, it } from 'vitest';
import { assessInput } from './assess-input.js';

/**
 * Look-alikes the tool does not model, told with their recognisable feature (our own wordings, issue #12):
 * "a cause this tool does not model" comes first, and triage stays where the red-flag rules put it.
 */
const leading = (text: string, age: number, sex: 'female' | 'male') =>
  assessInput({ age, sex, evidence: [], text }).conditions[0]?.id;

describe('recognisable look-alikes rank `other` first', () => {
  it.each([
    ['Both shoulders and both hips ache and are stiff for an hour every morning.', 73, 'female'],
    [
      'My thighs ache at night and I cannot lift my arms up to brush my hair, stiff every morning.',
      69,
      'male',
    ],
    ['Stabbing under my heel with the first steps out of bed, easing as I walk about.', 47, 'female'],
    ['Burning between my third and fourth toes, like a pebble in my shoe, it nags in bed.', 51, 'female'],
    ['A numb burning patch on the outside of my thigh, worse standing, no weakness.', 42, 'male'],
    ['Since the frost my toes are itchy, purple and swollen and burn when I warm up in bed.', 39, 'female'],
  ] as const)('"%s" → other', (text, age, sex) => {
    expect(leading(text, age, sex)).toBe('other');
  });
});
