import { describe, expect, it } from 'vitest';
import {
  alarmBackground,
  askBeforeStopping,
  atLeastAsUrgent,
  backgroundRates,
  conditions,
  defaultBackground,
  findings,
  findingsById,
  isCitation,
  screeningGroups,
  triageRules,
  urgencyLevels,
} from './index.js';
import type { ConditionDefinition } from './types.js';

const requiredConditions = [
  'arterial_rest_pain',
  'acute_limb_ischemia',
  'deep_vein_thrombosis',
  'cellulitis',
  'lumbar_spinal_stenosis',
  'lumbar_radiculopathy',
  'cauda_equina_syndrome',
  'peroneal_neuropathy',
  'nocturnal_leg_cramps',
  'restless_legs_syndrome',
  'peripheral_neuropathy',
  'venous_insufficiency',
  'other',
];

/** Every feature the seed text names, and the red-flag / risk findings the core issue lists. */
const requiredFindings = [
  'burning_pain',
  'deep_aching_pain',
  'pain_feet_toes',
  'wakes_after_hour_or_two',
  'relief_dangling_leg',
  'relief_walking',
  'cool_limb',
  'skin_shiny_pale_or_bluish_red',
  'hair_loss_leg',
  'non_healing_sore',
  'relief_curling_up_or_head_raised',
  'worse_lying_flat',
  'sharp_shooting_pain',
  'pain_radiates_down_leg',
  'numbness_tingling',
  'pressure_at_knee',
  'sudden_muscle_contraction',
  'episode_seconds_to_minutes',
  'pain_calf',
  'dehydration_or_heavy_sweating',
  'urge_to_move_legs',
  'creeping_crawling_sensation',
  'evening_night_worse',
  'relief_moving_legs',
  'sudden_severe_pain',
  'one_leg_swollen',
  'one_leg_warm_red',
  'pain_unrelieved_by_position',
  'progressive_weakness',
  'nightly_sleep_disruption',
  'chest_pain_or_breathless',
  'saddle_numbness',
  'bladder_bowel_change',
  'fever',
  'spreading_redness',
  'sudden_cold_pale_leg',
  'foot_drop',
  'recent_surgery_or_bedridden',
  'recent_long_journey',
  'active_cancer',
  'pregnant_or_postpartum',
  'diabetes',
  'smoker',
  'takes_diuretic',
  'takes_statin',
  'takes_sedating_antihistamine',
  'iron_deficiency',
  'joint_pain_swelling',
  'morning_stiffness',
  'bony_point_tenderness',
  'weight_loss_night_sweats',
];

function expectCited(where: string, sources: readonly string[]) {
  expect(sources.length, `${where} has no source`).toBeGreaterThan(0);
  for (const s of sources) expect(isCitation(s), `${where} cites unknown source ${s}`).toBe(true);
}

