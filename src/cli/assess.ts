import type { Readable, Writable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import { LanguageInputError } from '../language/input.js';
import {
  assessCase,
  assessFullParts,
  type CaseResult,
  type CompactResult,
  type Include,
  includes,
  type TextReader,
  type View,
  type ViewOptions,
  views,
} from '../pipeline/views.js';
import type { CaseInput, FieldError } from '../schema/case.js';
import { checkCase } from '../schema/case-check.js';
import {
  type BatchLine,
  type ChunkJob,
  type ChunkOutput,
  type ChunkPool,
  chunkBytes,
  chunkLines,
  defaultThreads,
  startChunkPool,
} from './batch-threads.js';
import { parseEvidenceFlag } from './evidence-flag.js';
import { renderAssessment } from './render.js';
import { styleFor } from './style.js';

export interface AssessOptions {
  age?: string;
  sex?: string;
  evidence?: string;
  text?: string;
  json?: boolean;
  /** `--view compact|full` (with --json; default compact, as the HTTP API). */
  view?: string;
  /** `--include question` (with --view compact). */
  include?: string;
  /** Text output in clinical terms, with probabilities, criteria and sources. */
  clinician?: boolean;
  /** `--threads <n>`: worker threads for a batch (0: the main thread only; default `defaultThreads()`). */
  threads?: string;
}

/** The default of `--view`: the same as the HTTP API, so `assess --json` and POST /v1/assess agree. */
export const defaultCliView: View = 'compact';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Exit codes: 0 ok, 1 some batch lines failed, 2 bad input for a single case. */
export const exitCodes = { ok: 0, batchErrors: 1, badInput: 2 } as const;

function hasCaseFlags(o: AssessOptions): boolean {
  return o.age !== undefined || o.sex !== undefined || o.evidence !== undefined || o.text !== undefined;
}

/** Numbers stay numbers only when they look like numbers, so "abc" is reported as a bad age, not NaN. */
function numberOrRaw(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  return /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
}

/** `--view` and `--include`, checked; a message naming the flag when wrong. */
export function viewOptions(options: AssessOptions): ViewOptions | string {
  const view = options.view ?? defaultCliView;
  if (!(views as readonly string[]).includes(view)) return `--view: must be one of: ${views.join(', ')}`;
  const parts = (options.include ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const unknown = parts.find((p) => !(includes as readonly string[]).includes(p));
  if (unknown !== undefined) return `--include: unknown part "${unknown}" (known: ${includes.join(', ')})`;
  return { view: view as View, include: parts as Include[] };
}

/**
 * A case checked: the quick zod-free check passes every valid case (src/schema/case-check.ts); only a case
 * with something wrong loads the shared schema (zod), which says what.
 */
async function validate(
  value: unknown,
): Promise<{ ok: true; value: CaseInput } | { ok: false; message: string; shown: FieldError[] }> {
  const quick = checkCase(value);
  if (quick) return { ok: true, value: quick };
  const { describeErrors, maxReportedErrors, parseCase } = await import('../schema/case.js');
  const parsed = parseCase(value);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    message: describeErrors(parsed.errors),
    shown: parsed.errors.slice(0, maxReportedErrors),
  };
}

/** What a text rendering reads: explanations, and the criteria for a clinician; never the question search. */
const textParts = (clinician: boolean) =>
  ({ explain: true, criteria: clinician, question: false, selfCare: false, clinician }) as const;

/** The language tables load only when some case has text (most machine input has none). */
let textReader: TextReader | undefined;
async function readerFor(input: CaseInput): Promise<TextReader | undefined> {
  if (!input.text?.trim()) return undefined;
  textReader ??= (await import('../language/understand.js')).understand;
  return textReader;
}

export async function assessSingle(options: AssessOptions, io: Io): Promise<number> {
  const chosen = viewOptions(options);
  if (typeof chosen === 'string') {
    io.stderr.write(`nightleg: ${chosen}\n`);
    return exitCodes.badInput;
  }
  const raw = {
    age: numberOrRaw(options.age),
    sex: options.sex,
    evidence: options.evidence === undefined ? [] : parseEvidenceFlag(options.evidence),
    ...(options.text === undefined ? {} : { text: options.text }),
  };
  const parsed = await validate(raw);
  if (!parsed.ok) {
    io.stderr.write(`nightleg: ${parsed.message.replace(/^age:/, '--age:').replace(/^sex:/, '--sex:')}\n`);
    return exitCodes.badInput;
  }
  // Text output is rendered from the parts of the full result it shows; --view chooses the JSON object.
  let result: CaseResult | CompactResult;
  try {
    const reader = await readerFor(parsed.value);
    result = options.json
      ? assessCase(parsed.value, chosen, reader)
      : assessFullParts(parsed.value, textParts(Boolean(options.clinician)), reader);
  } catch (error) {
    if (!(error instanceof LanguageInputError)) throw error;
    io.stderr.write(`nightleg: --text: ${error.message}\n`);
    return exitCodes.badInput;
  }
  io.stdout.write(
    options.json
      ? `${JSON.stringify(result)}\n`
      : `${renderAssessment(result as CaseResult, {
          audience: options.clinician ? 'clinician' : 'person',
          style: styleFor(io.stdout as { isTTY?: boolean }),
        })}\n`,
  );
  return exitCodes.ok;
}

/** Longest batch line read (a case with the longest text and 500 evidence items is well under it). */
export const maxLineBytes = 1024 * 1024;

/**
 * Lines of a stream, read as they are needed (the stream is paused while the consumer works, so memory stays
 * bounded whatever the input size). A line over `maxBytes` is skipped up to its newline without being kept.
 */
export async function* boundedLines(input: Readable, maxBytes = maxLineBytes): AsyncGenerator<BatchLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const finish = (): BatchLine => {
    const line = skipping
      ? { tooLong: size }
      : { text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    skipping = false;
    return line;
  };
  for await (const chunk of input) {
    let buffer: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let newline = buffer.indexOf(10); newline !== -1; newline = buffer.indexOf(10)) {
      const piece = buffer.subarray(0, newline);
      size += piece.length;
      if (!skipping && size <= maxBytes) parts.push(piece);
      else skipping = true;
      yield finish();
      buffer = buffer.subarray(newline + 1);
    }
    size += buffer.length;
    if (!skipping && size <= maxBytes) parts.push(Buffer.from(buffer));
    else {
      skipping = true;
      parts = [];
    }
  }
  if (size > 0 || parts.length > 0) yield finish();
}

