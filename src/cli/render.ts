import type { Assessment } from '../engine/index.js';
import { findingsById } from '../knowledge/index.js';

const percent = (p: number) => `${Math.round(p * 100)}%`;

/** A person-facing text rendering: urgency first, in plain words. */
export function renderAssessment(a: Assessment, options: { top?: number } = {}): string {
  const lines: string[] = [];
  lines.push(`URGENCY: ${a.triage.label.toUpperCase()}`);
  lines.push(`What to do now: ${a.triage.action}`);
  lines.push('');
  lines.push('Why:');
  for (const r of a.triage.reasons) lines.push(`  - ${r.reason} [${r.sources.join(', ')}]`);
  lines.push('');
  lines.push('Possible causes (any a red flag points to first, then most likely first):');
  for (const c of a.conditions.slice(0, options.top ?? 5)) {
    const flag = c.redFlagRules.length > 0 ? '  << red flag: must be ruled out first' : '';
    lines.push(`  ${percent(c.probability).padStart(4)}  ${c.name}${flag}`);
    for (const f of c.supporting.slice(0, 3))
      lines.push(`          + ${f.clinicianTerm} [${f.sources.join(', ')}]`);
    for (const f of c.opposing.slice(0, 2))
      lines.push(`          - no ${f.clinicianTerm.toLowerCase()} [${f.sources.join(', ')}]`);
  }
  const top = a.conditions[0];
  if (top) {
    lines.push('');
    lines.push(`What may help now: ${top.selfCare}`);
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
