import { readFileSync } from 'node:fs';
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
  /** Every finding offered in a question, in order. */
  readonly askedFindings: readonly string[];
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
  const askedFindings: string[] = [];
  const base = { age: patient.age, sex: patient.sex, ...(patient.text ? { text: patient.text } : {}) };
  let result = assessInput({ ...base, evidence });
  const understood = new Map((result.understood?.findings ?? []).map((f) => [f.id, f.state]));
  while (!result.shouldStop && result.question && asked.length < maxQuestions) {
    const question = result.question;
    asked.push(question.id);
    estimates.push(result.progress.remainingEstimate);
    for (const option of question.options) {
      askedFindings.push(option.finding);
      const said = understood.get(option.finding);
      if (said === 'present' || said === 'absent') askedAlreadySaid.push(option.finding);
      else if (said === 'unknown') askedHedged.push(option.finding);
    }
    evidence.push(...answerEvidence(question, patientAnswer(patient, question)));
    result = assessInput({ ...base, evidence, lastEstimate: result.progress.remainingEstimate });
  }
  return { questions: asked.length, asked, result, askedAlreadySaid, askedHedged, estimates, askedFindings };
}

export interface CorpusEntry {
  readonly id: string;
  readonly text: string;
  readonly expected: readonly { readonly id: string; readonly state: 'present' | 'absent' | 'unknown' }[];
}

export function loadCorpus(path: string): CorpusEntry[] {
  return JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry[];
}

/**
 * "Never ask what was said", measured against the annotation rather than the reader: each annotated corpus
 * description opens an interview (a woman of 60, or a man when the text says so) answered from its
 * annotation; every question about a finding the annotation says the text states (present or absent) is
 * one the person had already answered in their own words — a reader miss to fix.
 */
export function alreadySaidFromCorpus(corpus: readonly CorpusEntry[]): {
  descriptions: number;
  questions: string[];
} {
  const questions: string[] = [];
  for (const entry of corpus) {
    const stated = new Set(entry.expected.filter((e) => e.state !== 'unknown').map((e) => e.id));
    const sex = /\b(he|his|husband|man|male)\b/i.test(entry.text) ? 'male' : 'female';
    const age = stated.has('pregnant_or_postpartum') ? 30 : 60;
    let run: InterviewRun;
    try {
      run = simulateInterview({ age, sex, text: entry.text, evidence: entry.expected });
    } catch {
      continue; // a description the product refuses (e.g. too long) opens no interview
    }
    const firstAsked = new Set<string>();
    for (const id of run.askedFindings) {
      if (stated.has(id) && !firstAsked.has(id)) questions.push(`${entry.id}:${id}`);
      firstAsked.add(id);
    }
  }
  return { descriptions: corpus.length, questions };
}