/** Write and wait for the stream to drain when its buffer is full; false when the reader has gone away. */
function writer(out: Writable): { write(text: string): Promise<boolean>; readonly closed: () => boolean } {
  let closed = false;
  let wake: (() => void) | null = null;
  const onGone = (error?: NodeJS.ErrnoException) => {
    // EPIPE: the reader closed the pipe (`| head -1`). Stop quietly; anything else is reported by main.
    if (error === undefined || error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    wake?.();
  };
  out.on('error', onGone);
  out.on('close', () => onGone());
  return {
    closed: () => closed,
    async write(text: string) {
      if (closed) return false;
      if (!out.write(text)) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          out.once('drain', resolve);
        });
        out.off('drain', wake as () => void);
        wake = null;
      }
      return !closed;
    },
  };
}

/**
 * One JSON case per line in, one result (or `{id, error}`) per line out; a bad line never stops the batch.
 * Streaming with backpressure: the next line is read only once the previous results could be written, so
 * memory stays bounded however large the input and however slow the reader. A reader that closes the pipe
 * ends the batch quietly (exit code 0). With `threads` > 0, a batch longer than one chunk (`chunkLines`) is
 * assessed on worker threads, chunk by chunk, and written in input order (src/cli/batch-threads.ts).
 */
export async function assessBatch(
  io: Io,
  view: ViewOptions = { view: defaultCliView, include: [] },
  threads = 0,
): Promise<number> {
  const out = writer(io.stdout);
  let failures = 0;
  let lineNumber = 0;
  let chunk: BatchLine[] = [];
  let chunkSize = 0;
  let first = 1;
  let pool: ChunkPool | null = null;
  /** Chunks sent to the threads, oldest first; at most two per thread wait, so memory stays bounded. */
  const inFlight: Promise<ChunkOutput>[] = [];
  const emit = async (output: ChunkOutput) => {
    failures += output.failures;
    return output.text === '' || (await out.write(output.text));
  };
  const flush = async (): Promise<boolean> => {
    if (chunk.length === 0) return true;
    const job: ChunkJob = { lines: chunk, first, view };
    chunk = [];
    chunkSize = 0;
    first = lineNumber + 1;
    if (threads > 0) pool ??= startChunkPool(threads);
    if (!pool) return emit(await assessChunk(job));
    const running = pool.run(job);
    running.catch(() => {}); // awaited in order below; a failure is thrown there, not reported as unhandled
    inFlight.push(running);
    while (inFlight.length > 2 * threads)
      if (!(await emit(await (inFlight.shift() as Promise<ChunkOutput>)))) return false;
    return true;
  };
  try {
    for await (const line of boundedLines(io.stdin)) {
      lineNumber++;
      chunk.push(line);
      chunkSize += 'text' in line ? line.text.length : 0;
      if ((chunk.length >= chunkLines || chunkSize >= chunkBytes) && !(await flush())) break;
    }
    if (!out.closed() && (await flush()))
      while (inFlight.length > 0) if (!(await emit(await (inFlight.shift() as Promise<ChunkOutput>)))) break;
  } finally {
    await (pool as ChunkPool | null)?.close();
  }
  if (out.closed()) return exitCodes.ok;
  return failures > 0 ? exitCodes.batchErrors : exitCodes.ok;
}

