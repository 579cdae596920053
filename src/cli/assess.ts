import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { LanguageInputError } from '../language/input.js';
import {
  assessCase,
  type CaseResult,
  type CompactResult,
  type Include,
  includes,
  type TextReader,
  type View,
  type ViewOptions,
  views,
} from '../pipeline/views.js';
import { type CaseInput, describeErrors, parseCase } from '../schema/case.js';
import { parseEvidenceFlag } from './evidence-flag.js';
import { renderAssessment } from './render.js';

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
  const parsed = parseCase(raw);
  if (!parsed.ok) {
    io.stderr.write(
      `nightleg: ${describeErrors(parsed.errors).replace(/^age:/, '--age:').replace(/^sex:/, '--sex:')}\n`,
    );
    return exitCodes.badInput;
  }
  // Text output is rendered from the full result; --view chooses the JSON object.
  const view: ViewOptions = options.json ? chosen : { view: 'full', include: [] };
  let result: CaseResult | CompactResult;
  try {
    result = assessCase(parsed.value, view, await readerFor(parsed.value));
  } catch (error) {
    if (!(error instanceof LanguageInputError)) throw error;
    io.stderr.write(`nightleg: --text: ${error.message}\n`);
    return exitCodes.badInput;
  }
  io.stdout.write(
    options.json ? `${JSON.stringify(result)}\n` : `${renderAssessment(result as CaseResult)}\n`,
  );
  return exitCodes.ok;
}

/** One JSON case per line in, one result (or `{id, error}`) per line out; a bad line never stops the batch. */
export async function assessBatch(
  io: Io,
  view: ViewOptions = { view: defaultCliView, include: [] },
): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let failures = 0;
  let lineNumber = 0;
  let buffer = '';
  const flush = () => {
    if (buffer) io.stdout.write(buffer);
    buffer = '';
  };
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const out = await assessLine(line, lineNumber, view);
    if ('error' in out) failures++;
    buffer += `${JSON.stringify(out)}\n`;
    if (buffer.length > 1 << 16) flush();
  }
  flush();
  return failures > 0 ? exitCodes.batchErrors : exitCodes.ok;
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
  const parsed = parseCase(value);
  if (!parsed.ok)
    return { id, line: lineNumber, error: { message: describeErrors(parsed.errors), fields: parsed.errors } };
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
    return assessBatch(io, chosen);
  }
  return assessSingle(options, io);
}
