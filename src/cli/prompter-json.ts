import { createInterface } from 'node:readline';
import { groupAnswerProblem, type ItemState, type Question } from '../engine/index.js';
import type { CaseResult } from '../pipeline/assess-input.js';
import type { Io } from './assess.js';
import type { Correction, Prompter, QuestionContext, ReadBackItem, Reply } from './interview.js';

/**
 * `nightleg interview --json`: one JSON object per line each way, for scripts and tests.
 *
 * In, in order: `{"age": 64, "sex": "female", "text": "…"}` (text optional); after the read-back,
 * `{"edits": [{"id": "…", "state": "present" | "absent" | "unknown"}]}` (`{}` or no edits: it is right);
 * then per question `{"answer": "yes" | "no" | "unknown" | "back"}`, or for a group either
 * `{"items": {"<option id>": "present" | "absent" | "unknown"}}` (each option's own answer; an option not
 * listed counts as unticked) or `{"chosen": [ids]}` (`[]` = none of these). `{"answer": "quit"}` or end of
 * input stops.
 *
 * Out, every line with a `type`: `intro`, `readback` (`understood`: id, state, question, words),
 * `question` (number, id, kind, phase, text, why, voice, options, unticked, progress; `voice` is
 * "other" when a relative or carer writes, and the wording then speaks of "they"), `error` (the line was not
 * understood; send it again), `result` (triage, top causes, questions asked) or `cancelled`.
 */
export function jsonPrompter(io: Io): Prompter {
  const reader = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const lines = reader[Symbol.asyncIterator]();
  const emit = (value: Record<string, unknown>) => io.stdout.write(`${JSON.stringify(value)}\n`);
  const error = (message: string) => emit({ type: 'error', message });

  /** The next input line as a JSON object; undefined at end of input. Bad lines are reported and skipped. */
  async function next(): Promise<Record<string, unknown> | undefined> {
    for (;;) {
      const line = await lines.next();
      if (line.done) return undefined;
      const text = line.value.trim();
      if (text === '') continue;
      try {
        const value: unknown = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value))
          return value as Record<string, unknown>;
        error('each line must be a JSON object');
      } catch {
        error('that line is not valid JSON');
      }
    }
  }

  let person: Record<string, unknown> | undefined;
  async function askAge(): Promise<string | 'cancel'> {
    person = await next();
    if (!person || person.answer === 'quit') return 'cancel';
    return person.age === undefined ? '' : String(person.age);
  }

  async function readBack(items: readonly ReadBackItem[]): Promise<readonly Correction[] | 'cancel'> {
    emit({ type: 'readback', understood: items });
    for (;;) {
      const line = await next();
      if (!line || line.answer === 'quit') return 'cancel';
      const edits = line.edits ?? [];
      const known = new Set(items.map((i) => i.id));
      const valid =
        Array.isArray(edits) &&
        edits.every(
          (e) =>
            e &&
            typeof e === 'object' &&
            known.has((e as Correction).id) &&
            ['present', 'absent', 'unknown'].includes((e as Correction).state),
        );
      if (valid) return (edits as Correction[]).map(({ id, state }) => ({ id, state }));
      error(
        `edits must be a list of {"id", "state"} for findings read back (${[...known].join(', ') || 'none'}), state "present", "absent" or "unknown"`,
      );
    }
  }

  async function ask(question: Question, context: QuestionContext): Promise<Reply> {
    emit({
      type: 'question',
      number: context.number,
      id: question.id,
      kind: question.kind,
      phase: question.phase,
      text: question.text,
      why: question.why,
      voice: context.voice,
      options: question.options,
      unticked: question.unticked,
      progress: { answered: context.answered, remainingEstimate: context.remainingEstimate },
    });
    const ids = new Set(question.options.map((o) => o.finding));
    for (;;) {
      const line = await next();
      if (!line || line.answer === 'quit') return 'cancel';
      if (
        line.answer === 'yes' ||
        line.answer === 'no' ||
        line.answer === 'unknown' ||
        line.answer === 'back'
      )
        return line.answer;
      if (question.kind === 'group' && ('items' in line || 'chosen' in line)) {
        const problem = groupAnswerProblem(question, line);
        if (problem === null)
          return 'items' in line
            ? { items: line.items as Record<string, ItemState> }
            : { chosen: line.chosen as string[] };
        error(problem);
        continue;
      }
      error(
        question.kind === 'group'
          ? `answer with {"items": {"<id>": "present" | "absent" | "unknown"}} or {"chosen": [ids]} over ${[...ids].join(', ')} ([] = none of these), or {"answer": "unknown" | "back" | "quit"}`
          : 'answer with {"answer": "yes" | "no" | "unknown" | "back" | "quit"}',
      );
    }
  }

  function finish(result: CaseResult, questions: number): void {
    emit({
      type: 'result',
      questions,
      triage: { level: result.triage.level, label: result.triage.label, action: result.triage.action },
      top: result.conditions.slice(0, 3).map((c) => ({ id: c.id, name: c.name, probability: c.probability })),
      evidence: result.evidence,
      disclaimer: result.disclaimer,
    });
    reader.close();
  }

  return {
    intro: (text) => emit({ type: 'intro', text }),
    askAge,
    askSex: async () => (person?.sex === undefined ? '' : String(person.sex)),
    askDescription: async () => (typeof person?.text === 'string' ? person.text : ''),
    readBack,
    ask,
    error,
    finish,
    cancelled: () => {
      emit({ type: 'cancelled' });
      reader.close();
    },
  };
}
