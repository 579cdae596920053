import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boundedLines } from './assess.js';
import { memoryIo } from './test-io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const texts = [
  'my calf cramps at night and stretching helps, no swelling',
  'burning toes at night, better if I hang my foot off the bed',
  'restless legs every evening, I have to get up and walk',
];
function cases(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = `${texts[i % 3]}. ${texts[(i + 1) % 3]}. ${texts[(i + 2) % 3]}.`;
    lines.push(
      JSON.stringify({
        id: `c${i}${i >= 1 ? ` ${'x'.repeat(500)}` : ''}`,
        age: 40 + (i % 50),
        sex: i % 2 ? 'male' : 'female',
        text,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function startCli(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', 'test/run-cli.ts', ...args], { cwd: root });
}

function peakRssMiB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

describe('nightleg assess --json: the pipe', () => {
  it('a reader that closes the pipe (| head -1) ends the batch quietly, exit 0, no stack trace', async () => {
    const child = startCli(['assess', '--json']);
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.stdin.on('error', () => {}); // the child may stop reading before all input is written
    child.stdin.end(cases(3000));
    let first = '';
    child.stdout.on('data', (d) => {
      if (first === '') {
        first = String(d).split('\n')[0] as string;
        child.stdout.destroy();
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first).id).toBe('c0');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a reader that stalls holds the batch back (backpressure): input is not read ahead, memory stays bounded', async () => {
    const input = Buffer.from(cases(1500));
    const child = startCli(['assess', '--json']);
    child.stdout.pause();
    // Write the input with backpressure and count what the child accepted.
    let accepted = 0;
    const chunks = Readable.from(
      (function* () {
        for (let i = 0; i < input.length; i += 16 * 1024) yield input.subarray(i, i + 16 * 1024);
      })(),
    );
    chunks.on('data', (chunk: Buffer) => {
      accepted += chunk.length;
      if (!child.stdin.write(chunk)) chunks.pause();
    });
    child.stdin.on('drain', () => chunks.resume());
    chunks.on('end', () => child.stdin.end());
    // Let it run until the pipes are full and the child stops, while the reader reads nothing.
    await new Promise((r) => setTimeout(r, 4000));
    const stalledRss = peakRssMiB(child.pid as number);
    const acceptedWhileStalled = accepted;
    // Now read everything: every case is answered.
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1500);
    // The child read ahead only what fits in the pipes and stream buffers (a few hundred KiB), not the ~1 MiB
    // of input: without backpressure it would have read it all and held every result in memory.
    expect(acceptedWhileStalled).toBeLessThan(input.length / 2);
    expect(stalledRss).toBeGreaterThan(0);
    expect(stalledRss).toBeLessThan(400);
  }, 60_000);

  it('a line over the limit is reported and skipped without being held, the rest processed', async () => {
    const long = `{"id":"big","age":50,"sex":"male","text":"${'a'.repeat(2 * 1024 * 1024)}"}`;
    const io = memoryIo(`${long}\n{"id":"c2","age":50,"sex":"male"}\n`);
    const { assessBatch } = await import('./assess.js');
    expect(await assessBatch(io)).toBe(1);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].error.message).toMatch(/longer than the limit of 1048576 bytes/);
    expect(lines[1].id).toBe('c2');
  });

  it('boundedLines splits across chunks, strips CR, keeps a last line without newline', async () => {
    const input = Readable.from([Buffer.from('ab'), Buffer.from('c\r\nde'), Buffer.from('fgh\n\nxyz')]);
    const lines: unknown[] = [];
    for await (const line of boundedLines(input, 4)) lines.push(line);
    expect(lines).toEqual([{ text: 'abc' }, { tooLong: 5 }, { text: '' }, { text: 'xyz' }]);
  });
});
