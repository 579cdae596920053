import { createInterface } from 'node:readline';
import type { Question } from '../engine/index.js';
import type { Io } from './assess.js';
import type { Prompter, QuestionContext, Reply } from './interview.js';

const phaseNote: Record<Question['phase'], string> = {
  complaint: ' [about the pain]',
  red_flag_screen: ' [warning-sign check]',
  history: ' [health history]',
  differential: '',
};

/**
 * The interview's stdin protocol, used when stdin is not a terminal (scripts, tests, screen readers that
 * prefer plain lines). Single questions take y / n / ? (don't know) / b (back) / w (why);
 * group questions take the numbers that apply ("1,3"), 0 for none of these, ?, b or w.
 * End of input or "q" stops the interview.
 */
export function linePrompter(io: Io): Prompter {
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

  return {
    intro: say,
    askAge: () => read('How old are you (years)?'),
    askSex: () => read('Sex (female or male)?'),
    askDescription: () => read('Describe the pain in your own words (or press Enter to skip):'),
    ask,
    error: (text) => say(`Sorry: ${text}`),
    finish: (text) => say(`\n${text}`),
    cancelled: () => say('\nInterview stopped. Nothing was saved.'),
  };
}
