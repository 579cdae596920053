import {
  atLeastAsUrgent,
  type Citation,
  findingsById,
  screeningGroups,
  type TriageRule,
  triageRules,
  type UrgencyLevel,
  urgencyDescriptions,
  urgencyLevels,
} from '../knowledge/index.js';
import { presentSet } from './inference.js';
import type { Network } from './network.js';
import { askIfHolds } from './preconditions.js';
import { byProbability } from './ranking.js';
import type { EvidenceItem, Sex, Triage, TriageReason, UnansweredScreenItem } from './types.js';

/**
 * Triage settings. These are model settings (product policy), not clinical numbers; see README "Triage".
 *
 * - `massThreshold[L]`: level L applies when the probability that at least one present cause usually needs
 *   L or more reaches this mass. Each is the lowest per-cause threshold the model used at that level before
 *   the mass rule (acute limb ischaemia 0.10, cauda equina 0.05, DVT 0.12, unmodelled cause 0.35); applied
 *   to the mass they are at least as safe, because look-alikes sharing findings no longer dilute a cause.
 * - `unclearBelow`: when no cause reaches this probability the picture is unclear, and an unclear night-time
 *   leg pain is worth a doctor's look (seed:L16: pain that recurs should be discussed with a doctor).
 * - `benignSupport`: self-care needs a cause that usually needs only self-care to be positively supported by
 *   its own findings: the present findings' summed ln(link of that cause / the largest link of any cause
 *   needing care, or the background rate) must reach ln 10, i.e. they are together at least ten times as
 *   likely with that cause as with any cause needing care (the conventional "large" likelihood ratio).
 *   Its prior never counts. The same ln 10 is the mirror's bar (`careSupport`): a cause needing care supported
 *   that strongly by its own findings withholds self-care.
 */
export const urgencySettings = {
  massThreshold: {
    emergency_ambulance: 0.1,
    emergency: 0.05,
    consultation_24: 0.12,
    consultation: 0.35,
  },
  unclearBelow: 0.35,
  benignSupport: Math.log(10),
} as const;

/** Kept for callers that read the unclear line directly. */
export const unclearBelow = urgencySettings.unclearBelow;
const unclearSources: readonly Citation[] = ['seed:L16'];
const gateSources: readonly Citation[] = ['S204', 'S205', 'seed:L16'];

/** Levels with a mass threshold, most urgent first (self-care has none: it is what remains). */
const massLevels = urgencyLevels.filter((l) => l !== 'self_care') as Exclude<UrgencyLevel, 'self_care'>[];
const rankOf = (level: UrgencyLevel) => urgencyDescriptions[level].rank;

/** A rule fires when all of `all` and (if given) at least one of `any` are present. */
export function ruleFires(rule: TriageRule, present: ReadonlySet<string>): boolean {
  const any = rule.any ?? [];
  return rule.all.every((id) => present.has(id)) && (any.length === 0 || any.some((id) => present.has(id)));
}

/** Every rule whose findings are present. */
/**
 * The triage rules that can fire only when a given finding is present, by finding: a rule under its first
 * `all` finding, or, with no `all`, under each of its `any` findings; `alwaysChecked` holds the rest (none
 * today). A person has a few present findings and the catalog many rules, so `firedRules` checks only the
 * rules its present findings index, in catalog order.
 */
const rulesByTrigger = new Map<string, number[]>();
const alwaysChecked: number[] = [];
triageRules.forEach((rule, r) => {
  const triggers = rule.all.length > 0 ? [rule.all[0] as string] : [...new Set(rule.any ?? [])];
  if (triggers.length === 0) alwaysChecked.push(r);
  for (const id of triggers) {
    const list = rulesByTrigger.get(id);
    if (list) list.push(r);
    else rulesByTrigger.set(id, [r]);
  }
});

/** Indices of the rules `present` may fire, ascending (catalog order), each once. */
function candidateRules(present: ReadonlySet<string>): number[] {
  const candidates = [...alwaysChecked];
  for (const id of present) {
    const list = rulesByTrigger.get(id);
    if (list) for (const r of list) candidates.push(r);
  }
  candidates.sort((a, b) => a - b);
  return candidates.filter((r, i) => i === 0 || candidates[i - 1] !== r);
}

