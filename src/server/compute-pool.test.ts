import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LanguageInputError, maxTextLength } from '../language/index.js';
import type { CaseInput } from '../schema/case.js';
import { ComputeInternalError, type ComputeJob, runJob } from './compute-jobs.js';
import {
  autoComputeThreads,
  ComputeBusyError,
  type ComputePool,
  inProcessPool,
  isLightJob,
  splitPool,
  startWorkerPool,
} from './compute-pool.js';

const testWorker = new URL('../../test/fixtures/compute-test-worker.ts', import.meta.url);
const story =
  'My left calf has ached at night for three weeks, worse lying down, better hanging it off the bed. No swelling, no chest pain, but my toes feel cold and numb. ';
const cases: CaseInput[] = [
  { age: 67, sex: 'female', evidence: [], text: story },
  { age: 58, sex: 'male', evidence: [], text: story.repeat(60).slice(0, maxTextLength) },
  {
    age: 45,
    sex: 'male',
    evidence: [{ id: 'pain_calf', state: 'present' }],
    text: 'me duele la pantorrilla por la noche, sin hinchazón',
    lang: 'es',
    lastEstimate: 4,
  },
  { age: 72, sex: 'female', evidence: [{ id: 'pain_calf', state: 'absent' }] },
];
const jobs: ComputeJob[] = cases.flatMap((input): ComputeJob[] => [
  { kind: 'assess', input, options: { view: 'full', include: [] } },
  { kind: 'assess', input, options: { view: 'compact', include: [] } },
  { kind: 'assess', input, options: { view: 'compact', include: ['question'] } },
  { kind: 'interviewNext', input, view: 'compact' },
  { kind: 'interviewNext', input, view: 'full' },
  ...(input.text ? [{ kind: 'understand', text: input.text, lang: input.lang ?? 'en' } as const] : []),
]);

/** The contract every pool keeps, whichever thread it runs the work on. */
function contract(name: string, start: () => Promise<ComputePool>) {
  describe(`${name}: the compute pool contract`, () => {
    let pool: ComputePool;
    beforeAll(async () => {
      pool = await start();
    }, 60_000);
    afterAll(() => pool.close());

    it('gives exactly the result of running the job on this thread, for every kind of job', async () => {
      for (const job of jobs) expect(await pool.run(job)).toStrictEqual(runJob(job));
    });

    it('runs jobs concurrently and answers each with its own result', async () => {
      const results = await Promise.all(jobs.map((job) => pool.run(job)));
      expect(results).toStrictEqual(jobs.map((job) => runJob(job)));
    });

    it('rejects unreadable text with the LanguageInputError the reader throws (so it maps to 413/400)', async () => {
      const tooLong = 'a '.repeat(maxTextLength);
      const expected = (() => {
        try {
          runJob({ kind: 'understand', text: tooLong, lang: 'en' });
        } catch (error) {
          return error as LanguageInputError;
        }
        throw new Error('expected the reader to refuse the text');
      })();
      const error = await pool.run({ kind: 'understand', text: tooLong, lang: 'en' }).catch((e) => e);
      expect(error).toBeInstanceOf(LanguageInputError);
      expect(error).toMatchObject({ reason: 'too_long', message: expected.message });
      const viaAssess = await pool
        .run({
          kind: 'assess',
          input: { age: 50, sex: 'male', evidence: [], text: '\u0000\u0001\u0002\u0003'.repeat(20) },
          options: { view: 'compact', include: [] },
        })
        .catch((e) => e);
      expect(viaAssess).toBeInstanceOf(LanguageInputError);
      expect(viaAssess.reason).toBe('binary');
    });

    it('refuses work once closed, with a ComputeBusyError (503)', async () => {
      await pool.close();
      const error = await pool.run(jobs[0] as ComputeJob).catch((e) => e);
      expect(error).toBeInstanceOf(ComputeBusyError);
      expect(error.reason).toBe('closed');
      await pool.close();
    });
  });
}

contract('in-process', async () => inProcessPool());
contract('worker threads', () => startWorkerPool({ threads: 1, queue: 64, timeoutMs: 30_000 }));
contract('split (text on worker threads, the rest in-process)', async () =>
  splitPool(await startWorkerPool({ threads: 1, queue: 64, timeoutMs: 30_000 })),
);

