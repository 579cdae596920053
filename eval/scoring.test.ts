import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type AssessFn,
  type AssessOutput,
  formatReport,
  loadVignettes,
  parseVignettes,
  scoreVignettes,
  type Vignette,
  VignetteError,
  validateVignette,
} from './scoring.js';

function vignette(over: Partial<Vignette> & Pick<Vignette, 'id'>): Vignette {
  return {
    age: 60,
    sex: 'female',
    chiefComplaint: 'test',
    text: 'Test case.',
    evidence: [{ id: 'pain_calf', state: 'present' }],
    expectedCondition: 'nocturnal_leg_cramps',
    acceptableTriage: { min: 'self_care', max: 'consultation' },
    rationale: 'test',
    source: 'seed:L11; S74',
    tags: ['typical'],
    ...over,
  };
}

/** Fake engine: answers are looked up by the vignette's age, so each case gets a scripted output. */
function fakeAssess(byAge: Record<number, AssessOutput>): AssessFn {
  return (input) => {
    const out = byAge[input.age];
    if (!out) throw new Error(`no scripted output for age ${input.age}`);
    return out;
  };
}

const out = (level: AssessOutput['triage']['level'], ids: string[]): AssessOutput => ({
  triage: { level },
  conditions: ids.map((id, i) => ({ id, probability: 0.5 / (i + 1) })),
});

describe('scoreVignettes', () => {
  const fixture: Vignette[] = [
    // 1: top-1 hit, triage inside range
    vignette({ id: 'a', age: 20 }),
    // 2: expected second, alsoAcceptable first: top-1 hit; triage self_care below min consultation: under
    vignette({
      id: 'b',
      age: 21,
      expectedCondition: 'restless_legs_syndrome',
      alsoAcceptable: ['nocturnal_leg_cramps'],
      acceptableTriage: { min: 'consultation', max: 'consultation' },
    }),
    // 3: expected third: top-1 miss, top-3 hit; emergency above max consultation_24: over
    vignette({
      id: 'c',
      age: 22,
      expectedCondition: 'deep_vein_thrombosis',
      acceptableTriage: { min: 'consultation_24', max: 'consultation_24' },
    }),
    // 4: expected fourth: top-1 and top-3 miss; triage at the most urgent bound: fine
    vignette({
      id: 'd',
      age: 23,
      expectedCondition: 'other',
      acceptableTriage: { min: 'consultation', max: 'emergency' },
    }),
  ];
  const assess = fakeAssess({
    20: out('self_care', ['nocturnal_leg_cramps', 'restless_legs_syndrome', 'other']),
    21: out('self_care', ['nocturnal_leg_cramps', 'restless_legs_syndrome', 'other']),
    22: out('emergency', ['cellulitis', 'other', 'deep_vein_thrombosis', 'nocturnal_leg_cramps']),
    23: out('emergency', ['cellulitis', 'deep_vein_thrombosis', 'nocturnal_leg_cramps', 'other']),
  });
  const score = scoreVignettes(fixture, assess);

  it('counts top-1 and top-3 hits, honouring alsoAcceptable', () => {
    expect(score.n).toBe(4);
    expect(score.top1).toBe(0.5);
    expect(score.top3).toBe(0.75);
  });

  it('counts under- and over-triage against the acceptable range', () => {
    expect(score.underTriage).toEqual({ count: 1, rate: 0.25, ids: ['b'] });
    expect(score.overTriage).toEqual({ count: 1, rate: 0.25, ids: ['c'] });
  });

  it('lists every failing vignette with what was expected and what came back', () => {
    expect(score.failures.map((f) => f.id)).toEqual(['b', 'c', 'd']);
    const c = score.failures.find((f) => f.id === 'c');
    expect(c?.kinds).toEqual(['top1', 'over_triage']);
    expect(c?.expected).toEqual(['deep_vein_thrombosis']);
    expect(c?.got.map((g) => g.id)).toEqual(['cellulitis', 'other', 'deep_vein_thrombosis']);
    expect(c?.triage).toEqual({ level: 'emergency', min: 'consultation_24', max: 'consultation_24' });
    expect(score.failures.find((f) => f.id === 'd')?.kinds).toEqual(['top1', 'top3']);
    expect(score.failures.find((f) => f.id === 'b')?.kinds).toEqual(['under_triage']);
  });

  it('handles an empty set without dividing by zero', () => {
    const empty = scoreVignettes([], assess);
    expect(empty).toMatchObject({ n: 0, top1: 0, top3: 0, failures: [] });
    expect(empty.underTriage.rate).toBe(0);
  });

  it('formats the figures as plain text', () => {
    const report = formatReport(score);
    expect(report).toContain('Vignettes: 4');
    expect(report).toContain('Top-1 accuracy: 50.0 % (2/4)');
    expect(report).toContain('Top-3 accuracy: 75.0 % (3/4)');
    expect(report).toContain('Under-triage: 1 (25.0 %) b');
    expect(report).toContain('Over-triage: 1 (25.0 %) c');
    expect(report).toContain('- c [top1, over_triage] expected deep_vein_thrombosis');
  });
});

