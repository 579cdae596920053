import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentIds } from '../criteria/index.js';
import { findings } from '../knowledge/index.js';
import { LanguageInputError, maxTextLength, understand } from '../language/index.js';
import { buildServer } from './app.js';

/**
 * Fuzzing every route through inject() and the text reader directly, with malformed and adversarial input:
 * prototype names as keys and words, long words, deep nesting, huge arrays, odd encodings. Whatever comes in,
 * the answer is never a 5xx, every error is an RFC 9457 problem, and no response grows with the input beyond
 * a fixed bound. Run counts are fixed so the suite stays well under a minute on 2 cores.
 */

const prototypeNames = [
  ...Object.getOwnPropertyNames(Object.prototype),
  '__proto__',
  'prototype',
  'constructor',
  'then',
];
const findingIds = findings.map((f) => f.id);

const word = fc.oneof(
  fc.constantFrom(...prototypeNames),
  fc.constantFrom('calf', 'cramps', 'no', 'swelling', 'night', 'maybe', 'both', 'legs', 'for', 'weeks', ','),
  fc.constantFrom(
    'pantorrilla',
    'calambres',
    'sin',
    'hinchazón',
    'noche',
    'quizá',
    'piernas',
    'hace',
    'días',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.nat({ max: 400 }).map((n) => 'a'.repeat(n)),
  fc.string({ unit: fc.constantFrom('a', 'b', 'z', "'", '-'), minLength: 20, maxLength: 60 }),
);
const text = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' '));

/** Any JSON value, with prototype names among the keys and strings. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1e308, 18, 67, 121, 0.5),
    fc.oneof(fc.constantFrom(...prototypeNames, ...findingIds.slice(0, 10)), fc.string({ maxLength: 20 })),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...prototypeNames), fc.string({ maxLength: 8 })), tie('value'), {
      maxKeys: 5,
    }),
  ),
})).value;

/** Case-like bodies: valid fields mixed with wrong, unknown, prototype-named and oversized ones. */
const caseLike = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), jsonValue),
    age: fc.oneof(fc.integer({ min: -5, max: 130 }), jsonValue),
    sex: fc.oneof(fc.constantFrom('female', 'male'), jsonValue),
    evidence: fc.oneof(
      fc.array(
        fc.record(
          {
            id: fc.oneof(fc.constantFrom(...findingIds, ...prototypeNames), jsonValue),
            state: fc.oneof(fc.constantFrom('present', 'absent', 'unknown', 'constructor'), jsonValue),
            side: fc.constantFrom('left', 'right', 'both', '__proto__'),
          },
          { requiredKeys: ['id', 'state'] },
        ),
        { maxLength: 8 },
      ),
      jsonValue,
    ),
    text: fc.oneof(text, jsonValue),
    lang: fc.oneof(fc.constantFrom('en', 'es'), jsonValue),
    constructor: jsonValue,
    toString: jsonValue,
  },
  { requiredKeys: [] },
);

const postRoutes = [
  '/v1/assess',
  '/v1/interview/next',
  '/v1/understand',
  ...instrumentIds.map((i) => `/v1/criteria/${i}`),
];

/** Bodies as bytes: JSON of the above, and raw shapes JSON.parse or the limits must handle. */
const rawBody = fc.oneof(
  caseLike.map((v) => JSON.stringify(v)),
  fc
    .record({ text, lang: fc.constantFrom('en', 'es') }, { requiredKeys: ['text'] })
    .map((v) => JSON.stringify(v)),
  jsonValue.map((v) => JSON.stringify(v) ?? 'null'),
  fc.nat({ max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.nat({ max: 20_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.nat({ max: 30_000 }).map((n) =>
    JSON.stringify({
      age: 50,
      sex: 'male',
      evidence: new Array(n).fill({ id: 'fever', state: 'present' }),
    }),
  ),
  fc
    .nat({ max: 8_000 })
    .map((n) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])))),
  fc.constantFrom(
    '',
    '{',
    'null',
    '"text"',
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    JSON.stringify({ text: 'constructor toString __proto__ valueOf hasOwnProperty' }),
    JSON.stringify({ age: 60, sex: 'male', text: `${'my calf aches. '.repeat(700)}` }),
    JSON.stringify({ text: 'x'.repeat(maxTextLength + 1) }),
    '\uFEFF{"text":"my calf cramps"}',
  ),
);