describe('knowledge base', () => {
  it('models every required condition, with unique ids', () => {
    const ids = conditions.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of requiredConditions) expect(ids).toContain(id);
  });

  it('covers every seed feature and required finding, with unique snake_case ids', () => {
    const ids = findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const id of requiredFindings) expect(findingsById.has(id), id).toBe(true);
  });

  it('cites a source for every finding', () => {
    for (const f of findings) {
      expectCited(`finding ${f.id}`, f.sources);
      expect(f.question.endsWith('?'), f.id).toBe(true);
      expect(f.why.length, f.id).toBeGreaterThan(10);
    }
  });

  it('cites a source for every condition, prior, risk factor and likelihood', () => {
    for (const c of conditions) {
      expectCited(`condition ${c.id}`, c.sources);
      expectCited(`${c.id} prior`, c.prior.sources);
      expectCited(`${c.id} urgency`, c.urgencySources);
      expect(c.prior.derivation.length).toBeGreaterThan(20);
      for (const p of Object.values(c.prior.byAge)) expect(p > 0 && p < 1, `${c.id} prior ${p}`).toBe(true);
      for (const r of c.riskFactors) {
        expectCited(`${c.id} risk ${r.finding}`, r.sources);
        expect(findingsById.has(r.finding), `${c.id} risk ${r.finding}`).toBe(true);
        expect(r.oddsRatio).toBeGreaterThan(0);
      }
      for (const l of c.links) {
        expectCited(`${c.id} link ${l.finding}`, l.sources);
        expect(findingsById.has(l.finding), `${c.id} link ${l.finding}`).toBe(true);
        expect(l.probability > 0 && l.probability < 1, `${c.id} link ${l.finding}`).toBe(true);
      }
      expect(urgencyLevels).toContain(c.usualUrgency);
    }
  });

  it('cites a source for every investigation of every condition, named for clinician and person', () => {
    // `other` is not one condition: no list of tests belongs to it.
    const unsourced = new Set(['other']);
    for (const c of conditions) {
      const list = (c as ConditionDefinition).investigations ?? [];
      if (!unsourced.has(c.id)) expect(list.length, `${c.id} has no investigations`).toBeGreaterThan(0);
      for (const i of list) {
        expect(i.name.trim().length, `${c.id} investigation name`).toBeGreaterThan(3);
        expect((i.patientName ?? '').trim().length, `${c.id} ${i.name}: patientName`).toBeGreaterThan(3);
        expectCited(`${c.id} investigation ${i.name}`, i.sources);
      }
    }
  });

  it('cites a source for every background rate', () => {
    for (const b of [defaultBackground, alarmBackground, ...backgroundRates]) {
      expectCited(`background ${b.note}`, b.sources);
      expect(b.probability > 0 && b.probability < 1).toBe(true);
    }
    for (const b of backgroundRates) expect(findingsById.has(b.finding), b.finding).toBe(true);
  });

  it('cites a source for every triage rule, and rules name only known findings', () => {
    const ids = triageRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of triageRules) {
      expectCited(`rule ${r.id}`, r.sources);
      const named = [...r.all, ...(r.any ?? [])];
      expect(named.length, r.id).toBeGreaterThan(0);
      for (const id of named) expect(findingsById.has(id), `${r.id}: ${id}`).toBe(true);
    }
  });

  it('every warning-sign screen item alone fires a rule at least a consultation (self-care is never given with one)', () => {
    for (const id of screeningGroups.flatMap((g) => g.findings)) {
      const fires = triageRules.some(
        (r) =>
          (r.all.length === 1 && r.all[0] === id && (r.any ?? []).length === 0) ||
          (r.all.length === 0 && (r.any ?? []).includes(id)),
      );
      expect(fires, id).toBe(true);
    }
  });

  it('rules suspect only known conditions, and only red-flag rules (24 h or more urgent) suspect one', () => {
    const known = new Set<string>(conditions.map((c) => c.id));
    const suspecting = triageRules.filter((r) => (r.suspects ?? []).length > 0);
    expect(suspecting.length).toBeGreaterThan(0);
    for (const r of suspecting) {
      expect(atLeastAsUrgent(r.level, 'consultation_24'), r.id).toBe(true);
      for (const id of r.suspects ?? []) expect(known.has(id), `${r.id}: ${id}`).toBe(true);
    }
  });

  it('the citation check rejects made-up sources', () => {
    expect(isCitation('S999')).toBe(false);
    expect(isCitation('seed:L99')).toBe(false);
    expect(isCitation('seed:L4')).toBe(true);
  });
});

describe('must-not-miss history (askBeforeStopping)', () => {
  const flagged = findings.flatMap((f) => {
    const marker = askBeforeStopping.get(f.id);
    return marker ? [{ ...f, askBeforeStopping: marker }] : [];
  });
  const conditionIds = new Set<string>(conditions.map((c) => c.id));

  it('flags a few history findings, each with its causes, a reason and sources', () => {
    expect(flagged.map((f) => f.id).sort()).toEqual(
      [
        'cancer_history',
        'immunosuppressed',
        'injects_drugs',
        'osteoporosis',
        'prosthetic_joint',
        'recent_infection',
        'takes_bisphosphonate',
        'training_increase',
      ].sort(),
    );
    for (const f of flagged) {
      const flag = f.askBeforeStopping;
      expect(flag.sources.length, f.id).toBeGreaterThan(0);
      for (const s of flag.sources) expect(isCitation(s), `${f.id}: ${s}`).toBe(true);
      // The reason cites every source next to it, as [S#].
      for (const s of flag.sources) expect(flag.reason, `${f.id}: ${s}`).toContain(`[${s}]`);
      expect(flag.causes.length, f.id).toBeGreaterThan(0);
      expect(['history', 'medication'], f.id).toContain(f.group);
    }
  });

  it('every marker is on a finding of the catalog, and stays out of the catalog the API serves', () => {
    expect(askBeforeStopping.size).toBe(flagged.length);
    for (const f of findings) expect(Object.hasOwn(f, 'askBeforeStopping'), f.id).toBe(false);
  });

  it('each guarded cause exists and names the flagged finding as a risk factor or a link', () => {
    for (const f of flagged)
      for (const cause of f.askBeforeStopping.causes) {
        expect(conditionIds.has(cause), `${f.id} → ${cause}`).toBe(true);
        const c = conditions.find((x) => x.id === cause);
        const named = [...(c?.riskFactors ?? []), ...(c?.links ?? [])].some((r) => r.finding === f.id);
        expect(named, `${f.id} → ${cause}`).toBe(true);
      }
  });
});
