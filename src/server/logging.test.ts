import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildServer } from './app.js';

/** Collects JSON log lines. */
function logSink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return {
    stream,
    text: () => lines.join('\n'),
    records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const secretText = 'my left calf knots like a fist zebra-quartz at 3am';
const findingIds = ['sudden_muscle_contraction', 'relief_stretching_muscle', 'takes_diuretic'];

describe('logs', () => {
  it('never contain bodies, free text, findings or error messages; one line per request', async () => {
    const sink = logSink();
    const app = buildServer({ logLevel: 'trace', logStream: sink.stream, rateLimit: 0 });
    app.get('/v1/boom', () => {
      throw new Error(`engine choked on ${secretText}`);
    });
    const evidence = findingIds.map((id) => ({ id, state: 'present' }));
    const json = { 'content-type': 'application/json' };
    const requests = [
      {
        method: 'POST',
        url: '/v1/assess',
        headers: json,
        payload: JSON.stringify({ age: 60, sex: 'male', evidence, text: secretText }),
      },
      {
        method: 'POST',
        url: '/v1/interview/next',
        headers: json,
        payload: JSON.stringify({ age: 60, sex: 'male', evidence }),
      },
      // validation errors quote the input in the response, never in the log
      {
        method: 'POST',
        url: '/v1/assess',
        headers: json,
        payload: JSON.stringify({
          age: 60,
          sex: 'male',
          evidence: [{ id: 'zebra_quartz_symptom', state: 'present' }],
          text: secretText,
        }),
      },
      { method: 'POST', url: '/v1/assess', headers: json, payload: `{"text": "${secretText}", ` },
      { method: 'POST', url: '/v1/assess', headers: { 'content-type': 'text/plain' }, payload: secretText },
      {
        method: 'POST',
        url: '/v1/criteria/wells',
        headers: json,
        payload: JSON.stringify({ activeCancer: 'zebra-quartz' }),
      },
      { method: 'POST', url: '/v1/understand', headers: json, payload: JSON.stringify({ text: secretText }) },
      {
        method: 'POST',
        url: '/v1/understand',
        headers: json,
        payload: JSON.stringify({ text: 99, note: secretText }),
      },
      { method: 'GET', url: `/v1/findings?q=${encodeURIComponent(secretText)}` },
      { method: 'GET', url: '/v1/boom' },
    ] as const;
    for (const r of requests) await app.inject(r);
    await app.close();

    const text = sink.text();
    expect(text).not.toContain('zebra');
    expect(text).not.toContain('calf');
    expect(text).not.toContain('choked');
    for (const id of findingIds) expect(text).not.toContain(id);

    const completed = sink.records().filter((r) => r.msg === 'request completed');
    expect(completed).toHaveLength(requests.length);
    for (const record of completed) {
      expect(Object.keys(record).sort()).toEqual(
        ['hostname', 'level', 'msg', 'pid', 'reqId', 'req', 'res', 'responseTime', 'time'].sort(),
      );
      expect(Object.keys(record.req as object).sort()).toEqual(['method', 'path']);
      expect(Object.keys(record.res as object)).toEqual(['statusCode']);
      expect(record.responseTime).toBeTypeOf('number');
    }
    expect(completed.map((r) => (r.req as { path: string }).path)).toContain('/v1/findings');
    expect(completed.map((r) => (r.res as { statusCode: number }).statusCode)).toEqual([
      200, 200, 400, 400, 415, 400, 200, 400, 200, 500,
    ]);

    const failure = sink.records().find((r) => r.msg === 'unexpected error');
    expect(failure).toBeDefined();
    const err = failure?.err as { type: string; stack: string };
    expect(err.type).toBe('Error');
    expect(err.stack).toMatch(/at /);
  });

  it('logs the request id the client sent', async () => {
    const sink = logSink();
    const app = buildServer({ logLevel: 'info', logStream: sink.stream });
    await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-42' } });
    await app.close();
    expect(sink.records().find((r) => r.msg === 'request completed')?.reqId).toBe('trace-42');
  });
});
