import type { Assessment, ConditionBand, Factor } from '../engine/index.js';
import {
  findingsById,
  type SafetyNetGroup,
  safetyNet,
  safetyNetIntro,
  urgencyDescriptions,
} from '../knowledge/index.js';
import { plainStyle, type Style } from './style.js';

/** Who reads the text: a person (plain words, no codes) or a clinician (terms, numbers and sources). */
export type Audience = 'person' | 'clinician';

export interface RenderOptions {
  /** How many causes to list (default 5). */
  readonly top?: number;
  readonly audience?: Audience;
  /** Colour and emphasis; plain by default (tests, pipes). */
  readonly style?: Style;
}

const bandWords: Record<ConditionBand, string> = {
  rule_out_first: 'must be ruled out first',
  likely: 'likely',
  possible: 'possible',
  less_likely: 'less likely',
};

/** The causes whose investigations a clinician is shown: the top three, plus any to rule out first (product setting). */
const leadingCauses = 3;

const cite = (sources: readonly string[]) => (sources.length > 0 ? ` [${sources.join(', ')}]` : '');
const percent = (p: number) => `${(p * 100).toFixed(p < 0.01 ? 1 : 0)} %`;

/** A finding as a person reads it: their own yes or no to the question they were (or could be) asked. */
function personFactor(f: Factor): string {
  if (f.kind === 'criterion') return f.label;
  return `you said ${f.state === 'present' ? 'yes' : 'no'}: ${f.label}`;
}

function clinicianFactor(f: Factor): string {
  const term = f.kind === 'criterion' ? f.label : f.clinicianTerm;
  return `${f.state === 'absent' ? `no ${term.charAt(0).toLowerCase()}${term.slice(1)}` : term}${cite(f.sources)}`;
}

/**
 * The result as text, urgency first. A person reads plain words: the urgency, what to do, why, the causes by
 * band (never a percentage), what may help, what they said, when to seek help and that this is not a
 * diagnosis. A clinician reads the same structure in clinical terms, with probabilities, criteria and sources.
 */
export function renderAssessment(a: Assessment, options: RenderOptions = {}): string {
  const clinician = options.audience === 'clinician';
  const style = options.style ?? plainStyle;
  const lines: string[] = [];
  const emergency = a.triage.level === 'emergency' || a.triage.level === 'emergency_ambulance';
  const label = clinician ? urgencyDescriptions[a.triage.level].clinicianLabel : a.triage.label;
  lines.push(
    style.urgent(
      clinician ? `URGENCY: ${label.toUpperCase()} (${a.triage.level})` : `URGENCY: ${label.toUpperCase()}`,
      emergency,
    ),
  );
  lines.push(style.bold(`What to do now: ${a.triage.action}`));
  if (a.triage.provisional) {
    lines.push('');
    if (emergency) {
      lines.push(
        `Do not wait to answer the ${a.triage.unanswered.length} warning-sign questions still open: act now.`,
      );
    } else {
      lines.push(
        'NOT FINAL: some warning-sign questions are still unanswered, so this advice may become more urgent.',
      );
      lines.push('Please answer these (run `nightleg interview`, or add them with --evidence):');
      for (const u of a.triage.unanswered) lines.push(`  - ${u.text}`);
    }
  }
  lines.push('');
  lines.push('Why:');
  for (const r of a.triage.reasons)
    lines.push(clinician ? `  - ${r.clinicianReason}${cite(r.sources)}` : `  - ${r.reason}`);
  lines.push('');
  lines.push(
    clinician ? 'Differential (red-flag causes first):' : 'Possible causes (any a red flag points to first):',
  );
  for (const c of a.conditions.slice(0, options.top ?? 5)) {
    if (clinician) {
      lines.push(`  ${bandWords[c.band].padEnd(24)} ${c.clinicianName}  (${percent(c.probability)})`);
      for (const f of c.supporting.slice(0, 3)) lines.push(`          + ${clinicianFactor(f)}`);
      for (const f of c.opposing.slice(0, 2)) lines.push(`          - ${clinicianFactor(f)}`);
    } else {
      lines.push(`  ${bandWords[c.band].padEnd(24)} ${c.name}`);
      for (const f of c.supporting.slice(0, 3)) lines.push(`          + ${personFactor(f)}`);
      for (const f of c.opposing.slice(0, 2)) lines.push(`          - ${personFactor(f)}`);
    }
  }
  if (clinician) {
    const leading = a.conditions.filter(
      (c, rank) => (rank < leadingCauses || c.band === 'rule_out_first') && c.investigations.length > 0,
    );
    if (leading.length > 0) {
      lines.push('');
      lines.push('Investigations to consider (leading causes):');
      for (const c of leading) {
        lines.push(`  ${c.clinicianName}:`);
        for (const i of c.investigations) lines.push(`    - ${i.name}${cite(i.sources)}`);
      }
    }
    const informative = a.criteria.filter((r) => r.known.length > 0);
    if (informative.length > 0) {
      lines.push('');
      lines.push('Criteria (items known from the answers):');
      for (const r of informative) {
        lines.push(`  ${r.clinicianSummary}`);
        lines.push(`    ${r.coverage}${cite(r.sources)}`);
      }
    }
  }
  if (a.advice.items.length > 0) {
    lines.push('');
    lines.push('What may help now:');
    for (const item of a.advice.items) lines.push(`  - ${item.text}`);
  }
  if (a.advice.withheld.length > 0) {
    lines.push('Not advised for now:');
    for (const w of a.advice.withheld)
      lines.push(`  - "${w.text}": ${w.reason}${clinician ? cite(w.sources) : ''}`);
  }
  const known = a.evidence.filter((e) => e.state !== 'unknown');
  if (known.length > 0) {
    lines.push('');
    lines.push(clinician ? 'Findings:' : 'Based on what you said:');
    for (const e of known) {
      const finding = findingsById.get(e.id);
      const term = (clinician ? finding?.clinicianTerm : finding?.question) ?? e.id;
      const state = clinician
        ? e.state === 'present'
          ? 'present'
          : 'absent '
        : e.state === 'present'
          ? 'yes'
          : 'no ';
      lines.push(`  ${state}  ${term}${e.side ? ` (${e.side})` : ''}`);
    }
  }
  lines.push('');
  lines.push(...renderSafetyNet(safetyNet, clinician, style));
  lines.push('');
  lines.push(style.bold('This is not a diagnosis.'));
  lines.push(a.disclaimer);
  return lines.join('\n');
}

/** "When to seek help": shown after every result, whatever its level, in the knowledge's own words. */
export function renderSafetyNet(
  groups: readonly SafetyNetGroup[],
  clinician: boolean,
  style: Style = plainStyle,
): string[] {
  const lines = [style.bold('When to seek help'), safetyNetIntro];
  for (const group of groups) {
    lines.push(`  ${group.title}`);
    for (const sign of group.signs) lines.push(`    - ${sign.text}${clinician ? cite(sign.sources) : ''}`);
  }
  return lines;
}
