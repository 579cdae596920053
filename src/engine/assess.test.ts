import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticCases } from '../../bench/cases.js';
import { criteriaFromEvidence } from '../criteria/index.js';
import {
  atLeastAsUrgent,
  findings,
  screeningGroups,
  triageRules,
  type UrgencyLevel,
  urgencyDescriptions,
} from '../knowledge/index.js';
import { allParts, assess, assessParts, inPlay, UnknownFindingError } from './assess.js';
import { instrumentConditions } from './criteria.js';
import { inferenceTolerance, presentSet } from './inference.js';
import { network } from './network.js';
import { byProbability, otherSuspectProbability, suspectLeadShare } from './ranking.js';
import { firedRules } from './triage.js';
import type { Case, EvidenceItem, Triage } from './types.js';

const findingIds = findings.map((f) => f.id);
const redFlagRules = triageRules.filter((r) => atLeastAsUrgent(r.level, 'consultation_24'));
const redFlagIds = [...network.redFlag];

const evidenceArb = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom(...findingIds),
      state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
    }),
    { selector: (e) => e.id, maxLength: 25 },
  )
  .map((items) => items as EvidenceItem[]);

const caseArb: fc.Arbitrary<Case> = fc.record({
  age: fc.integer({ min: 18, max: 105 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
  evidence: evidenceArb,
});

const rank = (level: UrgencyLevel) => urgencyDescriptions[level].rank;
const present = (...ids: string[]): EvidenceItem[] => ids.map((id) => ({ id, state: 'present' }));

describe('assess: invariants (property-based)', () => {
  it('probabilities are in [0,1], every condition is ranked: leading red-flag suspects first, then in descending order', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = assess(c);
        expect(a.conditions).toHaveLength(network.conditions.length);
        for (const cond of a.conditions) {
          expect(cond.probability).toBeGreaterThanOrEqual(0);
          expect(cond.probability).toBeLessThanOrEqual(1);
        }
        // Red-flag suspects lead only while at least `suspectLeadShare` of the likeliest cause...
        const top = Math.max(...a.conditions.map((x) => x.probability));
        const suspects = a.conditions.filter(
          (x) => x.redFlagRules.length > 0 && x.probability >= suspectLeadShare * top,
        );
        // ...and beside them an emergency cause at least as likely as the likeliest suspect.
        const likeliestSuspect = Math.max(...suspects.map((x) => x.probability));
        const flagged = a.conditions.filter(
          (x) =>
            suspects.includes(x) ||
            (suspects.length > 0 &&
              rank(x.usualUrgency) <= rank('emergency') &&
              x.probability >= likeliestSuspect),
        );
        expect(a.conditions.slice(0, flagged.length)).toEqual(flagged);
        for (const group of [flagged, a.conditions.slice(flagged.length)]) {
          for (let i = 1; i < group.length; i++) {
            // Descending, ties within `probabilityTie` (then by id) allowed.
            expect(
              byProbability(group[i - 1]?.probability ?? 0, group[i]?.probability ?? 0),
            ).toBeLessThanOrEqual(0);
          }
        }
        expect(a.triage.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a cause is flagged exactly when a fired emergency rule names it and it is the likeliest it names or in play', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = assess(c);
        const fired = triageRules.filter(
          (r) =>
            atLeastAsUrgent(r.level, 'emergency') &&
            firedRules(presentSet(a.evidence)).some((f) => f.id === r.id),
        );
        const p = new Map(a.conditions.map((x) => [x.id, x.probability]));
        const probabilityOf = (id: string) => p.get(id) ?? 0;
        for (const cond of a.conditions) {
          const expected = fired
            .filter((r) => {
              const named = r.suspects ?? [];
              if (!named.includes(cond.id)) return false;
              const top = Math.max(...named.map(probabilityOf));
              const lead = named.find((id) => probabilityOf(id) === top);
              return cond.id === lead || cond.probability >= otherSuspectProbability;
            })
            .map((r) => r.id);
          expect(cond.redFlagRules).toEqual(expected);
        }
        // Every fired emergency rule that names causes points to at least one of them.
        for (const r of fired)
          if (r.suspects?.length) expect(a.conditions.some((x) => x.redFlagRules.includes(r.id))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(assess(c)).toEqual(assess(structuredClone(c)));
      }),
      { numRuns: 500 },
    );
  });

  it('adding a present red-flag finding never lowers the triage level', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...redFlagIds), (c, flag) => {
        const before = assess(c).triage.level;
        const after = assess({
          ...c,
          evidence: [...c.evidence.filter((e) => e.id !== flag), ...present(flag)],
        }).triage.level;
        expect(rank(after)).toBeLessThanOrEqual(rank(before));
      }),
      { numRuns: 3000 },
    );
  });

  it('a red-flag rule always yields at least its level, whatever else is said', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...redFlagRules), fc.nat(), (c, rule, pick) => {
        const any = rule.any ?? [];
        const needed = [...rule.all, ...(any.length > 0 ? [any[pick % any.length] as string] : [])];
        const evidence = [...c.evidence.filter((e) => !needed.includes(e.id)), ...present(...needed)];
        const a = assess({ ...c, evidence });
        expect(rank(a.triage.level)).toBeLessThanOrEqual(rank(rule.level));
        // The reasons are the ones that set the level: this rule, unless a more urgent one overrides it.
        if (a.triage.level === rule.level) expect(a.triage.reasons.map((r) => r.id)).toContain(rule.id);
        expect(a.triage.reasons.every((r) => r.level === a.triage.level)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a negated (absent) or unknown red flag never fires a rule', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom('absent' as const, 'unknown' as const), (c, state) => {
        const evidence = [
          ...c.evidence.filter((e) => !network.redFlag.has(e.id)),
          ...redFlagIds.map((id) => ({ id, state })),
        ];
        const a = assess({ ...c, evidence });
        const fired = firedRules(presentSet(a.evidence));
        for (const rule of fired) for (const id of rule.findings) expect(redFlagIds).not.toContain(id);
        // With only negated red flags said, nothing fires at all.
        expect(
          firedRules(
            presentSet(assess({ ...c, evidence: redFlagIds.map((id) => ({ id, state })) }).evidence),
          ),
        ).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('assess: examples', () => {
  const levelOf = (evidence: EvidenceItem[], age = 60, sex: 'female' | 'male' = 'female') =>
    assess({ age, sex, evidence }).triage.level;

  it('DVT signs with breathlessness call an ambulance (S11, S12)', () => {
    expect(levelOf(present('one_leg_swollen', 'chest_pain_or_breathless'))).toBe('emergency_ambulance');
  });

  it('one swollen leg is at least same-day; with sudden severe pain, an emergency (seed:L15)', () => {
    expect(levelOf(present('one_leg_swollen'))).toBe('consultation_24');
    expect(levelOf(present('one_leg_swollen', 'sudden_severe_pain'))).toBe('emergency');
  });

  it('saddle numbness is an emergency (S130)', () => {
    expect(levelOf(present('saddle_numbness', 'back_pain'))).toBe('emergency');
  });

  it('sciatica with new saddle numbness lists cauda equina first, with its own (lower) probability', () => {
    const a = assess({
      age: 39,
      sex: 'male',
      evidence: present('back_pain', 'pain_radiates_down_leg', 'sharp_shooting_pain', 'saddle_numbness'),
    });
    const [first, second] = a.conditions;
    expect(first?.id).toBe('cauda_equina_syndrome');
    expect(first?.redFlagRules).toEqual(['saddle_or_sphincter_symptoms']);
    expect(second?.redFlagRules).toEqual([]);
    const plain = assess({ age: 39, sex: 'male', evidence: present('back_pain', 'pain_radiates_down_leg') });
    expect(plain.conditions.every((c) => c.redFlagRules.length === 0)).toBe(true);
  });

  it('weak legs with rising tingling after an infection: Guillain–Barré first; cauda equina still to rule out, not listed first', () => {
    const a = assess({
      age: 34,
      sex: 'female',
      evidence: present('weakness_both_legs', 'recent_infection', 'ascending_numbness', 'bilateral_symptoms'),
    });
    expect(a.triage.level).toBe('emergency');
    expect(a.conditions[0]?.id).toBe('guillain_barre_syndrome');
    const ces = a.conditions.find((c) => c.id === 'cauda_equina_syndrome');
    const top = a.conditions[0]?.probability ?? 0;
    expect(ces?.probability).toBeLessThan(suspectLeadShare * top);
    expect(ces?.redFlagRules).toEqual(['weakness_both_legs']);
    expect(ces?.band).toBe('rule_out_first');
  });

  it('a typical night cramp with the whole screen answered "no" is self-care and ranks cramps first', () => {
    const a = assess({
      age: 70,
      sex: 'female',
      evidence: [
        ...screeningGroups.flatMap((g) => g.findings).map((id) => ({ id, state: 'absent' as const })),
        ...present(
          'sudden_muscle_contraction',
          'pain_calf',
          'episode_seconds_to_minutes',
          'relief_stretching_muscle',
        ),
      ],
    });
    expect(a.conditions[0]?.id).toBe('nocturnal_leg_cramps');
    expect(a.triage.level).toBe('self_care');
    expect(a.conditions[0]?.supporting.map((f) => f.finding)).toContain('sudden_muscle_contraction');
  });

  it('night cramps beside a classic walking calf pain eased by standing still is not self-care', () => {
    const screenNo = screeningGroups
      .flatMap((g) => g.findings)
      .map((id) => ({ id, state: 'absent' as const }));
    const cramps = present(
      'sudden_muscle_contraction',
      'pain_calf',
      'episode_seconds_to_minutes',
      'relief_stretching_muscle',
    );
    const a = assess({
      age: 66,
      sex: 'male',
      evidence: [...screenNo, ...cramps, ...present('calf_pain_walking_relieved_standing_still')],
    });
    expect(a.triage.level).toBe('consultation');
    expect(a.triage.reasons.map((r) => r.id)).toContain('care_cause_supported');
    // The same cramps alone still earn self-care: the gate is about the walking pain, not the cramps.
    expect(assess({ age: 66, sex: 'male', evidence: [...screenNo, ...cramps] }).triage.level).toBe(
      'self_care',
    );
  });

  it('typical rest pain in a diabetic smoker ranks arterial rest pain first, same-day', () => {
    const a = assess({
      age: 74,
      sex: 'male',
      evidence: present(
        'pain_feet_toes',
        'burning_pain',
        'relief_dangling_leg',
        'cool_limb',
        'smoker',
        'diabetes',
      ),
    });
    expect(a.conditions[0]?.id).toBe('arterial_rest_pain');
    expect(a.triage.level).toBe('consultation_24');
  });

  it('says which absent findings count against a cause', () => {
    const a = assess({
      age: 50,
      sex: 'female',
      evidence: [...present('pain_calf'), { id: 'sudden_muscle_contraction', state: 'absent' }],
    });
    const cramps = a.conditions.find((c) => c.id === 'nocturnal_leg_cramps');
    expect(cramps?.opposing.map((f) => f.finding)).toContain('sudden_muscle_contraction');
    expect(cramps?.opposing[0]?.weight).toBeLessThan(0);
  });

  it('joint-centred pain with morning stiffness ranks a cause the tool does not model first', () => {
    const a = assess({ age: 55, sex: 'male', evidence: present('joint_pain_swelling', 'morning_stiffness') });
    expect(a.conditions[0]?.id).toBe('other');
  });

  it('the last answer for a finding wins', () => {
    const a = assess({
      age: 50,
      sex: 'male',
      evidence: [
        { id: 'one_leg_swollen', state: 'present' },
        { id: 'one_leg_swollen', state: 'absent' },
      ],
    });
    expect(a.evidence).toEqual([{ id: 'one_leg_swollen', state: 'absent' }]);
    expect(a.triage.level).not.toBe('consultation_24');
  });

  it('rejects unknown finding ids', () => {
    expect(() => assess({ age: 50, sex: 'male', evidence: present('made_up') })).toThrow(UnknownFindingError);
  });
});

describe('assessParts: only the requested work, the same answers', () => {
  const cases: Case[] = syntheticCases(60, 5).map((c) => ({
    age: c.age,
    sex: c.sex as Case['sex'],
    evidence: c.evidence as EvidenceItem[],
  }));

  const leanParts = { explain: false, criteria: false, question: false, selfCare: false, clinician: false };
  const withoutClinicianText = (t: Triage) => ({
    ...t,
    reasons: t.reasons.map(({ clinicianReason: _, ...r }) => r),
  });

  it('leaving out explanations, criteria, the question, self-care and clinician text changes nothing else', () => {
    let worded = 0;
    for (const c of cases) {
      const whole = assessParts(c, allParts);
      const lean = assessParts(c, leanParts);
      expect(withoutClinicianText(lean.triage)).toEqual(withoutClinicianText(whole.triage));
      expect(assessParts(c, { ...leanParts, clinician: true }).triage).toEqual(whole.triage);
      // A rule's own clinician text is kept (it costs nothing); the sentences worded from figures are not built.
      lean.triage.reasons.forEach((r, k) => {
        const kept =
          r.kind === 'red_flag' ||
          r.kind === 'advice_rule' ||
          r.kind === 'criterion' ||
          r.id.startsWith('possible_');
        if (!kept) worded++;
        expect(r.clinicianReason).toBe(kept ? whole.triage.reasons[k]?.clinicianReason : '');
      });
      // The lean inference groups the configurations instead of enumerating them: the same up to rounding.
      expect(lean.conditions.map((x) => [x.id, x.redFlagRules, x.band])).toEqual(
        whole.conditions.map((x) => [x.id, x.redFlagRules, x.band]),
      );
      lean.conditions.forEach((x, k) => {
        expect(Math.abs(x.probability - (whole.conditions[k]?.probability as number))).toBeLessThanOrEqual(
          inferenceTolerance,
        );
      });
      expect(lean.conditions.every((x) => x.supporting.length === 0 && x.opposing.length === 0)).toBe(true);
      expect(lean.conditions.every((x) => x.selfCare === '')).toBe(true);
      expect(lean.advice).toEqual(whole.advice);
      expect(lean.criteria).toEqual([]);
      expect(lean.interview).toBeNull();
      expect(whole.interview).not.toBeNull();
    }
    expect(worded).toBeGreaterThan(0);
  });

  it('the lean inference (no question search) gives the same triage and ranking on random cases', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const whole = assessParts(c, allParts);
        const lean = assessParts(c, { ...leanParts, clinician: true });
        expect(lean.triage).toEqual(whole.triage);
        expect(lean.advice).toEqual(whole.advice);
        expect(lean.conditions.map((x) => x.band)).toEqual(whole.conditions.map((x) => x.band));
        const shown = new Map(whole.conditions.map((x) => [x.id, x.probability]));
        for (const x of lean.conditions)
          expect(Math.abs(x.probability - (shown.get(x.id) as number))).toBeLessThanOrEqual(
            inferenceTolerance,
          );
      }),
      { numRuns: 300 },
    );
  });

  it('returns criteria only for instruments about a cause in play, and every decisive one', () => {
    let dropped = 0;
    for (const c of cases) {
      const whole = assessParts(c, allParts);
      const playing = new Set(inPlay(whole.conditions).map((x) => x.id));
      for (const r of whole.criteria) {
        expect(r.decisive || instrumentConditions[r.instrument].some((id) => playing.has(id))).toBe(true);
      }
      const everything = criteriaFromEvidence({
        age: c.age,
        sex: c.sex,
        present: new Set(whole.evidence.filter((e) => e.state === 'present').map((e) => e.id)),
        absent: new Set(whole.evidence.filter((e) => e.state === 'absent').map((e) => e.id)),
      });
      dropped += everything.length - whole.criteria.length;
      for (const r of everything) {
        if (instrumentConditions[r.instrument].some((id) => playing.has(id))) {
          expect(whole.criteria.map((x) => x.instrument)).toContain(r.instrument);
        }
      }
    }
    expect(dropped).toBeGreaterThan(0);
  });

  it('in play: the top three, anything at 5% or more, and any cause a red flag points to', () => {
    const result = assess({ age: 70, sex: 'male', evidence: [{ id: 'saddle_numbness', state: 'present' }] });
    const playing = inPlay(result.conditions);
    expect(playing.slice(0, 3)).toEqual(result.conditions.slice(0, 3));
    for (const c of result.conditions) {
      const expected =
        result.conditions.indexOf(c) < 3 ||
        c.probability >= 0.05 ||
        c.redFlagRules.length > 0 ||
        c.band === 'rule_out_first';
      expect(playing.includes(c)).toBe(expected);
    }
    // One swollen leg with a cramp picture: the clot is unlikely by the figures but must be ruled out first,
    // so it is in play and the doctor gets its Wells score.
    const swollen = assess({
      age: 60,
      sex: 'female',
      evidence: [
        { id: 'pain_calf', state: 'present' },
        { id: 'one_leg_swollen', state: 'present' },
        { id: 'sudden_muscle_contraction', state: 'present' },
        { id: 'urge_to_move_legs', state: 'present' },
        { id: 'episode_seconds_to_minutes', state: 'present' },
        { id: 'relief_stretching_muscle', state: 'present' },
      ],
    });
    const clot = swollen.conditions.find((c) => c.id === 'deep_vein_thrombosis');
    expect(clot?.band).toBe('rule_out_first');
    expect(clot?.probability).toBeLessThan(0.05);
    expect(inPlay(swollen.conditions)).toContain(clot);
    expect(swollen.criteria.map((c) => c.instrument)).toContain('wells');
  });
});
