import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complaintsNotPain,
  findings,
  findingsById,
  painFelt,
  painNotPresupposed,
} from '../knowledge/index.js';
import { assess } from './assess.js';
import type { EvidenceItem } from './types.js';

/**
 * Issue #14, role-play set 14: after an opening whose complaint is not pain (leg jerks a bed partner saw,
 * numbness, an urge to move, crawling, heaviness, swelling), a question worded about "the pain" cannot be
 * answered. Property: whatever else is said and however the interview is answered, while every pain is denied
 * or not known, no question that waits for a pain is asked.
 */
const gate = painNotPresupposed.anyOf ?? [];
const waitsForPain = new Set(
  findings
    .filter(
      (f) =>
        f.askIf === painNotPresupposed || (f.askIf?.anyOf && gate.every((g) => f.askIf?.anyOf?.includes(g))),
    )
    .map((f) => f.id),
);
const pain = new Set(painFelt);
const others = findings.map((f) => f.id).filter((id) => !pain.has(id) && !waitsForPain.has(id));
const state = fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const);
const painState = fc.constantFrom('absent' as const, 'unknown' as const);

const opening = fc.record({
  age: fc.integer({ min: 18, max: 95 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
  complaints: fc.uniqueArray(fc.constantFrom(...complaintsNotPain), { minLength: 1, maxLength: 3 }),
  also: fc.uniqueArray(fc.record({ id: fc.constantFrom(...others), state }), {
    selector: (e) => e.id,
    maxLength: 6,
  }),
  /** Answers to the questions, taken in turn: one state per option (a pain's answer is folded to absent/unknown). */
  answers: fc.array(fc.tuple(state, painState), { minLength: 40, maxLength: 40 }),
});

describe('no question that takes a pain for granted after a complaint that is not pain', () => {
  it('the gated questions are the ones worded about the pain', () => {
    expect([...waitsForPain].sort()).toEqual(
      expect.arrayContaining([
        'joint_pain_swelling',
        'relief_anti_inflammatory',
        'ankle_bruise_without_knock',
      ]),
    );
    for (const id of waitsForPain) expect(findingsById.get(id)?.question, id).toBeDefined();
  });

  it('random openings without pain, random answers with every pain absent or unknown', () => {
    fc.assert(
      fc.property(opening, ({ age, sex, complaints, also, answers }) => {
        const evidence: EvidenceItem[] = [
          ...complaints.map((id) => ({ id, state: 'present' as const })),
          ...also.filter((e) => !complaints.includes(e.id)),
        ];
        let turn = 0;
        for (let step = 0; step < 12; step++) {
          const a = assess({ age, sex, evidence });
          if (!a.question) return;
          for (const o of a.question.options) {
            expect(waitsForPain.has(o.finding), `${o.finding} asked after ${complaints.join(', ')}`).toBe(
              false,
            );
            const [s, painS] = answers[turn++ % answers.length] ?? ['unknown', 'unknown'];
            evidence.push({ id: o.finding, state: pain.has(o.finding) ? painS : s });
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
