import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { buildServer } from './app.js';
import { closeOnSignals } from './shutdown.js';

function fakeProcess() {
  const emitter = new EventEmitter();
  const exit = vi.fn();
  return Object.assign(emitter, { exit }) as unknown as EventEmitter & {
    exit: ReturnType<typeof vi.fn>;
  } & Pick<NodeJS.Process, 'once' | 'off' | 'exit'>;
}

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the in-flight request, then closes', async () => {
    const app = buildServer({ logLevel: 'silent' });
    let release: () => void = () => {};
    const started = new Promise<void>((resolveStarted) => {
      app.get('/v1/slow', async () => {
        resolveStarted();
        await new Promise<void>((r) => {
          release = r;
        });
        return { done: true };
      });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const proc = fakeProcess();
    const closed = new Promise<void>((onClosed) => closeOnSignals(app, { processLike: proc, onClosed }));

    const inFlight = fetch(`http://127.0.0.1:${port}/v1/slow`);
    await started;
    proc.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    expect(app.server.listening).toBe(false); // no new connections
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    await closed;
    expect(proc.exit).not.toHaveBeenCalled();
  });

  it('handles the signal once and can be detached', async () => {
    const app = buildServer({ logLevel: 'silent' });
    const proc = fakeProcess();
    const detach = closeOnSignals(app, { processLike: proc, signals: ['SIGINT'] });
    expect(proc.listenerCount('SIGINT')).toBe(1);
    detach();
    expect(proc.listenerCount('SIGINT')).toBe(0);
    await app.close();
  });
});
