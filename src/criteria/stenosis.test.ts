import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as criteria from './index.js';
import {
  computeStenosis,
  parseStenosisInput,
  type StenosisInput,
  stenosisFeatures,
  strengthOf,
} from './stenosis.js';
import { CriteriaInputError } from './types.js';

const lrs = (input: StenosisInput) => computeStenosis(input).features.map((f) => [f.id, f.likelihoodRatio]);

describe('published likelihood ratios (clinical.md §5.1-5.2)', () => {
  it('uses the exact published values', () => {
    expect(stenosisFeatures.noStandingTrigger.likelihoodRatio).toBe(0.05);
    expect(stenosisFeatures.nadeauCluster.likelihoodRatio).toBe(13);
    expect(stenosisFeatures.calfReliefStandingStill.likelihoodRatio).toBe(20);
    expect(stenosisFeatures.noPainWhenSeated.likelihoodRatio).toBe(7.4);
    expect(stenosisFeatures.improvesBendingForward.likelihoodRatio).toBe(6.4);
    expect(stenosisFeatures.bilateralButtockOrLegPain.likelihoodRatio).toBe(6.3);
    expect(stenosisFeatures.ageOver70.likelihoodRatio).toBe(2.0);
    expect(stenosisFeatures.ageUnder60.likelihoodRatio).toBe(0.4);
  });

  it('age: > 70 → 2.0, < 60 → 0.40, 60-70 → none', () => {
    expect(lrs({ age: 71 })).toEqual([['ageOver70', 2]]);
    expect(lrs({ age: 70 })).toEqual([]);
    expect(lrs({ age: 60 })).toEqual([]);
    expect(lrs({ age: 59 })).toEqual([['ageUnder60', 0.4]]);
  });

  it('no pain triggered by standing alone: LR− 0.05, strong evidence against LSS, decisive', () => {
    const r = computeStenosis({ painTriggeredByStandingAlone: false });
    expect(r.lean).toBe('against_lss');
    expect(r.leanStrength).toBe('strong');
    expect(r.decisive).toBe(true);
    expect(r.items.find((i) => i.id === 'painTriggeredByStandingAlone')?.likelihoodRatio).toBe(0.05);
  });

  it('the Nadeau cluster needs all four parts for LR+ 13', () => {
    const cluster = {
      shoppingCartSign: true,
      symptomsAboveKnee: true,
      painTriggeredByStandingAlone: true,
      reliefBySitting: true,
    };
    const r = computeStenosis(cluster);
    expect(lrs(cluster)).toEqual([['nadeauCluster', 13]]);
    expect(r.lean).toBe('for_lss');
    expect(r.decisive).toBe(true);
    const partial = computeStenosis({ ...cluster, shoppingCartSign: undefined });
    expect(partial.features).toEqual([]);
    expect(partial.reasons.join(' ')).toContain('incomplete');
    expect(computeStenosis({ ...cluster, reliefBySitting: false }).features).toEqual([]);
  });

  it('calf symptoms relieved by standing still: LR+ 20 for vascular claudication', () => {
    const r = computeStenosis({ calfSymptomsRelievedByStandingStill: true });
    expect(r.features[0]).toMatchObject({
      likelihoodRatio: 20,
      target: 'vascular_claudication',
      direction: 'against_lss',
    });
    expect(r.lean).toBe('against_lss');
    expect(r.patientSummary).toContain('narrowed leg arteries rather than');
  });

  it('Suri features are moderate and point towards LSS, strongest first', () => {
    const r = computeStenosis({
      noPainWhenSeated: true,
      improvesBendingForward: true,
      bilateralButtockOrLegPain: true,
      age: 75,
    });
    expect(r.features.map((f) => f.likelihoodRatio)).toEqual([7.4, 6.4, 6.3, 2]);
    expect(r.lean).toBe('for_lss');
    expect(r.leanStrength).toBe('moderate');
    expect(r.decisive).toBe(false);
  });

  it('strong features pointing both ways are conflicting and not decisive', () => {
    const r = computeStenosis({ calfSymptomsRelievedByStandingStill: true, wideBasedGait: true });
    expect(r.lean).toBe('conflicting');
    expect(r.decisive).toBe(false);
  });

  it('absent features without a published LR− carry no LR', () => {
    const r = computeStenosis({
      noPainWhenSeated: false,
      bilateralButtockOrLegPain: false,
      calfSymptomsRelievedByStandingStill: false,
    });
    expect(r.features).toEqual([]);
    expect(r.lean).toBe('none');
    expect(r.known).toHaveLength(3);
  });

  it('lists the LRs without combining them, and leaves Konno out', () => {
    const r = computeStenosis({ noPainWhenSeated: true, improvesBendingForward: true });
    expect(r).not.toHaveProperty('probability');
    expect(r.clinicianSummary).toContain('not combined');
    expect(JSON.stringify(r)).not.toMatch(/konno|unverified|not implemented/i);
    expect(Object.keys(criteria).filter((k) => /konno/i.test(k))).toEqual([]);
  });

  it('strength tiers', () => {
    expect(strengthOf(10)).toBe('strong');
    expect(strengthOf(0.1)).toBe('strong');
    expect(strengthOf(9.9)).toBe('moderate');
    expect(strengthOf(5)).toBe('moderate');
    expect(strengthOf(0.2)).toBe('moderate');
    expect(strengthOf(4.2)).toBe('weak');
  });
});

describe('parseStenosisInput', () => {
  function fields(raw: unknown): string[] {
    const r = parseStenosisInput(raw);
    return r.ok ? [] : r.errors.map((e) => e.field);
  }

  it('rejects bad ages', () => {
    for (const bad of [-1, 131, Number.NaN, '70']) expect(fields({ age: bad })).toEqual(['age']);
  });

  it('rejects non-boolean features and unknown fields (e.g. a Konno score)', () => {
    expect(fields({ shoppingCartSign: 'yes' })).toEqual(['shoppingCartSign']);
    expect(fields({ konnoScore: 9 })).toEqual(['konnoScore']);
    expect(() => computeStenosis({ age: -3 })).toThrow(CriteriaInputError);
  });
});

describe('stenosis properties', () => {
  const tri = fc.constantFrom(true, false, undefined);
  it('decisive only with a strong, unopposed feature; every feature has a published LR', () => {
    fc.assert(
      fc.property(
        fc.record({
          age: fc.option(fc.integer({ min: 18, max: 100 }), { nil: undefined }),
          painTriggeredByStandingAlone: tri,
          shoppingCartSign: tri,
          symptomsAboveKnee: tri,
          reliefBySitting: tri,
          calfSymptomsRelievedByStandingStill: tri,
          noPainWhenSeated: tri,
          improvesBendingForward: tri,
          bilateralButtockOrLegPain: tri,
        }),
        (input) => {
          const r = computeStenosis(input);
          const published = Object.values(stenosisFeatures).map((f) => f.id as string);
          for (const f of r.features) expect(published).toContain(f.id);
          if (r.decisive) {
            expect(
              r.features.filter((f) => f.strength === 'strong').every((f) => f.direction === r.lean),
            ).toBe(true);
          }
        },
      ),
    );
  });
});
