import type { Readable, Writable } from 'node:stream';
import { Prompt } from '@clack/core';
import * as p from '@clack/prompts';
import type { Question } from '../engine/index.js';
import type { Correction, Prompter, QuestionContext, ReadBackItem, Reply } from './interview.js';
import { type Audience, renderAssessment } from './render.js';
import { ensureUsableWidth, styleFor } from './style.js';

const stateWord = { present: 'Yes', absent: 'No', unknown: 'Not sure' } as const;
const done = '__done';
const none = '__none';
const unknown = '__unknown';
/** Items of a list that stand alone: ticking one clears the others, ticking another clears it. */
const exclusive: readonly string[] = [none, unknown];

export interface TtyOptions {
  readonly audience?: Audience;
  /** The terminal (tests pass a pseudo-terminal's streams); process.stdin / process.stdout by default. */
  readonly input?: Readable;
  readonly output?: Writable;
}

type KeyReply = 'why' | 'cancel' | string;

/** One key per answer; Enter alone answers nothing (no default), `w` shows why, Ctrl-C stops. */
function keyPrompt(
  message: string,
  keys: readonly { key: string; label: string; value: string }[],
  io: { input: Readable; output: Writable },
  why?: string,
): Promise<KeyReply> {
  const legend = keys.map((k) => `${k.key} = ${k.label}`).join(', ');
  let showWhy = false;
  const prompt = new Prompt<string>(
    {
      input: io.input,
      output: io.output,
      validate: (value) =>
        value === undefined
          ? `Press a key: ${keys.map((k) => k.key).join(', ')} (Enter alone does not answer).`
          : undefined,
      render() {
        const chosen = keys.find((k) => k.value === this.value);
        if (this.state === 'submit') return `${message}\n  → ${chosen?.label ?? ''}`;
        if (this.state === 'cancel') return `${message}\n  (stopped)`;
        return [
          message,
          ...(showWhy && why ? [`  Why: ${why}`] : []),
          `  ${legend}${why ? ', w = why am I asked this?' : ''}`,
          ...(this.state === 'error' ? [`  ${this.error}`] : []),
        ].join('\n');
      },
    },
    false,
  );
  prompt.on('key', (char) => {
    const pressed = char?.toLowerCase();
    if (!pressed) return;
    if (pressed === 'w' && why) showWhy = true;
    const match = keys.find((k) => k.key === pressed);
    if (!match) return;
    prompt.value = match.value;
    prompt.state = 'submit';
  });
  return prompt.prompt().then((value) => (typeof value === 'string' ? value : 'cancel'));
}

/**
 * "Which of these apply?": arrows (or the item's number) move and space ticks, Enter goes on once something
 * is ticked. "None of these" and "Don't know" stand alone. `b` goes back, `w` says why, Ctrl-C stops.
 */
function listPrompt(
  message: string,
  items: readonly { value: string; label: string }[],
  io: { input: Readable; output: Writable },
  why: string,
): Promise<string[] | 'back' | 'cancel'> {
  let cursor = 0;
  let ticked: string[] = [];
  let showWhy = false;
  let back = false;
  const toggle = (value: string) => {
    if (ticked.includes(value)) ticked = ticked.filter((v) => v !== value);
    else if (exclusive.includes(value)) ticked = [value];
    else ticked = [...ticked.filter((v) => !exclusive.includes(v)), value];
  };
  const prompt = new Prompt<string[]>(
    {
      input: io.input,
      output: io.output,
      validate: () =>
        back || ticked.length > 0
          ? undefined
          : 'Tick at least one (space), or "None of these" or "Don\'t know"; b goes back.',
      render() {
        if (this.state === 'submit') {
          const labels = back
            ? ['← back']
            : items.filter((i) => ticked.includes(i.value)).map((i) => i.label);
          return `${message}\n  → ${labels.join('; ')}`;
        }
        if (this.state === 'cancel') return `${message}\n  (stopped)`;
        return [
          message,
          ...(showWhy ? [`  Why: ${why}`] : []),
          ...items.map(
            (item, i) =>
              `${i === cursor ? '›' : ' '} [${ticked.includes(item.value) ? 'x' : ' '}] ${i + 1}) ${item.label}`,
          ),
          '  ↑↓ move, space ticks (or the number), Enter goes on; b = back, w = why am I asked this?',
          ...(this.state === 'error' ? [`  ${this.error}`] : []),
        ].join('\n');
      },
    },
    false,
  );
  prompt.on('cursor', (action) => {
    if (action === 'up') cursor = (cursor + items.length - 1) % items.length;
    if (action === 'down') cursor = (cursor + 1) % items.length;
    if (action === 'space') toggle(items[cursor]?.value as string);
    prompt.value = ticked;
  });
  prompt.on('key', (char) => {
    const pressed = char?.toLowerCase();
    if (!pressed) return;
    if (pressed === 'w') showWhy = true;
    const number = Number(pressed);
    if (/^[1-9]$/.test(pressed) && number <= items.length) {
      cursor = number - 1;
      toggle(items[cursor]?.value as string);
    }
    if (pressed === 'b') {
      back = true;
      prompt.state = 'submit';
    }
    prompt.value = ticked;
  });
  return prompt.prompt().then((value) => (typeof value !== 'object' ? 'cancel' : back ? 'back' : ticked));
}

