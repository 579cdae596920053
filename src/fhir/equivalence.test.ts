import type {
  Parameters,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  RiskAssessment,
} from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patientAnswer, type SimulatedPatient } from '../../eval/simulate.js';
import { answerEvidence, type EvidenceItem } from '../engine/index.js';
import { findings } from '../knowledge/index.js';
import { interviewNext } from '../server/routes/interview-next.js';
import { assessResponse } from './assess.js';
import { answerItem, askedFindings, lastQuestion } from './interview-driver.js';
import { nextQuestion } from './next-question.js';
import { linkIds } from './request.js';

const allLinkIds = (items: readonly QuestionnaireItem[] | undefined): string[] =>
  (items ?? []).flatMap((i) => [i.linkId, ...allLinkIds(i.item)]);

const authored = '2026-06-15T10:00:00Z';
const maxSteps = 60;

const simulatedPatient: fc.Arbitrary<SimulatedPatient> = fc.record({
  age: fc.integer({ min: 18, max: 100 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
  evidence: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...findings.map((f) => f.id)),
      state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
    }),
    { selector: (e) => e.id, maxLength: 25 },
  ),
});

/** The /v1/interview/next interview (the route's own function): questions asked and the final result. */
function v1Interview(patient: SimulatedPatient) {
  const evidence: EvidenceItem[] = [];
  const questions: string[][] = [];
  /** Each step's answers; an option left unticked on a screen or complaint group is in none (open). */
  const answers: Map<string, EvidenceItem['state']>[] = [];
  let step = interviewNext({ age: patient.age, sex: patient.sex, evidence }, 'full');
  while (!step.shouldStop && step.question && questions.length < maxSteps) {
    questions.push(step.question.options.map((o) => o.finding));
    const given = answerEvidence(step.question, patientAnswer(patient, step.question));
    answers.push(new Map(given.map((e) => [e.id, e.state])));
    evidence.push(...given);
    step = interviewNext({ age: patient.age, sex: patient.sex, evidence }, 'full');
  }
  return { questions, result: step.result, answers };
}

/**
 * The same person over FHIR: $next-question until completed, answering each step's item as /v1 recorded at
 * that step (an option /v1 left open is left unanswered).
 */
function fhirInterview(
  patient: SimulatedPatient,
  answers: readonly ReadonlyMap<string, EvidenceItem['state']>[],
) {
  let response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    status: 'in-progress',
    authored,
    subject: { reference: '#p' },
    contained: [
      { resourceType: 'Patient', id: 'p', gender: patient.sex, birthDate: `${2026 - patient.age}-01-01` },
    ],
  };
  const questions: string[][] = [];
  for (let i = 0; i <= maxSteps; i++) {
    response = nextQuestion(response, 'test');
    const adaptive = response.contained?.find((r) => r.resourceType === 'Questionnaire');
    const ids = [...linkIds((adaptive as Questionnaire | undefined)?.item)];
    const all = allLinkIds((adaptive as Questionnaire | undefined)?.item);
    if (ids.length !== all.length) throw new Error('a linkId appears twice in the adaptive Questionnaire');
    if (response.status === 'completed') break;
    const item = lastQuestion(response);
    if (!item) throw new Error('no item appended');
    const step = answers[questions.length] ?? new Map<string, EvidenceItem['state']>();
    questions.push(askedFindings(item, response));
    response = answerItem(response, item, (f) => step.get(f));
  }
  return { questions, response, bundle: assessResponse(response, 'test').bundle };
}

describe('$next-question and $assess agree with /v1/interview/next', () => {
  it('same questions in the same order, same stop, same urgency and ranking (simulated patients)', () => {
    let asked = 0;
    fc.assert(
      fc.property(simulatedPatient, (patient) => {
        const v1 = v1Interview(patient);
        const fhir = fhirInterview(patient, v1.answers);
        expect(fhir.questions).toEqual(v1.questions);
        asked += v1.questions.length;
        expect(fhir.response.status).toBe('completed');
        const resources = fhir.bundle.entry?.map((e) => e.resource) ?? [];
        const risk = resources.find((r) => r?.resourceType === 'RiskAssessment') as RiskAssessment;
        const output = resources.find((r) => r?.resourceType === 'Parameters') as Parameters;
        expect(output.parameter?.find((p) => p.name === 'urgency')?.valueCoding?.code).toBe(
          v1.result.triage.level,
        );
        expect(risk.prediction?.map((p) => p.outcome?.coding?.[0]?.code)).toEqual(
          v1.result.conditions.map((c) => c.id),
        );
        risk.prediction?.forEach((p, i) => {
          expect(p.probabilityDecimal).toBeCloseTo(v1.result.conditions[i]?.probability ?? -1, 4);
        });
      }),
      { numRuns: 40, seed: 17 },
    );
    // The runs are real interviews, not patients stopped at once by a red flag.
    expect(asked).toBeGreaterThan(80);
  });
});
