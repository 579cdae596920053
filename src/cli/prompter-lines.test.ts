import { describe, expect, it } from 'vitest';
import type { Question } from '../engine/index.js';
import { linePrompter } from './prompter-lines.js';
import { memoryIo } from './test-io.js';

const context = { number: 1, remainingEstimate: 3, answered: 0, voice: 'self' as const };
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
  ...single,
  id: 'screen',
  kind: 'group',
  text: 'Do you have any of these?',
  options: [
    { finding: 'fever', text: 'A fever' },
    { finding: 'weakness_both_legs', text: 'Both legs getting weak' },
  ],
};

describe('line prompter (stdin not a terminal)', () => {
  it('has no default answer: an empty line asks again', async () => {
    const io = memoryIo('\ny\n');
    expect(await linePrompter(io).ask(single, context)).toBe('yes');
    expect(io.out()).toContain('Please answer y, n, ?, b or w.');
  });

  it('goes back with b, for single and list questions', async () => {
    expect(await linePrompter(memoryIo('b\n')).ask(single, context)).toBe('back');
    expect(await linePrompter(memoryIo('b\n')).ask(group, context)).toBe('back');
  });

  it('keeps "none of these" (0) exclusive with the items', async () => {
    const io = memoryIo('1,0\n0\n');
    expect(await linePrompter(io).ask(group, context)).toEqual({ chosen: [] });
    expect(io.out()).toContain('Please type numbers between 1 and 2');
  });

  it('shows what it understood before the first question', async () => {
    const io = memoryIo('\n');
    const corrections = await linePrompter(io).readBack([
      { id: 'pain_calf', state: 'present', question: 'Is the pain mainly in your calf?', words: 'calf' },
    ]);
    expect(corrections).toEqual([]);
    expect(io.out()).toContain('What I understood from your description');
    expect(io.out()).toContain('Is the pain mainly in your calf?');
  });
});
