// HTTP API throughput against a bare node:http baseline, in one run on this machine.
// Run: npm run bench:http   (builds dist/ with tsc first; env: BENCH_SECONDS=10 BENCH_CONNECTIONS=50
//      BENCH_WARMUP=3 BENCH_WORKERS=2 — the worker counts to measure besides one process, comma-separated;
//      0 or empty = single process only)
//
// It measures the built server in dist/, started as production starts it (`node bin/nightleg.js serve`,
// logging and rate limit off), not the TypeScript sources through tsx. Each server runs in its own process
// (so the load generator and the server do not share an event loop); autocannon drives them over 127.0.0.1
// only. Measured in turn: Fastify's empty route (framework floor), nightleg GET /healthz, and for each view
// (compact, the default, and full) a bare node:http server replying a precomputed body of the same size as
// that view's average result, then nightleg POST /v1/assess?view=… cycling ~20 realistic cases; then the
// compact view with `--workers N` (node:cluster). The ratio that counts is nightleg over the same-size bare
// server: what the product adds over writing the same bytes.
// Workers and autocannon share the machine's cores, so on a small machine the multi-worker figure is bounded
// by the load generator as much as by the server. It then times the parts of one /v1/assess request
// in-process (from dist/ too), to show what dominates.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { syntheticCases } from './cases.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const workerCounts = (process.env.BENCH_WORKERS ?? '2')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 1);
const targets = { ratio: 0.5, p99Ms: 15 };

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** The newest modification time under `dir` of files whose name passes `keep`. */
function newest(dir: string, keep: (name: string) => boolean): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path, keep));
    else if (keep(entry.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

/** The bench measures dist/; refuse to measure a missing or stale build (npm run bench:http builds first). */
function checkBuild(): void {
  const entry = join(dist, 'server', 'app.js');
  if (!existsSync(entry)) throw new Error('dist/ is missing: run `npm run build` (npm run bench:http does)');
  const source = newest(join(root, 'src'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
  const built = newest(dist, (n) => n.endsWith('.js'));
  if (source > built)
    throw new Error('dist/ is older than src/: run `npm run build` (npm run bench:http does)');
}

/** ~20 varied, valid cases: a cause, its findings reported by link probability, some negatives. */
function benchCases() {
  return syntheticCases(20, 7).map((c) => ({ ...c, evidence: c.evidence.slice(0, 14) }));
}

/** A bare node:http server replying a fixed JSON body of `size` bytes to any request (body read and dropped). */
const baselineScript = (size: number) => `
import { createServer } from 'node:http';
const body = JSON.stringify({ pad: 'x'.repeat(Math.max(0, ${size} - 10)) });
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
`;

const fastifyScript = `
import Fastify from 'fastify';
const app = Fastify({ logger: false });
app.get('/', async () => ({}));
await app.listen({ port: 0, host: '127.0.0.1' });
console.log('listening on http://127.0.0.1:' + app.server.address().port);
`;

interface Server {
  readonly child: ChildProcess;
  readonly port: number;
}

/** Start a server process and wait for its "listening on http://host:port" line (stdout or stderr). */
function start(label: string, args: readonly string[]): Promise<Server> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
      if (match) {
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.pipe(process.stderr);
        resolve({ child, port: Number(match[1]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${label} server exited (${code}): ${seen}`)));
  });
}

function startNightleg(workers: number): Promise<Server> {
  const args = ['bin/nightleg.js', 'serve', '--port', '0', '--host', '127.0.0.1'];
  args.push('--rate-limit', '0', '--log-level', 'silent', '--workers', String(workers));
  return start(`nightleg (${workers} worker${workers === 1 ? '' : 's'})`, args);
}

async function stop(server: Server): Promise<void> {
  // A child killed by a signal has a signalCode and no exitCode: either means it has already exited.
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
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
    `${label.padEnd(40)} ${f.reqPerSec.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms${f.non2xx || f.errors ? `   non-2xx ${f.non2xx}, errors ${f.errors}` : ''}`,
  );
  return f;
}

/** Microseconds per call: the best of five rounds, each after a warm-up (other work on the machine adds noise). */
function timeIt(f: (i: number) => unknown, n = 2000): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 200; i++) f(i);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f(i);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e3 / n);
  }
  return best;
}

async function profileParts(cases: ReturnType<typeof benchCases>): Promise<void> {
  // The built modules, as the server runs them (types from the sources).
  const { assessInput, assessView } = (await import(
    join(dist, 'pipeline', 'assess-input.js')
  )) as typeof import('../src/pipeline/assess-input.js');
  const { caseSchema } = (await import(
    join(dist, 'schema', 'case.js')
  )) as typeof import('../src/schema/case.js');
  const bodies = cases.map((c) => JSON.stringify(c));
  const parsed = cases.map((c) => caseSchema.parse(c));
  const results = parsed.map((c) => assessInput(c));
  const compact = parsed.map((c) => assessView(c, { view: 'compact', include: [] }));
  const n = cases.length;
  const parts = {
    'JSON.parse body': timeIt((i) => JSON.parse(bodies[i % n] as string)),
    'zod validation (caseSchema)': timeIt((i) => caseSchema.safeParse(cases[i % n])),
    'engine, full view': timeIt((i) => assessInput(parsed[i % n] as (typeof parsed)[number])),
    'JSON.stringify full': timeIt((i) => JSON.stringify(results[i % n])),
    'engine, compact view': timeIt((i) =>
      assessView(parsed[i % n] as (typeof parsed)[number], { view: 'compact', include: [] }),
    ),
    'JSON.stringify compact': timeIt((i) => JSON.stringify(compact[i % n])),
  };
  const bytes = (rs: unknown[]) => rs.reduce((a: number, r) => a + JSON.stringify(r).length, 0) / n;
  console.log(
    `\nOne /v1/assess request, in-process from dist/ (µs per call, best of 5 rounds over the ${n} cases; full ≈ ${(bytes(results) / 1024).toFixed(1)} KiB, compact ≈ ${(bytes(compact) / 1024).toFixed(2)} KiB):`,
  );
  for (const [name, us] of Object.entries(parts))
    console.log(`  ${name.padEnd(30)} ${us.toFixed(1).padStart(7)} µs`);
}

async function main(): Promise<void> {
  checkBuild();
  const cases = benchCases();
  console.log(
    `HTTP benchmark: ${connections} connections, ${warmup} s warm-up + ${seconds} s per run, 127.0.0.1, Node ${process.version}, ${cpus().length} CPUs; server from dist/`,
  );
  const { assessView } = (await import(
    join(dist, 'pipeline', 'assess-input.js')
  )) as typeof import('../src/pipeline/assess-input.js');
  const { caseSchema } = (await import(
    join(dist, 'schema', 'case.js')
  )) as typeof import('../src/schema/case.js');
  const averageSize = (view: 'compact' | 'full') =>
    Math.round(
      cases.reduce(
        (sum, c) =>
          sum + Buffer.byteLength(JSON.stringify(assessView(caseSchema.parse(c), { view, include: [] }))),
        0,
      ) / cases.length,
    );
  const sizes = { compact: averageSize('compact'), full: averageSize('full') };
  const requestsFor = (view: 'compact' | 'full') =>
    cases.map((c) => ({
      method: 'POST' as const,
      path: `/v1/assess?view=${view}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(c),
    }));
  const servers: Server[] = [];
  const figures: Record<string, Figures> = {};
  try {
    const fastify = await start('fastify', ['--input-type=module', '-e', fastifyScript]);
    servers.push(fastify);
    figures.fastify = await measure("Fastify's empty route (GET)", `http://127.0.0.1:${fastify.port}/`);
    await stop(fastify);
    const nightleg = await startNightleg(1);
    servers.push(nightleg);
    figures.health = await measure('nightleg GET /healthz', `http://127.0.0.1:${nightleg.port}/healthz`);
    for (const view of ['compact', 'full'] as const) {
      const bare = await start(`bare ${view}`, ['--input-type=module', '-e', baselineScript(sizes[view])]);
      servers.push(bare);
      figures[`bare-${view}`] = await measure(
        `bare node:http, ${sizes[view]} B body (POST)`,
        `http://127.0.0.1:${bare.port}/`,
        { requests: requestsFor(view).map((r) => ({ ...r, path: '/' })) },
      );
      await stop(bare);
      figures[view] = await measure(
        `nightleg POST /v1/assess?view=${view}`,
        `http://127.0.0.1:${nightleg.port}/v1/assess`,
        { requests: requestsFor(view) },
      );
    }
    await stop(nightleg);
    const multi: { workers: number; figures: Figures }[] = [];
    for (const workers of workerCounts) {
      const cluster = await startNightleg(workers);
      servers.push(cluster);
      const f = await measure(
        `nightleg compact, ${workers} workers`,
        `http://127.0.0.1:${cluster.port}/v1/assess`,
        { requests: requestsFor('compact') },
      );
      multi.push({ workers, figures: f });
      await stop(cluster);
    }
    const get = (k: string) => figures[k] as Figures;
    console.log('');
    for (const view of ['compact', 'full'] as const) {
      const ratio = get(view).reqPerSec / get(`bare-${view}`).reqPerSec;
      const toFastify = get(view).reqPerSec / get('fastify').reqPerSec;
      const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
      console.log(
        `${view.padEnd(7)} (${sizes[view]} B): ratio to same-size bare ${ratio.toFixed(3)}${view === 'compact' ? ` (target ≥ ${targets.ratio}: ${met(ratio >= targets.ratio)})` : ''}; to Fastify's empty route ${toFastify.toFixed(3)}; p99 ${get(view).p99} ms${view === 'compact' ? ` (target ≤ ${targets.p99Ms} ms: ${met(get(view).p99 <= targets.p99Ms)})` : ''}`,
      );
    }
    for (const { workers, figures: f } of multi) {
      console.log(
        `compact with ${workers} workers: ratio to same-size bare ${(f.reqPerSec / get('bare-compact').reqPerSec).toFixed(3)}, p99 ${f.p99} ms; autocannon shares the ${cpus().length} CPUs`,
      );
    }
    if (
      [get('compact'), get('full'), ...multi.map((m) => m.figures)].some((f) => f.non2xx > 0 || f.errors > 0)
    ) {
      console.log('WARNING: some /v1/assess requests failed');
    }
  } finally {
    for (const server of servers) await stop(server);
  }
  await profileParts(cases);
}

await main();
