import type { Answer, EvidenceItem, Question } from '../engine/index.js';
import { answerEvidence } from '../engine/index.js';
import { disclaimer, type EvidenceState, findingsById } from '../knowledge/index.js';
import { assessInput, type CaseResult } from '../pipeline/assess-input.js';
import { describeErrors, parseCase } from '../schema/case.js';
import type { Io } from './assess.js';

/** What the person did at a prompt: an answer, a step back, or stopping the interview. */
export type Reply = Answer | 'back' | 'cancel';

export interface QuestionContext {
  readonly number: number;
  /** Whom the questions address: `other` when a relative or carer writes (the wording says "they"). */
  readonly voice: 'self' | 'other';
  readonly remainingEstimate: number;
  readonly answered: number;
}

/** One finding read from the description, as shown back to the person before the first question. */
export interface ReadBackItem {
  readonly id: string;
  readonly state: EvidenceState;
  /** The finding's question, in plain words. */
  readonly question: string;
  /** The words in the description that said it. */
  readonly words: string;
}

/** A change the person makes to what was understood: the finding and its corrected state. */
export type Correction = { readonly id: string; readonly state: EvidenceState };

/** The interview talks to a person only through this, so a TTY UI and the line protocols share one loop. */
export interface Prompter {
  intro(text: string): void;
  askAge(): Promise<string | 'cancel'>;
  askSex(): Promise<string | 'cancel'>;
  askDescription(): Promise<string | 'cancel'>;
  /** Show what was understood (present / absent / not sure) and return the person's corrections. */
  readBack(items: readonly ReadBackItem[]): Promise<readonly Correction[] | 'cancel'>;
  ask(question: Question, context: QuestionContext): Promise<Reply>;
  error(text: string): void;
  finish(result: CaseResult, questions: number): void;
  cancelled(): void;
}

export const interviewExitCodes = { completed: 0, cancelled: 130 } as const;

interface Session {
  age: number;
  sex: 'female' | 'male';
  text?: string;
  /** Corrections to what was read from the description: explicit evidence, so they win over the text. */
  corrections: EvidenceItem[];
  batches: EvidenceItem[][];
  lastEstimate?: number;
}

async function askPerson(prompter: Prompter): Promise<Pick<Session, 'age' | 'sex'> | 'cancel'> {
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
    evidence: [...session.corrections, ...session.batches.flat()],
    ...(session.text ? { text: session.text } : {}),
    ...(session.lastEstimate === undefined ? {} : { lastEstimate: session.lastEstimate }),
    // Corrections to the read-back are the description's, not questions asked (the 12-question limit).
    ...(session.corrections.length > 0 ? { described: session.corrections.map((e) => e.id) } : {}),
  });
}

/** What the description said, finding by finding, for the person to check before any question. */
export function readBackItems(result: CaseResult): ReadBackItem[] {
  return (result.understood?.findings ?? []).map((f) => ({
    id: f.id,
    state: f.state,
    question: findingsById.get(f.id)?.question ?? f.id,
    words: f.text,
  }));
}

/** Run one interview to its end. Returns the exit code. */
export async function runInterview(prompter: Prompter): Promise<number> {
  prompter.intro(`nightleg: leg pain at night or at rest.\n${disclaimer}`);
  const person = await askPerson(prompter);
  if (person === 'cancel') return cancel(prompter);
  const description = await prompter.askDescription();
  if (description === 'cancel') return cancel(prompter);
  const session: Session = {
    ...person,
    corrections: [],
    batches: [],
    ...(description.trim() ? { text: description } : {}),
  };
  let result = assessSession(session);
  const corrections = await prompter.readBack(readBackItems(result));
  if (corrections === 'cancel') return cancel(prompter);
  const known = new Set(readBackItems(result).map((i) => i.id));
  session.corrections = corrections.filter((c) => known.has(c.id)).map(({ id, state }) => ({ id, state }));
  if (session.corrections.length > 0) result = assessSession(session);
  while (!result.shouldStop && result.question) {
    const question = result.question;
    const reply = await prompter.ask(question, {
      number: session.batches.length + 1,
      voice: result.understood?.voice ?? 'self',
      remainingEstimate: result.progress.remainingEstimate,
      answered: result.progress.answered,
    });
    if (reply === 'cancel') return cancel(prompter);
    if (reply === 'back') session.batches.pop();
    else session.batches.push(answerEvidence(question, reply));
    session.lastEstimate = result.progress.remainingEstimate;
    result = assessSession(session);
  }
  prompter.finish(result, session.batches.length);
  return interviewExitCodes.completed;
}

function cancel(prompter: Prompter): number {
  prompter.cancelled();
  return interviewExitCodes.cancelled;
}

export async function interviewCommand(
  io: Io,
  options: { json?: boolean; clinician?: boolean } = {},
): Promise<number> {
  if (options.json) return runInterview((await import('./prompter-json.js')).jsonPrompter(io));
  const interactive = Boolean(
    (io.stdin as NodeJS.ReadStream).isTTY && (io.stdout as NodeJS.WriteStream).isTTY,
  );
  const audience = options.clinician ? 'clinician' : 'person';
  const prompter = interactive
    ? (await import('./prompter-tty.js')).ttyPrompter({ audience })
    : (await import('./prompter-lines.js')).linePrompter(io, { audience });
  return runInterview(prompter);
}
