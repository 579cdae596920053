import { instruments, runInstrument } from '../criteria/index.js';
import type { Io } from './assess.js';
import { exitCodes } from './assess.js';

/** "true"/"yes" → true, "false"/"no" → false, "unknown" → null, numbers → numbers, anything else stays text. */
function flagValue(raw: string | undefined): unknown {
  if (raw === undefined) return true;
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'yes') return true;
  if (lower === 'false' || lower === 'no') return false;
  if (lower === 'unknown') return null;
  return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
}

/** An object without a prototype: a flag named `--__proto__.x` or `--constructor` is just an unknown field. */
const bare = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = bare();
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
}

/**
 * Shorthands for the ankle-brachial index, so that `--ankle 70 --arm 140` works: `--arm` sets both arms,
 * `--ankle` (and `--toe`) the leg named by `--side` (default right); `--ankle-left`, `--arm-right` etc. are exact.
 */
function abiShorthands(flags: Record<string, unknown>): Record<string, unknown> {
  const out = bare();
  const side = flags.side === 'left' ? 'left' : 'right';
  for (const [key, value] of Object.entries(flags)) {
    if (key === 'side') continue;
    const match = /^(ankle|arm|toe)(?:-(left|right))?$/.exec(key);
    if (!match) {
      setPath(out, key, value);
      continue;
    }
    const [, part, explicitSide] = match;
    if (part === 'arm' && !explicitSide) {
      setPath(out, 'arm.left', value);
      setPath(out, 'arm.right', value);
    } else if (part === 'ankle') {
      setPath(out, `ankle.${explicitSide ?? side}.dorsalisPedis`, value);
    } else {
      setPath(out, `${part}.${explicitSide ?? side}`, value);
    }
  }
  return out;
}

/** Parse `--name value` / `--name=value` / `--flag` pairs into an object with dotted paths expanded. */
export function parseInstrumentFlags(instrument: string, args: readonly string[]): Record<string, unknown> {
  const flags = bare();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    let raw = inline;
    if (raw === undefined && args[i + 1] !== undefined && !(args[i + 1] as string).startsWith('--'))
      raw = args[++i];
    flags[name] = flagValue(raw);
  }
  if (instrument === 'abi') return abiShorthands(flags);
  const out = bare();
  for (const [key, value] of Object.entries(flags)) setPath(out, key, value);
  return out;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

export async function runScore(
  instrument: string,
  args: readonly string[],
  json: boolean,
  io: Io,
): Promise<number> {
  let input: unknown;
  const flags = args.filter((a) => a !== '--json');
  if (json && flags.length === 0) {
    const text = await readAll(io.stdin);
    try {
      input = JSON.parse(text);
    } catch (error) {
      io.stderr.write(`nightleg score: stdin is not valid JSON (${(error as Error).message})\n`);
      return exitCodes.badInput;
    }
  } else {
    input = parseInstrumentFlags(instrument, flags);
  }
  const run = runInstrument(instrument, input);
  if (!run.ok) {
    io.stderr.write(
      `nightleg score ${instrument}: ${run.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}\n`,
    );
    return exitCodes.badInput;
  }
  const r = run.result;
  if (json) {
    io.stdout.write(`${JSON.stringify(r)}\n`);
    return exitCodes.ok;
  }
  const lines = [
    r.name,
    `  ${r.patientSummary}`,
    `  For a clinician: ${r.clinicianSummary}`,
    `  ${r.coverage}`,
    ...r.reasons.map((reason) => `  - ${reason}`),
    ...r.notes.map((note) => `  note: ${note}`),
    `  Sources: ${r.sources.join(', ')}`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return exitCodes.ok;
}

export const instrumentList = Object.keys(instruments).join(', ');
