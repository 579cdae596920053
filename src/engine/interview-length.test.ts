import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atLeastAsUrgent, findings } from '../knowledge/index.js';
import { type Answer, answerEvidence } from './answers.js';
import { assess } from './assess.js';
import { questionsAsked } from './interview-length.js';
import { interviewSettings } from './interview-settings.js';
import type { Case, EvidenceItem, Question } from './types.js';

const cap = interviewSettings.maxQuestions;
const none = new Set<string>();

describe('questionsAsked: the interview length read from its answers', () => {
  it('counts a single answer once, a whole group answer once, and nothing the description gave', () => {
    const evidence: EvidenceItem[] = [
      { id: 'sudden_muscle_contraction', state: 'present' },
      { id: 'pain_calf', state: 'present' },
      { id: 'pain_feet_toes', state: 'unknown' },
    ];
    const asGroup = questionsAsked(evidence, none);
    const described = questionsAsked(evidence, new Set(['sudden_muscle_contraction']));
    // sudden_muscle_contraction is a single; the two locations are one complaint-group answer.
    expect(asGroup).toBe(2);
    expect(described).toBe(1);
  });

  it('counts a red-flag screen with a tick twice (it comes back: "do any of these also apply?")', () => {
    expect(questionsAsked([{ id: 'one_leg_swollen', state: 'absent' }], none)).toBe(1);
    expect(
      questionsAsked(
        [
          { id: 'one_leg_swollen', state: 'present' },
          { id: 'fever', state: 'absent' },
        ],
        none,
      ),
    ).toBe(2);
  });
});

/** A person answering from a hidden state per finding (unknown when the state says so or is missing). */
function answerFrom(state: ReadonlyMap<string, 'present' | 'absent' | 'unknown'>, q: Question): Answer {
  if (q.kind === 'group') {
    const chosen = q.options.map((o) => o.finding).filter((id) => state.get(id) === 'present');
    return chosen.length > 0 || q.phase !== 'complaint' ? { chosen } : 'unknown';
  }
  const s = state.get(q.options[0]?.finding ?? '');
  return s === 'present' ? 'yes' : s === 'absent' ? 'no' : 'unknown';
}

const findingIds = findings.map((f) => f.id);
const personArb = fc.record({
  age: fc.integer({ min: 18, max: 100 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
  states: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...findingIds),
      state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
    }),
    { selector: (e) => e.id, maxLength: 40 },
  ),
});

/** Whether a "yes" or a "no" to this single question changes the triage level upwards. */
function couldRaiseUrgency(c: Case, finding: string): boolean {
  const now = assess(c).triage.level;
  return (['present', 'absent'] as const).some((state) => {
    const level = assess({ ...c, evidence: [...c.evidence, { id: finding, state }] }).triage.level;
    return level !== now && atLeastAsUrgent(level, now);
  });
}

describe('questionsAsked: runs', () => {
  it('counts the checklist over several screens once, and complaint options asked apart as separate questions', () => {
    const checklist: EvidenceItem[] = [
      { id: 'one_leg_swollen', state: 'absent' },
      { id: 'saddle_numbness', state: 'absent' },
    ];
    expect(questionsAsked(checklist, none)).toBe(1);
    const apart: EvidenceItem[] = [
      { id: 'pain_calf', state: 'present' },
      { id: 'sudden_muscle_contraction', state: 'absent' },
      { id: 'pain_shin', state: 'absent' },
    ];
    expect(questionsAsked(apart, none)).toBe(3);
  });
});

describe('interview length cap', () => {
  it(`no interview asks more than ${cap} questions except a red-flag screen or a question that could raise the urgency`, () => {
    fc.assert(
      fc.property(personArb, ({ age, sex, states }) => {
        const state = new Map(states.map((s) => [s.id, s.state]));
        const evidence: EvidenceItem[] = [];
        let result = assess({ age, sex, evidence });
        let asked = 0;
        while (!result.shouldStop && result.question && asked < 40) {
          const q = result.question;
          asked++;
          if (asked > cap) {
            const c: Case = { age, sex, evidence };
            const allowed =
              q.phase === 'red_flag_screen' ||
              result.triage.level === 'emergency' ||
              (q.kind === 'single' && couldRaiseUrgency(c, q.options[0]?.finding ?? ''));
            expect(allowed, `question ${asked} (${q.id}) past the cap`).toBe(true);
          }
          // The estimate never promises more than the cap leaves (at least the question in hand).
          expect(result.progress.remainingEstimate).toBeLessThanOrEqual(Math.max(1, cap - asked + 1));
          evidence.push(...answerEvidence(q, answerFrom(state, q)));
          result = assess({ age, sex, evidence });
        }
        expect(result.shouldStop).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
