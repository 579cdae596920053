import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `nightleg serve` from the sources, as a separate process (node:cluster forks the same command). */
function serve(args: string[]): { child: ChildProcess; out: () => string; err: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/run-cli.ts', 'serve', ...args], {
    cwd: root,
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  return { child, out: () => out, err: () => err };
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 40_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One request on a fresh connection (no keep-alive), so that the primary hands each to a worker in turn. */
function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

// 'close', not 'exit': the workers write to the primary's stdout pipe, so their last lines ("server closed") can
// arrive after the primary has exited; 'close' fires once every process holding the pipe has let go of it.
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null && child.stdout?.closed !== false && child.stderr?.closed !== false)
      resolve(child.exitCode);
    else child.once('close', (code) => resolve(code));
  });

describe('nightleg serve --workers', () => {
  it('serves one port from several processes, and stops them all gracefully on SIGTERM', async () => {
    const server = serve(['--port', '0', '--workers', '2', '--rate-limit', '0']);
    try {
      const url = await until(
        'the URL',
        () => /listening on (http:\/\/\S+) with 2 worker/.exec(server.err())?.[1],
      );
      const statuses = await Promise.all(Array.from({ length: 8 }, () => get(`${url}/healthz`)));
      expect(statuses.every((s) => s === 200)).toBe(true);
      const pids = () =>
        new Set(
          server
            .out()
            .split('\n')
            .filter((line) => line.includes('"request completed"'))
            .map((line) => (JSON.parse(line) as { pid: number }).pid),
        );
      await until('both workers answering', () => (pids().size === 2 ? true : undefined), 5_000);
      server.child.kill('SIGTERM');
      expect(await exited(server.child)).toBe(0);
      expect(server.out().match(/"server closed"/g)?.length).toBe(2);
      expect(server.err().match(/listening on/g)?.length).toBe(1);
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 60_000);

  it('a busy port → every worker stops and the exit code is 1', async () => {
    const first = serve(['--port', '0', '--log-level', 'silent']);
    try {
      const url = await until('the URL', () => /listening on (http:\/\/\S+)/.exec(first.err())?.[1]);
      const port = new URL(url).port;
      const second = serve(['--port', port, '--workers', '2', '--log-level', 'silent']);
      expect(await exited(second.child)).toBe(1);
      expect(second.err()).toContain('cannot listen');
    } finally {
      first.child.kill('SIGTERM');
      await exited(first.child);
    }
  }, 60_000);

  it('rejects a bad worker count, naming the setting', async () => {
    const server = serve(['--workers', '0']);
    expect(await exited(server.child)).toBe(2);
    expect(server.err()).toMatch(/--workers: must be between 1 and 64/);
  }, 60_000);
});
