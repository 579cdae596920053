// Measures `nightleg assess --json` on 10,000 stdin cases in one process, against a baseline process that
// only parses and re-serialises the same lines (the fixed cost of reading and writing JSON lines).
// Run: npm run build && npm run bench
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

function time(label: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    input: inputText,
    stdio: ['pipe', 'pipe', 'inherit'],
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${label} exited with ${run.status}`);
  const lines = run.stdout.toString().trim().split('\n').length;
  if (lines !== count) throw new Error(`${label}: expected ${count} output lines, got ${lines}`);
  console.log(
    `${label.padEnd(28)} ${seconds.toFixed(2)} s  ${(count / seconds).toFixed(0).padStart(7)} cases/s`,
  );
  return seconds;
}

const baselineScript = `
const rl = require('node:readline').createInterface({ input: process.stdin });
let out = '';
rl.on('line', (l) => { out += JSON.stringify(JSON.parse(l)) + '\\n'; if (out.length > 65536) { process.stdout.write(out); out = ''; } });
rl.on('close', () => process.stdout.write(out));`;

console.log(`nightleg assess --json, ${count} cases from stdin, one process (median of 3 runs each)`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] as number;
const baseline = median([0, 1, 2].map(() => time('baseline (parse+echo)', ['-e', baselineScript])));
const assess = median(
  [0, 1, 2].map(() => time('nightleg assess --json', ['bin/nightleg.js', 'assess', '--json'])),
);
console.log(
  `\nmedian: nightleg ${(count / assess).toFixed(0)} cases/s; baseline ${(count / baseline).toFixed(0)} lines/s; ratio ${(baseline / assess).toFixed(3)}`,
);
