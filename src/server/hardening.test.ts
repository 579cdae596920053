import { connect, type Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './app.js';

/** Send raw bytes on a new connection; resolve with everything the server sends until it closes the socket. */
function raw(port: number, request: string | ((socket: Socket) => void)): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.on('connect', () => (typeof request === 'string' ? socket.write(request) : request(socket)));
  });
}

/** Status, lower-cased headers and JSON body of a raw HTTP/1.1 response. */
function parse(response: string) {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: body ? JSON.parse(body) : null };
}

function expectProblemResponse(response: string, status: number) {
  const r = parse(response);
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(r.headers.get('x-request-id')).toBeTruthy();
  expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  expect(r.body).toMatchObject({ status, type: expect.any(String), detail: expect.any(String) });
  return r;
}

describe('errors outside the routes are problems too (over a real socket)', () => {
  let app: FastifyInstance;
  let port: number;
  const logs: string[] = [];
  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (line) => logs.push(String(line)));
    app = buildServer({
      logLevel: 'info',
      rateLimit: 0,
      logStream,
      requestTimeout: 1000,
      headersTimeout: 1000,
      keepAliveTimeout: 1000,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(() => app.close());

  it('431: headers too large', async () => {
    const response = await raw(
      port,
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expectProblemResponse(response, 431);
    expect(logs.some((l) => l.includes('"statusCode":431'))).toBe(true);
  });

  it('431: a URL longer than the header limit', async () => {
    const response = await raw(port, `GET /v1/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expectProblemResponse(response, 431);
  });

  it('400: a URL that does not decode; 414: an over-long URL part', async () => {
    const bad = await raw(port, 'POST /v1/criteria/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(expectProblemResponse(bad, 400).body.instance).toBe('/v1/criteria/%zz');
    const long = await raw(
      port,
      `POST /v1/criteria/${'w'.repeat(500)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expectProblemResponse(long, 414);
    expect(logs.some((l) => l.includes('"statusCode":414') && l.includes('request completed'))).toBe(true);
  });

  it('400: bytes that are not HTTP', async () => {
    expectProblemResponse(await raw(port, 'HELLO\r\n\r\n'), 400);
  });

  it('408: a body that never finishes arriving is cut off by the request timeout', async () => {
    const started = Date.now();
    const response = await raw(port, (socket) => {
      socket.write(
        'POST /v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"age":',
      );
    });
    const elapsed = Date.now() - started;
    // The deadline is 1 s and Node checks it every second: the connection closes within about 2 s, not never.
    expect(elapsed).toBeLessThan(5000);
    expectProblemResponse(response, 408);
  });

  it('408: headers that never finish arriving are cut off by the headers timeout', async () => {
    const started = Date.now();
    const response = await raw(port, (socket) => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n'));
    expect(Date.now() - started).toBeLessThan(5000);
    expectProblemResponse(response, 408);
  });

  it('an idle keep-alive connection is closed after the keep-alive timeout', async () => {
    const started = Date.now();
    const response = await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(parse(response.split('HTTP/1.1').slice(0, 2).join('HTTP/1.1')).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('more problems', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
    await app.ready();
  });
  afterAll(() => app.close());

  it('415: a compressed (Content-Encoding) body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/assess',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]),
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['accept-encoding']).toBe('identity');
    expect(res.json().detail).toMatch(/Content-Encoding/);
  });

  it('413: text over the limit names the limit and is not read in part', async () => {
    const text = `${'my calf aches at night. '.repeat(500)}I cannot pass urine.`;
    for (const [url, body] of [
      ['/v1/understand', { text }],
      ['/v1/assess', { age: 60, sex: 'male', text }],
      ['/v1/interview/next', { age: 60, sex: 'male', text }],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = res.json();
      expect(problem.type).toBe('urn:nightleg:problem:text-too-long');
      expect(problem.detail).toContain('10000');
      expect(problem.errors[0].path).toBe('text');
    }
  });

  it('error bodies are capped: the first 20 field errors, then a count', async () => {
    const body: Record<string, number> = {};
    for (let i = 0; i < 5000; i++) body[`unknownField${i}`] = 1;
    const res = await app.inject({
      method: 'POST',
      url: '/v1/criteria/stenosis',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.errors).toHaveLength(20);
    expect(problem.errorCount).toBe(5000);
    expect(problem.detail).toMatch(/and 4990 more errors$/);
    expect(res.rawPayload.length).toBeLessThan(16 * 1024);

    const unknownKeys = await app.inject({
      method: 'POST',
      url: '/v1/assess',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ age: 50, sex: 'male', ...body }),
    });
    expect(unknownKeys.statusCode).toBe(400);
    expect(unknownKeys.json().errors[0].message).toMatch(/and 4995 more$/);
    expect(unknownKeys.rawPayload.length).toBeLessThan(4 * 1024);
  });

  it('503 problem for a request that arrives while the server closes', async () => {
    const closing = buildServer({ logLevel: 'silent', rateLimit: 0 });
    let release: () => void = () => {};
    closing.get('/v1/slow', () => new Promise((r) => (release = () => r({ ok: true }))));
    await closing.listen({ port: 0, host: '127.0.0.1' });
    const port = (closing.server.address() as { port: number }).port;
    // A slow request keeps the server closing; a second connection has sent half a request when close starts.
    const slow = raw(port, 'GET /v1/slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    await new Promise((r) => setTimeout(r, 100));
    const late = raw(port, (socket) => {
      socket.write('GET /healthz HTTP/1.1\r\n');
      setTimeout(() => {
        void closing.close();
        setTimeout(() => {
          socket.write('Host: x\r\n\r\n');
          setTimeout(() => release(), 200);
        }, 100);
      }, 100);
    });
    expect(parse(await slow).status).toBe(200);
    const second = await late;
    expectProblemResponse(second, 503);
  });
});
