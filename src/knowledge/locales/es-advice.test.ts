import { describe, expect, it } from 'vitest';
import { type ConditionDefinition, conditions as catalog } from '../index.js';
import { spanishAdvice, spanishInvestigations } from './es-advice.js';

const conditions: readonly ConditionDefinition[] = catalog;

describe('Spanish advice', () => {
  it('every advice item of every cause has Spanish text, in the same order and number', () => {
    for (const c of conditions) {
      const es = spanishAdvice[c.id];
      expect(es, `${c.id}: no Spanish advice`).toBeDefined();
      expect(es?.advice.length, `${c.id}: advice items`).toBe(c.advice.length);
      c.advice.forEach((item, i) => {
        const text = es?.advice[i] ?? '';
        expect(text.trim(), `${c.id} advice[${i}]`).not.toBe('');
        expect(text, `${c.id} advice[${i}] is the English text`).not.toBe(item.text);
      });
    }
  });

  it('every reason to withhold advice (avoid) has Spanish text, and no kind is left over', () => {
    for (const c of conditions) {
      const es = spanishAdvice[c.id]?.avoid ?? {};
      const kinds = (c.avoid ?? []).map((a) => a.kind);
      expect(Object.keys(es).sort(), `${c.id}: avoid kinds`).toEqual([...kinds].sort());
      for (const a of c.avoid ?? []) expect(es[a.kind], `${c.id} avoid ${a.kind}`).not.toBe(a.reason);
    }
  });

  it('has no cause the catalog does not have', () => {
    const ids = new Set<string>(conditions.map((c) => c.id));
    expect(Object.keys(spanishAdvice).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('keeps the emergency numbers in the form the web app swaps for the reader’s number', () => {
    for (const c of conditions)
      c.advice.forEach((item, i) => {
        const numbers = item.text.match(/\d{3} \/ \d{3} \/ \d{3}/g) ?? [];
        for (const n of numbers) expect(spanishAdvice[c.id]?.advice[i]).toContain(n);
      });
  });
});

describe('Spanish investigations', () => {
  it('every cause with investigations has them in Spanish', () => {
    for (const c of conditions)
      if ((c.investigations ?? []).length > 0)
        expect(spanishInvestigations[c.id], `${c.id}: no Spanish investigations`).toBeDefined();
  });

  it('each listed cause has Spanish for every investigation, in the same order and number', () => {
    for (const [id, es] of Object.entries(spanishInvestigations)) {
      const c = conditions.find((x) => x.id === id);
      expect(c, `${id}: not a condition`).toBeDefined();
      const english = c?.investigations ?? [];
      expect(es.length, `${id}: investigations`).toBe(english.length);
      es.forEach((t, i) => {
        expect(t.name.trim(), `${id} investigations[${i}]`).not.toBe('');
        expect(t.patientName.trim(), `${id} investigations[${i}]`).not.toBe('');
        expect(t.name, `${id} investigations[${i}] is the English text`).not.toBe(english[i]?.name);
      });
    }
  });
});
