import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { instrumentIds } from '../criteria/types.js';
import { buildProgram } from './main.js';
import { memoryIo } from './test-io.js';

/** Run the CLI in memory; help and --version end commander with an exit that is caught here. */
async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  const io = memoryIo();
  const program = buildProgram(io).exitOverride();
  for (const command of program.commands) command.exitOverride();
  let code = 0;
  const before = process.exitCode;
  try {
    await program.parseAsync(['node', 'nightleg', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = error.exitCode;
  } finally {
    process.exitCode = before;
  }
  return { out: io.out(), err: io.err(), code };
}

describe('nightleg --version', () => {
  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const { out, code } = await run([flag]);
      expect(out.trim()).toBe(version);
      expect(code).toBe(0);
    }
  });
});

describe('help (snapshots: a change to any help text shows up in review)', () => {
  it.each([[[]], [['assess']], [['interview']], [['findings']], [['conditions']], [['serve']]])(
    'nightleg %j --help',
    async (args) => {
      const { out, code } = await run([...args, '--help']);
      expect(code).toBe(0);
      expect(out).toMatchSnapshot();
    },
  );

  it('lists every instrument in `score --help`', async () => {
    const { out, code } = await run(['score', '--help']);
    expect(code).toBe(0);
    for (const id of instrumentIds) expect(out).toMatch(new RegExp(`^  ${id} +\\S`, 'm'));
    expect(out).toMatchSnapshot();
  });

  it.each(instrumentIds)('lists the items of `score %s --help` with flags and sources', async (id) => {
    const { out, code } = await run(['score', id, '--help']);
    expect(code).toBe(0);
    const flags = out.match(/^ {2}--[a-z0-9-]+ /gm) ?? [];
    expect(flags.length).toBeGreaterThan(1);
    for (const flag of flags) expect(flag.trim()).toMatch(/^--[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(out).toMatch(/\[(S\d+|seed:L\d+)(, (S\d+|seed:L\d+))*\]/);
    expect(out).toMatchSnapshot();
  });

  it('gives Wells points per item', async () => {
    const { out } = await run(['score', 'wells', '--help']);
    expect(out).toContain('--active-cancer <yes|no|unknown>  (+1 point)');
    expect(out).toContain('--alternative-diagnosis-as-likely <yes|no|unknown>  (-2 points)');
  });

  it('reports an unknown or missing instrument with the list (exit 2)', async () => {
    const unknown = await run(['score', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown instrument "nope"');
    expect(unknown.err).toContain('wells');
    expect((await run(['score'])).code).toBe(2);
  });
});

describe('score flags', () => {
  it('takes kebab-case flags for every instrument, and the field names as aliases', async () => {
    const kebab = await run(['score', 'wells', '--json', '--active-cancer', 'yes', '--calf-swelling', 'yes']);
    const camel = await run(['score', 'wells', '--json', '--activeCancer', 'yes', '--calfSwelling', 'yes']);
    expect(kebab.code).toBe(0);
    expect(JSON.parse(kebab.out).score).toBe(2);
    expect(JSON.parse(camel.out)).toEqual(JSON.parse(kebab.out));
    const abi = await run(['score', 'abi', '--json', '--arm', '140', '--ankle-left-posterior-tibial', '70']);
    expect(JSON.parse(abi.out).sides[0].abi).toBe(0.5);
    const fontaine = await run([
      'score',
      'fontaine',
      '--json',
      '--claudication',
      'yes',
      '--claudication-distance-m',
      '50',
    ]);
    expect(fontaine.code).toBe(0);
    const bad = await run(['score', 'wells', '--active-cancr', 'yes']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('activeCancr');
  });
});
