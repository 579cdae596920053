import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditions, findings } from '../knowledge/index.js';
import { understand } from '../language/index.js';
import { assessInput } from '../pipeline/assess-input.js';
import { parseCase } from '../schema/case.js';
import { buildServer } from './app.js';
import { understandResponseSchema } from './routes/understand.js';
import {
  caseResultSchema,
  conditionsResponseSchema,
  findingsResponseSchema,
  interviewNextResponseSchema,
  problemSchema,
} from './schemas.js';

const cramps = {
  id: 'c1',
  age: 67,
  sex: 'female',
  evidence: [
    { id: 'sudden_muscle_contraction', state: 'present' },
    { id: 'pain_calf', state: 'present' },
    { id: 'one_leg_swollen', state: 'absent' },
  ],
};

function post(url: string, payload: unknown, headers: Record<string, string> = {}): InjectOptions {
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  };
}

/** A problem response: right status, media type and shape. */
async function expectProblem(app: FastifyInstance, request: InjectOptions, status: number) {
  const res = await app.inject(request);
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = problemSchema.parse(res.json());
  expect(body.status).toBe(status);
  expect(body.title).not.toBe('');
  return { res, body };
}

describe('HTTP API routes', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
    await app.ready();
  });
  afterAll(() => app.close());

  it('POST /v1/assess returns the same result as the CLI, echoing the id', async () => {
    const res = await app.inject(post('/v1/assess?view=full', cramps));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    const parsed = parseCase(cramps);
    if (!parsed.ok) throw new Error('fixture must be valid');
    expect(body).toEqual(JSON.parse(JSON.stringify(assessInput(parsed.value))));
    expect(body.id).toBe('c1');
    expect(() => caseResultSchema.parse(body)).not.toThrow();
    expect(body.conditions[0].id).toBe('nocturnal_leg_cramps');
  });

  it('POST /v1/assess accepts a case with no evidence and optional text', async () => {
    const res = await app.inject(
      post('/v1/assess?view=full', { age: 40, sex: 'male', text: 'my legs ache at night' }),
    );
    expect(res.statusCode).toBe(200);
    expect(() => caseResultSchema.parse(res.json())).not.toThrow();
    expect(res.json().question).not.toBeNull();
  });

  it('POST /v1/interview/next returns question, shouldStop, progress and the result', async () => {
    const res = await app.inject(
      post('/v1/interview/next?view=full', { age: 50, sex: 'female', evidence: [] }),
    );
    expect(res.statusCode).toBe(200);
    const body = interviewNextResponseSchema.parse(res.json());
    expect(body.question).toEqual(body.result.question);
    expect(body.shouldStop).toBe(body.result.shouldStop);
    expect(body.progress).toEqual(body.result.progress);
    expect(body.shouldStop).toBe(false);
  });

  it('POST /v1/understand reads findings from free text, usable as evidence', async () => {
    const text = 'my calf cramps at night and stretching helps, no swelling';
    const res = await app.inject(post('/v1/understand', { text }));
    expect(res.statusCode).toBe(200);
    const body = understandResponseSchema.parse(res.json());
    expect(body).toEqual(JSON.parse(JSON.stringify(understand(text))));
    const ids = body.findings.map((f) => f.id);
    expect(ids).toContain('sudden_muscle_contraction');
    for (const f of body.findings) expect(text.slice(f.span[0], f.span[1])).toBe(f.text);
    const evidence = body.findings.map(({ id, state, side }) => (side ? { id, state, side } : { id, state }));
    const assessed = await app.inject(post('/v1/assess', { age: 60, sex: 'female', evidence }));
    expect(assessed.statusCode).toBe(200);
    expect(assessed.json().causes[0].id).toBe('nocturnal_leg_cramps');
  });

  it('POST /v1/understand: empty, missing, wrong-type or binary text → 400 naming text', async () => {
    for (const payload of [
      { text: '   ' },
      {},
      { text: 42 },
      { text: '\u0000\u0001\u0002binary\u0000' },
      { text: 'x', more: 1 },
    ]) {
      const { body } = await expectProblem(app, post('/v1/understand', payload), 400);
      expect(body.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining([payload.more ? '(root)' : 'text']),
      );
    }
  });

  it('GET /v1/findings and /v1/conditions return the knowledge catalogs', async () => {
    const f = await app.inject({ method: 'GET', url: '/v1/findings' });
    expect(f.statusCode).toBe(200);
    expect(findingsResponseSchema.parse(f.json())).toEqual(JSON.parse(JSON.stringify(findings)));
    const c = await app.inject({ method: 'GET', url: '/v1/conditions' });
    expect(c.statusCode).toBe(200);
    expect(conditionsResponseSchema.parse(c.json())).toEqual(JSON.parse(JSON.stringify(conditions)));
  });

  it('GET /healthz', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: expect.any(String) });
  });

  it('POST /v1/criteria/:instrument scores an instrument', async () => {
    const res = await app.inject(
      post('/v1/criteria/wells', { activeCancer: true, entireLegSwollen: true, previousDvt: false }),
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.instrument).toBe('wells');
    expect(body.known).toEqual(expect.arrayContaining(['activeCancer', 'entireLegSwollen', 'previousDvt']));
  });

  it('POST /v1/criteria/:instrument: unknown instrument → 404, invalid input → 400 naming the field', async () => {
    const unknown = await expectProblem(app, post('/v1/criteria/astrology', {}), 404);
    expect(unknown.body.detail).toContain('astrology');
    const invalid = await expectProblem(
      app,
      post('/v1/criteria/wells', { activeCancer: 'yes', typo: true }),
      400,
    );
    expect(invalid.body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['activeCancer', 'typo']));
    const notObject = await expectProblem(app, post('/v1/criteria/abi', [1, 2]), 400);
    expect(notObject.body.errors[0]?.path).toBe('(root)');
  });

  it('GET /docs serves Swagger UI from this server only', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) expect(asset).toMatch(/^\/docs\//);
    const bundle = await app.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
    const init = await app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(init.body).toContain('validatorUrl: null');
    const code = init.body.replace(/\/\/ .*$/gm, ''); // comments may cite URLs; code must not load any
    expect(code).not.toMatch(/https?:\/\//);
  });
});

