import { describe, expect, it } from 'vitest';
import { LanguageInputError } from '../input.js';
import type { Lang } from '../locale.js';
import { localeFor } from './index.js';

describe('localeFor', () => {
  it('has English and Spanish', () => {
    expect(localeFor('en')).toBeDefined();
    expect(localeFor('es')).toBeDefined();
  });

  it('reports a language it has no tables for as bad input, not a crash (one batch line, not the batch)', () => {
    let thrown: unknown;
    try {
      localeFor('fr' as Lang);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LanguageInputError);
    expect((thrown as LanguageInputError).reason).toBe('language_unavailable');
    expect((thrown as LanguageInputError).message).toContain('"fr"');
  });
});
