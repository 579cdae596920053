// Knowledge text in the chosen language, falling back to the API's English. Pure functions: no clinical
// logic, only wording (the engine decides everything; the web app renders its Assessment).
import { en } from './i18n/en.js';
import { format } from './i18n/index.js';
import type { Dict } from './i18n/types.js';
import type { CatalogFinding, Question, RankedCondition, TriageReason, UrgencyLevel } from './types.js';

const pick = (...candidates: (string | undefined)[]) =>
  candidates.find((c) => c !== undefined && c !== '') ?? '';

export function questionText(d: Dict, q: Question): string {
  return q.kind === 'group' ? pick(d.groups[q.id]?.text, q.text) : pick(d.findings[q.id]?.q, q.text);
}

export function questionWhy(d: Dict, q: Question): string {
  return q.kind === 'group' ? pick(d.groups[q.id]?.why, q.why) : pick(d.findings[q.id]?.why, q.why);
}

export function optionText(d: Dict, finding: string, apiText: string): string {
  return pick(d.findings[finding]?.q, apiText);
}

/** Short plain statement of a finding ("Burning pain"), for explanations. */
export function findingStatement(d: Dict, id: string, fallback?: string): string {
  return pick(d.findings[id]?.s, en.findings[id]?.s, fallback, id.replace(/_/g, ' '));
}

/** Clinical term of a finding for the doctor summary. */
export function findingTerm(
  d: Dict,
  id: string,
  catalog?: ReadonlyMap<string, CatalogFinding>,
  apiTerm?: string,
): string {
  return pick(d.findings[id]?.c, apiTerm, catalog?.get(id)?.clinicianTerm, findingStatement(d, id));
}

export function conditionName(d: Dict, c: Pick<RankedCondition, 'id' | 'name'>): string {
  return pick(d.conditions[c.id]?.name, c.name);
}

export function conditionClinicianName(d: Dict, c: Pick<RankedCondition, 'id' | 'clinicianName'>): string {
  return pick(d.conditions[c.id]?.clinicianName, c.clinicianName);
}

/** Verbal band a person sees instead of a percentage. */
export function bandText(d: Dict, band: RankedCondition['band']): string {
  const u = d.ui;
  return band === 'rule_out_first'
    ? u.bandRuleOut
    : band === 'likely'
      ? u.bandLikely
      : band === 'possible'
        ? u.bandPossible
        : u.bandLessLikely;
}

export function selfCare(d: Dict, c: Pick<RankedCondition, 'id' | 'selfCare'>): string {
  return pick(d.conditions[c.id]?.selfCare, c.selfCare);
}

export function urgencyLabel(d: Dict, level: UrgencyLevel, apiLabel?: string): string {
  return pick(d.urgency[level]?.label, apiLabel, en.urgency[level]?.label, level);
}

export function urgencyAction(d: Dict, level: UrgencyLevel, apiAction?: string): string {
  return pick(d.urgency[level]?.action, apiAction, en.urgency[level]?.action);
}

export function urgencyClinicianLabel(d: Dict, level: UrgencyLevel): string {
  return pick(d.urgency[level]?.clinicianLabel, en.urgency[level]?.clinicianLabel, level);
}

const percent = (p: number) => Math.round(p * 100);

/** A triage reason for the person, translated where the dictionary knows it. */
export function reasonText(
  d: Dict,
  r: TriageReason,
  conditions: readonly Pick<RankedCondition, 'id' | 'name'>[],
): string {
  if (r.kind === 'red_flag' || r.kind === 'advice_rule' || r.kind === 'criterion') {
    return pick(d.rules[r.id]?.reason, r.reason);
  }
  if (r.id === 'unclear_cause') return d.lang === 'en' ? r.reason : d.ui.reasonUnclear;
  if (r.id === 'no_warning_signs') return d.lang === 'en' ? r.reason : d.ui.reasonNoWarning;
  if (d.lang !== 'en' && r.id.startsWith('urgent_causes_')) return d.ui.reasonUrgentCauses;
  if (d.lang !== 'en' && r.id === 'screen_incomplete') return d.ui.reasonScreenIncomplete;
  if (d.lang !== 'en' && r.id === 'warning_sign_present') return d.ui.reasonWarningPresent;
  if (d.lang !== 'en' && r.id === 'no_benign_cause_supported') return d.ui.reasonNoBenign;
  if (r.kind === 'probability' && d.lang !== 'en') {
    const p = /\((\d+)%\)/.exec(r.reason)?.[1];
    const c = conditions.find((x) => x.id === r.id);
    if (p && c) return format(d.ui.reasonProbability, { name: conditionName(d, c), p });
  }
  return r.reason;
}

/** A triage reason for a clinician. */
export function clinicianReasonText(
  d: Dict,
  r: TriageReason,
  conditions: readonly Pick<RankedCondition, 'id' | 'clinicianName'>[],
): string {
  if (d.lang === 'en') return r.clinicianReason;
  if (r.kind === 'red_flag' || r.kind === 'advice_rule') {
    return pick(d.rules[r.id]?.clinicianReason, r.clinicianReason);
  }
  if (r.kind === 'criterion') {
    const template = d.rules[r.id]?.clinicianReason;
    const score = /^Wells (\S+)/.exec(r.clinicianReason)?.[1];
    if (!template || (template.includes('{score}') && !score)) return r.clinicianReason;
    return format(template, { score: score ?? '' });
  }
  if (r.id === 'unclear_cause') return d.ui.reasonUnclearClinician;
  if (r.id === 'no_warning_signs') return d.ui.reasonNoWarningClinician;
  if (r.kind === 'probability') {
    // "posterior 0.62 ≥ threshold 0.5." — the sentence's full stop is not part of the number.
    const m = /posterior (\d+(?:\.\d+)?) ≥ threshold (\d+(?:\.\d+)?)/.exec(r.clinicianReason);
    const c = conditions.find((x) => x.id === r.id);
    if (m && c)
      return format(d.ui.reasonProbabilityClinician, {
        name: conditionClinicianName(d, c),
        p: Number(m[1]).toLocaleString(d.lang),
        t: Number(m[2]).toLocaleString(d.lang),
      });
  }
  return r.clinicianReason;
}

export { percent };

/** The causes worth showing: the top three, and up to five while they are at least 5% likely. */
export function topCauses<C extends Pick<RankedCondition, 'probability'> & { readonly band?: string }>(
  conditions: readonly C[],
): C[] {
  return conditions.filter(
    (c, i) => c.band === 'rule_out_first' || i < 3 || (i < 5 && c.probability >= 0.05),
  );
}

/** The shown causes whose self-care advice the page gives: the first, and the next two at 10% or more. */
export function helpCauses<C extends Pick<RankedCondition, 'probability'>>(causes: readonly C[]): C[] {
  return causes.filter((c, i) => i === 0 || (i < 3 && c.probability >= 0.1));
}

/** How many factors for and against a cause the page lists. */
export const shownFactors = { for: 4, against: 3 } as const;
