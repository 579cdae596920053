import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerEvidence, groupAnswerProblem } from './answers.js';
import type { Question } from './types.js';

const group = (unticked: Question['unticked'], ids: readonly string[]): Question => ({
  id: 'g',
  kind: 'group',
  phase: unticked === 'open' ? 'red_flag_screen' : 'history',
  text: 'Do any of these apply?',
  why: '',
  unticked,
  options: ids.map((finding) => ({ finding, text: finding })),
});
const ids = ['fever', 'one_leg_swollen', 'spreading_redness', 'chest_pain_or_breathless'];
const stateArb = fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const);

describe('group answers', () => {
  it('per-item states are recorded exactly as given, for every kind of group', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('open' as const, 'unknown' as const),
        fc.dictionary(fc.constantFrom(...ids), stateArb),
        (unticked, items) => {
          const evidence = answerEvidence(group(unticked, ids), { items });
          for (const [id, state] of Object.entries(items))
            expect(evidence.find((e) => e.id === id)?.state).toBe(state);
          // An option not listed is never "no": unknown (history) or left open (screen, complaint).
          for (const id of ids.filter((i) => !(i in items))) {
            const e = evidence.find((x) => x.id === id);
            if (unticked === 'open') expect(e).toBeUndefined();
            else expect(e?.state).toBe('unknown');
          }
        },
      ),
    );
  });

  it('one answer can say "no" to some options and "don\'t know" to others', () => {
    const evidence = answerEvidence(group('unknown', ids), {
      items: { fever: 'absent', one_leg_swollen: 'unknown', spreading_redness: 'present' },
    });
    expect(evidence).toEqual([
      { id: 'fever', state: 'absent' },
      { id: 'one_leg_swollen', state: 'unknown' },
      { id: 'spreading_redness', state: 'present' },
      { id: 'chest_pain_or_breathless', state: 'unknown' },
    ]);
  });

  it('a tick list: unticked is unknown (not reported), never no; "none of these" is no for each', () => {
    fc.assert(
      fc.property(fc.subarray(ids, { minLength: 1 }), (chosen) => {
        const evidence = answerEvidence(group('unknown', ids), { chosen });
        for (const e of evidence) expect(e.state).toBe(chosen.includes(e.id) ? 'present' : 'unknown');
        expect(answerEvidence(group('open', ids), { chosen }).every((e) => e.state === 'present')).toBe(true);
      }),
    );
    for (const unticked of ['open', 'unknown'] as const)
      expect(answerEvidence(group(unticked, ids), { chosen: [] })).toEqual(
        ids.map((id) => ({ id, state: 'absent' })),
      );
  });

  it('says what is wrong with a bad group answer, and accepts a good one', () => {
    const q = group('open', ids);
    expect(groupAnswerProblem(q, { items: { fever: 'absent' } })).toBeNull();
    expect(groupAnswerProblem(q, { chosen: ['fever'] })).toBeNull();
    expect(groupAnswerProblem(q, { items: { gout: 'present' } })).toMatch(/"gout" is not an option/);
    expect(groupAnswerProblem(q, { items: { fever: 'yes' } })).toMatch(/items.fever must be/);
    expect(groupAnswerProblem(q, { items: ['fever'] })).toMatch(/items must be an object/);
    expect(groupAnswerProblem(q, { chosen: ['x'] })).toMatch(/not an option/);
    expect(groupAnswerProblem(q, { picked: [] })).toMatch(/a group answer is/);
  });
});
