import {
  atLeastAsUrgent,
  type Citation,
  type TriageRule,
  triageRules,
  type UrgencyLevel,
  urgencyDescriptions,
} from '../knowledge/index.js';
import type { Network } from './network.js';
import type { Triage, TriageReason } from './types.js';

/**
 * When no cause reaches this probability the picture is unclear, and an unclear night-time leg pain is
 * worth a doctor's look (seed:L16: pain that recurs should be discussed with a doctor).
 */
export const unclearBelow = 0.35;
const unclearSources: readonly Citation[] = ['seed:L16'];

/** A rule fires when all of `all` and (if given) at least one of `any` are present. */
export function ruleFires(rule: TriageRule, present: ReadonlySet<string>): boolean {
  const any = rule.any ?? [];
  return rule.all.every((id) => present.has(id)) && (any.length === 0 || any.some((id) => present.has(id)));
}

/** Every rule whose findings are present. */
export function firedRules(present: ReadonlySet<string>): TriageReason[] {
  const reasons: TriageReason[] = [];
  for (const rule of triageRules) {
    if (!ruleFires(rule, present)) continue;
    const any = rule.any ?? [];
    const isRedFlag = atLeastAsUrgent(rule.level, 'consultation_24');
    reasons.push({
      kind: isRedFlag ? 'red_flag' : 'advice_rule',
      id: rule.id,
      level: rule.level,
      reason: rule.reason,
      clinicianReason: rule.clinicianReason,
      findings: [...rule.all, ...any.filter((id) => present.has(id))],
      sources: rule.sources,
    });
  }
  return reasons;
}

/** The level `probabilityReasons` would set, without building the reasons (used per hypothetical answer). */
export function probabilityLevel(net: Network, marginals: Float64Array): UrgencyLevel {
  let level: UrgencyLevel = 'self_care';
  let top = 0;
  for (let j = 0; j < net.conditions.length; j++) {
    const condition = net.conditions[j] as Network['conditions'][number];
    const p = marginals[j] as number;
    if (p > top) top = p;
    if (p >= condition.urgencyThreshold && !atLeastAsUrgent(level, condition.usualUrgency))
      level = condition.usualUrgency;
  }
  if (top < unclearBelow && !atLeastAsUrgent(level, 'consultation')) level = 'consultation';
  return level;
}

/**
 * Urgency implied by the probabilities: each condition at or above its threshold brings its usual urgency.
 * The caller passes marginals computed without red-flag findings, so that adding a red flag can never
 * lower the level through this path (red flags act through rules only).
 */
export function probabilityReasons(net: Network, marginals: Float64Array): TriageReason[] {
  const reasons: TriageReason[] = [];
  let top = 0;
  net.conditions.forEach((condition, j) => {
    const p = marginals[j] as number;
    top = Math.max(top, p);
    if (p < condition.urgencyThreshold) return;
    reasons.push({
      kind: 'probability',
      id: condition.id,
      level: condition.usualUrgency,
      reason: `${condition.patientName} is a possible cause, and it usually needs this level of care.`,
      clinicianReason: `${condition.clinicianName}: posterior ${p.toFixed(2)} ≥ threshold ${condition.urgencyThreshold}.`,
      findings: [],
      sources: condition.urgencySources,
    });
  });
  if (top < unclearBelow) {
    reasons.push({
      kind: 'uncertainty',
      id: 'unclear_cause',
      level: 'consultation',
      reason: 'No single cause stands out, so a doctor should take a look.',
      clinicianReason: `Leading posterior ${top.toFixed(2)} below ${unclearBelow}: undifferentiated.`,
      findings: [],
      sources: unclearSources,
    });
  }
  return reasons;
}

const noWarningSigns: TriageReason = {
  kind: 'probability',
  id: 'no_warning_signs',
  level: 'self_care',
  reason: 'No warning signs were found, and the likely causes can usually be looked after at home.',
  clinicianReason: 'No red flag; no condition above its urgency threshold.',
  findings: [],
  sources: ['seed:L15', 'seed:L16'],
};

export function decideTriage(found: readonly TriageReason[]): Triage {
  const all = found.length > 0 ? found : [noWarningSigns];
  let level: UrgencyLevel = 'self_care';
  for (const r of all) if (!atLeastAsUrgent(level, r.level)) level = r.level;
  // Only the reasons that set the level: less urgent ones would distract from the advice.
  const reasons = all.filter((r) => r.level === level);
  const description = urgencyDescriptions[level];
  return { level, label: description.label, action: description.action, reasons };
}
