// The "For your doctor" summary: one model rendered both as HTML (summary-view.tsx) and as plain text (Copy).
import { format } from './i18n/index.js';
import type { Dict } from './i18n/types.js';
import {
  clinicianReasonText,
  conditionClinicianName,
  findingTerm,
  percent,
  urgencyClinicianLabel,
} from './text.js';
import type { CaseResult, CatalogFinding, CriterionSummary, EvidenceItem, Profile, Side } from './types.js';

export interface SummaryFinding {
  readonly id: string;
  readonly term: string;
  readonly side?: Side;
  readonly fromText: boolean;
}

export interface SummaryModel {
  readonly title: string;
  readonly generated: string;
  readonly age: string;
  readonly sex: string;
  readonly description?: string;
  readonly urgency: string;
  readonly rules: readonly { readonly text: string; readonly sources: readonly string[] }[];
  readonly present: readonly SummaryFinding[];
  readonly absent: readonly SummaryFinding[];
  readonly unknown: readonly SummaryFinding[];
  readonly criteria: readonly {
    readonly name: string;
    readonly summary: string;
    readonly coverage?: string;
  }[];
  readonly differential: readonly {
    readonly id: string;
    readonly name: string;
    readonly percent: number;
    /** A fired emergency rule points to it (listed first). */
    readonly ruleOutFirst: boolean;
  }[];
  /** What would confirm or exclude the leading causes (top three and any to rule out first), each cited. */
  readonly investigations: readonly {
    readonly id: string;
    readonly name: string;
    readonly items: readonly {
      readonly name: string;
      readonly patientName?: string;
      readonly sources: readonly string[];
    }[];
  }[];
  readonly disclaimer: string;
}

const count = (v: readonly string[] | number | undefined) =>
  Array.isArray(v) ? v.length : typeof v === 'number' ? v : undefined;

export function criterionCoverage(d: Dict, c: CriterionSummary): string | undefined {
  const known = count(c.known);
  const total =
    c.total ??
    (known !== undefined && count(c.missing) !== undefined
      ? known + (count(c.missing) as number)
      : undefined);
  if (known !== undefined && total !== undefined) return format(d.ui.summaryItemsKnown, { known, total });
  return c.coverage;
}

const pick = (a: string | undefined, b: string) => (a !== undefined && a !== '' ? a : b);
const num = (d: Dict, n: number) => n.toLocaleString(d.lang);

/**
 * An instrument's result for the doctor summary. English comes from the API; other languages are rebuilt
 * from the structured fields (score and band, or status and criteria counts), never from the English text.
 */
export function criterionSummary(d: Dict, c: CriterionSummary): string {
  const english = withoutInternalNotes(c.clinicianSummary ?? c.patientSummary ?? '');
  if (d.lang === 'en') return english;
  const word = (w: string | undefined) =>
    w === undefined ? '' : pick(d.criterionWords?.[w], w.replace(/_/g, ' '));
  if (typeof c.score === 'number' && c.minScore !== undefined && c.maxScore !== undefined)
    return format(d.ui.criterionScore, {
      score: num(d, c.score),
      min: num(d, c.minScore),
      max: num(d, c.maxScore),
      band: word(c.twoLevel?.band ?? 'undetermined'),
    });
  if (c.status !== undefined && c.criteriaMet !== undefined)
    return format(d.ui.criterionStatus, {
      status: word(c.status),
      met: c.criteriaMet.length,
      notMet: c.criteriaNotMet?.length ?? 0,
      unknown: c.criteriaUnknown?.length ?? 0,
    });
  // Nothing structured to rebuild from: say only how much is known (never show English in a Spanish summary).
  return word(c.status ?? 'unknown');
}

