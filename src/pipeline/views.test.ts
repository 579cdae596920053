import { describe, expect, it } from 'vitest';
import { random, syntheticCases } from '../../bench/cases.js';
import { inferenceTolerance } from '../engine/index.js';
import type { CaseInput } from '../schema/case.js';
import { assessCase, compactCauseFloor } from './views.js';

/** Random structured cases from the bench generator, with some warning-sign answers and ids mixed in. */
function randomCases(count: number, seed: number): CaseInput[] {
  const next = random(seed);
  return syntheticCases(count, seed).map((c, n) => ({
    ...(n % 3 === 0 ? {} : { id: c.id }),
    age: c.age,
    sex: c.sex as CaseInput['sex'],
    evidence: [
      ...(c.evidence as CaseInput['evidence']),
      ...(next() < 0.3
        ? [{ id: 'saddle_numbness', state: next() < 0.5 ? 'present' : 'absent' } as const]
        : []),
    ],
  }));
}

describe('compact view against the full pipeline, random cases', () => {
  const cases = randomCases(250, 7);

  it('the same triage, cause order, probabilities and bands as the full result', () => {
    for (const c of cases) {
      const compact = assessCase(c, { view: 'compact', include: [] });
      const full = assessCase(c, { view: 'full' });
      const label = String(c.id ?? JSON.stringify(c.evidence));
      expect(compact.id, label).toBe(full.id);
      expect(compact.triage.level, label).toBe(full.triage.level);
      expect(compact.triage.provisional, label).toBe(full.triage.provisional);
      expect(compact.triage.reasons, label).toEqual(
        full.triage.reasons.map((r) => ({ kind: r.kind, id: r.id, text: r.reason })),
      );
      expect(compact.triage.unansweredCount, label).toBe(full.triage.unanswered.length);
      expect(compact.triage, label).not.toHaveProperty('unanswered');
      const listed = assessCase(c, { view: 'compact', include: ['unanswered'] });
      expect(listed.triage.unanswered, label).toEqual(full.triage.unanswered.map((u) => u.id));
      // Causes: the full ranking's order, restricted to those shown, with the same numbers (compact infers
      // without enumerating the configurations: equal up to rounding, `inferenceTolerance`).
      const shownIds = new Set(compact.causes.map((x) => x.id));
      const fullShown = full.conditions.filter((x) => shownIds.has(x.id));
      expect(
        compact.causes.map((x) => [x.id, x.band]),
        label,
      ).toEqual(fullShown.map((x) => [x.id, x.band]));
      compact.causes.forEach((x, k) => {
        expect(Math.abs(x.probability - (fullShown[k]?.probability as number)), label).toBeLessThanOrEqual(
          inferenceTolerance,
        );
      });
      // The first three of the ranking are always shown; anything left out is under the floor.
      expect(compact.causes.slice(0, 3).map((x) => x.id)).toEqual(
        full.conditions.slice(0, 3).map((x) => x.id),
      );
      for (const x of full.conditions)
        if (!shownIds.has(x.id)) expect(x.probability, `${label} ${x.id}`).toBeLessThan(compactCauseFloor);
      // Advice by reference: the full view's items, in order.
      expect(compact.advice.shown.map((i) => i.condition)).toEqual(full.advice.items.map((i) => i.condition));
      expect(compact.advice.withheld.map((w) => [w.condition, w.because])).toEqual(
        full.advice.withheld.map((w) => [w.condition, w.because]),
      );
    }
  });

  it('explanations only with include=explanations, and then the full result’s factors', () => {
    let explainedCauses = 0;
    for (const c of cases.slice(0, 120)) {
      const compact = assessCase(c, { view: 'compact', include: [] });
      const explained = assessCase(c, { view: 'compact', include: ['explanations'] });
      const full = assessCase(c, { view: 'full' });
      expect(compact.causes.every((x) => Object.keys(x).join() === 'id,probability,band')).toBe(true);
      expect(explained.causes.map((x) => x.id)).toEqual(compact.causes.map((x) => x.id));
      for (const cause of explained.causes) {
        const x = full.conditions.find((y) => y.id === cause.id);
        expect(cause.redFlagRules ?? []).toEqual(x?.redFlagRules);
        if (cause.for || cause.against) {
          explainedCauses++;
          expect(cause.for ?? []).toEqual(x?.supporting.map((f) => f.finding));
          expect(cause.against ?? []).toEqual(x?.opposing.map((f) => f.finding));
        }
      }
    }
    expect(explainedCauses).toBeGreaterThan(100);
  });

  it('the question only with include=question, and then the full result’s', () => {
    for (const c of cases.slice(0, 40)) {
      const asked = assessCase(c, { view: 'compact', include: ['question'] });
      const full = assessCase(c, { view: 'full' });
      expect(asked.question).toEqual(full.question);
      expect(asked.shouldStop).toBe(full.shouldStop);
      expect(asked.progress).toEqual(full.progress);
      expect(assessCase(c, { view: 'compact', include: [] })).not.toHaveProperty('question');
    }
  });
});
