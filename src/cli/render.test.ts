import { describe, expect, it } from 'vitest';
import { conditionsById, safetyNet } from '../knowledge/index.js';
import { runAssess } from './assess.js';
import { colourEnabled, styleFor, usableColumns } from './style.js';
import { memoryIo } from './test-io.js';

const sourceCode = /\[(seed:L\d+|S\d+)[,\]]/;
const escapeCode = '\x1b[';

async function assess(options: Record<string, string | boolean>, tty = false, env?: Record<string, string>) {
  const io = memoryIo();
  if (tty) Object.assign(io.stdout, { isTTY: true });
  const saved = { ...process.env };
  if (env) {
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    Object.assign(process.env, env);
  }
  try {
    await runAssess({ age: '67', sex: 'male', ...options }, io);
  } finally {
    process.env = saved;
  }
  return io.out();
}

describe('text result for a person and for a clinician', () => {
  it('speaks plain words to a person: patient names, no source codes, no clinical terms', async () => {
    const out = await assess({ evidence: 'saddle_numbness,bladder_bowel_change' });
    expect(out).not.toMatch(sourceCode);
    expect(out).not.toMatch(/\d+ %/);
    expect(out).not.toContain('sphincter');
    expect(out).toContain('you said yes:');
  });

  it('gives a clinician terms, probabilities and sources with --clinician', async () => {
    const out = await assess({ evidence: 'saddle_numbness,bladder_bowel_change', clinician: true });
    expect(out).toMatch(sourceCode);
    expect(out).toMatch(/\(\d+(\.\d)? %\)/);
    expect(out).toContain('Findings:');
    expect(out).toMatch(/sphincter/i);
  });

  it('names cited investigations for the leading causes after the differential, for a clinician only', async () => {
    const evidence = 'one_leg_swollen,one_leg_warm_red,pain_calf,onset_within_two_weeks';
    const out = await assess({ evidence, clinician: true });
    const heading = 'Investigations to consider (leading causes):';
    expect(out).toContain(heading);
    expect(out.indexOf(heading)).toBeGreaterThan(out.indexOf('Differential'));
    const section = out.slice(out.indexOf(heading)).split('\n\n')[0] as string;
    const dvt = conditionsById.get('deep_vein_thrombosis');
    expect(section).toContain(`${dvt?.clinicianName}:`);
    for (const i of dvt?.investigations ?? [])
      expect(section).toContain(`- ${i.name} [${i.sources.join(', ')}]`);
    // Every test line carries its sources in brackets.
    for (const line of section.split('\n').filter((l) => l.startsWith('    - ')))
      expect(line, line).toMatch(/ \[(seed:L\d+|S\d+)(, (seed:L\d+|S\d+))*\]$/);
    expect(await assess({ evidence })).not.toContain('Investigations to consider');
  });

  it('ends every result with when to seek help and "This is not a diagnosis"', async () => {
    for (const evidence of ['saddle_numbness', 'pain_calf,sudden_muscle_contraction', '']) {
      const out = await assess(evidence ? { evidence } : {});
      expect(out).toContain('When to seek help');
      for (const group of safetyNet) expect(out).toContain(group.title);
      expect(out.indexOf('When to seek help')).toBeGreaterThan(out.indexOf('URGENCY'));
      expect(out).toContain('This is not a diagnosis.');
    }
  });

  it('highlights the urgency line on a terminal, and never in a pipe or under NO_COLOR', async () => {
    const coloured = await assess({ evidence: 'saddle_numbness' }, true, {});
    expect(coloured.split('\n')[0]).toContain(`${escapeCode}1;97;41m`);
    expect(coloured.split('\n')[0]).toContain('URGENCY: EMERGENCY');
    expect(await assess({ evidence: 'saddle_numbness' }, false, {})).not.toContain(escapeCode);
    expect(await assess({ evidence: 'saddle_numbness' }, true, { NO_COLOR: '1' })).not.toContain(escapeCode);
    expect(await assess({ evidence: 'saddle_numbness' }, false, { FORCE_COLOR: '1' })).toContain(escapeCode);
  });
});

describe('terminal style', () => {
  it('follows FORCE_COLOR, then NO_COLOR, then whether the stream is a terminal', () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true);
    expect(colourEnabled({ isTTY: false }, {})).toBe(false);
    expect(colourEnabled({}, {})).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colourEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colourEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourEnabled({ isTTY: true }, { FORCE_COLOR: '0', NO_COLOR: '' })).toBe(false);
    expect(styleFor({ isTTY: false }, {}).urgent('x', true)).toBe('x');
  });

  it('falls back to 80 columns when the terminal reports none or a useless width', () => {
    expect(usableColumns({})).toBe(80);
    expect(usableColumns({ columns: 0 })).toBe(80);
    expect(usableColumns({ columns: 3 })).toBe(80);
    expect(usableColumns({ columns: 132 })).toBe(132);
  });
});
