import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCases } from '../../bench/cases.js';
import { en } from '../../web/src/i18n/en.js';
import {
  bandText,
  conditionName,
  findingStatement,
  percent,
  reasonText,
  selfCare,
  shownFactors,
  topCauses,
  urgencyAction,
  urgencyLabel,
} from '../../web/src/text.js';
import { inferenceTolerance, isInPlay } from '../engine/index.js';
import type { ConditionDefinition, FindingDefinition } from '../knowledge/index.js';
import { type CaseResult, type CompactResult, compactRoundingBound } from '../pipeline/views.js';
import { buildServer } from './app.js';
import {
  caseResultSchema,
  compactInterviewStepSchema,
  compactResultSchema,
  conditionsResponseSchema,
  criteriaCatalogResponseSchema,
  findingsResponseSchema,
  interviewNextResponseSchema,
  urgencyResponseSchema,
} from './schemas.js';

type Json = Record<string, unknown>;

function post(url: string, payload: unknown): InjectOptions {
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  };
}

/** Varied cases: synthetic ones for every cause, free text, a red flag, an empty case, a Wells-decisive one. */
const cases: Json[] = [
  ...syntheticCases(24, 11),
  { id: 't1', age: 58, sex: 'female', text: 'my calf cramps at night, stretching helps, no swelling' },
  { id: 'rf', age: 70, sex: 'male', evidence: [{ id: 'saddle_numbness', state: 'present' }] },
  { id: 'empty', age: 45, sex: 'male', evidence: [] },
  {
    id: 'wells',
    age: 62,
    sex: 'female',
    evidence: [
      'one_leg_swollen',
      'pitting_oedema',
      'calf_tender_along_veins',
      'active_cancer',
      'pain_calf',
    ].map((id) => ({ id, state: 'present' })),
  },
];

/**
 * Probabilities rounded to 9 significant digits: a result with the next question infers by enumerating the
 * configurations and one without it infers grouped (src/engine/inference.ts); both are exact up to rounding
 * (`inferenceTolerance`), so they agree to far more digits than these (a compact result then writes 4).
 */
const rounded = (x: unknown): unknown =>
  JSON.parse(
    JSON.stringify(x, (_key, v) =>
      typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(9)) : v,
    ),
  );

