import { PassThrough, Readable } from 'node:stream';
import type { Io } from './assess.js';

/** In-memory stdin/stdout/stderr for driving CLI commands in tests. */
export function memoryIo(stdinText = ''): Io & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  stderr.on('data', (chunk) => {
    err += String(chunk);
  });
  return { stdin: Readable.from([stdinText]), stdout, stderr, out: () => out, err: () => err };
}
