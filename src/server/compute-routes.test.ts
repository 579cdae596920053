import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxTextLength } from '../language/index.js';
import { buildServer } from './app.js';
import { startWorkerPool } from './compute-pool.js';

// The three routes that read text and assess, answered from worker threads and in-process: the same
// responses, and the pool's limits as problems.

const story =
  'For a month my right calf has cramped at night when I lie down; it eases if I walk about. No swelling, no fever. Sometimes my foot tingles. ';
const requests: { url: string; body: unknown }[] = [
  { url: '/v1/assess', body: { age: 70, sex: 'female', text: story } },
  {
    url: '/v1/assess?view=full',
    body: { age: 70, sex: 'female', text: story.repeat(70).slice(0, maxTextLength) },
  },
  {
    url: '/v1/assess?include=question&lang=es',
    body: { age: 55, sex: 'male', text: 'dolor en la pierna de noche' },
  },
  { url: '/v1/interview/next', body: { age: 61, sex: 'male', text: story, lastEstimate: 5 } },
  {
    url: '/v1/interview/next?view=full',
    body: { age: 61, sex: 'male', evidence: [{ id: 'pain_calf', state: 'present' }] },
  },
  { url: '/v1/understand', body: { text: story } },
  { url: '/v1/understand', body: { text: '\u0000\u0001\u0002\u0003'.repeat(30) } },
  { url: '/v1/assess', body: { age: 40, sex: 'male', text: 'x'.repeat(maxTextLength + 1) } },
];

async function answers(app: FastifyInstance) {
  const out = [];
  for (const { url, body } of requests) {
    const r = await app.inject({ method: 'POST', url, payload: body as object });
    out.push({ url, status: r.statusCode, type: r.headers['content-type'], body: r.json() });
  }
  return out;
}

describe('routes on the compute pool', () => {
  let threaded: FastifyInstance;
  let inProcess: FastifyInstance;
  beforeAll(async () => {
    const compute = await startWorkerPool({ threads: 1, queue: 8, timeoutMs: 30_000 });
    threaded = buildServer({ rateLimit: 0, logLevel: 'silent', compute });
    inProcess = buildServer({ rateLimit: 0, logLevel: 'silent' });
  }, 60_000);
  afterAll(async () => {
    await threaded.close();
    await inProcess.close();
  });

  it('answers exactly as in-process: results, views, languages and input errors alike', async () => {
    const fromThreads = await answers(threaded);
    expect(fromThreads.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 400, 413]);
    expect(fromThreads).toStrictEqual(await answers(inProcess));
  });
});

describe('the pool limits, over HTTP', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const compute = await startWorkerPool({
      threads: 1,
      queue: 0,
      timeoutMs: 6000,
      workerModule: new URL('../../test/fixtures/compute-test-worker.ts', import.meta.url),
    });
    app = buildServer({ rateLimit: 0, logLevel: 'silent', compute });
  }, 60_000);
  afterAll(() => app.close());

  it('answers 503 problem+json with Retry-After when every thread is busy and the queue is full', async () => {
    const slow = app.inject({ method: 'POST', url: '/v1/understand', payload: { text: 'test:sleep 800' } });
    // Let the first request reach the pool before the second arrives.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await app.inject({
      method: 'POST',
      url: '/v1/assess',
      payload: { age: 50, sex: 'male' },
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.headers['x-request-id']).toBeTruthy();
    expect(refused.json()).toMatchObject({ status: 503, type: 'urn:nightleg:problem:busy' });
    expect((await slow).statusCode).toBe(200);
  });

  it('answers 503 when the work misses its deadline, and the next request is served', async () => {
    const stuck = await app.inject({ method: 'POST', url: '/v1/understand', payload: { text: 'test:spin' } });
    expect(stuck.statusCode).toBe(503);
    expect(stuck.headers['retry-after']).toBe('6');
    expect(stuck.json()).toMatchObject({ status: 503, type: 'urn:nightleg:problem:busy' });
    expect(stuck.json().detail).toContain('6000 ms');
    const next = await app.inject({ method: 'POST', url: '/v1/understand', payload: { text: 'calf pain' } });
    expect(next.statusCode).toBe(200);
  }, 30_000);

  it('answers 500 (not a crash) when a thread dies mid-request', async () => {
    const died = await app.inject({ method: 'POST', url: '/v1/understand', payload: { text: 'test:exit' } });
    expect(died.statusCode).toBe(500);
    expect(died.json()).toMatchObject({ status: 500, type: 'urn:nightleg:problem:internal-error' });
  });
});
