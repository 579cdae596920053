import type { Assessment, ConditionBand } from '../engine/index.js';
import { findingsById } from '../knowledge/index.js';

const bandWords: Record<ConditionBand, string> = {
  rule_out_first: 'must be ruled out first',
  likely: 'likely',
  possible: 'possible',
  less_likely: 'less likely',
};

/** A person-facing text rendering: urgency first, in plain words; bands, not percentages. */
export function renderAssessment(a: Assessment, options: { top?: number } = {}): string {
  const lines: string[] = [];
  lines.push(`URGENCY: ${a.triage.label.toUpperCase()}`);
  lines.push(`What to do now: ${a.triage.action}`);
  if (a.triage.provisional) {
    lines.push('');
    if (a.triage.level === 'emergency' || a.triage.level === 'emergency_ambulance') {
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
  for (const r of a.triage.reasons) lines.push(`  - ${r.reason} [${r.sources.join(', ')}]`);
  lines.push('');
  lines.push('Possible causes (any a red flag points to first):');
  for (const c of a.conditions.slice(0, options.top ?? 5)) {
    lines.push(`  ${bandWords[c.band].padEnd(24)} ${c.name}`);
    for (const f of c.supporting.slice(0, 3))
      lines.push(`          + ${f.clinicianTerm} [${f.sources.join(', ')}]`);
    for (const f of c.opposing.slice(0, 2))
      lines.push(`          - no ${f.clinicianTerm.toLowerCase()} [${f.sources.join(', ')}]`);
  }
  if (a.advice.items.length > 0) {
    lines.push('');
    lines.push('What may help now:');
    for (const item of a.advice.items) lines.push(`  - ${item.text}`);
  }
  if (a.advice.withheld.length > 0) {
    lines.push('Not advised for now:');
    for (const w of a.advice.withheld) lines.push(`  - "${w.text}" ${w.reason} [${w.sources.join(', ')}]`);
  }
  const known = a.evidence.filter((e) => e.state !== 'unknown');
  if (known.length > 0) {
    lines.push('');
    lines.push('Based on what you said:');
    for (const e of known) {
      const term = findingsById.get(e.id)?.clinicianTerm ?? e.id;
      lines.push(`  ${e.state === 'present' ? 'yes' : 'no '}  ${term}${e.side ? ` (${e.side})` : ''}`);
    }
  }
  lines.push('');
  lines.push(a.disclaimer);
  return lines.join('\n');
}