/** A chunk of batch lines → their output lines; on a worker thread or the main thread. */
export async function assessChunk(job: ChunkJob): Promise<ChunkOutput> {
  let failures = 0;
  let text = '';
  for (let k = 0; k < job.lines.length; k++) {
    const line = job.lines[k] as BatchLine;
    const lineNumber = job.first + k;
    let result: object;
    if ('tooLong' in line) {
      result = {
        id: null,
        line: lineNumber,
        error: {
          message: `line ${lineNumber}: longer than the limit of ${maxLineBytes} bytes (${line.tooLong} bytes); not read`,
        },
      };
    } else if (line.text.trim() === '') continue;
    else result = await assessLine(line.text, lineNumber, job.view);
    if ('error' in result) failures++;
    text += `${JSON.stringify(result)}\n`;
  }
  return { text, failures };
}

/** On a batch worker thread: assess each chunk the main thread sends, one at a time, in order. */
export function serveBatchWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatchWorker: not on a worker thread');
  let queue = Promise.resolve();
  port.on('message', (job: ChunkJob) => {
    queue = queue.then(async () => {
      try {
        port.postMessage({ ok: true, output: await assessChunk(job) });
      } catch (error) {
        port.postMessage({ ok: false, message: (error as Error).stack ?? String(error) });
      }
    });
  });
}

async function assessLine(line: string, lineNumber: number, view: ViewOptions): Promise<object> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return {
      id: null,
      line: lineNumber,
      error: { message: `line ${lineNumber}: not valid JSON (${(error as Error).message})` },
    };
  }
  const id =
    typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : null;
  const parsed = await validate(value);
  if (!parsed.ok) return { id, line: lineNumber, error: { message: parsed.message, fields: parsed.shown } };
  const reader = await readerFor(parsed.value);
  try {
    return assessCase(parsed.value, view, reader);
  } catch (error) {
    if (!(error instanceof LanguageInputError)) throw error;
    return { id, line: lineNumber, error: { message: `text: ${error.message}` } };
  }
}

export async function runAssess(options: AssessOptions, io: Io): Promise<number> {
  if (options.json && !hasCaseFlags(options)) {
    const chosen = viewOptions(options);
    if (typeof chosen === 'string') {
      io.stderr.write(`nightleg: ${chosen}\n`);
      return exitCodes.badInput;
    }
    const threads = options.threads === undefined ? defaultThreads() : Number(options.threads);
    if (!Number.isInteger(threads) || threads < 0 || threads > 64) {
      io.stderr.write('nightleg: --threads: must be a whole number from 0 to 64\n');
      return exitCodes.badInput;
    }
    return assessBatch(io, chosen, threads);
  }
  return assessSingle(options, io);
}