describe('splitPool', () => {
  /** A pool that records the kinds of job it ran. */
  function recording(): ComputePool & { readonly ran: ComputeJob[] } {
    const inner = inProcessPool();
    const ran: ComputeJob[] = [];
    return {
      threads: 1,
      ran,
      get pending() {
        return 0;
      },
      run: (job) => {
        ran.push(job);
        return inner.run(job);
      },
      close: () => inner.close(),
    };
  }

  it('sends every job with text to the heavy pool and only those', async () => {
    const heavy = recording();
    const light = recording();
    const pool = splitPool(heavy, light);
    for (const job of jobs) await pool.run(job);
    expect(heavy.ran.length + light.ran.length).toBe(jobs.length);
    expect(heavy.ran.every((j) => j.kind === 'understand' || Boolean(j.input.text))).toBe(true);
    expect(light.ran.every((j) => j.kind !== 'understand' && !j.input.text)).toBe(true);
    expect(light.ran.length).toBeGreaterThan(0);
    expect(heavy.ran.length).toBeGreaterThan(0);
    expect(jobs.filter(isLightJob)).toStrictEqual(light.ran);
  });
});

describe('worker threads: bounds and faults', () => {
  let pool: ComputePool;
  const threadErrors: Error[] = [];
  beforeAll(async () => {
    pool = await startWorkerPool({
      threads: 1,
      queue: 1,
      // Long enough for a replacement thread to load the TypeScript sources through tsx under a busy CI.
      timeoutMs: 6000,
      workerModule: testWorker,
      onThreadError: (e) => threadErrors.push(e),
    });
  }, 60_000);
  afterAll(() => pool.close());
  const understandJob = (text: string): ComputeJob => ({ kind: 'understand', text, lang: 'en' });

  it('refuses a job when every thread is busy and the queue is full, without waiting', async () => {
    const running = pool.run(understandJob('test:sleep 600'));
    const queued = pool.run(understandJob('test:sleep 10'));
    expect(pool.pending).toBe(2);
    const refused = await pool.run(understandJob('calf')).catch((e) => e);
    expect(refused).toBeInstanceOf(ComputeBusyError);
    expect(refused.reason).toBe('queue_full');
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await expect(running).resolves.toMatchObject({ findings: expect.any(Array) });
    await expect(queued).resolves.toMatchObject({ findings: expect.any(Array) });
    expect(pool.pending).toBe(0);
  });

  it('reports a thread that dies mid-job as an error of that job, and carries on', async () => {
    const error = await pool.run(understandJob('test:exit')).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ComputeBusyError);
    const job = understandJob('no swelling');
    expect(await pool.run(job)).toStrictEqual(runJob(job));
  });

  it('turns an unexpected error in a thread into an internal error that does not quote the input', async () => {
    const error = await pool.run(understandJob('test:throw')).catch((e) => e);
    expect(error).toBeInstanceOf(ComputeInternalError);
    expect(error.name).toBe('ComputeInternalError(TypeError)');
    expect(String(error.message)).not.toContain('secret');
    expect(String(error.stack)).not.toContain('secret');
  });

  // Last: the replacement thread loads while nothing else waits on it.
  it('answers a job stuck past its deadline with a timeout, and replaces the thread', async () => {
    const error = await pool.run(understandJob('test:spin')).catch((e) => e);
    expect(error).toBeInstanceOf(ComputeBusyError);
    expect(error).toMatchObject({ reason: 'timeout', retryAfterSeconds: 6 });
    // The spinning thread was terminated: the next job runs (on its replacement) and is right.
    const job = understandJob('calf pain at night');
    expect(await pool.run(job)).toStrictEqual(runJob(job));
    expect(pool.pending).toBe(0);
  });
});

describe('autoComputeThreads', () => {
  it('leaves one core to the event loop, shares the rest among the processes, and is never 0', () => {
    expect(autoComputeThreads(1, 8)).toBe(7);
    expect(autoComputeThreads(2, 8)).toBe(3);
    expect(autoComputeThreads(1, 2)).toBe(1);
    expect(autoComputeThreads(4, 2)).toBe(1);
    expect(autoComputeThreads(1, 1)).toBe(1);
  });
});
