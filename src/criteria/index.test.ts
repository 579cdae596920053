import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCitation } from '../knowledge/index.js';
import {
  type CriterionResult,
  criteriaFromEvidence,
  instrumentIds,
  instruments,
  runInstrument,
} from './index.js';

/** One valid input per instrument, as a CLI or HTTP client would send it. */
const samples: Record<string, unknown> = {
  wells: { activeCancer: true, calfSwelling: true, pittingOedema: null },
  abi: {
    arm: { left: 130, right: 125 },
    ankle: { left: { dorsalisPedis: 70, posteriorTibial: 60 } },
    toe: { left: 30 },
  },
  irlssg: {
    urgeToMove: true,
    worseAtRest: true,
    reliefByMovement: true,
    eveningOrNight: true,
    episodesPerWeek: 3,
  },
  cramps: { painfulHardening: true, duringTimeInBed: true, reliefByStretching: true },
  stenosis: { age: 72, noPainWhenSeated: true, painTriggeredByStandingAlone: true },
  fontaine: { claudication: true, claudicationDistanceM: 120, restPain: false, tissueLoss: false },
  rutherford: { restPain: true, tissueLoss: true, tissueLossExtent: 'minor' },
  clti: { restPain: true, atLeastTwoWeeks: true, arterialDiseaseProven: true },
};

function allResults(): CriterionResult[] {
  const fromRegistry = instrumentIds.map((id) => {
    const r = runInstrument(id, samples[id]);
    if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.errors)}`);
    return r.result;
  });
  const everything = [
    'one_leg_swollen',
    'active_cancer',
    'urge_to_move_legs',
    'starts_at_rest',
    'sudden_muscle_contraction',
    'pain_standing_walking_relieved_sitting',
    'calf_pain_walking_relieved_standing_still',
    'relief_dangling_leg',
    'non_healing_sore',
    'symptoms_over_two_weeks',
  ];
  const fromEvidence = criteriaFromEvidence({
    age: 70,
    sex: 'male',
    present: new Set(everything),
    absent: new Set(),
  });
  return [...fromRegistry, ...fromEvidence];
}

describe('instruments registry', () => {
  it('has every instrument, keyed by its id, with parse and compute', () => {
    expect(Object.keys(instruments).sort()).toEqual([...instrumentIds].sort());
    for (const id of instrumentIds) {
      expect(instruments[id].id).toBe(id);
      expect(instruments[id].name.length).toBeGreaterThan(5);
    }
  });

  it.each(instrumentIds)('runInstrument(%s) parses then computes', (id) => {
    const r = runInstrument(id, samples[id]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.result.instrument).toBe(id);
      expect(r.result.name).toBe(instruments[id].name);
    }
  });

  it.each(instrumentIds)('runInstrument(%s) reports field errors instead of throwing', (id) => {
    const r = runInstrument(id, { notAField: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toContain('notAField');
    expect(runInstrument(id, 'not json object')).toEqual({
      ok: false,
      errors: [{ field: 'input', message: 'must be an object' }],
    });
  });

  it('unknown instrument ids are an error on the field "instrument"', () => {
    const r = runInstrument('konno', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.field).toBe('instrument');
  });

  it('the typed entries compute directly', () => {
    expect(instruments.wells.compute({ activeCancer: true }).score).toBe(1);
    expect(
      instruments.abi.compute({ arm: { left: 100, right: 100 }, ankle: { left: { dorsalisPedis: 50 } } }).pad,
    ).toBe(true);
  });
});

describe('every result', () => {
  const results = allResults();

  it('carries the common fields', () => {
    for (const r of results) {
      expect(r.name).toBeTruthy();
      expect(r.items.length).toBeGreaterThan(0);
      expect(r.known.length + r.missing.length).toBe(r.total);
      expect(r.coverage).toMatch(/: \d+ of \d+ /);
      expect(typeof r.decisive).toBe('boolean');
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.patientSummary).toMatch(/^[A-Z].*\.$/);
      expect(r.clinicianSummary).toMatch(/\.$/);
    }
  });

  it('cites only ids that exist in src/knowledge/sources.ts, in sources, items and notes', () => {
    for (const r of results) {
      const cited = [
        ...r.sources,
        ...r.items.flatMap((i) => i.sources),
        ...[...r.notes, ...r.reasons, r.clinicianSummary].flatMap((n) =>
          [...n.matchAll(/\[(S\d+|seed:L\d+)\]/g)].map((m) => m[1] as string),
        ),
      ];
      expect(
        cited.filter((id) => !isCitation(id)),
        r.instrument,
      ).toEqual([]);
      for (const n of r.notes) {
        for (const m of n.matchAll(/\[(S\d+)\]/g)) expect(r.sources, `${r.instrument}: ${n}`).toContain(m[1]);
      }
    }
  });

  it('is plain JSON (no undefined, no functions) so the CLI and HTTP route can serialise it', () => {
    for (const r of results) expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
  });
});

describe('no runtime dependencies', () => {
  it('non-test files import only from src/criteria at runtime (type-only imports elsewhere)', () => {
    const dir = new URL('.', import.meta.url).pathname;
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        const [, , typeOnly, spec] = m;
        if (spec?.startsWith('./')) continue;
        expect(typeOnly, `${file} imports ${spec} at runtime`).toBeTruthy();
      }
    }
  });
});
