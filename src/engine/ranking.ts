import { atLeastAsUrgent, triageRules } from '../knowledge/index.js';
import type { RankedCondition, TriageReason } from './types.js';

const rulesById = new Map(triageRules.map((r) => [r.id, r]));

/**
 * Product setting (what to list first), not a clinical number: besides its likeliest named cause, a fired
 * emergency rule that names several causes lists first every other named cause at least this likely (the
 * in-play line of assess.ts, repeated here to keep the dependency one way).
 */
export const otherSuspectProbability = 0.05;

/**
 * Conditions a fired emergency rule points to as the cause to exclude, with the rules that point to them.
 * The interview stops at once on an emergency, before the differential is explored, and the receiving
 * clinician's first task is to rule out the cause the red flag points to (e.g. cauda equina for new
 * saddle numbness, however likely a simple sciatica is). A rule whose guidance names several must-not-miss
 * causes (weakness of both legs: cauda equina, Guillain–Barré, cord compression by a metastasis or an
 * abscess) points to the likeliest of them given everything said, and to each other one at least
 * `otherSuspectProbability` likely; all of them are still shown as "rule out first" (`ruleOutFirst`).
 */
export function redFlagSuspects(
  fired: readonly TriageReason[],
  probabilityOf: (conditionId: string) => number,
): Map<string, string[]> {
  const suspects = new Map<string, string[]>();
  for (const reason of fired) {
    const rule = rulesById.get(reason.id);
    if (!rule?.suspects || !atLeastAsUrgent(rule.level, 'emergency')) continue;
    for (const id of pointedTo(rule.suspects, probabilityOf))
      suspects.set(id, [...(suspects.get(id) ?? []), rule.id]);
  }
  return suspects;
}

/** The named causes a rule points to: the likeliest (first named on a tie), and any other in play. */
export function pointedTo(
  named: readonly string[],
  probabilityOf: (conditionId: string) => number,
): string[] {
  let lead = named[0];
  for (const id of named) if (probabilityOf(id) > probabilityOf(lead as string)) lead = id;
  return named.filter((id) => id === lead || probabilityOf(id) >= otherSuspectProbability);
}

/**
 * Conditions that any fired red-flag rule (consultation within 24 hours or more urgent) names as the cause
 * to exclude. A person sees them as "must be ruled out first" instead of a percentage (band
 * `rule_out_first`); only emergency suspects are also moved to the top of the list (`redFlagSuspects`).
 */
export function ruleOutFirst(fired: readonly TriageReason[]): Set<string> {
  const out = new Set<string>();
  for (const reason of fired) {
    const rule = rulesById.get(reason.id);
    if (!rule?.suspects || !atLeastAsUrgent(rule.level, 'consultation_24')) continue;
    for (const id of rule.suspects) out.add(id);
  }
  return out;
}

/**
 * Model setting (what to list first), not a clinical number: a cause a fired emergency rule points to is
 * listed ahead of the probability order only while it is at least this share of the likeliest cause's
 * probability. A red flag names the causes guidance says to exclude, not the one that fits best: weak legs
 * a few weeks after a stomach bug name cauda equina too, but when Guillain–Barré (or another cause) is far
 * likelier, listing cauda equina first would mislead the reader. A suspect below the line keeps its red-flag
 * rules, its "rule out first" band and its place in play (assess.ts, `inPlay`); the triage is unchanged.
 * One in twenty is chosen so a suspect within a factor of twenty of the leader still leads (new saddle
 * numbness in sciatica: cauda equina first).
 */
export const suspectLeadShare = 0.05;

/**
 * The causes listed first: the flagged ones at least `suspectLeadShare` of the likeliest cause's probability,
 * and beside them any cause that itself usually needs emergency care and is at least as likely as the likeliest
 * of those (a tense calf after a fracture is compartment syndrome first even when a rule also names a blocked
 * artery): "rule out the worst first" never puts a less likely emergency ahead of a likelier one.
 */
export function leadingSuspects(conditions: readonly RankedCondition[]): Set<string> {
  if (!conditions.some((c) => c.redFlagRules.length > 0)) return new Set();
  const top = Math.max(0, ...conditions.map((c) => c.probability));
  const flagged = conditions.filter(
    (c) => c.redFlagRules.length > 0 && c.probability >= suspectLeadShare * top,
  );
  if (flagged.length === 0) return new Set();
  const likeliestFlagged = Math.max(...flagged.map((c) => c.probability));
  const worseAndLikelier = conditions.filter(
    (c) =>
      atLeastAsUrgent(c.usualUrgency, 'emergency') && byProbability(c.probability, likeliestFlagged) <= 0,
  );
  return new Set([...flagged, ...worseAndLikelier].map((c) => c.id));
}

/**
 * Ranking order: the leading suspects of fired red flags first ("rule out the worst first"), then by
 * probability. Probabilities are left as computed, so a suspected cause can lead with a lower figure.
 */
export function rankConditions<T extends RankedCondition>(conditions: T[]): T[] {
  const leading = leadingSuspects(conditions);
  // With no leading suspect (most cases) the first key is 0 for every pair: the same order without it.
  if (leading.size === 0)
    return conditions.sort((a, b) => byProbability(a.probability, b.probability) || byId(a.id, b.id));
  return conditions.sort(
    (a, b) =>
      Number(leading.has(b.id)) - Number(leading.has(a.id)) ||
      byProbability(a.probability, b.probability) ||
      byId(a.id, b.id),
  );
}

/**
 * Probabilities closer than this share of the larger are a tie. The engine has two exact ways to compute a
 * posterior (by enumerating the configurations, or grouped when no question is searched; inference.ts), and
 * they agree only up to rounding: a tie, such as two causes no answer tells apart, must not be broken by the
 * last bits of one or the other. Numerical setting, not a clinical number.
 */
export const probabilityTie = 1e-12;

/** Descending order of probability, ties (within `probabilityTie`) as 0: `sort((x, y) => byProbability(px, py))`. */
export function byProbability(a: number, b: number): number {
  const difference = b - a;
  return Math.abs(difference) <= probabilityTie * Math.max(a, b) ? 0 : difference;
}

/**
 * Ties are broken by id in code-point order: the same order as `localeCompare` for the catalog's ids
 * (ranking.test.ts checks every pair), without loading the ICU collator (a visible part of a CLI start).
 */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
