/**
 * The wording of an assessment in the asked language. Only wording changes: ids, levels, probabilities and
 * every decision stay the engine's. A text the locale does not have stays in English.
 */
import type { Assessment, Question, RankedCondition, TriageReason } from '../engine/index.js';
import { spanishKnowledge } from '../knowledge/locales/es.js';
import type { KnowledgeWording } from '../knowledge/locales/types.js';
import type { Lang } from '../language/index.js';

const wordings: ReadonlyMap<Lang, KnowledgeWording> = new Map([['es', spanishKnowledge]]);

const pick = (translated: string | undefined, english: string) =>
  translated !== undefined && translated !== '' ? translated : english;
const get = <T>(table: Readonly<Record<string, T>>, id: string): T | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined;

function localiseQuestion(q: Question, w: KnowledgeWording): Question {
  const own = q.kind === 'group' ? get(w.groups, q.id) : undefined;
  const finding = q.kind === 'single' ? get(w.findings, q.id) : undefined;
  return {
    ...q,
    text: pick(own?.text ?? finding?.q, q.text),
    why: pick(own?.why ?? finding?.why, q.why),
    options: q.options.map((o) => ({ ...o, text: pick(get(w.findings, o.finding)?.q, o.text) })),
  };
}

function localiseReason(r: TriageReason, w: KnowledgeWording): TriageReason {
  // Probability and uncertainty reasons carry figures in their English sentence; a criterion reason's
  // clinician text is a template with the score. Those stay English (the web app rebuilds them).
  const rule = r.kind === 'red_flag' || r.kind === 'advice_rule' ? get(w.rules, r.id) : undefined;
  return {
    ...r,
    reason: pick(rule?.reason, r.reason),
    clinicianReason: pick(rule?.clinicianReason, r.clinicianReason),
  };
}

function localiseCondition(c: RankedCondition, w: KnowledgeWording): RankedCondition {
  const t = get(w.conditions, c.id);
  return {
    ...c,
    name: pick(t?.name, c.name),
    clinicianName: pick(t?.clinicianName, c.clinicianName),
    selfCare: pick(t?.selfCare, c.selfCare),
  };
}

/** The triage wording (label, action, reasons) in `lang` where known. */
export function localiseTriage<T extends Assessment['triage']>(triage: T, lang: Lang): T {
  const w = wordings.get(lang);
  if (!w) return triage;
  const urgency = w.urgency[triage.level];
  return {
    ...triage,
    label: pick(urgency?.label, triage.label),
    action: pick(urgency?.action, triage.action),
    reasons: triage.reasons.map((r) => localiseReason(r, w)),
  };
}

/** A question's text, why and options in `lang` where known. */
export function localiseQuestionTo(q: Question | null, lang: Lang): Question | null {
  const w = wordings.get(lang);
  return q && w ? localiseQuestion(q, w) : q;
}

/** The assessment with its question, triage wording, causes and disclaimer in `lang` where known. */
export function localiseAssessment<A extends Assessment>(a: A, lang: Lang): A {
  const w = wordings.get(lang);
  if (!w) return a;
  const urgency = w.urgency[a.triage.level];
  return {
    ...a,
    triage: {
      ...a.triage,
      label: pick(urgency?.label, a.triage.label),
      action: pick(urgency?.action, a.triage.action),
      reasons: a.triage.reasons.map((r) => localiseReason(r, w)),
    },
    conditions: a.conditions.map((c) => localiseCondition(c, w)),
    question: a.question ? localiseQuestion(a.question, w) : null,
    disclaimer: pick(w.disclaimer, a.disclaimer),
  };
}
