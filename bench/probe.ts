// Reliability probe (issue 13): the three figures the hardening work is judged by, measured the same way before
// and after. Uses only public entry points (understand, buildServer, the built CLI), so it runs on any version.
//   npx tsx bench/probe.ts text 1000       worst text latency: one random word of N letters through understand()
//   npx tsx bench/probe.ts errors          largest error body: ~189 KB of unknown keys to /v1/criteria/stenosis
//   npx tsx bench/probe.ts batch [cases]   peak RSS of `node bin/nightleg.js assess --json` whose reader stalls
//                                          for 8 s and then drains (needs a build: npx tsc -p tsconfig.build.json)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { random, syntheticCases } from './cases.js';

const [mode = 'text', arg] = process.argv.slice(2);

function randomWord(length: number, seed = 7): string {
  const next = random(seed);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(97 + Math.floor(next() * 26));
  return s;
}

async function probeText(length: number): Promise<void> {
  const { understand } = await import('../src/language/index.js');
  understand('my calf cramps at night'); // warm-up: load and compile the lexicon
  const text = randomWord(length);
  const start = process.hrtime.bigint();
  let outcome: string;
  try {
    const r = understand(text);
    outcome = `ok (${r.findings.length} findings)`;
  } catch (error) {
    outcome = `refused: ${(error as Error).message}`;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`understand(${length} random letters): ${ms.toFixed(1)} ms, ${outcome}`);
}

async function probeErrors(): Promise<void> {
  const { buildServer } = await import('../src/server/app.js');
  const app = buildServer({ logLevel: 'silent', rateLimit: 0 });
  await app.ready();
  const body: Record<string, number> = {};
  let size = 2;
  for (let i = 0; size < 189 * 1024; i++) {
    const key = `unknownField${i}`;
    body[key] = 1;
    size += key.length + 5;
  }
  const payload = JSON.stringify(body);
  const res = await app.inject({
    method: 'POST',
    url: '/v1/criteria/stenosis',
    headers: { 'content-type': 'application/json' },
    payload,
  });
  console.log(
    `POST /v1/criteria/stenosis with ${(payload.length / 1024).toFixed(0)} KiB of unknown keys: ${res.statusCode}, ${res.headers['content-type']}, body ${(res.rawPayload.length / 1024).toFixed(1)} KiB`,
  );
  await app.close();
}

function peakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function probeBatch(count: number): Promise<void> {
  const next = random(3);
  const texts = [
    'my calf cramps at night and stretching helps, no swelling',
    'burning toes at night, better if I hang my foot off the bed',
    'restless legs every evening, I have to get up and walk',
  ];
  const lines = syntheticCases(count).map((c) =>
    JSON.stringify({ ...c, text: texts[Math.floor(next() * texts.length)] }),
  );
  const input = `${lines.join('\n')}\n`;
  const child = spawn(process.execPath, ['bin/nightleg.js', 'assess', '--json'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(input);
  child.stdout.pause();
  let peak = 0;
  let out = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, peakRss(child.pid as number));
  }, 100);
  const started = Date.now();
  await new Promise((r) => setTimeout(r, 8000));
  peak = Math.max(peak, peakRss(child.pid as number));
  const stalledPeak = peak;
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.length;
  });
  child.stdout.resume();
  const code = await new Promise<number | null>((r) => child.on('close', r));
  clearInterval(sampler);
  console.log(
    `batch of ${count} cases (${(input.length / 1024 ** 2).toFixed(1)} MiB in, ${(out / 1024 ** 2).toFixed(1)} MiB out), reader stalled 8 s: peak RSS ${stalledPeak.toFixed(0)} MiB while stalled, ${peak.toFixed(0)} MiB overall; exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (mode === 'text') await probeText(Number(arg ?? 1000));
else if (mode === 'errors') await probeErrors();
else if (mode === 'batch') await probeBatch(Number(arg ?? 10_000));
else throw new Error(`unknown probe ${mode}`);
