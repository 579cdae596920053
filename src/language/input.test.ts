import { describe, expect, it } from 'vitest';
import { LanguageInputError, maxAnalysedLength, understand } from './index.js';

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

  it('reads 100 kB in bounded work and reports truncation', () => {
    const chunk = 'My left calf is swollen and I have no chest pain but maybe some numbness. ';
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const u = understand(text);
    expect(u.truncated).toBe(true);
    expect(u.analysedLength).toBe(maxAnalysedLength);
    expect(u.findings.find((f) => f.id === 'one_leg_swollen')?.state).toBe('present');
  });

  it('handles pathological input (one long word, many separators) without blowing up', () => {
    expect(understand(`${'a'.repeat(50_000)} leg pain`).truncated).toBe(true);
    expect(understand(`pain${' ,'.repeat(20_000)}`).truncated).toBe(true);
    expect(understand(`${'no '.repeat(10_000)}swelling`).truncated).toBe(true);
  });

  it('maps spans back to the original text, including after stripped characters', () => {
    const text = 'Hi\u200B! My LEFT calf is swollen.';
    const f = understand(text).findings.find((x) => x.id === 'one_leg_swollen');
    expect(f).toBeDefined();
    expect(text.slice(...(f?.span ?? [0, 0]))).toBe(f?.text);
    expect(f?.text.toLowerCase()).toContain('calf is swollen');
  });
});
