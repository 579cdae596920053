import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/engine/index.js';
import { atLeastAsUrgent, isCitation, type UrgencyLevel, urgencyLevels } from '../src/knowledge/index.js';

/**
 * Structured safety cases written from guidance (NICE, NHS, IDSA, BSR): evidence ids only, no text. Each has
 * the least urgent level the guidance accepts and its source; every one must hold (issue 11).
 */
interface SafetyCase {
  readonly id: string;
  readonly age: number;
  readonly sex: 'female' | 'male';
  /** Finding ids: `id` present, `!id` absent. */
  readonly evidence: readonly string[];
  readonly minLevel: UrgencyLevel;
  readonly source: string;
  readonly why: string;
}

const cases: SafetyCase[] = JSON.parse(
  readFileSync(new URL('./fixtures/safety-cases.json', import.meta.url), 'utf8'),
);

describe('structured safety cases from guidance', () => {
  it('has at least 40 cases, each with a known level and cited sources', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(urgencyLevels, c.id).toContain(c.minLevel);
      for (const s of c.source.split(';').map((x) => x.trim()))
        expect(isCitation(s), `${c.id}: ${s}`).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s reaches at least its minimum level', (_, c) => {
    const a = assess({
      age: c.age,
      sex: c.sex,
      evidence: c.evidence.map((e) =>
        e.startsWith('!')
          ? { id: e.slice(1), state: 'absent' as const }
          : { id: e, state: 'present' as const },
      ),
    });
    expect(
      atLeastAsUrgent(a.triage.level, c.minLevel),
      `${c.id}: ${a.triage.level} < ${c.minLevel} (${c.why})`,
    ).toBe(true);
  });
});
