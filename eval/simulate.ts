import { type Answer, answerEvidence, type EvidenceItem, type Question } from '../src/engine/index.js';
import { assessInput, type CaseResult } from '../src/pipeline/assess-input.js';

export interface SimulatedPatient {
  readonly age: number;
  readonly sex: 'female' | 'male';
  /** What the person says first, in their own words (the interview's opening). */
  readonly text?: string;
  readonly evidence: readonly { readonly id: string; readonly state: 'present' | 'absent' | 'unknown' }[];
}

export interface InterviewRun {
  readonly questions: number;
  readonly asked: readonly string[];
  readonly result: CaseResult;
}

/**
 * How a simulated patient answers: a single question from the vignette's findings ("don't know" when the
 * vignette is silent); a group question ("do any of these apply?") by ticking what the vignette says is
 * present — a person knows whether their leg is swollen, so silence there means "not that".
 */
export function patientAnswer(patient: SimulatedPatient, question: Question): Answer {
  const state = new Map(patient.evidence.map((e) => [e.id, e.state]));
  if (question.kind === 'group') {
    return { chosen: question.options.map((o) => o.finding).filter((id) => state.get(id) === 'present') };
  }
  const s = state.get(question.options[0]?.finding ?? '');
  return s === 'present' ? 'yes' : s === 'absent' ? 'no' : 'unknown';
}

/** Run the interview from the patient's opening words until the engine says stop. */
export function simulateInterview(patient: SimulatedPatient, maxQuestions = 60): InterviewRun {
  const evidence: EvidenceItem[] = [];
  const asked: string[] = [];
  const base = { age: patient.age, sex: patient.sex, ...(patient.text ? { text: patient.text } : {}) };
  let result = assessInput({ ...base, evidence });
  while (!result.shouldStop && result.question && asked.length < maxQuestions) {
    asked.push(result.question.id);
    evidence.push(...answerEvidence(result.question, patientAnswer(patient, result.question)));
    result = assessInput({ ...base, evidence });
  }
  return { questions: asked.length, asked, result };
}
