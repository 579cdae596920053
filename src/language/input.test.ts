import { describe, expect, it } from 'vitest';
import { LanguageInputError, maxTextLength, understand } from './index.js';

describe('bad input', () => {
  it.each(['', '   ', '\n\t  \n'])('rejects empty or blank text %j', (text) => {
    expect(() => understand(text)).toThrow(LanguageInputError);
    try {
      understand(text);
    } catch (e) {
      expect((e as LanguageInputError).reason).toBe('empty');
    }
  });

  it('rejects non-strings', () => {
    expect(() => understand(42 as unknown as string)).toThrow(LanguageInputError);
    expect(() => understand(null as unknown as string)).toThrow(/text expected/);
  });

  it('rejects binary data with a clear message', () => {
    const binary = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7) % 32));
    expect(() => understand(binary)).toThrow(/binary/);
  });

  it('rejects text with no words', () => {
    expect(() => understand('12345 !!! ...')).toThrow(LanguageInputError);
  });

  it('strips stray control and invisible characters and keeps reading', () => {
    const u = understand('my left\u0000 calf is sw\u200Bollen\u0007 and red');
    expect(u.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['one_leg_swollen', 'one_leg_warm_red']),
    );
  });

  it('reads text up to the limit whole, and refuses longer text naming the limit (never cuts it)', () => {
    const chunk = 'My left calf is swollen and I have no chest pain but maybe some numbness. ';
    const atLimit = `${chunk.repeat(Math.floor(maxTextLength / chunk.length) - 1)}I cannot pass urine.`;
    expect(atLimit.length).toBeLessThanOrEqual(maxTextLength);
    const u = understand(atLimit);
    expect(u.truncated).toBe(false);
    expect(u.analysedLength).toBe(atLimit.length);
    // The red flag at the very end is read.
    expect(u.findings.find((f) => f.id === 'bladder_bowel_change')?.state).toBe('present');
    const over = `${atLimit} ${'x'.repeat(maxTextLength)}`;
    expect(() => understand(over)).toThrow(LanguageInputError);
    expect(() => understand(over)).toThrow(new RegExp(`limit is ${maxTextLength}`));
  });

  it('handles pathological input (one long word, many separators) up to the limit', () => {
    const tail = ' my calf cramps at night';
    expect(
      understand(`${'a'.repeat(maxTextLength - tail.length)}${tail}`).findings.map((f) => f.id),
    ).toContain('sudden_muscle_contraction');
    expect(understand(`pain${' ,'.repeat((maxTextLength - 4) / 2)}`).truncated).toBe(false);
    expect(understand(`${'no '.repeat(maxTextLength / 3 - 3)}swelling`).findings).toBeDefined();
  });

  it('maps spans back to the original text, including after stripped characters', () => {
    const text = 'Hi\u200B! My LEFT calf is swollen.';
    const f = understand(text).findings.find((x) => x.id === 'one_leg_swollen');
    expect(f).toBeDefined();
    expect(text.slice(...(f?.span ?? [0, 0]))).toBe(f?.text);
    expect(f?.text.toLowerCase()).toContain('calf is swollen');
  });
});
