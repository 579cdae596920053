import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import type { EvidenceState } from '../knowledge/index.js';

const codeOf: Record<EvidenceState, string> = { present: 'yes', absent: 'no', unknown: 'unknown' };

/** The item just appended to the contained adaptive Questionnaire (the question to answer now). */
export function lastQuestion(response: QuestionnaireResponse): QuestionnaireItem | undefined {
  const ref = response.questionnaire?.slice(1);
  const q = response.contained?.find((r) => r.resourceType === 'Questionnaire' && r.id === ref) as
    | Questionnaire
    | undefined;
  return q?.item?.at(-1);
}

/** The finding ids a question item asks about (itself, or its choice children for a group). */
export function askedFindings(item: QuestionnaireItem): string[] {
  return item.type === 'group'
    ? (item.item ?? []).filter((i) => i.type === 'choice').map((i) => i.linkId)
    : [item.linkId];
}

/** Append the answers to a question item, as an SDC client would (a group answered child by child). */
export function answerItem(
  response: QuestionnaireResponse,
  item: QuestionnaireItem,
  state: (finding: string) => EvidenceState,
): QuestionnaireResponse {
  const answer = (linkId: string): QuestionnaireResponseItem => ({
    linkId,
    answer: [{ valueCoding: { code: codeOf[state(linkId)] } }],
  });
  const added: QuestionnaireResponseItem =
    item.type === 'group'
      ? { linkId: item.linkId, item: askedFindings(item).map(answer) }
      : answer(item.linkId);
  return { ...response, item: [...(response.item ?? []), added] };
}
