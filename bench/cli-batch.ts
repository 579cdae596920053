// Measures `nightleg assess --json` (compact view, the default, on the main thread and with --threads 2, and
// --view full) on 10,000 stdin cases in one
// process, against a baseline process that only parses and re-serialises the same lines (the I/O floor: the
// fixed cost of reading and writing JSON lines), all in the same run, interleaved.
// Run: npm run bench   (bundles the CLI first; env BENCH_CASES=10000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCases } from './cases.js';

const count = Number(process.env.BENCH_CASES ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'nightleg-bench-'));
const input = join(dir, 'cases.jsonl');
writeFileSync(
  input,
  `${syntheticCases(count)
    .map((c) => JSON.stringify(c))
    .join('\n')}\n`,
);

const inputText = readFileSync(input);

function time(label: string, args: string[]): { seconds: number; bytes: number } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    input: inputText,
    stdio: ['pipe', 'pipe', 'inherit'],
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${label} exited with ${run.status}`);
  const out = run.stdout.toString();
  const lines = out.trim().split('\n').length;
  if (lines !== count) throw new Error(`${label}: expected ${count} output lines, got ${lines}`);
  console.log(
    `${label.padEnd(28)} ${seconds.toFixed(2)} s  ${(count / seconds).toFixed(0).padStart(7)} cases/s`,
  );
  return { seconds, bytes: out.length / count };
}

const baselineScript = `
const rl = require('node:readline').createInterface({ input: process.stdin });
let out = '';
rl.on('line', (l) => { out += JSON.stringify(JSON.parse(l)) + '\\n'; if (out.length > 65536) { process.stdout.write(out); out = ''; } });
rl.on('close', () => process.stdout.write(out));`;

console.log(
  `nightleg assess --json, ${count} cases from stdin, one process (median of 3 interleaved runs each)`,
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] as number;
const runs = {
  baseline: [] as number[],
  compact: [] as number[],
  threads: [] as number[],
  full: [] as number[],
};
const bytes = { compact: 0, threads: 0, full: 0 };
for (let round = 0; round < 3; round++) {
  runs.baseline.push(time('baseline (parse+echo)', ['-e', baselineScript]).seconds);
  const compact = time('nightleg assess --json', ['bin/nightleg.js', 'assess', '--json']);
  runs.compact.push(compact.seconds);
  bytes.compact = compact.bytes;
  const threaded = time('  ... --threads 2', ['bin/nightleg.js', 'assess', '--json', '--threads', '2']);
  runs.threads.push(threaded.seconds);
  bytes.threads = threaded.bytes;
  const full = time('  ... --view full', ['bin/nightleg.js', 'assess', '--json', '--view', 'full']);
  runs.full.push(full.seconds);
  bytes.full = full.bytes;
}
const baseline = median(runs.baseline);
const target = 0.5;
console.log(`\nmedian baseline (I/O floor): ${(count / baseline).toFixed(0)} lines/s`);
for (const view of ['compact', 'threads', 'full'] as const) {
  const seconds = median(runs[view]);
  const ratio = baseline / seconds;
  console.log(
    `median ${view.padEnd(7)}: ${(count / seconds).toFixed(0).padStart(6)} cases/s, ${(bytes[view] / 1024).toFixed(2)} KiB per result; ratio to the floor ${ratio.toFixed(3)}${view !== 'full' ? ` (target ≥ ${target}: ${ratio >= target ? 'met' : 'NOT met'})` : ''}`,
  );
}
