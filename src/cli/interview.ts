import type { Answer, EvidenceItem, Question } from '../engine/index.js';
import { answerEvidence } from '../engine/index.js';
import { disclaimer } from '../knowledge/index.js';
import { assessInput, type CaseResult } from '../pipeline/assess-input.js';
import { describeErrors, parseCase } from '../schema/case.js';
import type { Io } from './assess.js';
import { renderAssessment } from './render.js';

/** What the person did at a prompt: an answer, a step back, or stopping the interview. */
export type Reply = Answer | 'back' | 'cancel';

export interface QuestionContext {
  readonly number: number;
  readonly remainingEstimate: number;
}

/** The interview talks to a person only through this, so a TTY UI and a line protocol share one loop. */
export interface Prompter {
  intro(text: string): void;
  askAge(): Promise<string | 'cancel'>;
  askSex(): Promise<string | 'cancel'>;
  askDescription(): Promise<string | 'cancel'>;
  ask(question: Question, context: QuestionContext): Promise<Reply>;
  error(text: string): void;
  finish(text: string): void;
  cancelled(): void;
}

export const interviewExitCodes = { completed: 0, cancelled: 130 } as const;

interface Session {
  age: number;
  sex: 'female' | 'male';
  text?: string;
  batches: EvidenceItem[][];
}

async function askPerson(prompter: Prompter): Promise<Omit<Session, 'batches'> | 'cancel'> {
  for (;;) {
    const age = await prompter.askAge();
    if (age === 'cancel') return 'cancel';
    const sex = await prompter.askSex();
    if (sex === 'cancel') return 'cancel';
    const parsed = parseCase({
      age: Number(age.trim() === '' ? Number.NaN : age),
      sex: sex.trim().toLowerCase(),
    });
    if (!parsed.ok) {
      prompter.error(describeErrors(parsed.errors));
      continue;
    }
    return { age: parsed.value.age, sex: parsed.value.sex };
  }
}

function assessSession(session: Session): CaseResult {
  return assessInput({
    age: session.age,
    sex: session.sex,
    evidence: session.batches.flat(),
    ...(session.text ? { text: session.text } : {}),
  });
}

/** Run one interview to its end. Returns the exit code. */
export async function runInterview(prompter: Prompter): Promise<number> {
  prompter.intro(`nightleg: leg pain at night or at rest.\n${disclaimer}`);
  const person = await askPerson(prompter);
  if (person === 'cancel') return cancel(prompter);
  const description = await prompter.askDescription();
  if (description === 'cancel') return cancel(prompter);
  const session: Session = { ...person, batches: [], ...(description.trim() ? { text: description } : {}) };
  let result = assessSession(session);
  while (!result.shouldStop && result.question) {
    const question = result.question;
    const reply = await prompter.ask(question, {
      number: session.batches.length + 1,
      remainingEstimate: result.progress.remainingEstimate,
    });
    if (reply === 'cancel') return cancel(prompter);
    if (reply === 'back') session.batches.pop();
    else session.batches.push(answerEvidence(question, reply));
    result = assessSession(session);
  }
  prompter.finish(renderAssessment(result));
  return interviewExitCodes.completed;
}

function cancel(prompter: Prompter): number {
  prompter.cancelled();
  return interviewExitCodes.cancelled;
}

export async function interviewCommand(io: Io): Promise<number> {
  const interactive = Boolean(
    (io.stdin as NodeJS.ReadStream).isTTY && (io.stdout as NodeJS.WriteStream).isTTY,
  );
  const prompter = interactive
    ? (await import('./prompter-tty.js')).ttyPrompter()
    : (await import('./prompter-lines.js')).linePrompter(io);
  return runInterview(prompter);
}
