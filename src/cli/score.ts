import {
  type CriterionItem,
  defaultFontaineCutoffM,
  defaultSevereBelow,
  type InstrumentId,
  instruments,
  isInstrumentId,
  runInstrument,
} from '../criteria/index.js';
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

/** `activeCancer` → `active-cancer`; `ankle.left.dorsalisPedis` → `ankle-left-dorsalis-pedis`. */
export function kebabFlag(field: string): string {
  return field.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** `fontaine-cutoff-m` → `fontaineCutoffM` (segments between dots kept apart). */
function camelField(flag: string): string {
  return flag.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Settings that change a cut-off rather than describe the patient; not among an instrument's items. */
const settings: Partial<Record<InstrumentId, readonly { field: string; value: string; text: string }[]>> = {
  abi: [
    {
      field: 'severeBelow',
      value: '<ratio>',
      text: `An ABI below this is flagged severe (default ${defaultSevereBelow}; a model setting, not a guideline band)`,
    },
  ],
  fontaine: [
    {
      field: 'fontaineCutoffM',
      value: '<metres>',
      text: `Walking distance separating stage IIa from IIb (default ${defaultFontaineCutoffM} m; some texts use 150 m [S32])`,
    },
  ],
};

/**
 * Placeholder input that lets an instrument list its items (labels, points, sources) without a patient: every
 * item unknown. The ankle-brachial index needs pressures to compute; the placeholder values are never shown.
 */
function placeholderInput(id: InstrumentId): unknown {
  if (id !== 'abi') return {};
  const ankle = { dorsalisPedis: 100, posteriorTibial: 100 };
  return {
    arm: { left: 100, right: 100 },
    ankle: { left: ankle, right: ankle },
    toe: { left: 100, right: 100 },
  };
}

/** Every item of an instrument as the instrument itself describes it (from src/criteria). */
export function instrumentItems(id: InstrumentId): readonly CriterionItem[] {
  const run = runInstrument(id, placeholderInput(id));
  return run.ok ? run.result.items : [];
}

/** Kebab-case flag → field, from the instrument's own items and settings (so `--ankle-left-dorsalis-pedis` works). */
function flagFields(instrument: string): Map<string, string> {
  const fields = new Map<string, string>();
  if (!isInstrumentId(instrument)) return fields;
  for (const item of instrumentItems(instrument)) fields.set(kebabFlag(item.id), item.id);
  for (const setting of settings[instrument] ?? []) fields.set(kebabFlag(setting.field), setting.field);
  return fields;
}

/**
 * Parse `--name value` / `--name=value` / `--flag` pairs into an object with dotted paths expanded. Flags are
 * kebab-case (`--active-cancer`); the field names themselves (`--activeCancer`, `--ankle.left.dorsalisPedis`)
 * are accepted too, so older scripts keep working.
 */
export function parseInstrumentFlags(instrument: string, args: readonly string[]): Record<string, unknown> {
  const flags = bare();
  const fields = flagFields(instrument);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) continue;
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    let raw = inline;
    if (raw === undefined && args[i + 1] !== undefined && !(args[i + 1] as string).startsWith('--'))
      raw = args[++i];
    const isAbiShorthand = instrument === 'abi' && /^(ankle|arm|toe)(-(left|right))?$|^side$/.test(flag);
    const name = fields.get(flag) ?? (isAbiShorthand ? flag : camelField(flag));
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

/** The kind of value an item takes, from the instrument's own validation (yes / no / unknown, or its rule). */
function valueHint(id: InstrumentId, field: string): { value: string; rule?: string } {
  const probe = bare();
  setPath(probe, field, true);
  const run = runInstrument(id, probe);
  const error = run.ok ? undefined : run.errors.find((e) => e.field === field);
  if (!error) return { value: '<yes|no|unknown>' };
  const options = /one of (.*) or null/.exec(error.message)?.[1];
  if (options) return { value: `<${options.replace(/'/g, '').split(', ').join('|')}>` };
  return { value: '<number>', rule: error.message };
}

const pointsText = (points: number) =>
  `${points > 0 ? '+' : ''}${points} ${Math.abs(points) === 1 ? 'point' : 'points'}`;

/** `nightleg score --help`: the instruments, each with its name. */
export function scoreHelp(): string {
  const width = Math.max(...Object.keys(instruments).map((id) => id.length));
  return [
    'Usage: nightleg score <instrument> [--item value ...] [--json]',
    '',
    'Compute one validated instrument from flags or, with --json and no item flags, from JSON on stdin.',
    '',
    'Instruments (nightleg score <instrument> --help lists its items, points and sources):',
    ...Object.values(instruments).map((i) => `  ${i.id.padEnd(width)}  ${i.name}`),
    '',
    'Options:',
    '  --json      machine-readable output (and JSON input from stdin when no item flags are given)',
    '  -h, --help  display help for command',
    '',
    'Items are kebab-case flags: yes / no / unknown for yes-no items, numbers for measurements; an item left',
    'out is unknown.',
    '',
    'Examples:',
    '  nightleg score wells --active-cancer yes --calf-swelling yes --pitting-oedema yes --alternative-diagnosis-as-likely no',
    '  nightleg score abi --ankle 70 --arm 140',
    '  nightleg score abi --ankle-left 120 --ankle-right 60 --arm-left 140 --arm-right 135',
    `  echo '{"arm":{"left":140,"right":138},"ankle":{"left":{"dorsalisPedis":90}}}' | nightleg score abi --json`,
    'See docs/criteria.md for every instrument.',
  ].join('\n');
}

/** `nightleg score <instrument> --help`: every item with its flag, value, points and sources. */
export function instrumentHelp(id: InstrumentId): string {
  const lines = [
    `Usage: nightleg score ${id} [--item value ...] [--json]`,
    '',
    instruments[id].name,
    '',
    'Items (leave one out when it is not known):',
  ];
  for (const item of instrumentItems(id)) {
    const hint = valueHint(id, item.id);
    const extras = [
      item.points === undefined ? '' : `(${pointsText(item.points)})`,
      item.clinicianConfirms ? '(a clinician confirms)' : '',
      hint.rule ?? '',
    ].filter(Boolean);
    lines.push(`  --${kebabFlag(item.id)} ${hint.value}${extras.length > 0 ? `  ${extras.join(' ')}` : ''}`);
    lines.push(`      ${item.label} [${item.sources.join(', ')}]`);
  }
  const own = settings[id] ?? [];
  if (own.length > 0) {
    lines.push('', 'Settings:');
    for (const s of own) lines.push(`  --${kebabFlag(s.field)} ${s.value}`, `      ${s.text}`);
  }
  if (id === 'abi') {
    lines.push(
      '',
      'Shorthands:',
      '  --arm <mmHg>                  both arms',
      '  --ankle <mmHg>, --toe <mmHg>  the leg named by --side (left or right; default right)',
      '  --ankle-left, --ankle-right   the dorsalis pedis pressure of that leg',
    );
  }
  lines.push(
    '',
    'Options:',
    '  --json      machine-readable output',
    '  -h, --help  display help for command',
  );
  return lines.join('\n');
}

/** `nightleg score [instrument] [flags]`: help when asked for, else the score. */
export async function runScoreCommand(
  instrument: string | undefined,
  args: readonly string[],
  io: Io,
): Promise<number> {
  const wantsHelp =
    instrument === '--help' || instrument === '-h' || args.includes('--help') || args.includes('-h');
  if (instrument !== undefined && isInstrumentId(instrument)) {
    if (wantsHelp) {
      io.stdout.write(`${instrumentHelp(instrument)}\n`);
      return exitCodes.ok;
    }
    return runScore(
      instrument,
      args.filter((a) => a !== '--json'),
      args.includes('--json'),
      io,
    );
  }
  if (wantsHelp && (instrument === undefined || instrument.startsWith('-'))) {
    io.stdout.write(`${scoreHelp()}\n`);
    return exitCodes.ok;
  }
  const problem =
    instrument === undefined || instrument.startsWith('-')
      ? 'missing the instrument'
      : `unknown instrument "${instrument}"`;
  io.stderr.write(`nightleg score: ${problem}\n\n${scoreHelp()}\n`);
  return exitCodes.badInput;
}
