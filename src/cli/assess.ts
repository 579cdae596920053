import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { LanguageInputError } from '../language/index.js';
import { assessInput, type CaseResult } from '../pipeline/assess-input.js';
import { describeErrors, parseCase } from '../schema/case.js';
import { parseEvidenceFlag } from './evidence-flag.js';
import { renderAssessment } from './render.js';

export interface AssessOptions {
  age?: string;
  sex?: string;
  evidence?: string;
  text?: string;
  json?: boolean;
}

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

export function assessSingle(options: AssessOptions, io: Io): number {
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
  let result: CaseResult;
  try {
    result = assessInput(parsed.value);
  } catch (error) {
    if (!(error instanceof LanguageInputError)) throw error;
    io.stderr.write(`nightleg: --text: ${error.message}\n`);
    return exitCodes.badInput;
  }
  io.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${renderAssessment(result)}\n`);
  return exitCodes.ok;
}

/** One JSON case per line in, one result (or `{id, error}`) per line out; a bad line never stops the batch. */
export async function assessBatch(io: Io): Promise<number> {
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
    const out = assessLine(line, lineNumber);
    if ('error' in out) failures++;
    buffer += `${JSON.stringify(out)}\n`;
    if (buffer.length > 1 << 16) flush();
  }
  flush();
  return failures > 0 ? exitCodes.batchErrors : exitCodes.ok;
}

function assessLine(line: string, lineNumber: number): object {
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
  try {
    return assessInput(parsed.value);
  } catch (error) {
    if (!(error instanceof LanguageInputError)) throw error;
    return { id, line: lineNumber, error: { message: `text: ${error.message}` } };
  }
}

export async function runAssess(options: AssessOptions, io: Io): Promise<number> {
  if (options.json && !hasCaseFlags(options)) return assessBatch(io);
  return assessSingle(options, io);
}
