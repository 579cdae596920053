import { describe, expect, it } from 'vitest';
import { conditions } from '../knowledge/index.js';
import { spanishKnowledge } from '../knowledge/locales/es.js';
import { spanishCriteria } from '../knowledge/locales/es-criteria.js';
import type { CaseInput } from '../schema/case.js';
import { assessCase } from './views.js';

const present = (...ids: string[]) => ids.map((id) => ({ id, state: 'present' as const }));
const absent = (...ids: string[]) => ids.map((id) => ({ id, state: 'absent' as const }));

/** Cases that bring out every part of a result: warning questions, criteria, advice and withheld advice. */
const cases: Record<string, CaseInput> = {
  clot: {
    age: 60,
    sex: 'female',
    lang: 'es',
    evidence: [...present('one_leg_swollen', 'pain_calf', 'recent_surgery_or_bedridden'), ...absent('fever')],
  },
  cramps: {
    age: 55,
    sex: 'male',
    lang: 'es',
    evidence: present('sudden_muscle_contraction', 'relief_stretching_muscle', 'pain_calf'),
  },
  caudaEquina: {
    age: 45,
    sex: 'male',
    lang: 'es',
    evidence: present('back_pain', 'pain_radiates_down_leg', 'saddle_numbness', 'bladder_bowel_change'),
  },
  ischaemia: {
    age: 75,
    sex: 'male',
    lang: 'es',
    evidence: present('pain_feet_toes', 'relief_dangling_leg', 'smoker', 'burning_pain'),
  },
  spinalStenosis: {
    age: 72,
    sex: 'female',
    lang: 'es',
    evidence: present('pain_standing_walking_relieved_sitting', 'bilateral_symptoms', 'pain_buttock_thigh'),
  },
  lookAlikeGout: {
    age: 58,
    sex: 'male',
    lang: 'es',
    evidence: present('hot_swollen_joint', 'joint_pain_swelling'),
  },
};

/** Fields that hold ids, codes, sources or figures, never wording. */
const codeKeys = new Set([
  'id',
  'finding',
  'findings',
  'condition',
  'because',
  'sources',
  'kinds',
  'kind',
  'instrument',
  'state',
  'level',
  'band',
  'usualUrgency',
  'redFlagRules',
  'known',
  'missing',
  'phase',
  'understood',
  'direction',
  'target',
  'lean',
  'leanStrength',
  'possibleBands',
  'range',
]);
// Word edges by letter class: JavaScript's \b treats accented letters as edges ("atípica" is not "at").
const englishWords =
  /(?<!\p{L})(the|and|your|you|is|are|of|with|not|or|to|be|if|it|in|on|at|for|this|that|can|may|should|needs?)(?!\p{L})/iu;

/** A clinician line quotes finding ids (snake_case): codes, not words. */
const withoutIds = (text: string) => text.replace(/[\p{L}\d]*(_[\p{L}\d]+)+/gu, '');

/** Every string a person or clinician reads, with its path. */
function wording(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => wording(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (codeKeys.has(key) ? [] : wording(v, `${path}.${key}`)));
}

const full = (c: CaseInput) => assessCase(c, { view: 'full' });

describe('a whole assessment in Spanish (lang es)', () => {
  it('the cases bring out what is checked: warning questions, criteria, advice withheld, an emergency', () => {
    const r = Object.fromEntries(Object.entries(cases).map(([name, c]) => [name, full(c)]));
    expect(r.clot?.criteria.map((c) => c.instrument)).toContain('wells');
    expect(r.clot?.advice.withheld.length).toBeGreaterThan(0);
    expect(r.cramps?.criteria.map((c) => c.instrument)).toContain('cramps');
    expect(r.caudaEquina?.triage.level).toMatch(/^emergency/);
    expect(r.ischaemia?.criteria.map((c) => c.instrument)).toContain('fontaine');
    expect(r.spinalStenosis?.criteria.map((c) => c.instrument)).toContain('stenosis');
    expect(r.lookAlikeGout?.conditions.map((c) => c.id)).toContain('gout');
    for (const a of Object.values(r)) expect(a.triage.unanswered.length).toBeGreaterThan(0);
  });

  for (const [name, input] of Object.entries(cases)) {
    it(`${name}: no English sentence in what a person or clinician reads`, () => {
      const english = wording(full(input)).filter(({ text }) => englishWords.test(withoutIds(text)));
      expect(english).toEqual([]);
    });
  }

  it('words the same decisions: only text differs from the English result', () => {
    for (const input of Object.values(cases)) {
      const es = full(input);
      const en = full({ ...input, lang: 'en' });
      expect(es.triage.level).toBe(en.triage.level);
      expect(es.conditions.map((c) => [c.id, c.probability])).toEqual(
        en.conditions.map((c) => [c.id, c.probability]),
      );
      expect(es.advice.items.map((i) => i.condition)).toEqual(en.advice.items.map((i) => i.condition));
      expect(es.triage.unanswered.map((u) => u.id)).toEqual(en.triage.unanswered.map((u) => u.id));
      expect(es.criteria.map((c) => c.items.map((i) => i.value))).toEqual(
        en.criteria.map((c) => c.items.map((i) => i.value)),
      );
    }
  });

  it('the compact view lists the unanswered warning questions by id, the full view in Spanish words', () => {
    const r = assessCase(cases.clot as CaseInput, { view: 'compact', include: ['unanswered'] });
    const es = full(cases.clot as CaseInput);
    expect(r.triage.unansweredCount).toBeGreaterThan(0);
    expect(r.triage.unanswered).toEqual(es.triage.unanswered.map((u) => u.id));
    expect(es.triage.unanswered.filter((u) => englishWords.test(u.text))).toEqual([]);
  });

  it('a cause’s own advice in Spanish leaves out what a caution in play withholds, as the English does', () => {
    const es = full(cases.clot as CaseInput);
    const en = full({ ...(cases.clot as CaseInput), lang: 'en' });
    const cramps = (r: typeof es) =>
      r.conditions.find((c) => c.id === 'nocturnal_leg_cramps')?.selfCare ?? '';
    expect(cramps(en)).not.toContain('Massage');
    expect(cramps(es)).not.toMatch(/masaje/i);
    expect(cramps(es)).not.toBe('');
  });

  it('every item of every instrument filled from answers has a Spanish label', () => {
    const labelled = new Set(Object.keys(spanishCriteria.items));
    for (const input of Object.values(cases))
      for (const c of full(input).criteria)
        for (const item of c.items)
          expect(labelled, `${c.instrument}.${item.id}`).toContain(`${c.instrument}.${item.id}`);
  });

  it('names every cause a probability reason can name in Spanish', () => {
    // A probability reason falls back to English when a cause it names has no Spanish name.
    const withoutSpanish = conditions
      .filter((c) => !spanishKnowledge.conditions[c.id]?.name)
      .map((c) => c.id);
    expect(withoutSpanish).toEqual([]);
  });
});
