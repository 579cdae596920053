import { describe, expect, it } from 'vitest';
import { compiledLocale } from './locales/index.js';
import { editDistance, SpellingCorrector } from './spelling.js';

const { spelling } = compiledLocale('en');

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('swollen', 'swollen')).toBe(0);
    expect(editDistance('swolen', 'swollen')).toBe(1);
    expect(editDistance('needels', 'needles')).toBe(1);
    expect(editDistance('tingling', 'tinglng')).toBe(1);
    expect(editDistance('excrutiating', 'excruciating')).toBe(1);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
  });
});

describe('SpellingCorrector', () => {
  const c = new SpellingCorrector(
    ['swollen', 'tingling', 'numbness', 'breathlessness', 'tingle'],
    new Set(['single']),
    new Set(["doesn't"]),
  );

  it('corrects 6+ letter words at distance 1 and 10+ letter words at distance 2', () => {
    expect(c.correct('swolen')).toBe('swollen');
    expect(c.correct('numbnes')).toBe('numbness');
    expect(c.correct('breathlesness')).toBe('breathlessness');
    expect(c.correct('brethlessnes')).toBe('breathlessness');
  });

  it('leaves short, known, protected and far words alone', () => {
    expect(c.correct('swoln')).toBeNull();
    expect(c.correct('swollen')).toBeNull();
    expect(c.correct('single')).toBeNull();
    expect(c.correct('swallow')).toBeNull();
    expect(c.correct("doesnt'")).toBeNull();
  });
});

describe('the lexicon corrector', () => {
  it('never corrects negation cues or side words', () => {
    for (const w of ["doesn't", 'without', 'neither', 'nothing', 'never', 'right', 'left'])
      expect(spelling.correct(w)).toBeNull();
  });

  it('protects real English words', () => {
    for (const w of ['single', 'yearly', 'accidental']) expect(spelling.correct(w)).toBeNull();
  });

  it('corrects common misspellings', () => {
    expect(spelling.correct('yestarday')).toBe('yesterday');
    expect(spelling.correct('tinglng')).toBe('tingling');
  });
});
