// The text reader's worst case (issue 13). Run: npm run bench:text (builds dist/ first, measures the built code).
//  1. understand() on adversarial texts (bench/text-generators.ts) of 1,000 characters up to the limit: best of 3
//     runs per input (CPU time of this thread, so other load on the machine inflates it less), as ms per 1,000
//     characters and in all; against a realistic narrative text of the same length, measured in the same run.
//  2. A server (`node bin/nightleg.js serve`, its own process), twice: with the compute pool (default threads)
//     and with `--compute-threads 0` (the work on the event loop, as before the pool), as the baseline. Each
//     generator's text at the limit is sent to POST /v1/assess (full view) on two connections at once, three
//     times each, while GET /healthz is polled every 5 ms on a third; /healthz worst and p99 during the load,
//     against /healthz with no load (same server, same run).
// Targets: no input up to the limit over 100 ms; /healthz within 50 ms while such a request runs.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { LanguageInputError, maxTextLength, understand } from '../dist/language/index.js';
import { textGenerators } from './text-generators.js';

const sizes = [1000, 2500, 5000, maxTextLength];
const narrative =
  'My left calf has been aching at night for three weeks, worse when I lie down, better if I hang my leg off the bed. No swelling, no chest pain, but my toes feel cold and numb sometimes. ';
const realistic = (n: number) => narrative.repeat(Math.ceil(n / narrative.length)).slice(0, n);

function cpuMs(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    try {
      understand(text);
    } catch (error) {
      if (!(error instanceof LanguageInputError)) throw error;
    }
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

understand('warm up: my calf cramps at night');
console.log(
  `understand(): best of 3, CPU ms (ms per 1,000 characters); text limit ${maxTextLength} characters\n`,
);
console.log(`${'generator'.padEnd(46)}${sizes.map((n) => `${n}`.padStart(18)).join('')}`);
let worst = { ms: 0, name: '', size: 0 };
const rows: [string, (n: number) => string][] = [
  ['realistic narrative (baseline)', realistic],
  ...Object.entries(textGenerators),
];
for (const [name, generate] of rows) {
  const cells = sizes.map((n) => {
    const ms = cpuMs(generate(n));
    if (ms > worst.ms && name !== 'realistic narrative (baseline)') worst = { ms, name, size: n };
    return `${ms.toFixed(1)} (${((ms * 1000) / n).toFixed(2)})`.padStart(18);
  });
  console.log(`${name.padEnd(46)}${cells.join('')}`);
}
const baselineAtLimit = cpuMs(realistic(maxTextLength));
const refusal = cpuMs('my calf hurts '.repeat(Math.ceil((256 * 1024) / 14)));
console.log(
  `\nworst: ${worst.ms.toFixed(1)} ms (${worst.name}, ${worst.size} characters) = ${((worst.ms * 1000) / worst.size).toFixed(2)} ms per 1,000 characters; ${(worst.ms / baselineAtLimit).toFixed(2)}× the realistic text at the limit (${baselineAtLimit.toFixed(1)} ms); target ≤ 100 ms`,
);
console.log(`text of 256 KiB (over the limit): refused in ${refusal.toFixed(2)} ms`);

// ---- 2. /healthz while requests at the limit run on other connections.
function send(port: number, agent: Agent, method: string, path: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(performance.now() - start));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;

interface ServerRun {
  readonly label: string;
  readonly bootMs: number;
  readonly idleP50: number;
  readonly idleP99: number;
  readonly idleMax: number;
  readonly loadedP99: number;
  readonly loadedMax: number;
  readonly polls: number;
}

async function measureServer(label: string, extraArgs: string[]): Promise<ServerRun> {
  const started = performance.now();
  const server = spawn(
    process.execPath,
    ['bin/nightleg.js', 'serve', '--port', '0', '--rate-limit', '0', ...extraArgs],
    { env: { ...process.env, NIGHTLEG_LOG_LEVEL: 'silent' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    server.stderr.on('data', (d) => {
      err += String(d);
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(err);
      if (m) resolve(Number(m[1]));
    });
    server.on('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  const bootMs = performance.now() - started;
  const healthAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const workAgents = [1, 2].map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
  const idle: number[] = [];
  for (let i = 0; i < 300; i++) idle.push(await send(port, healthAgent, 'GET', '/healthz'));
  idle.sort((a, b) => a - b);
  console.log(`\n${label}: listening after ${bootMs.toFixed(0)} ms (warm-up included)`);
  console.log(
    `/healthz with no load: p50 ${quantile(idle, 0.5).toFixed(2)} ms, p99 ${quantile(idle, 0.99).toFixed(2)} ms, max ${(idle.at(-1) as number).toFixed(2)} ms (300 requests)`,
  );
  console.log(
    `${'2 × POST /v1/assess?view=full, text at the limit'.padEnd(50)}${'request max ms'.padStart(16)}${'/healthz p99'.padStart(14)}${'/healthz max'.padStart(14)}`,
  );
  const loaded: number[] = [];
  for (const [name, generate] of rows) {
    const body = JSON.stringify({ age: 60, sex: 'male', text: generate(maxTextLength) });
    let running = true;
    const polls: number[] = [];
    const poll = (async () => {
      while (running) {
        polls.push(await send(port, healthAgent, 'GET', '/healthz'));
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const requestMs = await Promise.all(
      workAgents.map(async (agent) => {
        let longest = 0;
        for (let i = 0; i < 3; i++)
          longest = Math.max(longest, await send(port, agent, 'POST', '/v1/assess?view=full', body));
        return longest;
      }),
    );
    running = false;
    await poll;
    loaded.push(...polls);
    polls.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(50)}${Math.max(...requestMs)
        .toFixed(1)
        .padStart(
          16,
        )}${quantile(polls, 0.99).toFixed(1).padStart(14)}${(polls.at(-1) as number).toFixed(1).padStart(14)}`,
    );
  }
  loaded.sort((a, b) => a - b);
  healthAgent.destroy();
  for (const agent of workAgents) agent.destroy();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.on('exit', resolve));
  return {
    label,
    bootMs,
    idleP50: quantile(idle, 0.5),
    idleP99: quantile(idle, 0.99),
    idleMax: idle.at(-1) as number,
    loadedP99: quantile(loaded, 0.99),
    loadedMax: loaded.at(-1) as number,
    polls: loaded.length,
  };
}

const pooled = await measureServer('compute pool (default threads)', []);
const inline = await measureServer('baseline: --compute-threads 0 (work on the event loop)', [
  '--compute-threads',
  '0',
]);
console.log('\n/healthz while requests at the limit run on two other connections:');
for (const r of [pooled, inline]) {
  console.log(
    `  ${r.label.padEnd(56)} worst ${r.loadedMax.toFixed(1).padStart(6)} ms, p99 ${r.loadedP99.toFixed(1).padStart(6)} ms (${r.polls} polls); no load p50 ${r.idleP50.toFixed(2)} ms, p99 ${r.idleP99.toFixed(2)} ms; worst = ${(r.loadedMax / r.idleP50).toFixed(0)}× no-load p50`,
  );
}
console.log(
  `pool vs baseline: worst ${(pooled.loadedMax / inline.loadedMax).toFixed(2)}×, p99 ${(pooled.loadedP99 / inline.loadedP99).toFixed(2)}×; target: worst ≤ 50 ms with the pool`,
);
console.log(
  'Wall-clock figures: other processes on the machine add to them; compare the two servers of the same run.',
);