/** Interactive terminal UI built on @clack: one key per answer, Ctrl-C to stop. */
export function ttyPrompter(options: TtyOptions = {}): Prompter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  ensureUsableWidth(output as NodeJS.WritableStream & { columns?: number });
  const io = { input, output };
  const common = { input, output };
  const orCancel = <T>(value: T | symbol): T | 'cancel' =>
    typeof value === 'symbol' || p.isCancel(value) ? 'cancel' : value;

  async function ask(question: Question, context: QuestionContext): Promise<Reply> {
    const title = `${question.text}\n  (question ${context.number}, about ${context.remainingEstimate} more)`;
    if (question.kind === 'single') {
      const value = await keyPrompt(
        title,
        [
          { key: 'y', label: 'yes', value: 'yes' },
          { key: 'n', label: 'no', value: 'no' },
          { key: '?', label: "don't know", value: 'unknown' },
          { key: 'b', label: 'back', value: 'back' },
        ],
        io,
        question.why,
      );
      return value === 'cancel' ? 'cancel' : (value as 'yes' | 'no' | 'unknown' | 'back');
    }
    const chosen = await listPrompt(
      title,
      [
        ...question.options.map((o) => ({ value: o.finding, label: o.text })),
        { value: none, label: 'None of these' },
        { value: unknown, label: "Don't know" },
      ],
      io,
      question.why,
    );
    if (chosen === 'cancel' || chosen === 'back') return chosen;
    if (chosen.includes(unknown)) return 'unknown';
    return { chosen: chosen.filter((v) => v !== none) };
  }

  /** What was understood, one line per finding; pick one to change it, or "That is right" to go on. */
  async function readBack(items: readonly ReadBackItem[]): Promise<readonly Correction[] | 'cancel'> {
    if (items.length === 0) return [];
    const current = items.map((i) => ({ ...i }));
    const corrections = new Map<string, Correction>();
    for (;;) {
      const pick = orCancel<string>(
        await p.select<string>({
          ...common,
          message: 'What I understood from your description. Choose a line to change it.',
          options: [
            { value: done, label: 'That is right, go on' },
            ...current.map((item) => ({
              value: item.id,
              label: `${stateWord[item.state]}: ${item.question}`,
              hint: `you said "${item.words}"`,
            })),
          ],
        }),
      );
      if (pick === 'cancel') return 'cancel';
      if (pick === done) return [...corrections.values()];
      const item = current.find((i) => i.id === pick);
      if (!item) continue;
      const state = await keyPrompt(
        item.question,
        [
          { key: 'y', label: 'yes', value: 'present' },
          { key: 'n', label: 'no', value: 'absent' },
          { key: '?', label: 'not sure', value: 'unknown' },
        ],
        io,
      );
      if (state === 'cancel') return 'cancel';
      item.state = state as Correction['state'];
      corrections.set(item.id, { id: item.id, state: item.state });
    }
  }

  return {
    intro: (text) => p.intro(text, common),
    readBack,
    askAge: async () => orCancel<string>(await p.text({ ...common, message: 'How old are you (years)?' })),
    askSex: async () => {
      const sex = await keyPrompt(
        'Sex',
        [
          { key: 'f', label: 'female', value: 'female' },
          { key: 'm', label: 'male', value: 'male' },
        ],
        io,
      );
      return sex === 'cancel' ? 'cancel' : sex;
    },
    askDescription: async () =>
      orCancel<string>(
        await p.text({
          ...common,
          message: 'Describe the pain in your own words (Enter to skip)',
          defaultValue: '',
        }),
      ),
    ask,
    error: (text) => p.log.error(text, common),
    finish: (result) =>
      p.outro(
        renderAssessment(result, {
          audience: options.audience ?? 'person',
          style: styleFor(output as { isTTY?: boolean }),
        }),
        common,
      ),
    cancelled: () => p.cancel('Interview stopped. Nothing was saved.', common),
  };
}
