import * as p from '@clack/prompts';
import type { Question } from '../engine/index.js';
import type { Correction, Prompter, QuestionContext, ReadBackItem, Reply } from './interview.js';
import { renderAssessment } from './render.js';

const stateWord = { present: 'Yes', absent: 'No', unknown: 'Not sure' } as const;
const done = '__done';

const back = '__back';
const unknown = '__unknown';
const none = '__none';

/** Interactive terminal UI (arrow keys, space to tick, Ctrl-C to stop) built on @clack/prompts. */
export function ttyPrompter(): Prompter {
  const orCancel = <T>(value: T | symbol): T | 'cancel' =>
    typeof value === 'symbol' || p.isCancel(value) ? 'cancel' : value;

  async function ask(question: Question, context: QuestionContext): Promise<Reply> {
    const title = `${question.text}\n  (question ${context.number}, about ${context.remainingEstimate} more · why: ${question.why})`;
    if (question.kind === 'single') {
      const value = orCancel<string>(
        await p.select<string>({
          message: title,
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
            { value: 'unknown', label: "Don't know" },
            { value: back, label: '← Back' },
          ],
        }),
      );
      if (value === 'cancel') return 'cancel';
      return value === back ? 'back' : (value as 'yes' | 'no' | 'unknown');
    }
    const chosen = orCancel<string[]>(
      await p.multiselect<string>({
        message: `${title}\n  Tick all that apply (space), then Enter.`,
        options: [
          ...question.options.map((o) => ({ value: o.finding, label: o.text })),
          { value: none, label: 'None of these' },
          { value: unknown, label: "Don't know" },
          { value: back, label: '← Back' },
        ],
        required: true,
      }),
    );
    if (chosen === 'cancel') return 'cancel';
    if (chosen.includes(back)) return 'back';
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
      const state = orCancel<Correction['state']>(
        await p.select<Correction['state']>({
          message: item.question,
          options: [
            { value: 'present', label: 'Yes' },
            { value: 'absent', label: 'No' },
            { value: 'unknown', label: 'Not sure' },
          ],
          initialValue: item.state,
        }),
      );
      if (state === 'cancel') return 'cancel';
      item.state = state;
      corrections.set(item.id, { id: item.id, state });
    }
  }

  return {
    intro: (text) => p.intro(text),
    readBack,
    askAge: async () => orCancel<string>(await p.text({ message: 'How old are you (years)?' })),
    askSex: async () =>
      orCancel<string>(
        await p.select<string>({
          message: 'Sex',
          options: [
            { value: 'female', label: 'Female' },
            { value: 'male', label: 'Male' },
          ],
        }),
      ),
    askDescription: async () =>
      orCancel<string>(
        await p.text({ message: 'Describe the pain in your own words (Enter to skip)', defaultValue: '' }),
      ),
    ask,
    error: (text) => p.log.error(text),
    finish: (result) => p.outro(renderAssessment(result)),
    cancelled: () => p.cancel('Interview stopped. Nothing was saved.'),
  };
}
