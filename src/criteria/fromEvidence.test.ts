import { describe, expect, it } from 'vitest';
import { isFindingId } from '../knowledge/index.js';
import { criteriaFromEvidence, type EvidenceInput, evidenceRules, evidenceTriggers } from './fromEvidence.js';
import type { CriterionResult, InstrumentResults } from './registry.js';

function evidence(
  present: string[],
  absent: string[] = [],
  extra: Partial<EvidenceInput> = {},
): EvidenceInput {
  return { age: 66, sex: 'female', present: new Set(present), absent: new Set(absent), ...extra };
}

function find<Id extends keyof InstrumentResults>(
  results: CriterionResult[],
  id: Id,
): InstrumentResults[Id] | undefined {
  return results.find((r) => r.instrument === id) as InstrumentResults[Id] | undefined;
}

describe('criteriaFromEvidence', () => {
  it('maps only to findings that exist in the catalog', () => {
    const ids = [
      ...Object.values(evidenceRules).flatMap((rules) => rules.flatMap((r) => [...r.findings])),
      ...Object.values(evidenceTriggers).flat(),
    ];
    expect(ids.filter((id) => !isFindingId(id))).toEqual([]);
  });

  it('returns nothing without evidence, and never the ABI', () => {
    expect(criteriaFromEvidence(evidence([]))).toEqual([]);
    const everything = Object.values(evidenceRules).flatMap((rules) => rules.flatMap((r) => [...r.findings]));
    const all = criteriaFromEvidence(evidence(everything));
    expect(all.map((r) => r.instrument)).toEqual([
      'wells',
      'irlssg',
      'cramps',
      'stenosis',
      'fontaine',
      'rutherford',
      'clti',
    ]);
  });

  it('Wells applies when one leg is swollen, with the calf item marked as a proxy', () => {
    const results = criteriaFromEvidence(evidence(['one_leg_swollen']));
    expect(results.map((r) => r.instrument)).toEqual(['wells']);
    const wells = find(results, 'wells');
    expect(wells?.items.find((i) => i.id === 'calfSwelling')?.value).toBe(true);
    expect(wells?.known).toEqual(['calfSwelling']);
    expect(wells?.missing).toHaveLength(9);
    expect(wells?.coverage).toBe('Wells: 1 of 10 items known');
    expect(wells?.notes.join(' ')).toContain('proxy for the > 3 cm');
    expect(wells?.fromEvidence?.find((m) => m.item === 'calfSwelling')).toMatchObject({
      findings: ['one_leg_swollen'],
      value: true,
    });
  });

  it('Wells applies for a warm red leg, and when any Wells item is answered', () => {
    expect(find(criteriaFromEvidence(evidence(['one_leg_warm_red'])), 'wells')?.known).toEqual([]);
    expect(find(criteriaFromEvidence(evidence([], ['previous_dvt'])), 'wells')?.known).toEqual([
      'previousDvt',
    ]);
    expect(find(criteriaFromEvidence(evidence([], ['one_leg_warm_red'])), 'wells')).toBeUndefined();
  });

  it('Wells is decisive from evidence only when the minimum possible score is ≥ 2', () => {
    const four = ['active_cancer', 'recent_surgery_or_bedridden', 'one_leg_swollen', 'pitting_oedema'];
    const open = find(criteriaFromEvidence(evidence(four)), 'wells');
    expect(open?.minScore).toBe(4);
    expect(open?.decisive).toBe(true);
    const one = find(criteriaFromEvidence(evidence(four.slice(0, 1))), 'wells');
    expect(one?.decisive).toBe(false);
    const withJudgement = find(
      criteriaFromEvidence(evidence(four.slice(0, 2), [], { alternativeDiagnosisAsLikely: false })),
      'wells',
    );
    expect(withJudgement?.minScore).toBe(2);
    expect(withJudgement?.decisive).toBe(true);
    const alternative = find(
      criteriaFromEvidence(evidence(four, [], { alternativeDiagnosisAsLikely: true })),
      'wells',
    );
    expect(alternative?.score).toBe(2);
  });

  it('the Wells −2 "alternative diagnosis" item is only a clinician\'s: without it, counted 0 and said so', () => {
    const two = find(criteriaFromEvidence(evidence(['active_cancer', 'one_leg_swollen'])), 'wells');
    expect(two?.minScore).toBe(2);
    expect(two?.maxScore).toBeGreaterThanOrEqual(2);
    expect(two?.decisive).toBe(true);
    const item = two?.items.find((i) => i.id === 'alternativeDiagnosisAsLikely');
    expect(item?.known).toBe(false);
    expect(two?.notes.join(' ')).toMatch(/Not applied \(counted 0\) until a clinician gives it/);
    expect(two?.reasons.join(' ')).toMatch(/not applied \(0\)/);
    const judged = find(
      criteriaFromEvidence(
        evidence(['active_cancer', 'one_leg_swollen'], [], { alternativeDiagnosisAsLikely: true }),
      ),
      'wells',
    );
    expect(judged?.score).toBe(0);
    expect(judged?.decisive).toBe(false);
  });

  it('IRLSSG: four findings met, criterion 5 unknown until a clinician confirms it', () => {
    const rls = ['urge_to_move_legs', 'starts_at_rest', 'relief_moving_legs', 'evening_night_worse'];
    const open = find(criteriaFromEvidence(evidence(rls)), 'irlssg');
    expect(open?.status).toBe('unknown');
    expect(open?.missing).toEqual(['notSolelyAnotherCondition']);
    expect(open?.decisive).toBe(false);
    const confirmed = find(
      criteriaFromEvidence(evidence(rls, [], { clinician: { rlsNotSolelyAnotherCondition: true } })),
      'irlssg',
    );
    expect(confirmed?.status).toBe('met');
    expect(confirmed?.decisive).toBe(true);
    expect(find(criteriaFromEvidence(evidence([], ['urge_to_move_legs'])), 'irlssg')?.status).toBe('not_met');
  });

  it('cramps: starts_at_rest is read only when present (proxy for time in bed)', () => {
    const cramp = ['sudden_muscle_contraction', 'relief_stretching_muscle'];
    const absentRest = find(criteriaFromEvidence(evidence(cramp, ['starts_at_rest'])), 'cramps');
    expect(absentRest?.items.find((i) => i.id === 'duringTimeInBed')?.known).toBe(false);
    const present = find(
      criteriaFromEvidence(
        evidence([...cramp, 'starts_at_rest'], [], { clinician: { crampsNotBetterExplained: true } }),
      ),
      'cramps',
    );
    expect(present?.status).toBe('met');
    expect(present?.notes.join(' ')).toContain('duringTimeInBed from starts_at_rest');
  });

  it('stenosis: a "no" to the standing/sitting question never yields the LR− 0.05', () => {
    const r = find(
      criteriaFromEvidence(evidence([], ['pain_standing_walking_relieved_sitting'])),
      'stenosis',
    );
    expect(r?.features).toEqual([]);
    expect(r?.items.find((i) => i.id === 'painTriggeredByStandingAlone')?.known).toBe(false);
  });

  it('stenosis: vascular claudication feature, bilateral proxy and age from the person', () => {
    const r = find(
      criteriaFromEvidence({
        ...evidence(['calf_pain_walking_relieved_standing_still', 'bilateral_symptoms']),
        age: 74,
      }),
      'stenosis',
    );
    expect(r?.features.map((f) => f.likelihoodRatio)).toEqual([20, 6.3, 2]);
    expect(r?.lean).toBe('against_lss');
  });

  it('PAD: rest pain relieved by dangling gives Fontaine III+, Rutherford 4+, and CLTI unknown', () => {
    const results = criteriaFromEvidence(
      evidence(
        ['relief_dangling_leg', 'symptoms_over_two_weeks'],
        ['non_healing_sore', 'black_or_dying_skin'],
      ),
    );
    expect(find(results, 'fontaine')?.stage).toBe('III');
    expect(find(results, 'rutherford')?.category).toBe(4);
    const clti = find(results, 'clti');
    expect(clti?.status).toBe('unknown');
    expect(clti?.missing).toEqual(['arterialDiseaseProven']);
    const proven = find(
      criteriaFromEvidence(
        evidence(['relief_dangling_leg', 'symptoms_over_two_weeks'], [], {
          clinician: { arterialDiseaseProven: true },
        }),
      ),
      'clti',
    );
    expect(proven?.status).toBe('met');
    expect(proven?.decisive).toBe(true);
  });

  it('PAD staging does not apply without an ischaemic feature present', () => {
    const results = criteriaFromEvidence(
      evidence([], ['relief_dangling_leg', 'non_healing_sore', 'black_or_dying_skin']),
    );
    expect(results.map((r) => r.instrument)).toEqual([]);
  });

  it('a finding in both sets is treated as unknown', () => {
    const r = find(
      criteriaFromEvidence(evidence(['one_leg_swollen', 'active_cancer'], ['active_cancer'])),
      'wells',
    );
    expect(r?.items.find((i) => i.id === 'activeCancer')?.known).toBe(false);
  });

  it('ignores an unusable age rather than failing', () => {
    const r = find(
      criteriaFromEvidence({
        ...evidence(['bilateral_symptoms', 'relief_curling_up_or_head_raised']),
        age: Number.NaN,
      }),
      'stenosis',
    );
    expect(r?.items.find((i) => i.id === 'age')?.known).toBe(false);
  });
});
