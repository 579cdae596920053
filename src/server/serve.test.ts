import { describe, expect, it } from 'vitest';
import { serveExitCodes, startServer } from '../cli/serve.js';
import { memoryIo } from '../cli/test-io.js';

describe('nightleg serve', () => {
  it('listens, prints the URL and answers', async () => {
    const io = memoryIo();
    const outcome = await startServer({ port: '0', logLevel: 'silent' }, io, {});
    expect(outcome.code).toBe(serveExitCodes.ok);
    if (outcome.code !== 0) return;
    try {
      expect(outcome.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(io.err()).toContain(outcome.url);
      const res = await fetch(`${outcome.url}/healthz`);
      expect(res.status).toBe(200);
    } finally {
      await outcome.close();
    }
  });

  it('takes settings from env vars, flags winning', async () => {
    const io = memoryIo();
    const outcome = await startServer({ port: '0' }, io, {
      NIGHTLEG_PORT: '1',
      NIGHTLEG_LOG_LEVEL: 'silent',
      NIGHTLEG_RATE_LIMIT: '0',
    });
    expect(outcome.code).toBe(0);
    if (outcome.code !== 0) return;
    const res = await fetch(`${outcome.url}/healthz`);
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    await outcome.close();
  });

  it('bad configuration → exit code 2 and a message naming the setting', async () => {
    const io = memoryIo();
    expect((await startServer({ port: 'http' }, io, {})).code).toBe(serveExitCodes.badConfig);
    expect(io.err()).toMatch(/^nightleg serve: --port: must be a whole number/);
    const io2 = memoryIo();
    expect((await startServer({}, io2, { NIGHTLEG_CORS_ORIGINS: 'nope' })).code).toBe(2);
    expect(io2.err()).toContain('NIGHTLEG_CORS_ORIGINS');
  });

  it('a busy port → exit code 1', async () => {
    const first = await startServer({ port: '0', logLevel: 'silent' }, memoryIo(), {});
    if (first.code !== 0) throw new Error('first server did not start');
    const port = new URL(first.url).port;
    const io = memoryIo();
    expect((await startServer({ port, logLevel: 'silent' }, io, {})).code).toBe(serveExitCodes.listenFailed);
    expect(io.err()).toContain('cannot listen');
    await first.close();
  });
});