describe('bad input is a 4xx problem, never a 5xx', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0, bodyLimit: 4096 });
    await app.ready();
  });
  afterAll(() => app.close());

  const invalidCases: [string, unknown, string[]][] = [
    ['wrong types', { age: 'sixty', sex: 1, evidence: 'pain_calf' }, ['age', 'sex', 'evidence']],
    [
      'unknown finding id',
      { age: 50, sex: 'male', evidence: [{ id: 'broken_heart', state: 'present' }] },
      ['evidence[0].id'],
    ],
    [
      'bad state',
      { age: 50, sex: 'male', evidence: [{ id: 'pain_calf', state: 'maybe' }] },
      ['evidence[0].state'],
    ],
    ['missing fields', {}, ['age', 'sex']],
    ['age under 18', { age: 15, sex: 'female' }, ['age']],
    ['fractional age', { age: 40.5, sex: 'female' }, ['age']],
    ['unexpected field', { age: 40, sex: 'female', symptoms: [] }, ['(root)']],
    ['array body', [cramps], ['(root)']],
    ['null body', null, ['(root)']],
    ['string body', 'hello', ['(root)']],
  ];

  for (const route of ['/v1/assess', '/v1/interview/next']) {
    for (const [name, payload, paths] of invalidCases) {
      it(`${route}: ${name} → 400 naming ${paths.join(', ')}`, async () => {
        const { body } = await expectProblem(app, post(route, JSON.stringify(payload)), 400);
        expect(body.type).toBe('urn:nightleg:problem:invalid-input');
        expect(body.instance).toBe(route);
        expect(body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(paths));
        for (const e of body.errors) expect(e.message).not.toBe('');
      });
    }
  }

  it('age under 18 says the tool is for adults', async () => {
    const { body } = await expectProblem(app, post('/v1/assess', { age: 12, sex: 'male' }), 400);
    expect(body.errors.find((e) => e.path === 'age')?.message).toMatch(/adults/);
  });

  it('invalid JSON → 400', async () => {
    const { body } = await expectProblem(app, post('/v1/assess', '{"age": 50, "sex": '), 400);
    expect(body.type).toBe('urn:nightleg:problem:invalid-json');
  });

  it('empty body with a JSON content type → 400', async () => {
    const { body } = await expectProblem(app, post('/v1/assess', ''), 400);
    expect(body.type).toBe('urn:nightleg:problem:invalid-json');
  });

  it('no body at all → 400', async () => {
    await expectProblem(app, { method: 'POST', url: '/v1/assess' }, 400);
  });

  it('oversized body → 413', async () => {
    const text = 'x'.repeat(10_000);
    const { body } = await expectProblem(app, post('/v1/assess', { age: 50, sex: 'male', text }), 413);
    expect(body.detail).toContain('4096');
  });

  it('wrong content type → 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const { body } = await expectProblem(
        app,
        { method: 'POST', url: '/v1/assess', headers: { 'content-type': type }, payload: 'age=50&sex=male' },
        415,
      );
      expect(body.type).toBe('urn:nightleg:problem:unsupported-media-type');
    }
  });

  it('prototype pollution attempts are rejected, not executed', async () => {
    const res = await app.inject(post('/v1/assess', '{"age":50,"sex":"male","__proto__":{"polluted":true}}'));
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('unknown routes → 404 problem', async () => {
    for (const request of [
      { method: 'GET', url: '/nothing-here' },
      { method: 'POST', url: '/v2/assess' },
      { method: 'GET', url: '/v1/nothing-here' },
      { method: 'POST', url: '/v1/criteria/wells/extra' },
    ] as const) {
      const { body } = await expectProblem(app, request, 404);
      expect(body.type).toBe('urn:nightleg:problem:not-found');
    }
  });

  it('a known route with another method → 405 problem with Allow', async () => {
    for (const [request, allow] of [
      [{ method: 'GET', url: '/v1/assess' }, 'POST'],
      [{ method: 'DELETE', url: '/v1/findings' }, 'GET, HEAD'],
      [{ method: 'PUT', url: '/v1/criteria/wells' }, 'POST'],
      [{ method: 'POST', url: '/healthz?x=1' }, 'GET, HEAD'],
    ] as const) {
      const { res, body } = await expectProblem(app, request, 405);
      expect(body.type).toBe('urn:nightleg:problem:method-not-allowed');
      expect(res.headers.allow).toBe(allow);
      expect(res.headers['x-request-id']).toBeTruthy();
      expect(res.headers['content-security-policy']).toBeTruthy();
    }
  });
});

