// HTTP API throughput against a bare node:http baseline, in one run on this machine.
// Run: npm run bench:http   (env: BENCH_SECONDS=10 BENCH_CONNECTIONS=50 BENCH_WARMUP=3)
//
// Each server runs in its own child process (so the load generator and the server do not share an event
// loop); autocannon drives them over 127.0.0.1 only. Measured in turn: the baseline (a fixed JSON body from
// node:http), nightleg GET /healthz (framework cost), nightleg POST /v1/assess cycling ~20 realistic cases.
// It then times the parts of one /v1/assess request in-process, to show what dominates.
import { type ChildProcess, fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { assessInput } from '../src/pipeline/assess-input.js';
import { caseSchema, parseCase } from '../src/schema/case.js';
import { syntheticCases } from './cases.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const targets = { ratio: 0.6, p99Ms: 25 };

/** ~20 varied, valid cases: a cause, its findings reported by link probability, some negatives. */
function benchCases() {
  const cases = syntheticCases(20, 7).map((c) => ({ ...c, evidence: c.evidence.slice(0, 14) }));
  for (const c of cases) {
    const parsed = parseCase(c);
    if (!parsed.ok) throw new Error(`bench case ${c.id} is invalid: ${JSON.stringify(parsed.errors)}`);
  }
  return cases;
}

// ---- child process: one server, reporting its port.
async function serve(kind: string): Promise<void> {
  let port: number;
  if (kind === 'baseline') {
    const body = JSON.stringify({ hello: 'world' });
    const server = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': body.length,
      });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  } else {
    const { buildServer } = await import('../src/server/app.js');
    const app = buildServer({ logLevel: 'silent', rateLimit: 0 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  }
  process.send?.({ port });
}

function start(kind: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
  });
}

interface Figures {
  readonly reqPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function load(url: string, options: Partial<autocannon.Options>, duration: number): Promise<Figures> {
  const result = await autocannon({ url, connections, duration, ...options });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function measure(
  label: string,
  url: string,
  options: Partial<autocannon.Options> = {},
): Promise<Figures> {
  if (warmup > 0) await load(url, options, warmup);
  const f = await load(url, options, seconds);
  console.log(
    `${label.padEnd(34)} ${f.reqPerSec.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms${f.non2xx || f.errors ? `   non-2xx ${f.non2xx}, errors ${f.errors}` : ''}`,
  );
  return f;
}

/** Microseconds per call, after a warm-up. */
function timeIt(f: (i: number) => unknown, n = 3000): number {
  for (let i = 0; i < 300; i++) f(i);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) f(i);
  return Number(process.hrtime.bigint() - t0) / 1e3 / n;
}

function profileParts(cases: ReturnType<typeof benchCases>): void {
  const bodies = cases.map((c) => JSON.stringify(c));
  const parsed = cases.map((c) => caseSchema.parse(c));
  const results = parsed.map((c) => assessInput(c));
  const n = cases.length;
  const parts = {
    'JSON.parse body': timeIt((i) => JSON.parse(bodies[i % n] as string)),
    'zod validation (caseSchema)': timeIt((i) => caseSchema.safeParse(cases[i % n])),
    'engine (assessInput)': timeIt((i) => assessInput(parsed[i % n] as (typeof parsed)[number])),
    'JSON.stringify result': timeIt((i) => JSON.stringify(results[i % n])),
  };
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  const bytes = results.reduce((a, r) => a + JSON.stringify(r).length, 0) / n;
  console.log(
    `\nOne /v1/assess request, in-process (µs per call, mean of the ${n} cases; response ≈ ${(bytes / 1024).toFixed(1)} KiB):`,
  );
  for (const [name, us] of Object.entries(parts)) {
    console.log(
      `  ${name.padEnd(30)} ${us.toFixed(1).padStart(7)} µs  ${((100 * us) / total).toFixed(0).padStart(3)} %`,
    );
  }
  console.log(`  => at most ~${Math.round(1e6 / total)} req/s on one core before any HTTP work`);
}

async function main(): Promise<void> {
  const cases = benchCases();
  console.log(
    `HTTP benchmark: ${connections} connections, ${warmup} s warm-up + ${seconds} s per run, 127.0.0.1, Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs`,
  );
  const baseline = await start('baseline');
  const nightleg = await start('nightleg');
  try {
    const base = await measure('baseline node:http GET (fixed JSON)', `http://127.0.0.1:${baseline.port}/`);
    const health = await measure('nightleg GET /healthz', `http://127.0.0.1:${nightleg.port}/healthz`);
    const assess = await measure('nightleg POST /v1/assess', `http://127.0.0.1:${nightleg.port}/v1/assess`, {
      requests: cases.map((c) => ({
        method: 'POST' as const,
        path: '/v1/assess',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(c),
      })),
    });
    const ratio = assess.reqPerSec / base.reqPerSec;
    console.log(`\nratio /healthz / baseline:   ${(health.reqPerSec / base.reqPerSec).toFixed(3)}`);
    console.log(
      `ratio /v1/assess / baseline: ${ratio.toFixed(3)}  (target ≥ ${targets.ratio}: ${ratio >= targets.ratio ? 'met' : 'NOT met'})`,
    );
    console.log(
      `p99 /v1/assess:             ${assess.p99} ms  (target ≤ ${targets.p99Ms} ms: ${assess.p99 <= targets.p99Ms ? 'met' : 'NOT met'})`,
    );
    if (assess.non2xx > 0 || assess.errors > 0) console.log('WARNING: some /v1/assess requests failed');
  } finally {
    baseline.child.kill();
    nightleg.child.kill();
  }
  profileParts(cases);
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt !== -1) await serve(process.argv[serveAt + 1] ?? 'baseline');
else await main();
