import { describe, expect, it } from 'vitest';
import {
  type AssessFn,
  type CorpusItem,
  type Narrative,
  redFlagFindings,
  scoreCorpus,
  scoreNarratives,
  type UnderstandFn,
} from './score.js';

const corpus: CorpusItem[] = [
  {
    id: 'a',
    text: 'A',
    expected: [
      { id: 'pain_calf', state: 'present' },
      { id: 'one_leg_swollen', state: 'absent' },
    ],
  },
  { id: 'b', text: 'B', expected: [{ id: 'fever', state: 'present' }] },
  { id: 'c', text: 'C', expected: [] },
];
const answers: Record<string, ReturnType<UnderstandFn>> = {
  // a: calf right, but the negated swelling read as present (a red-flag negation error).
  A: {
    findings: [
      { id: 'pain_calf', state: 'present' },
      { id: 'one_leg_swollen', state: 'present' },
    ],
  },
  // b: fever read as absent (a missed red flag), plus an extra finding.
  B: {
    findings: [
      { id: 'fever', state: 'absent' },
      { id: 'smoker', state: 'present' },
    ],
  },
  C: { findings: [] },
};
const fakeUnderstand: UnderstandFn = (text) => answers[text] ?? { findings: [] };

describe('scoreCorpus', () => {
  const s = scoreCorpus(corpus, fakeUnderstand);

  it('counts per finding on id + state', () => {
    const by = Object.fromEntries(s.perFinding.map((f) => [f.id, f]));
    expect(by.pain_calf).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(by.one_leg_swollen).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0 });
    expect(by.fever).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(by.smoker).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 1 });
  });

  it('computes micro precision, recall and F1', () => {
    // tp 1, fp 3, fn 2
    expect(s.micro.precision).toBeCloseTo(1 / 4);
    expect(s.micro.recall).toBeCloseTo(1 / 3);
    expect(s.micro.f1).toBeCloseTo((2 * (1 / 4) * (1 / 3)) / (1 / 4 + 1 / 3));
  });

  it('lists red-flag negation errors both ways', () => {
    expect(s.redFlagNegationErrors.falsePresent).toEqual([
      { item: 'a', finding: 'one_leg_swollen', expected: 'absent', got: 'present' },
    ]);
    expect(s.redFlagNegationErrors.missed).toEqual([
      { item: 'b', finding: 'fever', expected: 'present', got: 'absent' },
    ]);
  });

  it('takes red flags from the urgent triage rules', () => {
    expect(redFlagFindings.has('one_leg_swollen')).toBe(true);
    expect(redFlagFindings.has('relief_dangling_leg')).toBe(true);
    expect(redFlagFindings.has('smoker')).toBe(false);
    expect(redFlagFindings.has('nightly_sleep_disruption')).toBe(false);
  });
});

describe('scoreNarratives', () => {
  const narratives: Narrative[] = [
    {
      id: 'n1',
      age: 50,
      sex: 'male',
      text: 'A',
      expectedCondition: 'x',
      acceptableTriage: { min: 'consultation', max: 'emergency' },
    },
    {
      id: 'n2',
      age: 50,
      sex: 'female',
      text: 'B',
      expectedCondition: 'y',
      acceptableTriage: { min: 'consultation_24', max: 'emergency' },
    },
    {
      id: 'n3',
      age: 50,
      sex: 'female',
      text: 'C',
      expectedCondition: 'z',
      acceptableTriage: { min: 'self_care', max: 'consultation' },
    },
  ];
  const seen: unknown[] = [];
  const fakeAssess: AssessFn = (input) => {
    seen.push(input);
    if (input.evidence.some((e) => e.id === 'pain_calf'))
      return {
        triage: { level: 'emergency' },
        conditions: [
          { id: 'x', probability: 0.9 },
          { id: 'y', probability: 0.1 },
        ],
      };
    if (input.evidence.some((e) => e.id === 'fever'))
      return {
        triage: { level: 'consultation' },
        conditions: [
          { id: 'q', probability: 0.5 },
          { id: 'w', probability: 0.4 },
          { id: 'y', probability: 0.1 },
        ],
      };
    return {
      triage: { level: 'emergency_ambulance' },
      conditions: [
        { id: 'a', probability: 0.5 },
        { id: 'b', probability: 0.3 },
        { id: 'c', probability: 0.2 },
        { id: 'z', probability: 0.1 },
      ],
    };
  };
  const s = scoreNarratives(narratives, fakeUnderstand, fakeAssess);

  it('scores top-1, top-3 and triage against the acceptable range', () => {
    expect(s.n).toBe(3);
    expect(s.top1).toBeCloseTo(1 / 3);
    expect(s.top3).toBeCloseTo(2 / 3);
    expect(s.underTriage).toBe(1); // n2: consultation is less urgent than consultation_24
    expect(s.overTriage).toBe(1); // n3: ambulance is more urgent than consultation
  });

  it('reports failures with what was understood', () => {
    expect(s.failures.map((f) => [f.id, f.kinds])).toEqual([
      ['n2', ['top1', 'under_triage']],
      ['n3', ['top1', 'top3', 'over_triage']],
    ]);
    expect(s.failures[0]?.understood).toEqual(['fever:absent', 'smoker']);
  });

  it('passes age, sex and evidence (with side only when known) to the engine', () => {
    expect(seen[0]).toEqual({
      age: 50,
      sex: 'male',
      evidence: [
        { id: 'pain_calf', state: 'present' },
        { id: 'one_leg_swollen', state: 'present' },
      ],
    });
  });
  it('counts a cause in alsoAcceptable as correct, for top-1 and top-3', () => {
    const relabelled = narratives.map((n) =>
      n.id === 'n2' ? { ...n, alsoAcceptable: ['q'] } : n.id === 'n3' ? { ...n, alsoAcceptable: ['c'] } : n,
    );
    const r = scoreNarratives(relabelled, fakeUnderstand, fakeAssess);
    expect(r.top1).toBeCloseTo(2 / 3); // n1 (x) and n2 (q, also acceptable)
    expect(r.top3).toBeCloseTo(1); // n3: c is third
  });
});
