import { describe, expect, it } from 'vitest';
import { unrecognisedTexts } from './question.js';

describe('parts of the description not understood', () => {
  it('lists each once (ignoring case and spacing), at most ten, whatever the shape', () => {
    const long = Array.from({ length: 10 }, () => 'and it is awful');
    expect(unrecognisedTexts([...long, 'And  it is awful ', { text: 'my dog' }, 3, ''])).toEqual([
      'and it is awful',
      'my dog',
    ]);
    expect(unrecognisedTexts(Array.from({ length: 15 }, (_, i) => `part ${i}`))).toHaveLength(10);
    expect(unrecognisedTexts('nope')).toEqual([]);
  });
});
