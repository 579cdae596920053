import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atLeastAsUrgent,
  type ConditionDefinition,
  conditions,
  findings,
  screeningGroups,
  triageRules,
  type UrgencyLevel,
  urgencyDescriptions,
} from '../knowledge/index.js';
import { assess } from './assess.js';
import { bandSettings } from './bands.js';
import { network } from './network.js';
import { askIfHolds } from './preconditions.js';
import type { Case, EvidenceItem, Sex } from './types.js';

/**
 * The safety net (issue 11): self-care is earned, warning signs never lower the level, and advice never
 * contradicts the urgency. Property-based over the whole catalog, so it holds for causes added later.
 */

const findingIds = findings.map((f) => f.id);
const screenIds = screeningGroups.flatMap((g) => g.findings);
/** The screen items that apply to this person (group, option and finding preconditions all hold). */
const applicableScreen = (p: { age: number; sex: Sex }, evidence: readonly EvidenceItem[]): string[] => {
  const context = { ...p, present: new Set(evidence.filter((e) => e.state === 'present').map((e) => e.id)) };
  return screeningGroups
    .filter((g) => askIfHolds(g.askIf, context))
    .flatMap((g) =>
      g.findings.filter(
        (id) =>
          askIfHolds(g.optionAskIf?.[id], context) &&
          askIfHolds(findings.find((f) => f.id === id)?.askIf, context),
      ),
    );
};
const rank = (level: UrgencyLevel) => urgencyDescriptions[level].rank;

/**
 * Warning signs: every alarm finding, every finding that alone fires a rule at 24 h or more urgent, and every
 * screen item (computed from the knowledge base; findings that only complete a pair, such as back pain in
 * "back pain with fever", are not warning signs on their own).
 */
const warningSigns = [
  ...new Set([
    ...findings.filter((f) => f.group === 'alarm').map((f) => f.id),
    ...screenIds,
    ...triageRules
      .filter((r) => atLeastAsUrgent(r.level, 'consultation_24'))
      .flatMap((r) =>
        r.all.length === 1 && (r.any ?? []).length === 0 ? r.all : r.all.length === 0 ? (r.any ?? []) : [],
      ),
  ]),
];

const evidenceOver = (ids: readonly string[], maxLength: number) =>
  fc
    .uniqueArray(
      fc.record({
        id: fc.constantFrom(...ids),
        state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
      }),
      { selector: (e) => e.id, maxLength },
    )
    .map((items) => items as EvidenceItem[]);

