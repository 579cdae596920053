import { describe, expect, it } from 'vitest';
import {
  complaintGroups,
  conditions,
  findings,
  historyGroups,
  redFlagChecklist,
  screeningGroups,
  triageRules,
  urgencyLevels,
} from '../../../src/knowledge/index.js';
import { maxTextLength } from '../../../src/language/index.js';
import { maxTextLength as webTextLimit } from '../types.js';
import { en } from './en.js';
import { es } from './es.js';

const findingIds: string[] = findings.map((f) => f.id);
const groupIds: string[] = [...complaintGroups, ...screeningGroups, redFlagChecklist, ...historyGroups].map(
  (g) => g.id,
);
const conditionIds: string[] = conditions.map((c) => c.id);
const ruleIds: string[] = triageRules.map((r) => r.id);

const missing = <T extends string>(ids: readonly T[], has: (id: T) => boolean) =>
  ids.filter((id) => !has(id));

describe('Spanish covers every knowledge id', () => {
  it('every finding has a question, a why, a statement and a clinical term', () => {
    expect(
      missing(findingIds, (id) =>
        Boolean(es.findings[id]?.q && es.findings[id]?.why && es.findings[id]?.s && es.findings[id]?.c),
      ),
    ).toEqual([]);
  });

  it('every screening and history group has its question and why', () => {
    expect(missing(groupIds, (id) => Boolean(es.groups[id]?.text && es.groups[id]?.why))).toEqual([]);
  });

  it('every condition has a name, a clinician name and self-care advice', () => {
    expect(
      missing(conditionIds, (id) =>
        Boolean(es.conditions[id]?.name && es.conditions[id]?.clinicianName && es.conditions[id]?.selfCare),
      ),
    ).toEqual([]);
  });

  it('every urgency level has a label, an action and a clinician label', () => {
    expect(
      missing(urgencyLevels, (l: (typeof urgencyLevels)[number]) =>
        Boolean(es.urgency[l]?.label && es.urgency[l]?.action && es.urgency[l]?.clinicianLabel),
      ),
    ).toEqual([]);
  });

  it('every triage rule has a reason for the person and for the clinician', () => {
    expect(missing(ruleIds, (id) => Boolean(es.rules[id]?.reason && es.rules[id]?.clinicianReason))).toEqual(
      [],
    );
  });

  it('has no stale keys for ids that no longer exist', () => {
    // `criteria:*` are the engine's instrument factors (src/engine/criteria.ts), not findings.
    expect(
      Object.keys(es.findings).filter((id) => !findingIds.includes(id) && !id.startsWith('criteria:')),
    ).toEqual([]);
    expect(Object.keys(es.groups).filter((id) => !groupIds.includes(id))).toEqual([]);
    expect(Object.keys(es.conditions).filter((id) => !conditionIds.includes(id))).toEqual([]);
    const criterionReasons = ['wells_dvt_likely'];
    expect(
      Object.keys(es.rules).filter((id) => !ruleIds.includes(id) && !criterionReasons.includes(id)),
    ).toEqual([]);
  });
});

describe('English and Spanish interface text', () => {
  it('every finding has a short English statement for explanations', () => {
    expect(missing(findingIds, (id) => Boolean(en.findings[id]?.s))).toEqual([]);
  });

  it('Spanish has every interface key, non-empty, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(en.ui)) {
      const other = (es.ui as Record<string, string | readonly string[]>)[key];
      expect(other, key).toBeDefined();
      if (typeof value === 'string') {
        expect(typeof other, key).toBe('string');
        expect((other as string).length, key).toBeGreaterThan(0);
        expect(placeholders(other as string), key).toEqual(placeholders(value));
      } else {
        expect(Array.isArray(other), key).toBe(true);
        expect((other as readonly string[]).length, key).toBe(value.length);
      }
    }
  });

  it('Spanish text is actually Spanish (not a copy of the English)', () => {
    const same = Object.entries(en.ui).filter(
      ([k, v]) =>
        typeof v === 'string' &&
        v === (es.ui as Record<string, unknown>)[k] &&
        !['appName', 'no', 'understoodNo'].includes(k),
    );
    expect(same.map(([k]) => k)).toEqual([]);
  });
});

describe('text limit', () => {
  it('the text box counts against the same limit as the API', () => {
    expect(webTextLimit).toBe(maxTextLength);
    expect(en.ui.textTooLong).toContain('{max}');
    expect(es.ui.textTooLong).toContain('{max}');
  });
});
