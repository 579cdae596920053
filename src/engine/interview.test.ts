import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findings, historyGroups, screeningGroups, urgencyDescriptions } from '../knowledge/index.js';
import { answerEvidence } from './answers.js';
import { assess } from './assess.js';
import { infer, presentProbability } from './inference.js';
import { interviewSettings } from './interview.js';
import { network } from './network.js';
import type { Case, EvidenceItem } from './types.js';

const screened = screeningGroups.flatMap((g) => g.findings);
const findingIds = findings.map((f) => f.id);
const rank = (c: Case) => urgencyDescriptions[assess(c).triage.level].rank;

const evidenceArb = (ids: readonly string[], maxLength: number) =>
  fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...ids),
      state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
    }),
    { selector: (e) => e.id, maxLength },
  );

const person = fc.record({
  age: fc.integer({ min: 18, max: 100 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
});

describe('interview: order and stopping', () => {
  it('asks the red-flag screen first whenever a screened answer is unknown', () => {
    const nonScreened = findingIds.filter((id) => !screened.includes(id));
    fc.assert(
      fc.property(person, evidenceArb(nonScreened, 10), (p, evidence) => {
        const a = assess({ ...p, evidence });
        if (urgencyDescriptions[a.triage.level].rank <= urgencyDescriptions.emergency.rank) return;
        expect(a.question?.phase).toBe('red_flag_screen');
        expect(a.shouldStop).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('an emergency answer stops the interview at once with the emergency result', () => {
    for (const flag of [
      'saddle_numbness',
      'sudden_cold_pale_leg',
      'chest_pain_or_breathless',
      'sudden_severe_pain',
    ]) {
      const a = assess({ age: 60, sex: 'female', evidence: [{ id: flag, state: 'present' }] });
      expect(a.shouldStop, flag).toBe(true);
      expect(a.question, flag).toBeNull();
      expect(['emergency', 'emergency_ambulance']).toContain(a.triage.level);
    }
  });

  it('never stops while an unasked question could raise the urgency with probability above the threshold', () => {
    const screenedAbsent: EvidenceItem[] = screened.map((id) => ({ id, state: 'absent' }));
    const rest = findingIds.filter((id) => !screened.includes(id));
    fc.assert(
      fc.property(person, evidenceArb(rest, 14), (p, extra) => {
        const c: Case = { ...p, evidence: [...screenedAbsent, ...extra] };
        const a = assess(c);
        if (!a.shouldStop) return;
        const posterior = infer(c);
        const answered = new Set(c.evidence.map((e) => e.id));
        const now = rank(c);
        for (const id of rest) {
          if (answered.has(id)) continue;
          const i = network.findingIndex.get(id) as number;
          let pYes = 0;
          network.configurations.forEach((config, k) => {
            pYes += (posterior.weights[k] as number) * presentProbability(network, i, config);
          });
          const raiseIfYes =
            rank({ ...c, evidence: [...c.evidence, { id, state: 'present' }] }) < now ? pYes : 0;
          const raiseIfNo =
            rank({ ...c, evidence: [...c.evidence, { id, state: 'absent' }] }) < now ? 1 - pYes : 0;
          expect(raiseIfYes + raiseIfNo, `${id} could still raise urgency`).toBeLessThan(
            interviewSettings.urgencyChangeProbability,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('always ends: a simulated patient who answers "not sure" to everything reaches a stop', () => {
    fc.assert(
      fc.property(person, (p) => {
        let evidence: EvidenceItem[] = [];
        for (let step = 0; step < 60; step++) {
          const a = assess({ ...p, evidence });
          if (a.shouldStop) return;
          expect(a.question).not.toBeNull();
          evidence = [
            ...evidence,
            ...answerEvidence(a.question as NonNullable<typeof a.question>, 'unknown'),
          ];
        }
        throw new Error('interview did not stop');
      }),
      { numRuns: 30 },
    );
  });

  it('after the screen, asks the clot history when a clot is in play (Wells needs it), never offering pregnancy to men', () => {
    const screenedAbsent: EvidenceItem[] = screened.map((id) => ({
      id,
      state: id === 'one_leg_swollen' ? 'present' : 'absent',
    }));
    const woman = assess({
      age: 40,
      sex: 'female',
      evidence: [...screenedAbsent, { id: 'pain_calf', state: 'present' }],
    });
    expect(woman.question?.id).toBe('history_clot');
    expect(woman.question?.phase).toBe('history');
    expect(woman.question?.options.map((o) => o.finding)).toContain('pregnant_or_postpartum');
    const man = assess({
      age: 40,
      sex: 'male',
      evidence: [...screenedAbsent, { id: 'pain_calf', state: 'present' }],
    });
    expect(man.question?.id).toBe('history_clot');
    expect(man.question?.options.map((o) => o.finding)).not.toContain('pregnant_or_postpartum');
  });

  it('asks a history group only when its causes together reach the relevance threshold, and only once', () => {
    const screenedAbsent: EvidenceItem[] = screened.map((id) => ({ id, state: 'absent' }));
    fc.assert(
      fc.property(
        person,
        evidenceArb(
          findingIds.filter((id) => !screened.includes(id)),
          8,
        ),
        (p, extra) => {
          const c: Case = { ...p, evidence: [...screenedAbsent, ...extra] };
          const a = assess(c);
          const group = historyGroups.find((g) => g.id === a.question?.id);
          if (!group) return;
          const weight = group.relevantTo.reduce(
            (sum, id) => sum + (a.conditions.find((x) => x.id === id)?.probability ?? 0),
            0,
          );
          expect(weight).toBeGreaterThanOrEqual(interviewSettings.historyRelevance - 1e-9);
          const next = assess({
            ...c,
            evidence: [
              ...c.evidence,
              ...answerEvidence(a.question as NonNullable<typeof a.question>, { chosen: [] }),
            ],
          });
          expect(next.question?.id).not.toBe(group.id);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('skips the clot history when clots are not in play (a typical cramp)', () => {
    const screenedAbsent: EvidenceItem[] = screened.map((id) => ({ id, state: 'absent' }));
    const a = assess({
      age: 70,
      sex: 'female',
      evidence: [
        ...screenedAbsent,
        ...['sudden_muscle_contraction', 'episode_seconds_to_minutes', 'relief_stretching_muscle'].map(
          (id) => ({
            id,
            state: 'present' as const,
          }),
        ),
      ],
    });
    // A cramp may be asked its triggers (history_cramp_triggers), but not the clot history.
    expect(a.question?.id).not.toBe('history_clot');
  });

  it('every question has a plain-language reason', () => {
    const a = assess({ age: 50, sex: 'male', evidence: [] });
    expect(a.question?.why.length).toBeGreaterThan(10);
  });
});

describe('answers', () => {
  const group = assess({ age: 50, sex: 'male', evidence: [] }).question as NonNullable<
    ReturnType<typeof assess>['question']
  >;
  it('group: chosen present, others absent; none = all absent; unknown = all unknown', () => {
    const first = group.options[0]?.finding as string;
    const chosen = answerEvidence(group, { chosen: [first] });
    expect(chosen.find((e) => e.id === first)?.state).toBe('present');
    expect(chosen.filter((e) => e.state === 'absent')).toHaveLength(group.options.length - 1);
    expect(answerEvidence(group, { chosen: [] }).every((e) => e.state === 'absent')).toBe(true);
    expect(answerEvidence(group, 'unknown').every((e) => e.state === 'unknown')).toBe(true);
  });
});