/** Content types and encodings, including wrong and odd ones. */
const headers = fc.oneof(
  fc.constant<Record<string, string>>({ 'content-type': 'application/json' }),
  fc.constantFrom<Record<string, string>>(
    { 'content-type': 'application/json; charset=utf-16' },
    { 'content-type': 'application/json; charset=latin1' },
    { 'content-type': 'text/plain' },
    { 'content-type': 'application/x-www-form-urlencoded' },
    { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    { 'content-type': 'application/json', 'content-encoding': 'br, gzip' },
    { 'content-type': '__proto__' },
    {},
  ),
);

/** Bytes that are not valid UTF-8, or are UTF-16. */
const oddBytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
  text.map((t) => Buffer.from(JSON.stringify({ text: t }), 'utf16le')),
  text.map((t) =>
    Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(`${t}"}`)]),
  ),
);

const maxErrorBytes = 16 * 1024;

async function check(app: FastifyInstance, request: InjectOptions): Promise<void> {
  const res = await app.inject(request);
  expect(res.statusCode, `${request.method} ${request.url}`).toBeLessThan(500);
  if (res.statusCode >= 400) {
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['x-request-id']).toBeTruthy();
    if (request.method === 'HEAD') return; // no body
    const problem = res.json();
    expect(problem.status).toBe(res.statusCode);
    expect(typeof problem.detail).toBe('string');
    expect(res.rawPayload.length).toBeLessThanOrEqual(maxErrorBytes);
  } else {
    // Success bodies are the engine's own, bounded by the model, not by the input.
    expect(res.rawPayload.length).toBeLessThan(256 * 1024);
  }
  // Nothing leaked onto Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('fuzz: every route, adversarial input → never a 5xx, always a bounded problem', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
    await app.ready();
  });
  afterAll(() => app.close());

  it('POST bodies (JSON, raw shapes, deep nesting, huge arrays) to every POST route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...postRoutes), rawBody, headers, async (url, payload, h) => {
        await check(app, { method: 'POST', url, headers: h, payload });
      }),
      { numRuns: 250 },
    );
  });

  it('odd encodings: invalid UTF-8, UTF-16, random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...postRoutes), oddBytes, headers, async (url, payload, h) => {
        await check(app, { method: 'POST', url, headers: h, payload });
      }),
      { numRuns: 100 },
    );
  });

  it('any method and path, with prototype names and odd encodings in the URL', async () => {
    const segment = fc.oneof(
      fc.constantFrom('v1', 'assess', 'criteria', 'wells', 'healthz', 'findings', ...prototypeNames),
      fc.constantFrom('%zz', '%', '%00', '%E0%A4%A', '..', '.', '%2e%2e', ''),
      fc.string({ maxLength: 10 }).map(encodeURIComponent),
      fc.nat({ max: 300 }).map((n) => 'a'.repeat(n)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        async (method, segments) => {
          const url = `/${segments.join('/')}`;
          await check(app, {
            method: method as InjectOptions['method'],
            url,
            headers: { accept: 'application/json' },
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('fuzz: understand(), English and Spanish', () => {
  it('never throws anything but a LanguageInputError, on any text up to the limit', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 })),
        fc.constantFrom('en', 'es' as const),
        (t, lang) => {
          try {
            const u = understand(t, lang);
            for (const f of u.findings) expect(t.slice(...f.span)).toBe(f.text);
          } catch (error) {
            expect(error).toBeInstanceOf(LanguageInputError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('long random words and prototype names at the limit are read, not choked on', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 5 }),
        fc.nat({ max: 50 }),
        fc.constantFrom('en', 'es' as const),
        (ws, seed, lang) => {
          let t = '';
          for (let i = 0; t.length < maxTextLength - 100; i++) t += `${ws[(i + seed) % ws.length]} `;
          t += lang === 'es' ? 'calambres en la pantorrilla por la noche' : 'my calf cramps at night';
          try {
            understand(t.slice(-maxTextLength), lang);
          } catch (error) {
            expect(error).toBeInstanceOf(LanguageInputError);
          }
        },
      ),
      { numRuns: 10 },
    );
  });
});
