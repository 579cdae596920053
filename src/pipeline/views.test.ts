import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { random, syntheticCases } from '../../bench/cases.js';
import { inferenceTolerance, network } from '../engine/index.js';
import type { CaseInput } from '../schema/case.js';
import { assessCase, compactCauseFloor, compactProbability, compactRoundingBound } from './views.js';

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
      // Causes: the full ranking's order, restricted to those shown, with the same numbers rounded to the
      // compact view's digits (compact infers without enumerating the configurations: equal up to
      // `inferenceTolerance` before rounding).
      const shownIds = new Set(compact.causes.map((x) => x.id));
      const fullShown = full.conditions.filter((x) => shownIds.has(x.id));
      expect(
        compact.causes.map((x) => [x.id, x.band]),
        label,
      ).toEqual(fullShown.map((x) => [x.id, x.band]));
      compact.causes.forEach((x, k) => {
        const exact = fullShown[k]?.probability as number;
        expect(Math.abs(x.probability - exact), label).toBeLessThanOrEqual(
          compactRoundingBound(exact) + inferenceTolerance,
        );
      });
      // The first three of the ranking are always shown; anything left out is under the floor.
      expect(compact.causes.slice(0, 3).map((x) => x.id)).toEqual(
        full.conditions.slice(0, 3).map((x) => x.id),
      );
      for (const x of full.conditions)
        if (!shownIds.has(x.id)) expect(x.probability, `${label} ${x.id}`).toBeLessThan(compactCauseFloor);
      // Advice by reference, in runs: expanded, the full view's items in order, and no two runs in a row of
      // the same condition (and cause withholding it).
      const texts = (condition: string, items: readonly number[]) =>
        items.map((i) => [
          condition,
          network.conditions[network.conditionIndex.get(condition) as number]?.advice[i]?.text,
        ]);
      expect(compact.advice.shown.flatMap((r) => texts(r.condition, r.items))).toEqual(
        full.advice.items.map((i) => [i.condition, i.text]),
      );
      expect(
        compact.advice.withheld.flatMap((r) => texts(r.condition, r.items).map((x) => [...x, r.because])),
      ).toEqual(full.advice.withheld.map((w) => [w.condition, w.text, w.because]));
      for (const runs of [compact.advice.shown, compact.advice.withheld] as const)
        runs.forEach((r, k) => {
          expect(r.items.length).toBeGreaterThan(0);
          const before = runs[k - 1] as { condition: string; because?: string } | undefined;
          expect(
            before?.condition === r.condition && before?.because === (r as { because?: string }).because,
          ).toBe(false);
        });
    }
  });

  it('compact probabilities: cut to 4 significant digits; above 0 stays above 0, below 1 below 1', () => {
    expect(compactProbability(0.123456789)).toBe(0.1234);
    expect(compactProbability(0.000012345678)).toBe(0.00001234);
    expect(compactProbability(0.57)).toBe(0.57);
    expect(compactProbability(0.99999)).toBe(0.9999);
    expect(compactProbability(0)).toBe(0);
    expect(compactProbability(1)).toBe(1);
    for (const p of [1e-300, 3.3e-7, 0.01, 0.049999, 0.5, 0.99]) {
      const r = compactProbability(p);
      expect(r).toBeGreaterThan(0);
      expect(Math.abs(r - p)).toBeLessThanOrEqual(compactRoundingBound(p));
    }
    // Cut, not rounded: a client rounding to a whole percent (the web app, the PDF) shows the full view's percent.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        expect(Math.round(compactProbability(p) * 100)).toBe(Math.round(p * 100));
      }),
    );
    const sample = cases
      .slice(0, 30)
      .map((c) => JSON.stringify(assessCase(c, { view: 'compact', include: [] })));
    let written = 0;
    for (const text of sample)
      for (const [, number] of text.matchAll(/"probability":([-+.\de]+)/g)) {
        const significant = (number as string).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '');
        expect(significant.length, number).toBeLessThanOrEqual(4);
        written++;
      }
    expect(written).toBeGreaterThan(30);
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
