import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import type { EvidenceState } from '../knowledge/index.js';

const codeOf: Record<EvidenceState, string> = { present: 'yes', absent: 'no', unknown: 'unknown' };

/** The item last appended to the contained adaptive Questionnaire (the question to answer now). */
export function lastQuestion(response: QuestionnaireResponse): QuestionnaireItem | undefined {
  const ref = response.questionnaire?.slice(1);
  const q = response.contained?.find((r) => r.resourceType === 'Questionnaire' && r.id === ref) as
    | Questionnaire
    | undefined;
  return q?.item?.at(-1);
}

/** Every linkId the response answers (any depth). */
export function answeredLinkIds(
  items: readonly QuestionnaireResponseItem[] | undefined,
  out = new Set<string>(),
): Set<string> {
  for (const item of items ?? []) {
    if ((item.answer?.length ?? 0) > 0) out.add(item.linkId);
    answeredLinkIds(item.item, out);
  }
  return out;
}

/**
 * The finding ids a question item asks about now (itself, or its choice children for a group), leaving out
 * those the response already answers: an item left in place is asked again for its open findings only.
 */
export function askedFindings(item: QuestionnaireItem, response?: QuestionnaireResponse): string[] {
  const answered = answeredLinkIds(response?.item);
  const ids =
    item.type === 'group'
      ? (item.item ?? []).filter((i) => i.type === 'choice').map((i) => i.linkId)
      : [item.linkId];
  return ids.filter((id) => !answered.has(id));
}

/**
 * Add the answers to a question item, as an SDC client would: a group answered child by child, into the
 * group's response item when it is already there (an item left in place). A finding whose `state` is
 * undefined is left unanswered (open), as an unticked option of a screen is.
 */
export function answerItem(
  response: QuestionnaireResponse,
  item: QuestionnaireItem,
  state: (finding: string) => EvidenceState | undefined,
): QuestionnaireResponse {
  const answers = askedFindings(item, response).flatMap((linkId): QuestionnaireResponseItem[] => {
    const s = state(linkId);
    return s ? [{ linkId, answer: [{ valueCoding: { code: codeOf[s] } }] }] : [];
  });
  const items = response.item ?? [];
  if (item.type !== 'group') return { ...response, item: [...items, ...answers] };
  const at = items.findIndex((i) => i.linkId === item.linkId);
  if (at < 0) return { ...response, item: [...items, { linkId: item.linkId, item: answers }] };
  const merged = { ...items[at], linkId: item.linkId, item: [...(items[at]?.item ?? []), ...answers] };
  return { ...response, item: items.map((i, n) => (n === at ? merged : i)) };
}
