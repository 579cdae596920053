import type { Coding, Extension, Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import type { Question } from '../engine/index.js';
import {
  type EvidenceState,
  type FindingDefinition,
  findings,
  findingsById,
  historyGroups,
  screeningGroups,
} from '../knowledge/index.js';
import { canonicalBase, systems, verifiedCodesFor } from './codes.js';

export const catalogQuestionnaireId = 'nightleg';
export const catalogQuestionnaireUrl = `${canonicalBase}/Questionnaire/nightleg`;

/** The three answers every question takes, as codings of nightleg's answer code system. */
export const answerCodings = {
  present: { system: systems.answer, code: 'yes', display: 'Yes' },
  absent: { system: systems.answer, code: 'no', display: 'No' },
  unknown: { system: systems.answer, code: 'unknown', display: "Don't know" },
} as const satisfies Record<EvidenceState, Coding>;

const answerOption = Object.values(answerCodings).map((valueCoding) => ({ valueCoding }));

const sdc = 'http://hl7.org/fhir/uv/sdc/StructureDefinition';

/** "Why am I asked this?" as an SDC help item (a display child with itemControl `help`). */
function helpItem(linkId: string, text: string): QuestionnaireItem {
  return {
    linkId: `${linkId}.why`,
    type: 'display',
    text,
    extension: [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
        valueCodeableConcept: {
          coding: [{ system: systems.itemControl, code: 'help', display: 'Help-Button' }],
        },
      },
    ],
  };
}

/** Options shown only to women: a precondition on patient data, which SDC writes as an enableWhenExpression. */
const femaleOnly = new Set(
  (findings as readonly FindingDefinition[]).filter((f) => f.askIf?.sex === 'female').map((f) => f.id),
);

function femaleOnlyExtension(): Extension {
  return {
    url: `${sdc}/sdc-questionnaire-enableWhenExpression`,
    valueExpression: { language: 'text/fhirpath', expression: "%patient.gender = 'female'" },
  };
}

/** One yes / no / don't-know question about a finding (linkId = finding id). */
export function findingItem(finding: FindingDefinition | string, text?: string): QuestionnaireItem {
  const f = typeof finding === 'string' ? findingsById.get(finding) : finding;
  const id = typeof finding === 'string' ? finding : finding.id;
  const code: Coding[] = [
    { system: systems.finding, code: id, ...(f ? { display: f.clinicianTerm } : {}) },
    ...verifiedCodesFor(id).map(({ system, code, display }) => ({ system, code, display })),
  ];
  return {
    linkId: id,
    code,
    text: text ?? f?.question ?? id,
    type: 'choice',
    answerOption,
    ...(femaleOnly.has(id) ? { extension: [femaleOnlyExtension()] } : {}),
    ...(f ? { item: [helpItem(id, f.why)] } : {}),
  };
}

/** The engine's next question as a Questionnaire item: a group of findings, or one finding. */
export function questionItem(question: Question, linkId = question.id): QuestionnaireItem {
  if (question.kind === 'single') {
    const option = question.options[0];
    return findingItem(option?.finding ?? question.id, question.text);
  }
  return {
    linkId,
    type: 'group',
    text: question.text,
    item: [...question.options.map((o) => findingItem(o.finding, o.text)), helpItem(linkId, question.why)],
  };
}

const groupTitles: Record<FindingDefinition['group'], string> = {
  location: 'Where it hurts',
  character: 'What the pain is like',
  timing: 'When it happens',
  position: 'Position',
  relief: 'What helps',
  signs: 'What the leg looks like',
  alarm: 'Warning signs',
  history: 'Health history',
  medication: 'Medicines',
  other_causes: 'Other causes',
};

/** The interview's shared metadata (catalog and adaptive forms). */
export function questionnaireHeader(version: string): Omit<Questionnaire, 'item'> {
  return {
    resourceType: 'Questionnaire',
    url: catalogQuestionnaireUrl,
    version,
    name: 'NightlegLegPainAtRest',
    title: 'Leg pain that starts or gets worse when lying down',
    status: 'active',
    subjectType: ['Patient'],
    description:
      "nightleg decision support: questions about leg pain at rest or at night. Not a diagnosis. Each question is answered yes, no or don't know; linkIds are nightleg finding ids.",
    extension: [
      {
        url: `${sdc}/sdc-questionnaire-launchContext`,
        extension: [
          {
            url: 'name',
            valueCoding: { system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/launchContext', code: 'patient' },
          },
          { url: 'type', valueCode: 'Patient' },
        ],
      },
    ],
  };
}

/**
 * The whole catalog as one Questionnaire: the red-flag screens and history groups as the interview asks
 * them, then every other finding grouped by topic. Every finding appears exactly once.
 */
export function catalogQuestionnaire(version: string): Questionnaire {
  const grouped = new Set<string>();
  // A finding shared by two groups (e.g. dialysis: clot and cramp histories) is listed in the first only.
  const groups: QuestionnaireItem[] = [...screeningGroups, ...historyGroups].flatMap((g) => {
    const own = g.findings.filter((id) => !grouped.has(id));
    for (const id of own) grouped.add(id);
    if (own.length === 0) return [];
    return [
      {
        linkId: g.id,
        type: 'group' as const,
        text: g.text,
        item: [...own.map((id) => findingItem(id)), helpItem(g.id, g.why)],
      },
    ];
  });
  const topics = new Map<FindingDefinition['group'], FindingDefinition[]>();
  for (const f of findings as readonly FindingDefinition[]) {
    if (grouped.has(f.id)) continue;
    topics.set(f.group, [...(topics.get(f.group) ?? []), f]);
  }
  for (const [group, members] of topics) {
    groups.push({
      linkId: `topic_${group}`,
      type: 'group',
      text: groupTitles[group] ?? group,
      item: members.map((f) => findingItem(f)),
    });
  }
  return { ...questionnaireHeader(version), id: catalogQuestionnaireId, item: groups };
}
