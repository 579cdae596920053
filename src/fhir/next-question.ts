import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
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
    const findings = new Set(question.options.map((o) => o.finding));
    const answered = new Set(input.evidence.map((e) => e.id));
    const items = questionnaire.item ?? [];
    const last = items.at(-1);
    const lastOpen = last ? openFindings(last, answered) : [];
    // The last item asked again, unanswered: left in place. Anything else is appended, so the newest item is
    // always the question to answer now. A finding asked before and left open (the rest of a screen after a
    // partial tick, an unticked complaint option asked on its own) moves from its old item into the new one,
    // which keeps every linkId unique in the Questionnaire.
    const sameAsLast = lastOpen.length === findings.size && lastOpen.every((f) => findings.has(f));
    if (!sameAsLast) {
      const kept = withoutFindings(items, findings);
      const taken = linkIds(kept);
      let linkId = question.id;
      for (let n = 2; taken.has(linkId); n++) linkId = `${question.id}.${n}`;
      questionnaire = { ...questionnaire, item: [...kept, questionItem(question, linkId)] };
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

/** The finding questions of an item (itself, or its choice children) not answered yet. */
function openFindings(item: QuestionnaireItem, answered: ReadonlySet<string>): string[] {
  const questions = item.type === 'group' ? (item.item ?? []).filter((i) => i.type === 'choice') : [item];
  return questions.map((i) => i.linkId).filter((id) => !answered.has(id));
}

/** The items without the finding questions about to be asked again (they are open: never answered). */
function withoutFindings(
  items: readonly QuestionnaireItem[],
  findings: ReadonlySet<string>,
): QuestionnaireItem[] {
  return items
    .filter((i) => i.type === 'group' || !findings.has(i.linkId))
    .map((i) =>
      i.type === 'group'
        ? { ...i, item: (i.item ?? []).filter((c) => c.type !== 'choice' || !findings.has(c.linkId)) }
        : i,
    );
}