describe('headers: security, request ids, CORS, rate limit', () => {
  it('sets security headers (CSP allowing only this origin) on every response', async () => {
    const app = buildServer({ logLevel: 'silent' });
    for (const request of [
      { method: 'GET', url: '/healthz' },
      { method: 'GET', url: '/nope' },
      post('/v1/assess', { age: 1 }),
    ] as InjectOptions[]) {
      const res = await app.inject(request);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:|unsafe-eval/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBeDefined();
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeDefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
    await app.close();
  });

  it('echoes a valid x-request-id and generates one otherwise', async () => {
    const app = buildServer({ logLevel: 'silent' });
    const given = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123.x' },
    });
    expect(given.headers['x-request-id']).toBe('abc-123.x');
    const generated = await app.inject({ method: 'GET', url: '/healthz' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'has spaces <script>' },
    });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const onError = await app.inject({ method: 'GET', url: '/nope', headers: { 'x-request-id': 'err-1' } });
    expect(onError.headers['x-request-id']).toBe('err-1');
    await app.close();
  });

  it('CORS is off by default', async () => {
    const app = buildServer({ logLevel: 'silent' });
    const res = await app.inject({
      method: 'GET',
      url: '/v1/findings',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/assess',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
  });

  it('CORS allows exactly the configured origins', async () => {
    const app = buildServer({ logLevel: 'silent', corsOrigins: ['https://app.example.org'] });
    const allowed = await app.inject({
      method: 'GET',
      url: '/v1/findings',
      headers: { origin: 'https://app.example.org' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example.org');
    expect(String(allowed.headers['access-control-expose-headers'])).toContain('x-request-id');
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/assess',
      headers: {
        origin: 'https://app.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example.org');
    const other = await app.inject({
      method: 'GET',
      url: '/v1/findings',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
  });

  it('rate limit → 429 problem with Retry-After; 0 disables it', async () => {
    const limited = buildServer({ logLevel: 'silent', rateLimit: 2 });
    for (let i = 0; i < 2; i++) {
      expect((await limited.inject({ method: 'GET', url: '/v1/findings' })).statusCode).toBe(200);
    }
    const { res, body } = await expectProblem(limited, { method: 'GET', url: '/v1/findings' }, 429);
    expect(body.type).toBe('urn:nightleg:problem:rate-limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // A health probe from the same address is never rate limited.
    for (let i = 0; i < 5; i++) {
      expect((await limited.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    }
    await limited.close();

    const unlimited = buildServer({ logLevel: 'silent', rateLimit: 0 });
    const res2 = await unlimited.inject({ method: 'GET', url: '/healthz' });
    expect(res2.headers['x-ratelimit-limit']).toBeUndefined();
    await unlimited.close();
  });

  it('behind a trusted proxy, the rate limit counts each forwarded client', async () => {
    const viaProxy = (app: FastifyInstance, client: string) =>
      app.inject({ method: 'GET', url: '/v1/conditions', headers: { 'x-forwarded-for': client } });
    const trusting = buildServer({ logLevel: 'silent', rateLimit: 1, trustProxy: ['loopback'] });
    expect((await viaProxy(trusting, '203.0.113.1')).statusCode).toBe(200);
    expect((await viaProxy(trusting, '203.0.113.2')).statusCode).toBe(200);
    expect((await viaProxy(trusting, '203.0.113.2')).statusCode).toBe(429);
    await trusting.close();
    // not trusted: a client cannot dodge the limit by inventing X-Forwarded-For
    const direct = buildServer({ logLevel: 'silent', rateLimit: 1 });
    expect((await viaProxy(direct, '203.0.113.1')).statusCode).toBe(200);
    expect((await viaProxy(direct, '203.0.113.2')).statusCode).toBe(429);
    await direct.close();
  });

  it('an unexpected error is a 500 problem that reveals nothing', async () => {
    const app = buildServer({ logLevel: 'silent' });
    app.get('/v1/boom', () => {
      throw new Error('database password is hunter2');
    });
    const { body } = await expectProblem(app, { method: 'GET', url: '/v1/boom' }, 500);
    expect(body.type).toBe('urn:nightleg:problem:internal-error');
    expect(JSON.stringify(body)).not.toMatch(/hunter2|database|\bat \w|\.ts:/);
    await app.close();
  });
});

describe('the web app build', () => {
  let dir: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nightleg-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>nightleg</title><script src="/assets/app.js"></script>',
    );
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    app = buildServer({ logLevel: 'silent', staticDir: dir });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is served at / with its assets', async () => {
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>nightleg</title>');
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('falls back to index.html for client-side routes, not for the API or missing assets', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' };
    const route = await app.inject({ method: 'GET', url: '/interview/step/3', headers: html });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>nightleg</title>');
    await expectProblem(app, { method: 'GET', url: '/v1/nothing', headers: html }, 404);
    await expectProblem(app, { method: 'GET', url: '/assets/missing.js', headers: { accept: '*/*' } }, 404);
    await expectProblem(app, { method: 'POST', url: '/interview', headers: html }, 404);
  });

  it('is not served when the directory does not exist', async () => {
    const none = buildServer({ logLevel: 'silent', staticDir: join(dir, 'does-not-exist') });
    await expectProblem(none, { method: 'GET', url: '/', headers: { accept: 'text/html' } }, 404);
    await none.close();
  });
});
