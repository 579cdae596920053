import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('a thermometer reading says whether there is a fever', () => {
  it.each([
    'no fever, I took his temperature twice and it was 36.9',
    'my temp is normal',
    'temperature fine this morning',
    'checked her temp, 37.2',
    'thermometer said 98.4',
  ])('normal: %s → fever absent', (text) => {
    expect(stateOf(text, 'fever')).toBe('absent');
  });

  it.each([
    'he has a temperature',
    'temp 38.4 last night',
    'her temperature was 37.1 this morning but 38.9 by teatime',
    'temperature of 101',
    'temp 39 yesterday and 37 today',
  ])('a fever said or read: %s → fever present', (text) => {
    expect(stateOf(text, 'fever')).toBe('present');
  });
});