describe('result views: every route, both views, against their schemas', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
    await app.ready();
  });
  afterAll(() => app.close());

  const call = async (url: string, body: unknown) => {
    const res = await app.inject(post(url, body));
    expect(res.statusCode, `${url} ${res.body.slice(0, 300)}`).toBe(200);
    return res.json();
  };

  it('POST /v1/assess: compact by default, full on request; each validates strictly against its schema', async () => {
    for (const c of cases) {
      const byDefault = await call('/v1/assess', c);
      const compact = await call('/v1/assess?view=compact', c);
      const withQuestion = await call('/v1/assess?view=compact&include=question', c);
      const full = await call('/v1/assess?view=full', c);
      expect(byDefault).toEqual(compact);
      expect(compactResultSchema.parse(compact)).toEqual(compact);
      expect(compactResultSchema.parse(withQuestion)).toEqual(withQuestion);
      expect(caseResultSchema.parse(full)).toEqual(full);
      // Not interchangeable: a compact result is not a full one, and the other way round.
      expect(caseResultSchema.safeParse(compact).success).toBe(false);
      expect(compactResultSchema.safeParse(full).success).toBe(false);
      // The question and its stop flag only when asked for, and then the full view's.
      expect(compact).not.toHaveProperty('question');
      expect(compact).not.toHaveProperty('shouldStop');
      expect(withQuestion.question).toEqual(full.question);
      expect(withQuestion.shouldStop).toBe(full.shouldStop);
      expect(withQuestion.progress).toEqual(full.progress);
      expect(withQuestion.triage).toEqual(compact.triage);
      expect(rounded(withQuestion.causes)).toEqual(rounded(compact.causes));
      if (c.text)
        expect(compact.understood.map((u: Json) => u.id)).toEqual(
          full.understood.findings.map((u: Json) => u.id),
        );
      else expect(compact).not.toHaveProperty('understood');
    }
  });

  it('the full view names the cited investigations of each cause in play, and of no other cause', async () => {
    const body = {
      age: 67,
      sex: 'male',
      evidence: ['one_leg_swollen', 'one_leg_warm_red', 'pain_calf', 'onset_within_two_weeks'].map((id) => ({
        id,
        state: 'present',
      })),
    };
    const full = caseResultSchema.parse(await call('/v1/assess?view=full', body));
    const catalog: ConditionDefinition[] = (
      await app.inject({ method: 'GET', url: '/v1/conditions' })
    ).json();
    const byId = new Map(catalog.map((c) => [c.id, c]));
    const dvt = full.conditions.find((c) => c.id === 'deep_vein_thrombosis');
    expect(dvt?.investigations.length).toBeGreaterThan(0);
    full.conditions.forEach((c, rank) => {
      expect(c.investigations, c.id).toEqual(isInPlay(c, rank) ? (byId.get(c.id)?.investigations ?? []) : []);
      for (const i of c.investigations) expect(i.sources.length, `${c.id} ${i.name}`).toBeGreaterThan(0);
    });
  });

  it('POST /v1/interview/next: compact by default, full on request; each validates against its schema', async () => {
    for (const c of cases) {
      const compact = await call('/v1/interview/next', c);
      const full = await call('/v1/interview/next?view=full', c);
      expect(compactInterviewStepSchema.parse(compact)).toEqual(compact);
      expect(interviewNextResponseSchema.parse(full)).toEqual(full);
      expect(compact.question).toEqual(full.question);
      expect(compact.shouldStop).toBe(full.shouldStop);
      expect(compact.progress).toEqual(full.progress);
      expect(compact.result).not.toHaveProperty('question');
      expect(rounded(compact.result)).toEqual(rounded(await call('/v1/assess', c)));
    }
  });

  it('compact says what full says: the same triage, causes, order, probabilities and reasons', async () => {
    for (const c of cases) {
      const compact: CompactResult = await call('/v1/assess', c);
      const explained: CompactResult = await call('/v1/assess?include=explanations,unanswered', c);
      const full: CaseResult = await call('/v1/assess?view=full', c);
      expect(compactResultSchema.parse(explained)).toEqual(explained);
      expect(compact.triage.level).toBe(full.triage.level);
      expect(compact.triage.provisional).toBe(full.triage.provisional);
      expect(compact.triage.reasons).toEqual(
        full.triage.reasons.map((r) => ({ kind: r.kind, id: r.id, text: r.reason })),
      );
      // The open warning-sign questions: a count always, the ids when asked for (include=unanswered).
      expect(compact.triage.unansweredCount).toBe(full.triage.unanswered.length);
      expect(compact.triage).not.toHaveProperty('unanswered');
      expect(explained.triage.unanswered).toEqual(full.triage.unanswered.map((u) => u.id));
      expect(compact.disclaimer).toBe(full.disclaimer);
      // Explanations only when asked for; otherwise the same object.
      for (const cause of compact.causes) {
        expect(Object.keys(cause)).toEqual(['id', 'probability', 'band']);
      }
      const { unanswered: _ids, ...triageWithoutIds } = explained.triage;
      expect(
        rounded({
          ...explained,
          triage: triageWithoutIds,
          causes: explained.causes.map(({ id, probability, band }) => ({ id, probability, band })),
        }),
      ).toEqual(rounded(compact));
      // Ranking order kept; every cause left out is below 1% and not in play.
      const order = full.conditions.map((x) => x.id);
      const shown = explained.causes.map((x) => x.id);
      expect(shown).toEqual(order.filter((id) => shown.includes(id)));
      for (const [rank, x] of full.conditions.entries()) {
        const cause = explained.causes.find((y) => y.id === x.id);
        if (!cause) {
          expect(x.probability).toBeLessThan(0.01);
          expect(rank).toBeGreaterThanOrEqual(3);
          expect(x.redFlagRules).toEqual([]);
          continue;
        }
        // Compact writes the exact probability to 4 significant digits (`compactProbabilityDigits`).
        expect(Math.abs(cause.probability - x.probability)).toBeLessThanOrEqual(
          compactRoundingBound(x.probability) + inferenceTolerance,
        );
        expect(cause.band).toBe(x.band);
        expect(cause.redFlagRules ?? []).toEqual(x.redFlagRules);
        if (cause.for || cause.against || rank < 3) {
          expect(cause.for ?? []).toEqual(x.supporting.map((f) => f.finding));
          expect(cause.against ?? []).toEqual(x.opposing.map((f) => f.finding));
        }
      }
      expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length / 4);
    }
  });

  it('POST /v1/interview/next passes include=explanations to its compact result', async () => {
    for (const c of cases.slice(0, 6)) {
      const step = await call('/v1/interview/next?include=explanations', c);
      expect(compactInterviewStepSchema.parse(step)).toEqual(step);
      expect(rounded(step.result)).toEqual(rounded(await call('/v1/assess?include=explanations', c)));
    }
  });

  it('catalog routes validate against their schemas', async () => {
    const get = async (url: string) => (await app.inject({ method: 'GET', url })).json();
    const criteria = criteriaCatalogResponseSchema.parse(await get('/v1/criteria'));
    expect(criteria.map((c) => c.id)).toContain('wells');
    expect(criteria.find((c) => c.id === 'wells')?.factors.map((f) => f.id)).toEqual(['criteria:wells']);
    const urgency = urgencyResponseSchema.parse(await get('/v1/urgency'));
    expect(urgency.map((u) => u.level)).toEqual([
      'emergency_ambulance',
      'emergency',
      'consultation_24',
      'consultation',
      'self_care',
    ]);
  });

  /**
   * What the web app's result page shows for the person (web/src/result.tsx), built with the web app's own
   * text functions: the banner, the reasons, the causes shown with their band ("rule out first" included),
   * points for and against, and what may help now as the engine decided it (per cause: its own advice
   * whole, or the items left when some were withheld) with the withheld items and why.
   */
  interface Page {
    banner: { label: string; action: string };
    /** The provisional card: the warning-sign questions still open, in the person's words. */
    unanswered: string[];
    reasons: string[];
    causes: {
      name: string;
      percent: number;
      band: string;
      ruleOut: boolean;
      for: string[];
      against: string[];
    }[];
    helps: { name: string; advice: string }[];
    withheld: { text: string; reason: string }[];
  }

  interface PageCause {
    id: string;
    name: string;
    probability: number;
    band: CaseResult['conditions'][number]['band'];
    for: { id: string; text: string }[];
    against: { id: string; text: string }[];
    selfCare: string;
  }

  interface PageAdvice {
    items: readonly { condition: string; text: string }[];
    withheld: readonly { condition: string; text: string; reason: string }[];
  }

  function page(
    level: CaseResult['triage']['level'],
    label: string,
    action: string,
    reasons: CaseResult['triage']['reasons'],
    causes: PageCause[],
    advice: PageAdvice,
    unanswered: readonly { id: string; text: string }[],
  ): Page {
    const d = en;
    const shown = topCauses(causes);
    const byId = new Map(causes.map((c) => [c.id, c]));
    // result.tsx adviceByCause: the engine's items grouped by cause, in its order; a cause none of whose
    // advice was withheld shows its own (translated) advice whole.
    const withheldFrom = new Set(advice.withheld.map((w) => w.condition));
    const groups: { id: string; texts: string[] }[] = [];
    for (const item of advice.items) {
      let g = groups.find((x) => x.id === item.condition);
      if (!g) {
        g = { id: item.condition, texts: [] };
        groups.push(g);
      }
      g.texts.push(item.text);
    }
    return {
      banner: { label: urgencyLabel(d, level, label), action: urgencyAction(d, level, action) },
      unanswered: unanswered.map((q) => d.findings[q.id]?.q ?? q.text),
      reasons: reasons.map((r) => reasonText(d, r, causes)),
      causes: shown.map((c) => ({
        name: conditionName(d, c),
        percent: percent(c.probability),
        band: bandText(d, c.band),
        ruleOut: c.band === 'rule_out_first',
        for: c.for.slice(0, shownFactors.for).map((f) => findingStatement(d, f.id, f.text)),
        against: c.against.slice(0, shownFactors.against).map((f) => findingStatement(d, f.id, f.text)),
      })),
      helps: groups.flatMap((g) => {
        const c = byId.get(g.id);
        if (!c) return [];
        return [
          { name: conditionName(d, c), advice: withheldFrom.has(g.id) ? g.texts.join(' ') : selfCare(d, c) },
        ];
      }),
      withheld: advice.withheld.map((w) => ({ text: w.text, reason: w.reason })),
    };
  }

  it('a compact result with explanations and the catalog routes carry everything the result page shows', async () => {
    const get = async (url: string) => (await app.inject({ method: 'GET', url })).json();
    // Fetched once, as a client would.
    const conditions = new Map<string, ConditionDefinition>(
      conditionsResponseSchema
        .parse(await get('/v1/conditions'))
        .map((c) => [c.id, c as ConditionDefinition]),
    );
    const findings = new Map<string, FindingDefinition>(
      findingsResponseSchema.parse(await get('/v1/findings')).map((f) => [f.id, f as FindingDefinition]),
    );
    const factorText = new Map(
      criteriaCatalogResponseSchema
        .parse(await get('/v1/criteria'))
        .flatMap((c) => c.factors.map((f) => [f.id, f.label] as const)),
    );
    const urgency = new Map(urgencyResponseSchema.parse(await get('/v1/urgency')).map((u) => [u.level, u]));
    // The full result's factor text for the page: a criterion's label, otherwise the clinical term.
    const catalogText = (id: string) => factorText.get(id) ?? findings.get(id)?.clinicianTerm ?? '';

    for (const c of cases) {
      // The page shows points for and against each cause and lists the open warning-sign questions: a client
      // rendering it asks for both.
      const compact: CompactResult = await call('/v1/assess?include=explanations,unanswered', c);
      const full: CaseResult = await call('/v1/assess?view=full', c);
      const fromFull = page(
        full.triage.level,
        full.triage.label,
        full.triage.action,
        full.triage.reasons,
        full.conditions.map((x) => ({
          id: x.id,
          name: x.name,
          probability: x.probability,
          band: x.band,
          for: x.supporting.map((f) => ({
            id: f.finding,
            text: f.kind === 'criterion' ? f.label : f.clinicianTerm,
          })),
          against: x.opposing.map((f) => ({ id: f.finding, text: f.clinicianTerm })),
          selfCare: x.selfCare,
        })),
        full.advice,
        full.triage.unanswered,
      );
      const level = urgency.get(compact.triage.level);
      // Advice by reference: `items` index the condition's advice in GET /v1/conditions; a withheld item's
      // reason is the `avoid` entry of the dangerous cause (`because`) for the item's kind.
      const adviceOf = (condition: string, item: number) => conditions.get(condition)?.advice[item];
      // Each entry is a run of items of one condition.
      const withheld = compact.advice.withheld.flatMap((w) =>
        w.items.map((i) => {
          const item = adviceOf(w.condition, i);
          const caution = conditions
            .get(w.because)
            ?.avoid?.find((a) => item?.kinds.includes(a.kind) ?? false);
          return { condition: w.condition, text: item?.text ?? '', reason: caution?.reason ?? '' };
        }),
      );
      // What a dangerous cause in play forbids, from the withheld items' causes: a cause's own advice
      // without it is its self-care text.
      const forbidden = new Set(
        compact.advice.withheld.flatMap((w) => (conditions.get(w.because)?.avoid ?? []).map((a) => a.kind)),
      );
      const fromCompact = page(
        compact.triage.level,
        level?.label ?? '',
        level?.action ?? '',
        // reasonText reads kind, id and the plain text (the probability reason's figure included).
        compact.triage.reasons.map((r) => ({
          ...r,
          reason: r.text,
          level: compact.triage.level,
          clinicianReason: '',
          findings: [],
          sources: [],
        })),
        compact.causes.map((x) => {
          const condition = conditions.get(x.id);
          return {
            id: x.id,
            name: condition?.patientName ?? '',
            probability: x.probability,
            band: x.band,
            for: (x.for ?? []).map((id) => ({ id, text: catalogText(id) })),
            against: (x.against ?? []).map((id) => ({ id, text: catalogText(id) })),
            selfCare:
              condition?.advice
                .filter((a) => !a.kinds.some((k) => forbidden.has(k)))
                .map((a) => a.text)
                .join(' ') ?? '',
          };
        }),
        {
          items: compact.advice.shown.flatMap((r) =>
            r.items.map((i) => ({ condition: r.condition, text: adviceOf(r.condition, i)?.text ?? '' })),
          ),
          withheld,
        },
        // The open warning-sign questions' wording: `question` in GET /v1/findings.
        (compact.triage.unanswered ?? []).map((id) => ({ id, text: findings.get(id)?.question ?? '' })),
      );
      expect(fromCompact, String(c.id)).toEqual(fromFull);
    }
  });
});
