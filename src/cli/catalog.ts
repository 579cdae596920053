import { conditions, findings } from '../knowledge/index.js';

export function listFindings(json: boolean): string {
  if (json) return JSON.stringify(findings);
  const width = Math.max(...findings.map((f) => f.id.length));
  return findings.map((f) => `${f.id.padEnd(width)}  [${f.group}] ${f.question}`).join('\n');
}

export function listConditions(json: boolean): string {
  if (json) return JSON.stringify(conditions);
  const width = Math.max(...conditions.map((c) => c.id.length));
  return conditions
    .map((c) => `${c.id.padEnd(width)}  ${c.patientName} (usually: ${c.usualUrgency})`)
    .join('\n');
}