export function buildSummary(
  d: Dict,
  profile: Profile,
  result: CaseResult,
  options: {
    catalog?: ReadonlyMap<string, CatalogFinding>;
    fromText?: ReadonlySet<string>;
    date?: Date;
  } = {},
): SummaryModel {
  const terms = new Map<string, string>();
  for (const c of result.conditions)
    for (const f of [...c.supporting, ...c.opposing]) terms.set(f.finding, f.clinicianTerm);
  const toFinding = (e: EvidenceItem): SummaryFinding => ({
    id: e.id,
    term: findingTerm(d, e.id, options.catalog, terms.get(e.id)),
    side: e.side,
    fromText: options.fromText?.has(e.id) ?? false,
  });
  const date = new Intl.DateTimeFormat(d.lang, { dateStyle: 'long' }).format(options.date ?? new Date());
  const differential = result.conditions
    .filter((c, i) => i < 3 || c.probability >= 0.01)
    .slice(0, 8)
    .map((c) => ({
      id: c.id,
      name: conditionClinicianName(d, c),
      percent: percent(c.probability),
      ruleOutFirst: c.band === 'rule_out_first' || (c.redFlagRules ?? []).length > 0,
    }));
  // Older servers send no investigations: the section is then left out.
  const investigations = result.conditions
    .filter((c, i) => i < 3 || c.band === 'rule_out_first')
    .filter((c) => (c.investigations ?? []).length > 0)
    .map((c) => ({ id: c.id, name: conditionClinicianName(d, c), items: c.investigations }));
  return {
    title: d.ui.summaryTitle,
    generated: format(d.ui.summaryGenerated, { date }),
    age: format(d.ui.summaryYears, { n: profile.age }),
    sex: profile.sex === 'female' ? d.ui.female : d.ui.male,
    description: profile.text.trim() || undefined,
    urgency: urgencyClinicianLabel(d, result.triage.level),
    rules: result.triage.reasons.map((r) => ({
      text: clinicianReasonText(d, r, result.conditions),
      sources: r.sources,
    })),
    present: result.evidence.filter((e) => e.state === 'present').map(toFinding),
    absent: result.evidence.filter((e) => e.state === 'absent').map(toFinding),
    unknown: result.evidence.filter((e) => e.state === 'unknown').map(toFinding),
    criteria: (result.criteria ?? []).map((c) => ({
      name: pick(d.criteria?.[c.instrument]?.name, c.name),
      summary: criterionSummary(d, c),
      coverage: criterionCoverage(d, c),
    })),
    differential,
    investigations,
    disclaimer: d.ui.summaryDisclaimer,
  };
}

/**
 * Drop the developers' notes some instrument summaries carry ("criterion D is clinician-confirmed,
 * wording unverified", "Konno tool not used (weights unverified)"): they are about this software's
 * sources, not about the patient. Clauses are separated by "; ".
 */
export function withoutInternalNotes(text: string): string {
  const note = /\bunverified\b|\bnot implemented\b/i;
  if (!note.test(text)) return text;
  const clauses = text
    .replace(/\.\s*$/, '')
    .split(/;\s+/)
    .filter((c) => !note.test(c));
  return clauses.length ? `${clauses.join('; ')}.` : '';
}

/** Instrument summaries usually state their own coverage ("2 of 10 items known"); do not repeat it. */
export const coverageInSummary = (summary: string) => /\bknown\b|conocid/i.test(summary);

export function sideText(d: Dict, side: Side | undefined): string {
  if (!side) return '';
  return ` (${side === 'left' ? d.ui.left : side === 'right' ? d.ui.right : d.ui.both})`;
}

export function findingLine(d: Dict, f: SummaryFinding): string {
  return `${f.term}${sideText(d, f.side)}${f.fromText ? ` [${d.ui.summaryFromText}]` : ''}`;
}

/** Plain text for the clipboard: the same content as the on-screen summary. */
export function summaryText(d: Dict, m: SummaryModel): string {
  const u = d.ui;
  const list = (items: readonly SummaryFinding[]) =>
    items.length === 0 ? `  ${u.summaryNone}` : items.map((f) => `  - ${findingLine(d, f)}`).join('\n');
  const lines = [
    m.title,
    m.generated,
    '',
    `${u.summaryPatient}: ${u.summaryAge} ${m.age}; ${u.summarySex} ${m.sex}`,
  ];
  if (m.description) lines.push(`${u.summaryDescription}: “${m.description}”`);
  lines.push('', `${u.summaryUrgency}: ${m.urgency}`, `${u.summaryRules}:`);
  for (const r of m.rules) lines.push(`  - ${r.text}${r.sources.length ? ` [${r.sources.join(', ')}]` : ''}`);
  // The differential right after what set the urgency: what a clinician reads first (then the findings).
  lines.push('', `${u.summaryDifferential}:`, u.summaryNotSum);
  for (const c of m.differential)
    lines.push(
      `  ${String(c.percent).padStart(3)}%  ${c.name}${c.ruleOutFirst ? ` (${u.summaryRuleOut})` : ''}`,
    );
  if (m.investigations.length) {
    lines.push('', `${u.summaryInvestigations}:`);
    for (const c of m.investigations) {
      lines.push(`  ${c.name}:`);
      for (const i of c.items)
        lines.push(`    - ${i.name}${i.sources.length ? ` [${i.sources.join(', ')}]` : ''}`);
    }
  }
  lines.push('', `${u.summaryPresent}:`, list(m.present), '', `${u.summaryAbsent}:`, list(m.absent));
  if (m.unknown.length) lines.push('', `${u.summaryUnknown}:`, list(m.unknown));
  if (m.criteria.length) {
    lines.push('', `${u.summaryCriteria}:`);
    for (const c of m.criteria)
      lines.push(
        `  - ${c.name}: ${c.summary}${c.coverage && !coverageInSummary(c.summary) ? ` (${c.coverage})` : ''}`,
      );
  }
  lines.push('', m.disclaimer);
  return lines.join('\n');
}