export function firedRules(present: ReadonlySet<string>): TriageReason[] {
  const reasons: TriageReason[] = [];
  for (const r of candidateRules(present)) {
    const rule = triageRules[r] as TriageRule;
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

/**
 * Red flags the person was unsure about. A finding mentioned with a hedge ("slight swelling maybe??") is not
 * evidence: it weighs nothing in the ranking and stays open so the screen still asks it. For triage only, it
 * counts as possibly present: every red-flag rule (consultation within 24 hours or more urgent) that would fire
 * with it, and does not fire without it, sets its own level, as a provisional safety-net reason in plain
 * words, until the question is answered. A finding the person answered yes or no is never
 * "possible": a negated finding cannot fire through this path. The level is the rule's own (its guidance),
 * not a model setting; the rules never test absence, so this only ever raises urgency.
 */
export function possibleRedFlags(
  present: ReadonlySet<string>,
  answered: ReadonlySet<string>,
  possible: readonly string[],
): { reasons: TriageReason[]; suspects: string[] } {
  const unsure = possible.filter((id) => !answered.has(id) && findingsById.has(id));
  if (unsure.length === 0) return { reasons: [], suspects: [] };
  const withUnsure = new Set([...present, ...unsure]);
  const reasons: TriageReason[] = [];
  const suspects: string[] = [];
  for (const rule of triageRules) {
    if (!atLeastAsUrgent(rule.level, 'consultation_24')) continue;
    if (ruleFires(rule, present) || !ruleFires(rule, withUnsure)) continue;
    const involved = [...rule.all, ...(rule.any ?? [])].filter((id) => withUnsure.has(id));
    const doubted = involved.filter((id) => !present.has(id));
    reasons.push({
      kind: 'safety_net',
      id: `possible_${rule.id}`,
      level: rule.level,
      reason: `You were not sure about a warning sign, so it counts as possibly there until it is checked. ${rule.reason}`,
      clinicianReason: `Possible red flag (hedged, unconfirmed: ${doubted.join(', ')}): ${rule.clinicianReason} Provisional until asked.`,
      findings: involved,
      sources: rule.sources,
    });
    suspects.push(...(rule.suspects ?? []));
  }
  return { reasons, suspects: [...new Set(suspects)] };
}

/**
 * Probability mass by urgency level, in one pass over the configuration weights: `mass[r]` is the
 * probability that at least one present cause usually needs the level of rank r or more urgent
 * (r = 0 ambulance … 4 self-care; mass[4] is 1 up to rounding). `out` lets hot callers reuse a buffer.
 */
export function urgencyMass(
  net: Network,
  weights: Float64Array,
  out: Float64Array = new Float64Array(urgencyLevels.length),
): Float64Array {
  out.fill(0);
  const urgency = net.configurationUrgency;
  for (let c = 0; c < weights.length; c++) {
    const r = urgency[c] as number;
    out[r] = (out[r] as number) + (weights[c] as number);
  }
  for (let r = 1; r < out.length; r++) out[r] = (out[r] as number) + (out[r - 1] as number);
  return out;
}

/** The level `probabilityReasons` would set, without building the reasons (used per hypothetical answer). */
export function probabilityLevel(mass: Float64Array, marginals: Float64Array): UrgencyLevel {
  let level: UrgencyLevel = 'self_care';
  for (const l of massLevels) {
    if ((mass[rankOf(l)] as number) >= urgencySettings.massThreshold[l]) {
      level = l;
      break;
    }
  }
  if (!atLeastAsUrgent(level, 'consultation')) {
    let top = 0;
    for (let j = 0; j < marginals.length; j++)
      if ((marginals[j] as number) > top) top = marginals[j] as number;
    if (top < urgencySettings.unclearBelow) level = 'consultation';
  }
  return level;
}

/**
 * Urgency implied by the probabilities: the most urgent level whose mass reaches its threshold, naming the
 * causes that carry it, and the unclear-picture reason when no cause stands out. A less urgent level that also
 * reaches its threshold gives no reason: `decideTriage` keeps only the reasons at the level, so it would never
 * be shown. The caller passes mass and marginals computed without red-flag and warning-sign findings, so
 * adding one can never lower the level through this path (they act through rules and the self-care gate).
 * Without `clinician` the clinician sentences (figures a person never sees) are left '' and not built.
 */
export function probabilityReasons(
  net: Network,
  mass: Float64Array,
  marginals: Float64Array,
  clinician = true,
): TriageReason[] {
  const reasons: TriageReason[] = [];
  const level = massLevels.find((l) => (mass[rankOf(l)] as number) >= urgencySettings.massThreshold[l]);
  if (level) {
    const m = mass[rankOf(level)] as number;
    const threshold = urgencySettings.massThreshold[level];
    // The causes carrying the level by probability (a stable sort: ties keep network order). Only the
    // carriers are sorted (a few of the catalog's causes), as indices, not objects.
    const cause = (j: number) => net.conditions[j] as Network['conditions'][number];
    const carriers: number[] = [];
    for (let j = 0; j < net.conditions.length; j++)
      if (atLeastAsUrgent(cause(j).usualUrgency, level) && (marginals[j] as number) >= 0.005)
        carriers.push(j);
    carriers.sort((a, b) => byProbability(marginals[a] as number, marginals[b] as number));
    const names = carriers.slice(0, 3).map((j) => cause(j).patientName);
    reasons.push({
      kind: 'probability',
      id: `urgent_causes_${level}`,
      level,
      reason:
        names.length === 1
          ? `${names[0]} cannot be ruled out, and it needs this level of care.`
          : `Causes that need this level of care cannot be ruled out: ${names.join('; ')}.`,
      clinicianReason: clinician
        ? `P(any cause needing ≥ ${urgencyDescriptions[level].clinicianLabel.toLowerCase()}) = ${m.toFixed(2)} ≥ ${threshold} (${carriers
            .slice(0, 4)
            .map((j) => `${cause(j).clinicianName} ${(marginals[j] as number).toFixed(2)}`)
            .join(', ')}).`
        : '',
      findings: [],
      sources: distinctSources(net, carriers),
    });
  }
  let top = 0;
  for (const p of marginals) top = Math.max(top, p);
  if (top < urgencySettings.unclearBelow) {
    reasons.push({
      kind: 'uncertainty',
      id: 'unclear_cause',
      level: 'consultation',
      reason: 'No single cause stands out, so a doctor should take a look.',
      clinicianReason: clinician
        ? `Leading posterior ${top.toFixed(2)} below ${urgencySettings.unclearBelow}: undifferentiated.`
        : '',
      findings: [],
      sources: unclearSources,
    });
  }
  return reasons;
}

/** The carriers' urgency sources in order, each once (what `[...new Set(flatMap)]` gives, without the copies). */
function distinctSources(net: Network, carriers: readonly number[]): Citation[] {
  const out: Citation[] = [];
  for (const j of carriers)
    for (const s of (net.conditions[j] as Network['conditions'][number]).urgencySources)
      if (!out.includes(s)) out.push(s);
  return out;
}

/** Every screen finding, in screen order (a present one always counts, whatever its precondition). */
const screenFindings = screeningGroups.flatMap((g) => g.findings);

/** One open screen question per finding, built once and shared by every result (frozen: never edited). */
const screenItems = new Map<string, UnansweredScreenItem>();
function screenItem(id: string): UnansweredScreenItem {
  let item = screenItems.get(id);
  if (!item) {
    item = Object.freeze({ id, text: findingsById.get(id)?.question ?? id });
    screenItems.set(id, item);
  }
  return item;
}

/**
 * Screen questions with no yes or no answer ("don't know" counts as unanswered), in the person's words. Only
 * those that apply to this person: an option whose precondition is false (the group's `askIf`, the option's
 * `optionAskIf` or the finding's own `askIf`, e.g. a sign of a cause that does not occur at this age) is never
 * asked, so it cannot hold self-care back nor be listed as still open.
 */
export function unansweredScreen(
  evidence: readonly EvidenceItem[],
  person: { readonly age: number; readonly sex: Sex },
  present: ReadonlySet<string> = presentSet(evidence),
): UnansweredScreenItem[] {
  const answered = new Set<string>();
  for (const e of evidence) if (e.state !== 'unknown') answered.add(e.id);
  const context = { age: person.age, sex: person.sex, present };
  const out: UnansweredScreenItem[] = [];
  for (const g of screeningGroups) {
    if (!askIfHolds(g.askIf, context)) continue;
    for (const id of g.findings) {
      // The answered check first: it is the cheap one, and most of a long account's screen is answered.
      if (answered.has(id)) continue;
      if (askIfHolds(g.optionAskIf?.[id], context) && askIfHolds(findingsById.get(id)?.askIf, context))
        out.push(screenItem(id));
    }
  }
  return out;
}

const characteristicCache = new WeakMap<Network, Characteristic[]>();
const careCharacteristicCache = new WeakMap<Network, Characteristic[]>();

interface Characteristic {
  readonly condition: number;
  readonly weights: Float64Array;
}

/**
 * For each cause on one side of the self-care line (`benign`: causes that usually need only self-care; else
 * the causes needing care), the weight each present finding gives it: ln(its link / the largest link of any
 * cause on the other side, or the background rate), when positive.
 */
function characteristicWeights(net: Network, benign = true): Characteristic[] {
  const cache = benign ? characteristicCache : careCharacteristicCache;
  let table = cache.get(net);
  if (table) return table;
  const onSide = (j: number) => (net.conditions[j]?.usualUrgency === 'self_care') === benign;
  const rivals = net.conditions.flatMap((_, j) => (onSide(j) ? [] : [j]));
  table = net.conditions.flatMap((c, j) => {
    if (!onSide(j)) return [];
    const weights = new Float64Array(net.findings.length);
    net.findings.forEach((_, i) => {
      const row = net.link[i] as Float64Array;
      const own = row[j] as number;
      if (own <= 0) return;
      let rival = net.leak[i] as number;
      // A benign cause is not measured against its own variants that need care (secondary cramps share the
      // cramp itself); a variant is measured against its parent, so only what sets it apart counts.
      for (const k of rivals)
        if (!benign || net.conditions[k]?.variantOf !== c.id) rival = Math.max(rival, row[k] as number);
      const w = Math.log(own / rival);
      if (w > 0) weights[i] = w;
    });
    return [{ condition: j, weights }];
  });
  cache.set(net, table);
  return table;
}

function bestSupported(
  net: Network,
  present: ReadonlySet<string>,
  benign: boolean,
): { condition: string; support: number } | null {
  let best: { condition: string; support: number } | null = null;
  for (const { condition, weights } of characteristicWeights(net, benign)) {
    let support = 0;
    for (const id of present) {
      const i = net.findingIndex.get(id);
      if (i !== undefined) support += weights[i] as number;
    }
    if (!best || support > best.support)
      best = { condition: (net.conditions[condition] as Network['conditions'][number]).id, support };
  }
  return best;
}

/** The benign cause best supported by its own characteristic findings, with its support (ln units). */
export function benignSupport(
  net: Network,
  present: ReadonlySet<string>,
): { condition: string; support: number } | null {
  return bestSupported(net, present, true);
}

/**
 * The cause needing care best supported by its own characteristic findings (the mirror of `benignSupport`):
 * when it reaches the same ln 10, the answers fit a cause a doctor should see as well as a harmless one, and
 * self-care is not earned whatever the probabilities say (a classic walking calf pain beside night cramps).
 */
export function careSupport(
  net: Network,
  present: ReadonlySet<string>,
): { condition: string; support: number } | null {
  return bestSupported(net, present, false);
}

/** Whether the present findings earn self-care on the evidence side (the gate's last two checks). */
export function selfCareSupported(net: Network, present: ReadonlySet<string>): boolean {
  const benign = benignSupport(net, present);
  if (!benign || benign.support < urgencySettings.benignSupport) return false;
  const care = careSupport(net, present);
  return !care || care.support < urgencySettings.benignSupport;
}

/**
 * The self-care gate. Self-care is earned: every screen question answered with none present, and a benign
 * cause positively supported by its own findings. Returns the reason for the level: a `safety_net` reason
 * at `consultation` when self-care is not earned, else the self-care reason. Without `clinician` its clinician
 * sentence is left ''.
 */
export function selfCareGate(
  net: Network,
  present: ReadonlySet<string>,
  unanswered: readonly UnansweredScreenItem[],
  clinician = true,
): TriageReason {
  if (unanswered.length > 0) {
    return {
      kind: 'safety_net',
      id: 'screen_incomplete',
      level: 'consultation',
      reason: `Some warning-sign questions are not answered yet (${unanswered.length}), so looking after this at home cannot be advised.`,
      clinicianReason: clinician
        ? `Red-flag screen incomplete (${unanswered.map((u) => u.id).join(', ')}): self-care withheld.`
        : '',
      findings: [],
      sources: gateSources,
    };
  }
  const warning = screenFindings.filter((id) => present.has(id));
  if (warning.length > 0) {
    return {
      kind: 'safety_net',
      id: 'warning_sign_present',
      level: 'consultation',
      reason: 'You have at least one warning sign, so a doctor should take a look.',
      clinicianReason: clinician ? `Screen positive (${warning.join(', ')}): not for self-care.` : '',
      findings: warning,
      sources: gateSources,
    };
  }
  const best = benignSupport(net, present);
  if (!best || best.support < urgencySettings.benignSupport) {
    return {
      kind: 'safety_net',
      id: 'no_benign_cause_supported',
      level: 'consultation',
      reason: 'Your answers do not clearly point to a harmless cause, so a doctor should take a look.',
      clinicianReason: clinician
        ? `No self-limiting cause positively supported (best ${best ? `${best.condition} ln LR ${best.support.toFixed(2)}` : 'none'} < ln 10): not for self-care.`
        : '',
      findings: [],
      sources: gateSources,
    };
  }
  const care = careSupport(net, present);
  if (care && care.support >= urgencySettings.benignSupport) {
    const careName = patientNameOf(net, care.condition);
    return {
      kind: 'safety_net',
      id: 'care_cause_supported',
      level: 'consultation',
      reason: `Some of your answers fit ${careName.toLowerCase()}, which a doctor should check, so looking after this at home alone cannot be advised.`,
      clinicianReason: clinician
        ? `${care.condition} supported by its own findings (ln LR ${care.support.toFixed(2)} ≥ ln 10) beside ${best.condition}: not for self-care.`
        : '',
      findings: [],
      sources: gateSources,
    };
  }
  const name = patientNameOf(net, best.condition);
  return {
    kind: 'probability',
    id: 'no_warning_signs',
    level: 'self_care',
    reason: `No warning signs were found, and your answers fit ${name.toLowerCase()}, which can usually be looked after at home.`,
    clinicianReason: clinician
      ? `Screen complete and negative; ${best.condition} supported by its own findings (ln LR ${best.support.toFixed(2)} ≥ ln 10); no urgent cause above its mass threshold.`
      : '',
    findings: [],
    sources: ['seed:L15', 'seed:L16'],
  };
}

function patientNameOf(net: Network, condition: string): string {
  return net.conditions[net.conditionIndex.get(condition) as number]?.patientName ?? condition;
}

export function decideTriage(
  found: readonly TriageReason[],
  unanswered: readonly UnansweredScreenItem[],
  unsure = false,
): Triage {
  let level: UrgencyLevel = 'self_care';
  for (const r of found) if (!atLeastAsUrgent(level, r.level)) level = r.level;
  // Only the reasons that set the level: less urgent ones would distract from the advice.
  const reasons = found.filter((r) => r.level === level);
  const description = urgencyDescriptions[level];
  return {
    level,
    label: description.label,
    action: description.action,
    reasons,
    // Provisional while a warning-sign question is open or a red flag was mentioned only with a hedge.
    provisional: unanswered.length > 0 || unsure,
    unanswered,
  };
}
