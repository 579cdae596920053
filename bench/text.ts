// The text reader's worst case (issue 13). Run: npm run bench:text (builds dist/ first, measures the built code).
//  1. understand() on adversarial texts (bench/text-generators.ts) of 1,000 characters up to the limit: best of 3
//     runs per input (CPU time of this thread, so other load on the machine inflates it less), as ms per 1,000
//     characters and in all; against a realistic narrative text of the same length, measured in the same run.
//  2. A server (`node bin/nightleg.js serve`, its own process): each generator's text at the limit sent to
//     POST /v1/assess on one connection while GET /healthz is polled every 5 ms on another; the longest /healthz
//     answer during the request, against /healthz alone (same run).
// Targets: no input up to the limit over 100 ms; /healthz within 50 ms while such a request runs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

// ---- 2. /healthz while a worst-case request runs on another connection.
const server = spawn(process.execPath, ['bin/nightleg.js', 'serve', '--port', '0'], {
  env: { ...process.env, NIGHTLEG_RATE_LIMIT: '0', NIGHTLEG_LOG_LEVEL: 'silent' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
const port = await new Promise<number>((resolve, reject) => {
  let err = '';
  server.stderr.on('data', (d) => {
    err += String(d);
    const m = /listening on http:\/\/[^:]+:(\d+)/.exec(err);
    if (m) resolve(Number(m[1]));
  });
  server.on('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
});

function send(agent: Agent, method: string, path: string, body?: string): Promise<number> {
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

/** CPU time the server process has used, in ms (/proc, 10 ms ticks): what blocks its event loop. */
function serverCpuMs(): number {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const healthAgent = new Agent({ keepAlive: true, maxSockets: 1 });
const workAgent = new Agent({ keepAlive: true, maxSockets: 1 });
const idle: number[] = [];
for (let i = 0; i < 200; i++) idle.push(await send(healthAgent, 'GET', '/healthz'));
idle.sort((a, b) => a - b);
const idleP50 = idle[100] as number;
const idleMax = idle.at(-1) as number;
console.log(`\n/healthz alone: p50 ${idleP50.toFixed(2)} ms, max ${idleMax.toFixed(2)} ms (200 requests)`);
console.log(
  `${'POST /v1/assess with text at the limit'.padEnd(46)}${'request ms'.padStart(12)}${'server CPU ms'.padStart(15)}${'/healthz max ms'.padStart(18)}`,
);
let worstHealth = 0;
let worstCpu = 0;
for (const [name, generate] of rows) {
  const body = JSON.stringify({ age: 60, sex: 'male', text: generate(maxTextLength) });
  let running = true;
  let longest = 0;
  const poll = (async () => {
    while (running) {
      longest = Math.max(longest, await send(healthAgent, 'GET', '/healthz'));
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  let requestMs = 0;
  const cpuBefore = serverCpuMs();
  for (let i = 0; i < 3; i++)
    requestMs = Math.max(requestMs, await send(workAgent, 'POST', '/v1/assess', body));
  running = false;
  await poll;
  // Server CPU per request; the /healthz polls that ran meanwhile are included, so it is an upper bound.
  const cpu = (serverCpuMs() - cpuBefore) / 3;
  worstCpu = Math.max(worstCpu, cpu);
  worstHealth = Math.max(worstHealth, longest);
  console.log(
    `${name.padEnd(46)}${requestMs.toFixed(1).padStart(12)}${cpu.toFixed(0).padStart(15)}${longest.toFixed(1).padStart(18)}`,
  );
}
console.log(
  `\n/healthz worst while a request at the limit runs: ${worstHealth.toFixed(1)} ms (${(worstHealth / idleP50).toFixed(0)}× its idle p50); target ≤ 50 ms`,
);
console.log(
  `server CPU for the costliest request: ${worstCpu.toFixed(0)} ms (the longest a /healthz can wait on an idle core; wall-clock figures above include time the machine gave to other processes)`,
);
healthAgent.destroy();
workAgent.destroy();
server.kill('SIGTERM');
