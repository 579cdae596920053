import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atLeastAsUrgent, triageRules, type UrgencyLevel, urgencyLevels } from '../knowledge/index.js';
import { network } from './network.js';
import {
  firedRules,
  probabilityLevel,
  probabilityReasons,
  ruleFires,
  urgencyMass,
  urgencySettings,
} from './triage.js';

const n = network.conditions.length;
const configurationCount = network.configurations.length;

const marginalsArb = fc
  .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
  .map((ps) => Float64Array.from(ps));

/** Normalised configuration weights, with some configurations exactly zero and some dominant. */
const weightsArb = fc
  .array(
    fc.oneof(
      fc.constant(0),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1e-6, noNaN: true }),
    ),
    {
      minLength: configurationCount,
      maxLength: configurationCount,
    },
  )
  .filter((ws) => ws.some((w) => w > 0))
  .map((ws) => {
    const total = ws.reduce((a, b) => a + b, 0);
    return Float64Array.from(ws.map((w) => w / total));
  });

const mostUrgent = (levels: readonly UrgencyLevel[]): UrgencyLevel =>
  levels.reduce<UrgencyLevel>((level, l) => (atLeastAsUrgent(level, l) ? level : l), 'self_care');

/** The definition, written plainly: P(at least one present cause usually needs L or more). */
function referenceMass(weights: Float64Array, level: UrgencyLevel): number {
  let mass = 0;
  network.configurations.forEach((config, c) => {
    const needs = config.some((j) =>
      atLeastAsUrgent(network.conditions[j]?.usualUrgency ?? 'self_care', level),
    );
    if (needs) mass += weights[c] as number;
  });
  return mass;
}

describe('urgency from probability mass', () => {
  it('mass by level equals the plain configuration-mass definition', () => {
    fc.assert(
      fc.property(weightsArb, (weights) => {
        const mass = urgencyMass(network, weights);
        urgencyLevels.forEach((level, r) => {
          expect(mass[r]).toBeCloseTo(referenceMass(weights, level), 12);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a level applies exactly when its mass reaches its threshold (most urgent such level wins)', () => {
    fc.assert(
      fc.property(weightsArb, marginalsArb, (weights, marginals) => {
        const mass = urgencyMass(network, weights);
        const expected =
          (['emergency_ambulance', 'emergency', 'consultation_24', 'consultation'] as const).find(
            (l) => referenceMass(weights, l) >= urgencySettings.massThreshold[l],
          ) ?? 'self_care';
        const top = Math.max(...marginals);
        const withUnclear =
          top < urgencySettings.unclearBelow && !atLeastAsUrgent(expected, 'consultation')
            ? 'consultation'
            : expected;
        expect(probabilityLevel(mass, marginals)).toBe(withUnclear);
      }),
      { numRuns: 300 },
    );
  });

  // The interview uses the lean `probabilityLevel` per hypothetical answer; the result shows the reasons.
  it('the lean level always equals the most urgent of the shown reasons', () => {
    fc.assert(
      fc.property(weightsArb, marginalsArb, (weights, marginals) => {
        const mass = urgencyMass(network, weights);
        const reasons = probabilityReasons(network, mass, marginals);
        expect(probabilityLevel(mass, marginals)).toBe(mostUrgent(reasons.map((r) => r.level)));
      }),
      { numRuns: 1000 },
    );
  });

  it('a dangerous cause shared with look-alikes is not diluted: the mass counts every configuration holding it', () => {
    // Half the weight on DVT alone, half on DVT with cramps: marginal DVT 1, but also when split across
    // three look-alike pairs the mass at 24 h stays the sum.
    const dvt = network.conditionIndex.get('deep_vein_thrombosis') as number;
    const weights = new Float64Array(configurationCount);
    const holding = network.configurations.flatMap((config, c) =>
      config.includes(dvt) && config.length === 2 ? [c] : [],
    );
    const cramps = network.configurations.findIndex((config) => config.length === 1 && config[0] === 0);
    for (const c of holding.slice(0, 4)) weights[c] = 0.04; // each pair below 0.12, together 0.16
    weights[cramps] = 1 - 0.16;
    const mass = urgencyMass(network, weights);
    expect(mass[urgencyLevels.indexOf('consultation_24')]).toBeGreaterThanOrEqual(0.16 - 1e-12);
  });
});

describe('firedRules', () => {
  // Present sets drawn from the findings the rules name, so that rules fire often, plus any other finding.
  const ruleFindings = [...new Set(triageRules.flatMap((r) => [...r.all, ...(r.any ?? [])]))];
  const findingIds = network.findings.map((f) => f.id);
  const presentArb = fc
    .tuple(fc.subarray(ruleFindings), fc.subarray(findingIds, { maxLength: 6 }))
    .map(([a, b]) => new Set([...a, ...b]));

  it('fires exactly the rules that hold, in catalog order (the index by trigger finding misses none)', () => {
    fc.assert(
      fc.property(presentArb, (present) => {
        const expected = triageRules.filter((rule) => ruleFires(rule, present)).map((rule) => rule.id);
        expect(firedRules(present).map((r) => r.id)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    // Each rule alone: its own findings fire it.
    for (const rule of triageRules) {
      const present = new Set([...rule.all, ...(rule.any ?? []).slice(0, 1)]);
      expect(firedRules(present).map((r) => r.id)).toContain(rule.id);
    }
  });
});
