import { describe, expect, it } from 'vitest';
import { assessInput } from '../../src/pipeline/assess-input.js';
import { en } from './i18n/en.js';
import { es } from './i18n/es.js';
import type { Dict } from './i18n/types.js';
import { buildSummary, summaryText } from './summary.js';
import {
  clinicianReasonText,
  conditionName,
  findingStatement,
  questionText,
  questionWhy,
  reasonText,
  selfCare,
  urgencyLabel,
} from './text.js';
import type { CaseResult, Profile, Question } from './types.js';

const profile: Profile = { age: 67, sex: 'female', text: 'one calf swollen since the flight' };
const result = assessInput({
  age: 67,
  sex: 'female',
  evidence: [
    { id: 'one_leg_swollen', state: 'present', side: 'left' },
    { id: 'recent_long_journey', state: 'present' },
    { id: 'fever', state: 'absent' },
    { id: 'diabetes', state: 'unknown' },
  ],
}) as CaseResult;

/** A dictionary that knows nothing about the knowledge base: everything must fall back to the API. */
const bare: Dict = { ...es, findings: {}, groups: {}, conditions: {}, urgency: {}, rules: {} };

describe('knowledge text falls back to the API English when a key is missing', () => {
  const single: Question = {
    id: 'not_in_any_dictionary',
    kind: 'single',
    phase: 'differential',
    unticked: 'open',
    text: 'API question?',
    why: 'API why.',
    options: [{ finding: 'not_in_any_dictionary', text: 'API question?' }],
  };
  it('questions, why, conditions, self-care, urgency and reasons', () => {
    expect(questionText(bare, single)).toBe('API question?');
    expect(questionWhy(bare, single)).toBe('API why.');
    expect(questionText(bare, { ...single, id: 'screen_nerves', kind: 'group' })).toBe('API question?');
    const top = result.conditions[0];
    if (!top) throw new Error('no conditions');
    expect(conditionName(bare, top)).toBe(top.name);
    expect(selfCare(bare, top)).toBe(top.selfCare);
    expect(urgencyLabel(bare, result.triage.level, result.triage.label)).toBe(result.triage.label);
    const rule = result.triage.reasons.find((r) => r.kind === 'red_flag');
    if (!rule) throw new Error('expected a red-flag reason');
    expect(reasonText(bare, rule, result.conditions)).toBe(rule.reason);
    expect(findingStatement(bare, 'fever')).toBe(en.findings.fever?.s);
  });

  it('Spanish is used where it exists', () => {
    expect(questionText(es, { ...single, id: 'fever' })).toBe(es.findings.fever?.q);
    expect(questionText(es, { ...single, id: 'screen_nerves', kind: 'group' })).toBe(
      es.groups.screen_nerves?.text,
    );
    const rule = result.triage.reasons.find((r) => r.kind === 'red_flag');
    if (!rule) throw new Error('expected a red-flag reason');
    expect(reasonText(es, rule, result.conditions)).toBe(es.rules[rule.id]?.reason);
  });
});

