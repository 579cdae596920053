import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Question } from '../engine/index.js';
import { ttyPrompter } from './prompter-tty.js';

/** A pseudo-terminal pair: keys written to `input` reach the prompt as keypresses; `out()` is what it drew. */
function terminal(columns?: number) {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns });
  let drawn = '';
  output.on('data', (d) => {
    drawn += String(d);
  });
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      await new Promise((r) => setTimeout(r, 10));
      input.write(key);
    }
    await new Promise((r) => setTimeout(r, 10));
  };
  // Escape sequences removed, so assertions read the text a person sees.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal escapes
  const out = () => drawn.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  return { input, output, press, out };
}

const single: Question = {
  id: 'burning_pain',
  kind: 'single',
  phase: 'differential',
  text: 'Is the pain burning?',
  why: 'Burning pain points to the nerves.',
  unticked: 'open',
  options: [{ finding: 'burning_pain', text: 'Is the pain burning?' }],
};

const group: Question = {
  id: 'screen',
  kind: 'group',
  phase: 'red_flag_screen',
  text: 'Do you have any of these?',
  why: 'These are warning signs.',
  unticked: 'open',
  options: [
    { finding: 'fever', text: 'A fever' },
    { finding: 'weakness_both_legs', text: 'Both legs getting weak' },
  ],
};

const context = { number: 1, remainingEstimate: 3, answered: 0, voice: 'self' as const };
const pending = Symbol('pending');
const settled = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<typeof pending>((r) => setTimeout(() => r(pending), 30))]);

describe('interactive terminal interview (pseudo-terminal)', () => {
  it('has no default answer: Enter alone does not answer a yes/no question', async () => {
    const t = terminal(80);
    const reply = ttyPrompter(t).ask(single, context);
    await t.press('\r');
    expect(await settled(reply)).toBe(pending);
    expect(t.out()).toContain('Enter alone does not answer');
    await t.press('n');
    expect(await reply).toBe('no');
  });

  it('goes back with the b key (Back is a key, not an option)', async () => {
    const t = terminal(80);
    const reply = ttyPrompter(t).ask(single, context);
    await t.press('b');
    expect(await reply).toBe('back');
    expect(t.out()).toContain('b = back');
    expect(t.out()).not.toContain('← Back');

    const t2 = terminal(80);
    const listReply = ttyPrompter(t2).ask(group, context);
    await t2.press('b');
    expect(await listReply).toBe('back');
    expect(t2.out()).not.toMatch(/\[ \] \d\) .*Back/);
  });

  it('shows why on w without answering', async () => {
    const t = terminal(80);
    const reply = ttyPrompter(t).ask(single, context);
    await t.press('w');
    expect(await settled(reply)).toBe(pending);
    expect(t.out()).toContain('Why: Burning pain points to the nerves.');
    await t.press('?');
    expect(await reply).toBe('unknown');
  });

  it('keeps "None of these" exclusive with the other items', async () => {
    const t = terminal(80);
    const reply = ttyPrompter(t).ask(group, context);
    // Tick item 1, then None (item 3): None clears item 1. Then tick item 2: None is cleared.
    await t.press('1', '3');
    expect(t.out()).toMatch(/\[x\] 3\) None of these/);
    expect(t.out().split('[x]').length).toBeGreaterThan(1);
    await t.press('2', '\r');
    expect(await reply).toEqual({ chosen: ['weakness_both_legs'] });

    const t2 = terminal(80);
    const noneReply = ttyPrompter(t2).ask(group, context);
    await t2.press('1', '2', '3', '\r');
    expect(await noneReply).toEqual({ chosen: [] });
  });

  it('does not go on from a list with nothing ticked', async () => {
    const t = terminal(80);
    const reply = ttyPrompter(t).ask(group, context);
    await t.press('\r');
    expect(await settled(reply)).toBe(pending);
    expect(t.out()).toContain('Tick at least one');
    await t.press('4', '\r');
    expect(await reply).toBe('unknown');
  });

  it('shows what it understood from the description before the first question', async () => {
    const t = terminal(80);
    const corrections = ttyPrompter(t).readBack([
      { id: 'pain_calf', state: 'present', question: 'Is the pain mainly in your calf?', words: 'calf' },
    ]);
    await t.press('\r');
    expect(await corrections).toEqual([]);
    expect(t.out()).toContain('What I understood from your description');
    expect(t.out()).toContain('Yes: Is the pain mainly in your calf?');
  });

  it('lays text out at 80 columns when the terminal reports no width (not a character a line)', async () => {
    for (const columns of [0, undefined]) {
      const t = terminal(columns);
      const reply = ttyPrompter(t).ask(single, context);
      await t.press('y');
      await reply;
      expect(t.output.columns).toBe(80);
      const lines = t
        .out()
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(lines.some((l) => l.includes('Is the pain burning?'))).toBe(true);
      expect(lines.filter((l) => l.trim().length === 1)).toEqual([]);
    }
  });
});
