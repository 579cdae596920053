/**
 * Red-flag phrasings (issue #12): 64 findings a triage rule reads, each said 6 ways and denied 2 ways, written by a
 * helper that never saw the reader (lay words from lookalikes.md section C). Split in two halves: `dev` is what
 * reader fixes are made against; `check` is only scored, to show whether the fixes generalise. `check2` (eleventh
 * session): a second fixture written the same way by another blind helper (4 stated, 1 denied per finding), never
 * shown to fixers either; its first run is in first-runs/red-flag-phrasings-check2.txt. `dev3` (twelfth session):
 * a third blind fixture (65 findings, 5 stated and 1 denied each), scored once on arrival
 * (first-runs/red-flag-phrasings-dev3.txt) and then given to fixers as a second development half.
 *   npx tsx eval/language/red-flags.ts [dev|check|check2|dev3] [--show]
 * A stated sign must be read present (or kept open as "possibly"); a denial must never be read present.
 */
import { readFileSync } from 'node:fs';
import { understand } from '../../src/language/index.js';

interface Phrasing {
  readonly finding: string;
  readonly text: string;
  readonly expect: 'present' | 'absent';
}

const halves = ['dev', 'check', 'check2', 'dev3'] as const;
const half = halves.find((h) => h === process.argv[2]) ?? 'dev';
const show = process.argv.includes('--show');
const phrasings: Phrasing[] = JSON.parse(
  readFileSync(new URL(`./red-flag-phrasings-${half}.json`, import.meta.url), 'utf8'),
);
let missed = 0;
let deniedFired = 0;
const byFinding = new Map<string, number>();
for (const p of phrasings) {
  const reading = understand(p.text).findings.find((f) => f.id === p.finding);
  const present = reading?.state === 'present';
  const open = present || reading?.possibly === true;
  const ok = p.expect === 'present' ? open : !present;
  if (p.expect === 'absent' && present) deniedFired++;
  if (ok) continue;
  missed++;
  byFinding.set(p.finding, (byFinding.get(p.finding) ?? 0) + 1);
  if (show) console.log(`${p.expect}\t${p.finding}\t${reading?.state ?? 'not read'}\t${p.text}`);
}
const stated = phrasings.filter((p) => p.expect === 'present').length;
console.log(
  `red-flag phrasings (${half}): ${phrasings.length - missed}/${phrasings.length} read as expected; ` +
    `stated signs missed ${missed - deniedFired}/${stated}; denials read present ${deniedFired}`,
);
if (byFinding.size > 0)
  console.log(
    [...byFinding]
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => `${id} ${n}`)
      .join(', '),
  );
