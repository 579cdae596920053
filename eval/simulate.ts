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
  /**
   * Findings asked about (a single question, or an option of a group) that the description already
   * answered as the reader understood it (present or absent). Target: none.
   */
  readonly askedAlreadySaid: readonly string[];
  /** Findings asked about that the description mentioned only with a hedge ("I think…"): asked on purpose. */
  readonly askedHedged: readonly string[];
  /** The remaining-questions estimate shown at each question (the client sends the last one back). */
  readonly estimates: readonly number[];
}

/**
 * How a simulated patient answers: a single question from the vignette's findings ("don't know" when the
 * vignette is silent); a group question ("do any of these apply?") by ticking what the vignette says is
 * present. When nothing is: on the red-flag screen and the history "none of these" (a person knows whether
 * their leg is swollen or they have diabetes, so silence there means "not that"); on the complaint's shape
 * "none of these" only when the vignette denies every option, otherwise "don't know" (a vignette silent on
 * what eases the pain says nothing about it).
 */
export function patientAnswer(patient: SimulatedPatient, question: Question): Answer {
  const state = new Map(patient.evidence.map((e) => [e.id, e.state]));
  if (question.kind === 'group') {
    const ids = question.options.map((o) => o.finding);
    const chosen = ids.filter((id) => state.get(id) === 'present');
    if (chosen.length > 0 || question.phase !== 'complaint') return { chosen };
    return ids.every((id) => state.get(id) === 'absent') ? { chosen: [] } : 'unknown';
  }
  const s = state.get(question.options[0]?.finding ?? '');
  return s === 'present' ? 'yes' : s === 'absent' ? 'no' : 'unknown';
}

/** Run the interview from the patient's opening words until the engine says stop. */
export function simulateInterview(patient: SimulatedPatient, maxQuestions = 60): InterviewRun {
  const evidence: EvidenceItem[] = [];
  const asked: string[] = [];
  const askedAlreadySaid: string[] = [];
  const askedHedged: string[] = [];
  const estimates: number[] = [];
  const base = { age: patient.age, sex: patient.sex, ...(patient.text ? { text: patient.text } : {}) };
  let result = assessInput({ ...base, evidence });
  const understood = new Map((result.understood?.findings ?? []).map((f) => [f.id, f.state]));
  while (!result.shouldStop && result.question && asked.length < maxQuestions) {
    const question = result.question;
    asked.push(question.id);
    estimates.push(result.progress.remainingEstimate);
    for (const option of question.options) {
      const said = understood.get(option.finding);
      if (said === 'present' || said === 'absent') askedAlreadySaid.push(option.finding);
      else if (said === 'unknown') askedHedged.push(option.finding);
    }
    evidence.push(...answerEvidence(question, patientAnswer(patient, question)));
    result = assessInput({ ...base, evidence, lastEstimate: result.progress.remainingEstimate });
  }
  return { questions: asked.length, asked, result, askedAlreadySaid, askedHedged, estimates };
}
