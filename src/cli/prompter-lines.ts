import { createInterface } from 'node:readline';
import type { Question } from '../engine/index.js';
import type { Io } from './assess.js';
import type { Correction, Prompter, QuestionContext, ReadBackItem, Reply } from './interview.js';
import { type Audience, renderAssessment } from './render.js';
import { styleFor } from './style.js';

const stateWord = { present: 'yes', absent: 'no', unknown: 'not sure' } as const;
const stateOf = { y: 'present', n: 'absent', '?': 'unknown' } as const;

const phaseNote: Record<Question['phase'], string> = {
  complaint: ' [about the pain]',
  red_flag_screen: ' [warning-sign check]',
  history: ' [health history]',
  differential: '',
};

/**
 * The interview's stdin protocol, used when stdin is not a terminal (scripts, tests, screen readers that
 * prefer plain lines). Single questions take y / n / ? (don't know) / b (back) / w (why);
 * group questions take the numbers that apply ("1,3"), 0 for none of these, ?, b or w. Before the first
 * question, what was understood from the description is read back; "2 n" changes item 2 to no, Enter goes on.
 * End of input or "q" stops the interview.
 */
export function linePrompter(io: Io, options: { audience?: Audience } = {}): Prompter {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  const say = (text: string) => io.stdout.write(`${text}\n`);
  const read = async (prompt: string): Promise<string | 'cancel'> => {
    io.stdout.write(`${prompt}\n> `);
    const next = await lines.next();
    if (next.done) return 'cancel';
    const value = next.value.trim();
    return value.toLowerCase() === 'q' ? 'cancel' : value;
  };

  async function ask(question: Question, context: QuestionContext): Promise<Reply> {
    const header = `\nQuestion ${context.number} (about ${context.remainingEstimate} more)${phaseNote[question.phase]}`;
    for (;;) {
      say(header);
      if (question.kind === 'single') {
        const answer = await read(
          `${question.text}\n  y = yes, n = no, ? = don't know, b = back, w = why am I asked this?`,
        );
        if (answer === 'cancel') return 'cancel';
        const reply = ({ y: 'yes', yes: 'yes', n: 'no', no: 'no', '?': 'unknown', b: 'back' } as const)[
          answer.toLowerCase() as 'y'
        ];
        if (reply) return reply;
        if (answer.toLowerCase() === 'w') say(`Why: ${question.why}`);
        else say('Please answer y, n, ?, b or w.');
        continue;
      }
      const options = question.options.map((o, i) => `  ${i + 1}) ${o.text}`).join('\n');
      const answer = await read(
        `${question.text}\n${options}\n  Type the numbers that apply (e.g. 1,3), 0 = none of these, ? = don't know, b = back, w = why`,
      );
      if (answer === 'cancel') return 'cancel';
      const lower = answer.toLowerCase();
      if (lower === '?') return 'unknown';
      if (lower === 'b') return 'back';
      if (lower === 'w') {
        say(`Why: ${question.why}`);
        continue;
      }
      if (lower === '0') return { chosen: [] };
      const numbers = lower
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      if (
        numbers.length > 0 &&
        numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= question.options.length)
      ) {
        return { chosen: numbers.map((n) => question.options[n - 1]?.finding as string) };
      }
      say(`Please type numbers between 1 and ${question.options.length}, or 0, ?, b, w.`);
    }
  }

  async function readBack(items: readonly ReadBackItem[]): Promise<readonly Correction[] | 'cancel'> {
    if (items.length === 0) return [];
    const current = items.map((i) => ({ ...i }));
    const corrections = new Map<string, Correction>();
    say('\nWhat I understood from your description:');
    for (;;) {
      current.forEach((item, i) => {
        say(`  ${i + 1}) ${stateWord[item.state].padEnd(8)} ${item.question}  (you said: "${item.words}")`);
      });
      const line = await read(
        'Is this right? To change one, type its number and y / n / ? (e.g. "2 n"); press Enter to go on.',
      );
      if (line === 'cancel') return 'cancel';
      if (line === '') return [...corrections.values()];
      const match = /^(\d+)\s*([yn?])$/i.exec(line);
      const item = match ? current[Number(match[1]) - 1] : undefined;
      if (!match || !item) {
        say(`Please type a number from 1 to ${current.length} and y, n or ?, or press Enter.`);
        continue;
      }
      item.state = stateOf[(match[2] as string).toLowerCase() as keyof typeof stateOf];
      corrections.set(item.id, { id: item.id, state: item.state });
    }
  }

  return {
    intro: say,
    readBack,
    askAge: () => read('How old are you (years)?'),
    askSex: () => read('Sex (female or male)?'),
    askDescription: () => read('Describe the pain in your own words (or press Enter to skip):'),
    ask,
    error: (text) => say(`Sorry: ${text}`),
    finish: (result) =>
      say(
        `\n${renderAssessment(result, {
          audience: options.audience ?? 'person',
          style: styleFor(io.stdout as { isTTY?: boolean }),
        })}`,
      ),
    cancelled: () => say('\nInterview stopped. Nothing was saved.'),
  };
}