describe('criterion reasons (Wells)', () => {
  const wells = {
    kind: 'criterion',
    id: 'wells_dvt_likely',
    level: 'consultation_24',
    reason: 'Your answers score as "clot likely" on the Wells score.',
    clinicianReason: 'Wells 2-4 (DVT likely, ≥ 2): imaging indicated; D-dimer cannot exclude.',
    findings: [],
    sources: ['S3', 'S4'],
  } as const;
  it('are translated, keeping the score from the API', () => {
    expect(reasonText(es, wells, [])).toBe(es.rules.wells_dvt_likely?.reason);
    expect(clinicianReasonText(es, wells, [])).toMatch(/^Wells 2-4 \(TVP probable/);
    expect(clinicianReasonText(en, wells, [])).toBe(wells.clinicianReason);
  });
});

describe('doctor summary', () => {
  it('lists age, sex, findings by state with side and origin, urgency rules with sources, and the differential', () => {
    const m = buildSummary(en, profile, result, {
      fromText: new Set(['one_leg_swollen']),
      date: new Date('2025-01-02'),
    });
    expect(m.age).toBe('67 years');
    expect(m.sex).toBe('Female');
    expect(m.present.map((f) => f.id)).toEqual(['one_leg_swollen', 'recent_long_journey']);
    expect(m.absent.map((f) => f.id)).toEqual(['fever']);
    expect(m.unknown.map((f) => f.id)).toEqual(['diabetes']);
    expect(m.rules.length).toBe(result.triage.reasons.length);
    expect(m.rules.every((r) => r.sources.length > 0)).toBe(true);
    expect(m.differential[0]?.percent).toBe(Math.round((result.conditions[0]?.probability ?? 0) * 100));
    const text = summaryText(en, m);
    for (const heading of [
      'Reported present:',
      'Reported absent:',
      'Not known:',
      'Differential (estimated probability):',
    ]) {
      expect(text).toContain(heading);
    }
    // What a clinician reads first: the differential comes right after what set the urgency.
    expect(text.indexOf('Differential (estimated probability):')).toBeLessThan(
      text.indexOf('Reported present:'),
    );
    expect(text).toContain('(left) [from the description]');
    expect(text).toContain('“one calf swollen since the flight”');
    expect(text).toContain('January 2, 2025');
  });

  it('names the cited investigations of the leading causes, and leaves the section out when none are sent', () => {
    const m = buildSummary(en, profile, result);
    const leading = result.conditions.filter(
      (c, i) => (i < 3 || c.band === 'rule_out_first') && c.investigations.length > 0,
    );
    expect(leading.length).toBeGreaterThan(0);
    expect(m.investigations.map((c) => c.id)).toEqual(leading.map((c) => c.id));
    const text = summaryText(en, m);
    expect(text).toContain('Investigations to consider (leading causes):');
    for (const c of m.investigations)
      for (const i of c.items) {
        expect(i.sources.length, i.name).toBeGreaterThan(0);
        expect(text).toContain(`    - ${i.name} [${i.sources.join(', ')}]`);
      }
    const older = {
      ...result,
      conditions: result.conditions.map(({ investigations: _, ...c }) => c),
    } as unknown as CaseResult;
    const none = buildSummary(en, profile, older);
    expect(none.investigations).toEqual([]);
    expect(summaryText(en, none)).not.toContain('Investigations to consider');
    expect(summaryText(es, buildSummary(es, profile, result))).toContain(
      'Pruebas a valorar (causas principales):',
    );
  });

  it('renders criteria when present and leaves them out when absent', () => {
    const withCriteria: CaseResult = {
      ...result,
      criteria: [
        {
          instrument: 'wells',
          name: 'Wells DVT',
          patientSummary: 'p',
          clinicianSummary: 'score 2',
          known: ['a', 'b'],
          missing: ['c'],
          total: 3,
        },
      ],
    };
    const m = buildSummary(en, profile, withCriteria);
    expect(m.criteria).toEqual([{ name: 'Wells DVT', summary: 'score 2', coverage: '2 of 3 items known' }]);
    expect(summaryText(en, m)).toContain('Wells DVT: score 2 (2 of 3 items known)');
    const none = buildSummary(en, profile, { ...result, criteria: undefined } as unknown as CaseResult);
    expect(none.criteria).toEqual([]);
    expect(summaryText(en, none)).not.toContain('Criteria and scores');
  });

  it('is written in Spanish with Spanish clinical terms', () => {
    const m = buildSummary(es, profile, result);
    expect(m.age).toBe('67 años');
    expect(m.present[0]?.term).toBe(es.findings.one_leg_swollen?.c);
    expect(summaryText(es, m)).toContain('Diagnóstico diferencial');
  });
});

describe('Spanish doctor summary: criteria and thresholds', () => {
  const many = assessInput({
    age: 60,
    sex: 'female',
    evidence: [
      { id: 'pain_calf', state: 'present' },
      { id: 'one_leg_swollen', state: 'present' },
      { id: 'sudden_muscle_contraction', state: 'present' },
      { id: 'urge_to_move_legs', state: 'present' },
    ],
  }) as CaseResult;

  it('names and summarises every instrument in Spanish, with no English sentence left', () => {
    const m = buildSummary(es, profile, many);
    expect(m.criteria.length).toBeGreaterThan(0);
    for (const c of m.criteria) {
      expect(c.name).not.toMatch(/\b(score|criteria|for|leg|syndrome)\b/i);
      expect(c.summary).not.toMatch(/\b(unknown|met|score|range|wording)\b/i);
    }
    const wells = m.criteria.find((c) => c.name.includes('Wells'));
    expect(wells?.summary).toMatch(/^puntuación -?\d+ \(de -?\d+ a \d+\); dos niveles: \S+/);
  });

  it('writes a probability threshold as a number, without a doubled full stop', () => {
    const r = {
      kind: 'probability',
      id: 'dvt',
      level: 'consultation_24',
      reason: 'x (62%)',
      clinicianReason: 'DVT: posterior 0.62 ≥ threshold 0.5.',
      findings: [],
      sources: [],
    } as const;
    const text = clinicianReasonText(es, r, [{ id: 'dvt', clinicianName: 'Deep vein thrombosis' }]);
    expect(text).toContain('umbral 0,5.');
    expect(text).not.toContain('..');
  });
});

describe('internal notes', () => {
  it('drops developer notes from instrument summaries and keeps the rest', async () => {
    const { withoutInternalNotes } = await import('./summary.js');
    expect(
      withoutInternalNotes(
        'Sleep-related leg cramps (ICSD-3 in substance): likely (met A, B; not met none; unknown C); criterion D is clinician-confirmed, wording unverified.',
      ),
    ).toBe('Sleep-related leg cramps (ICSD-3 in substance): likely (met A, B; not met none; unknown C).');
    expect(
      withoutInternalNotes(
        'LSS vs vascular claudication: lean towards LSS; LRs listed, not combined; Konno tool not used (weights unverified).',
      ),
    ).toBe('LSS vs vascular claudication: lean towards LSS; LRs listed, not combined.');
    expect(withoutInternalNotes('Wells 2: likely.')).toBe('Wells 2: likely.');
  });
});