describe('validation', () => {
  it('accepts a well-formed vignette', () => {
    expect(validateVignette(vignette({ id: 'ok' }))).toEqual([]);
  });

  it('rejects unknown ids, bad states, inverted triage ranges and unknown sources', () => {
    const problems = validateVignette({
      ...vignette({ id: 'bad' }),
      evidence: [{ id: 'no_such_finding', state: 'maybe' }],
      expectedCondition: 'flu',
      acceptableTriage: { min: 'emergency', max: 'self_care' },
      source: 'S9999',
    });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/unknown finding id "no_such_finding"/);
    expect(problems.join('\n')).toMatch(/state must be/);
    expect(problems.join('\n')).toMatch(/"flu" is not a condition id/);
    expect(problems.join('\n')).toMatch(/min \(emergency\) is more urgent than max \(self_care\)/);
    expect(problems.join('\n')).toMatch(/unknown reference "S9999"/);
  });

  it('names the file and the vignette id in the error', () => {
    const text = JSON.stringify([vignette({ id: 'fine' }), { ...vignette({ id: 'v-broken' }), sex: 'x' }]);
    expect(() => parseVignettes('cases.json', text)).toThrowError(VignetteError);
    expect(() => parseVignettes('cases.json', text)).toThrowError(/cases\.json \(v-broken\): sex must be/);
  });
});

describe('loadVignettes', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads every JSON file in a directory and tags each vignette with its file', () => {
    dir = mkdtempSync(join(tmpdir(), 'vignettes-'));
    writeFileSync(join(dir, 'b.json'), JSON.stringify([vignette({ id: 'b1' })]));
    writeFileSync(join(dir, 'a.json'), JSON.stringify([vignette({ id: 'a1' }), vignette({ id: 'a2' })]));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const loaded = loadVignettes(dir);
    expect(loaded.map((v) => [v.file, v.id])).toEqual([
      ['a.json', 'a1'],
      ['a.json', 'a2'],
      ['b.json', 'b1'],
    ]);
  });

  it('rejects duplicate ids across files', () => {
    dir = mkdtempSync(join(tmpdir(), 'vignettes-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify([vignette({ id: 'same' })]));
    writeFileSync(join(dir, 'b.json'), JSON.stringify([vignette({ id: 'same' })]));
    expect(() => loadVignettes(dir as string)).toThrowError(
      /b\.json \(same\): duplicate id, also in a\.json/,
    );
  });

  it('loads the real vignette set', () => {
    const real = loadVignettes(join(import.meta.dirname, 'vignettes'));
    expect(real.length).toBeGreaterThanOrEqual(72);
  });
});
