// CLI cold start: `nightleg assess` on one case (and `nightleg findings`) against `node -e 0`, interleaved
// runs, median of each. Run: npm run bench:start   (bundles the CLI first; env BENCH_RUNS=15)
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const target = 2;
const commands = {
  'node -e 0': ['-e', '0'],
  'nightleg assess (one case)': [
    'bin/nightleg.js',
    'assess',
    '--age',
    '67',
    '--sex',
    'female',
    '--evidence',
    'sudden_muscle_contraction,pain_calf,!one_leg_swollen',
  ],
  'nightleg assess --json --text': [
    'bin/nightleg.js',
    'assess',
    '--json',
    '--age',
    '67',
    '--sex',
    'female',
    '--text',
    'my calf cramps at night',
  ],
  'nightleg findings': ['bin/nightleg.js', 'findings'],
} as const;

function once(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited with ${run.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const times = Object.fromEntries(Object.keys(commands).map((k) => [k, [] as number[]])) as Record<
  keyof typeof commands,
  number[]
>;
for (let i = 0; i < runs; i++) {
  for (const [label, args] of Object.entries(commands))
    times[label as keyof typeof commands].push(once(args));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const base = median(times['node -e 0']);
console.log(
  `Cold start, median of ${runs} interleaved runs, Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`,
);
for (const [label, xs] of Object.entries(times)) {
  const m = median(xs);
  const ratio = m / base;
  console.log(
    `${label.padEnd(32)} ${m.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)} × node -e 0${label === 'nightleg assess (one case)' ? `  (target ≤ ${target} ×: ${ratio <= target ? 'met' : 'NOT met'})` : ''}`,
  );
}
