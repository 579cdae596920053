import type { Questionnaire, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { assessInput } from '../pipeline/assess-input.js';
import { FhirInputError, fail } from './outcome.js';
import { patientCase } from './patient.js';
import { catalogQuestionnaireUrl, questionItem, questionnaireHeader } from './questionnaire.js';
import { answeredPaths, linkIds, readResponseInput } from './request.js';

export const adaptiveExtensionUrl =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive';

/** The contained adaptive Questionnaire a new interview starts with (no items yet). */
export function emptyAdaptiveQuestionnaire(version: string, id = 'q'): Questionnaire {
  const { url: _url, ...header } = questionnaireHeader(version);
  return {
    ...header,
    id,
    derivedFrom: [catalogQuestionnaireUrl],
    extension: [...(header.extension ?? []), { url: adaptiveExtensionUrl, valueBoolean: true }],
    item: [],
  };
}

/**
 * Endpoint: POST [base]/Questionnaire/$next-question (SDC adaptive form). Stateless: the request carries
 * the QuestionnaireResponse with its contained Questionnaire (the questions asked so far) and the answers;
 * the answer is the same response with the engine's next question appended to the contained Questionnaire,
 * or with `status: completed` when the stop rule holds (the same decision as POST /v1/interview/next).
 */
export function nextQuestion(body: unknown, version: string): QuestionnaireResponse {
  const input = readResponseInput(body);
  const { response, responsePath } = input;
  const { age, sex } = patientCase(input.patient, input.asOf, input.patientPath);

  const contained = [...((response.contained ?? []) as Resource[])];
  const reference = response.questionnaire;
  let index: number;
  if (reference?.startsWith('#')) {
    index = contained.findIndex((r) => r.resourceType === 'Questionnaire' && r.id === reference.slice(1));
    if (index < 0)
      fail(`${responsePath}.questionnaire`, `"${reference}" does not name a contained Questionnaire`);
  } else {
    index = contained.findIndex((r) => r.resourceType === 'Questionnaire');
  }
  let questionnaire: Questionnaire;
  if (index >= 0) {
    questionnaire = contained[index] as Questionnaire;
    if (!questionnaire.id)
      fail(`${responsePath}.contained[${index}].id`, 'is required on a contained resource');
  } else {
    const taken = new Set(contained.map((r) => r.id));
    let id = 'q';
    while (taken.has(id)) id = `${id}q`;
    questionnaire = emptyAdaptiveQuestionnaire(version, id);
    index = contained.push(questionnaire) - 1;
  }

  // Answers must be to questions this interview asked.
  const asked = linkIds(questionnaire.item);
  const strays = answeredPaths(response.item, `${responsePath}.item`).filter((a) => !asked.has(a.linkId));
  if (strays.length > 0) {
    throw new FhirInputError(
      strays.map((s) => ({
        path: s.path,
        message: `"${s.linkId}" was not asked: it is not an item of the contained Questionnaire`,
      })),
    );
  }

  const result = assessInput({ age, sex, evidence: input.evidence });
  let status: QuestionnaireResponse['status'] = 'in-progress';
  if (result.shouldStop || !result.question) {
    status = 'completed';
  } else {
    const question = result.question;
    const findings = question.options.map((o) => o.finding);
    // An item still open (asked, not answered) is asked again by leaving it in place.
    if (!findings.every((f) => asked.has(f))) {
      let linkId = question.id;
      for (let n = 2; asked.has(linkId); n++) linkId = `${question.id}.${n}`;
      questionnaire = {
        ...questionnaire,
        item: [...(questionnaire.item ?? []), questionItem(question, linkId)],
      };
      contained[index] = questionnaire;
    }
  }
  return {
    ...response,
    contained,
    questionnaire: `#${questionnaire.id}`,
    status,
  };
}