const person = fc.record({
  age: fc.integer({ min: 18, max: 105 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
});

const screenAllNo: EvidenceItem[] = screenIds.map((id) => ({ id, state: 'absent' }));

/**
 * Findings that give no positive support to any cause that usually needs only self-care: for each, no such
 * cause links it more strongly than every cause needing care (and than its background rate). Computed here
 * from the knowledge base, independently of the engine's gate.
 */
const catalog: readonly ConditionDefinition[] = conditions;
const careNeeding = catalog.filter((c) => c.usualUrgency !== 'self_care');
const benign = catalog.filter((c) => c.usualUrgency === 'self_care');
const linkOf = (c: ConditionDefinition, id: string) =>
  Math.min(0.95, c.links.find((l) => l.finding === id)?.probability ?? 0);
const nonSupporting = findingIds.filter((id) => {
  if (screenIds.includes(id)) return false;
  const i = network.findingIndex.get(id) as number;
  // A variant of a benign cause (same presentation, another cause) does not count as its rival.
  const rival = (b: ConditionDefinition) =>
    Math.max(
      network.leak[i] as number,
      ...careNeeding.filter((c) => c.variantOf !== b.id).map((c) => linkOf(c, id)),
    );
  return benign.every((b) => linkOf(b, id) <= rival(b));
});

describe('safety net: self-care is earned', () => {
  it('no result with an unanswered or "don\'t know" screen question is self-care, and it is provisional', () => {
    fc.assert(
      fc.property(
        person,
        evidenceOver(findingIds, 40),
        fc.constantFrom(...screenIds),
        fc.boolean(),
        (p, evidence, open, asUnknown) => {
          // Everything else on the screen answered "no", the chosen item left open (missing or "don't know").
          const rest = evidence.filter((e) => e.id !== open);
          const screen = screenAllNo.filter((e) => e.id !== open && !rest.some((r) => r.id === e.id));
          const ev: EvidenceItem[] = [
            ...screen,
            ...rest,
            ...(asUnknown ? [{ id: open, state: 'unknown' as const }] : []),
          ];
          const a = assess({ ...p, evidence: ev });
          // An item that does not apply to this person is never asked, so it holds nothing back.
          if (!applicableScreen(p, a.evidence).includes(open)) {
            expect(a.triage.unanswered.map((u) => u.id)).not.toContain(open);
            return;
          }
          expect(a.triage.level).not.toBe('self_care');
          expect(a.triage.provisional).toBe(true);
          expect(a.triage.unanswered.map((u) => u.id)).toContain(open);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('with the whole screen answered "no" and no benign cause supported, the level is at least a consultation', () => {
    fc.assert(
      fc.property(person, evidenceOver(nonSupporting, 20), (p, extra) => {
        const a = assess({ ...p, evidence: [...screenAllNo, ...extra] });
        expect(atLeastAsUrgent(a.triage.level, 'consultation')).toBe(true);
        expect(a.triage.provisional).toBe(false);
        expect(a.triage.unanswered).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('nothing known at all is provisional and at least a consultation, listing every screen question that applies', () => {
    for (const [age, sex] of [
      [40, 'female'],
      [40, 'male'],
      [70, 'female'],
    ] as const) {
      const a = assess({ age, sex, evidence: [] });
      expect(atLeastAsUrgent(a.triage.level, 'consultation')).toBe(true);
      expect(a.triage.provisional).toBe(true);
      expect(a.triage.unanswered.map((u) => u.id)).toEqual(applicableScreen({ age, sex }, []));
      if (age >= 50) expect(a.triage.unanswered.map((u) => u.id)).toEqual(screenIds);
      else expect(a.triage.unanswered.map((u) => u.id)).not.toContain('temporal_arteritis_signs');
      for (const u of a.triage.unanswered) expect(u.text).toBe(findings.find((f) => f.id === u.id)?.question);
    }
  });

  it('provisional exactly when some screen question has no yes/no answer', () => {
    fc.assert(
      fc.property(person, evidenceOver(findingIds, 60), (p, evidence) => {
        const a = assess({ ...p, evidence });
        const answered = new Set(a.evidence.filter((e) => e.state !== 'unknown').map((e) => e.id));
        const open = applicableScreen(p, a.evidence).filter((id) => !answered.has(id));
        expect(a.triage.unanswered.map((u) => u.id)).toEqual(open);
        expect(a.triage.provisional).toBe(open.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('safety net: warning signs never lower the level', () => {
  it('adding any present warning sign never lowers the level (whole catalog)', () => {
    fc.assert(
      fc.property(
        person,
        evidenceOver(findingIds, 30),
        fc.constantFrom(...warningSigns),
        (p, evidence, sign) => {
          const c: Case = { ...p, evidence };
          const before = assess(c).triage.level;
          const after = assess({ ...c, evidence: [...evidence, { id: sign, state: 'present' }] }).triage
            .level;
          expect(rank(after), `${sign}: ${before} → ${after}`).toBeLessThanOrEqual(rank(before));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a present warning sign on the screen never leaves self-care', () => {
    fc.assert(
      fc.property(
        person,
        evidenceOver(findingIds, 30),
        fc.constantFrom(...screenIds),
        (p, evidence, sign) => {
          const a = assess({ ...p, evidence: [...evidence, { id: sign, state: 'present' }] });
          expect(a.triage.level).not.toBe('self_care');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('safety net: what a person sees', () => {
  it('a cause a fired red-flag rule names is shown as "rule out first", never by a band from its probability', () => {
    fc.assert(
      fc.property(person, evidenceOver(findingIds, 30), (p, evidence) => {
        const a = assess({ ...p, evidence });
        const present = new Set(a.evidence.filter((e) => e.state === 'present').map((e) => e.id));
        const suspects = new Set(
          triageRules
            .filter(
              (r) =>
                atLeastAsUrgent(r.level, 'consultation_24') &&
                r.all.every((id) => present.has(id)) &&
                ((r.any ?? []).length === 0 || (r.any ?? []).some((id) => present.has(id))),
            )
            .flatMap((r) => r.suspects ?? []),
        );
        for (const c of a.conditions) {
          if (suspects.has(c.id)) expect(c.band, c.id).toBe('rule_out_first');
          else if (c.probability >= bandSettings.likely) expect(c.band).toBe('likely');
          else if (c.probability >= bandSettings.possible) expect(c.band).toBe('possible');
          else expect(c.band).toBe('less_likely');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('advice never contradicts the urgency: no shown item has a kind a dangerous cause in play avoids', () => {
    fc.assert(
      fc.property(person, evidenceOver(findingIds, 30), (p, evidence) => {
        const a = assess({ ...p, evidence });
        const dangerousInPlay = a.conditions.filter(
          (c) => atLeastAsUrgent(c.usualUrgency, 'consultation_24') && c.band !== 'less_likely',
        );
        const avoided = new Set(
          dangerousInPlay.flatMap((c) =>
            (catalog.find((k) => k.id === c.id)?.avoid ?? []).map((x) => x.kind),
          ),
        );
        for (const item of a.advice.items)
          for (const kind of item.kinds) expect(avoided.has(kind), `${item.text} (${kind})`).toBe(false);
        for (const w of a.advice.withheld) {
          expect(w.reason.length).toBeGreaterThan(0);
          expect(catalog.find((k) => k.id === w.because)?.avoid?.length ?? 0).toBeGreaterThan(0);
        }
        // Per-cause advice honours the same decision.
        const withheld = new Set(a.advice.withheld.map((w) => w.text));
        for (const c of a.conditions)
          for (const text of withheld) expect(c.selfCare.includes(text)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('the postpartum woman with one swollen painful calf: clot first, no massage or warmth advice', () => {
    const a = assess({
      age: 31,
      sex: 'female',
      evidence: [
        { id: 'pregnant_or_postpartum', state: 'present' },
        { id: 'one_leg_swollen', state: 'present' },
        { id: 'pain_calf', state: 'present' },
        { id: 'evening_night_worse', state: 'present' },
        { id: 'starts_at_rest', state: 'present' },
      ],
    });
    expect(atLeastAsUrgent(a.triage.level, 'consultation_24')).toBe(true);
    const dvt = a.conditions.find((c) => c.id === 'deep_vein_thrombosis');
    expect(dvt?.band).toBe('rule_out_first');
    expect(a.advice.items[0]?.condition).toBe('deep_vein_thrombosis');
    expect(a.advice.items.some((i) => i.kinds.includes('massage') || i.kinds.includes('heat'))).toBe(false);
    expect(a.advice.withheld.some((w) => w.because === 'deep_vein_thrombosis')).toBe(true);
  });

  it('new trouble passing urine: emergency, cauda equina to rule out first, never a reassuring band', () => {
    const a = assess({ age: 58, sex: 'male', evidence: [{ id: 'bladder_bowel_change', state: 'present' }] });
    expect(a.triage.level).toBe('emergency');
    expect(a.conditions[0]?.id).toBe('cauda_equina_syndrome');
    expect(a.conditions[0]?.band).toBe('rule_out_first');
    expect(a.advice.items[0]?.condition).toBe('cauda_equina_syndrome');
  });
});
