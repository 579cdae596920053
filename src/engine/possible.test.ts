import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atLeastAsUrgent,
  findings,
  triageRules,
  type UrgencyLevel,
  urgencyDescriptions,
} from '../knowledge/index.js';
import { assess } from './assess.js';
import type { Case, EvidenceItem } from './types.js';

/**
 * Hedged mentions ("slight swelling maybe??") count as possibly present for triage only (issue 12 follow-up):
 * they raise the level to the rule they would fire, never lower it, never change the ranking, and an answer
 * (yes or no) always wins over the hedge.
 */

const rank = (level: UrgencyLevel) => urgencyDescriptions[level].rank;
const findingIds = findings.map((f) => f.id);
/** Findings that take part in a rule at 24 h or more urgent: the ones a hedge can matter for. */
const redFlagFindings = [
  ...new Set(
    triageRules
      .filter((r) => atLeastAsUrgent(r.level, 'consultation_24'))
      .flatMap((r) => [...r.all, ...(r.any ?? [])]),
  ),
];

const evidence = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom(...findingIds),
      state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
    }),
    { selector: (e) => e.id, maxLength: 8 },
  )
  .map((items) => items as EvidenceItem[]);
const possible = fc.uniqueArray(fc.constantFrom(...redFlagFindings), { minLength: 1, maxLength: 3 });
const person = fc.record({
  age: fc.integer({ min: 18, max: 105 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
});

describe('hedged red flags (Case.possible)', () => {
  it('never lower the level, never change the ranking, and make the result provisional when they raise it', () => {
    fc.assert(
      fc.property(person, evidence, possible, (p, ev, maybe) => {
        const plain = assess({ ...p, evidence: ev });
        const hedged = assess({ ...p, evidence: ev, possible: maybe });
        expect(rank(hedged.triage.level)).toBeLessThanOrEqual(rank(plain.triage.level));
        expect(hedged.conditions.map((c) => [c.id, c.probability, c.band])).toEqual(
          plain.conditions.map((c) => [c.id, c.probability, c.band]),
        );
        if (hedged.triage.level !== plain.triage.level) {
          expect(hedged.triage.provisional).toBe(true);
          expect(hedged.triage.reasons.every((r) => r.id.startsWith('possible_'))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an answered finding is never "possible": a no (negated) never fires, a yes fires as stated', () => {
    fc.assert(
      fc.property(person, evidence, possible, fc.boolean(), (p, ev, maybe, yes) => {
        const answered: EvidenceItem[] = [
          ...ev.filter((e) => !maybe.includes(e.id)),
          ...maybe.map((id) => ({ id, state: yes ? ('present' as const) : ('absent' as const) })),
        ];
        const withHedge = assess({ ...p, evidence: answered, possible: maybe });
        const without = assess({ ...p, evidence: answered });
        expect(withHedge.triage.level).toBe(without.triage.level);
        expect(withHedge.triage.reasons.some((r) => r.id.startsWith('possible_'))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('every single-finding red-flag rule sets at least its level when its finding is only hedged', () => {
    for (const rule of triageRules) {
      if (!atLeastAsUrgent(rule.level, 'consultation_24')) continue;
      const one = rule.all.length === 1 && (rule.any ?? []).length === 0 ? rule.all[0] : undefined;
      if (!one) continue;
      const person: Case = { age: 60, sex: 'female', evidence: [], possible: [one] };
      const result = assess(person);
      expect(atLeastAsUrgent(result.triage.level, rule.level), rule.id).toBe(true);
      expect(result.triage.provisional).toBe(true);
    }
  });

  it('a doubted emergency sign is asked, not taken as an emergency that ends the interview', () => {
    const result = assess({ age: 60, sex: 'female', evidence: [], possible: ['chest_pain_or_breathless'] });
    expect(result.triage.level).toBe('emergency_ambulance');
    expect(result.triage.provisional).toBe(true);
    expect(result.shouldStop).toBe(false);
    expect(result.question).not.toBeNull();
  });

  it('a hedged swollen calf after a previous clot is checked the same day (consultation within 24 h)', () => {
    const result = assess({
      age: 55,
      sex: 'male',
      evidence: [
        { id: 'pain_calf', state: 'present' },
        { id: 'previous_dvt', state: 'present' },
      ],
      possible: ['one_leg_swollen'],
    });
    expect(atLeastAsUrgent(result.triage.level, 'consultation_24')).toBe(true);
    expect(result.triage.reasons.map((r) => r.id)).toContain('possible_suspected_dvt');
  });
});
