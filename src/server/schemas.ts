import { z } from 'zod';
import { type CriterionResult, instrumentIds } from '../criteria/index.js';
import type { Assessment, CriterionCatalogEntry } from '../engine/index.js';
import {
  type Citation,
  type ConditionDefinition,
  type FindingDefinition,
  type UrgencyDescription,
  urgencyLevels,
} from '../knowledge/index.js';
import type { Understanding } from '../language/index.js';
import {
  type CaseResult,
  type CompactResult,
  compactProbabilityDigits,
  type Include,
  includes,
  type View,
  views,
} from '../pipeline/views.js';
import { caseSchema, evidenceItemSchema } from '../schema/case.js';
import type { Problem } from './problem.js';

/**
 * Response schemas of the HTTP API. Request bodies reuse the shared wire schema (src/schema/case.ts).
 * These schemas drive the OpenAPI document; responses are serialised with JSON.stringify (see
 * `serializerCompiler` in validation.ts), and the tests check real responses against them.
 */

/** Schemas with an `id` here become `#/components/schemas/<id>` in the OpenAPI document. */
export const apiSchemas = z.registry<{ id?: string; description?: string }>();

export function component<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiSchemas.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
}

/** A description in the OpenAPI document (zod's `.describe` writes to the global registry, not this one). */
export function doc<T extends z.ZodType>(schema: T, description: string): T {
  apiSchemas.add(schema, { description });
  return schema;
}

// A citation id (`S12`, `seed:L4`); typed as the knowledge base's union, documented as a string.
const citation = doc(
  z.string(),
  'Source id: `S<n>` (reference list) or `seed:L<n>` (clinical source text)',
) as unknown as z.ZodType<Citation>;

/** Arrays in responses are the engine's `readonly T[]`; typed so, documented as plain arrays. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item) as unknown as z.ZodType<readonly z.output<T>[], readonly z.input<T>[]>;
}
const citations = list(citation);
const urgency = z.enum(urgencyLevels);
const evidenceState = z.enum(['present', 'absent', 'unknown']);

export const caseRequestSchema = component('Case', caseSchema, 'A case: age, sex and the evidence so far.');

const itemState = z.enum(['present', 'absent', 'unknown'], {
  error: 'must be "present", "absent" or "unknown"',
});
/**
 * The answer to the question the case asks next, sent with the case instead of appending evidence by hand:
 * the server turns it into evidence (returned as `answered`, for the client to keep) and asks the next one.
 */
export const interviewAnswerSchema = component(
  'InterviewAnswer',
  z
    .strictObject({
      question: doc(
        z.string({ error: 'must be the id of the question answered' }),
        'The `question.id` answered: it must be the question this case (without the answer) asks next',
      ),
      answer: doc(
        z.enum(['yes', 'no', 'unknown'], { error: 'must be "yes", "no" or "unknown"' }),
        "Single question: yes / no / don't know. On a group: applies to every option",
      ).optional(),
      chosen: doc(
        list(z.string()),
        'Group question, as a tick list: the options that apply (present); [] = "none of these" (absent for each); an option left unticked is not reported (as `question.unticked` says), never absent',
      ).optional(),
      items: doc(
        z.record(z.string(), itemState),
        'Group question, per option: {"<finding id>": "present" | "absent" | "unknown"}; each listed option takes exactly that state; an option not listed counts as unticked',
      ).optional(),
    })
    .refine((a) => [a.answer, a.chosen, a.items].filter((x) => x !== undefined).length === 1, {
      error: 'give exactly one of "answer", "chosen" or "items"',
    }),
  'One answer to the pending question: exactly one of `answer`, `chosen` or `items`.',
);

export const interviewRequestSchema = component(
  'InterviewCase',
  caseSchema.extend({ answer: interviewAnswerSchema.optional() }),
  'A case (as for /v1/assess) and, optionally, the answer to the question it asks next.',
);
component('EvidenceItem', evidenceItemSchema);

const criterionItem = z.object({
  id: z.string(),
  label: z.string(),
  value: z.union([z.boolean(), z.number(), z.string(), z.null()]),
  known: z.boolean(),
  points: z.number().optional(),
  likelihoodRatio: z.number().optional(),
  clinicianConfirms: z.boolean(),
  sources: citations,
});

// Documented as the fields every result shares plus any others; typed as the criteria module's own union.
export const criterionResultSchema = component(
  'CriterionResult',
  z.looseObject({
    instrument: z.enum(instrumentIds),
    name: z.string(),
    items: list(criterionItem),
    known: list(z.string()),
    missing: list(z.string()),
    total: z.number().int(),
    coverage: z.string(),
    decisive: z.boolean(),
    reasons: list(z.string()),
    notes: list(z.string()),
    sources: citations,
    patientSummary: z.string(),
    clinicianSummary: z.string(),
  }),
  'Fields every instrument result carries; each instrument adds its own (score, class, per-leg values…), see docs/criteria.md.',
) as unknown as z.ZodType<CriterionResult>;

const adviceKind = z.enum([
  'massage',
  'heat',
  'cold',
  'raise_leg',
  'lower_leg',
  'stretch',
  'keep_active',
  'rest',
  'position',
  'compression',
  'pain_relief',
  'wait',
  'foot_care',
  'lifestyle',
  'seek_care',
]);

const evidenceItemOut = z.strictObject({
  id: z.string(),
  state: evidenceState,
  side: z.enum(['left', 'right', 'both']).optional(),
});

const factor = z.strictObject({
  finding: z.string(),
  state: evidenceState,
  label: z.string(),
  clinicianTerm: z.string(),
  weight: doc(z.number(), 'ln(likelihood ratio): positive supports, negative opposes'),
  kind: z.enum(['symptom', 'risk_factor', 'criterion']),
  sources: citations,
});

const rankedCondition = z.strictObject({
  id: z.string(),
  name: z.string(),
  clinicianName: z.string(),
  probability: z.number().min(0).max(1),
  usualUrgency: urgency,
  supporting: list(factor),
  opposing: list(factor),
  redFlagRules: doc(
    list(z.string()),
    'Emergency red-flag rules that point to this cause; such causes are listed first, whatever their probability',
  ),
  band: doc(
    z.enum(['rule_out_first', 'likely', 'possible', 'less_likely']),
    'What a person sees instead of a percentage: rule_out_first when a fired red-flag rule names this cause (never show a percentage for it), else likely (≥ 0.5), possible (≥ 0.1) or less_likely. See docs/api.md "Bands"',
  ),
  selfCare: doc(
    z.string(),
    "This cause's own advice, without items withheld while a dangerous cause is in play (prefer `advice`)",
  ),
  investigations: doc(
    list(z.strictObject({ name: z.string(), patientName: z.string().optional(), sources: citations })),
    'What a clinician would order to confirm or exclude this cause (name for the clinician, patientName for the person), each cited; filled for the causes in play, empty for the others',
  ),
  sources: citations,
});

const triageReason = z.strictObject({
  kind: doc(
    z.enum(['red_flag', 'advice_rule', 'probability', 'uncertainty', 'criterion', 'safety_net']),
    'safety_net: self-care was not earned (warning-sign questions unanswered, a warning sign present, or no harmless cause positively supported)',
  ),
  id: z.string(),
  level: urgency,
  reason: z.string(),
  clinicianReason: z.string(),
  findings: list(z.string()),
  sources: citations,
});

const triage = z.strictObject({
  level: urgency,
  label: z.string(),
  action: z.string(),
  reasons: list(triageReason),
  provisional: doc(
    z.boolean(),
    'True while a warning-sign (red-flag screen) question is unanswered or "don\'t know": the level may still rise and self-care is never given. Show it in plain words with `unanswered` (docs/api.md "Provisional results")',
  ),
  unanswered: doc(
    list(z.strictObject({ id: z.string(), text: z.string() })),
    "The warning-sign questions still to answer, in the person's words",
  ),
});

const advice = z.strictObject({
  items: doc(
    list(z.strictObject({ condition: z.string(), text: z.string(), kinds: list(adviceKind) })),
    'What may help now, starting with the cause that sets the urgency',
  ),
  withheld: doc(
    list(
      z.strictObject({
        condition: z.string(),
        text: z.string(),
        reason: z.string(),
        because: z.string(),
        sources: citations,
      }),
    ),
    'Advice held back while a dangerous cause (`because`) is in play, with the reason in plain words',
  ),
});

export const questionSchema = component(
  'Question',
  z.strictObject({
    id: z.string(),
    kind: doc(
      z.enum(['single', 'group']),
      'single: one finding, answer yes/no/don\'t know. group: "which of these apply?": chosen options present; "none of these" all absent; "don\'t know" all unknown; an unticked option as `unticked` says',
    ),
    phase: doc(
      z.enum(['complaint', 'red_flag_screen', 'history', 'differential']),
      "complaint: the complaint's shape (where, what like, when, what eases it); red_flag_screen; history: risk factors; differential",
    ),
    text: z.string(),
    why: z.string(),
    unticked: doc(
      z.enum(['unknown', 'open']),
      'Group questions, when some options are chosen: an unticked option is appended as `unknown` (unknown), or left out (open: it may be asked again). Never absent.',
    ),
    options: list(z.strictObject({ finding: z.string(), text: z.string() })),
  }),
);

const progress = z.strictObject({
  answered: z.number().int().min(0),
  remainingEstimate: z.number().int().min(0),
});

const assessmentShape = {
  triage,
  conditions: list(rankedCondition),
  evidence: list(evidenceItemOut),
  disclaimer: z.string(),
  criteria: doc(
    list(criterionResultSchema),
    'Every validated instrument that applies, with what is known and missing',
  ),
  advice,
  question: questionSchema.nullable(),
  shouldStop: z.boolean(),
  progress,
};

export const caseResultSchema = component(
  'CaseResult',
  z.strictObject({
    id: doc(z.union([z.string(), z.number()]), "The request's id, echoed").optional(),
    ...assessmentShape,
    understood: doc(
      z.custom<Understanding>(),
      'When the case had `text`: what was read from it (same shape as POST /v1/understand)',
    ).optional(),
  }),
  'The assessment of one case: triage, ranked causes with reasons, the evidence used, and the next interview question.',
);

export const interviewNextResponseSchema = component(
  'InterviewStep',
  z.strictObject({
    question: doc(questionSchema.nullable(), 'The next question, or null when the interview should stop'),
    shouldStop: z.boolean(),
    progress,
    voice: doc(
      z.enum(['self', 'other']),
      'Who the questions address: `other` when a relative or carer writes (the question text then speaks of "they"); `self` otherwise',
    ),
    answered: doc(
      list(evidenceItemOut),
      'With a request `answer`: the evidence it became. Append it to `evidence` for the next request (and drop `answer`)',
    ).optional(),
    result: caseResultSchema,
  }),
);

// ---- views (docs/api.md "Views"): `?view=compact|full&include=question`.

/** The default view of the HTTP API: machines read it, and catalog text is fetched once (docs/api.md). */
export const defaultApiView: View = 'compact';

const includePattern = new RegExp(`^\\s*(${includes.join('|')})\\s*(,\\s*(${includes.join('|')})\\s*)*$`);

/** `?view=compact|full&include=question`: the view of a result and the optional parts of the compact one. */
export const viewQuerySchema = z.strictObject({
  view: doc(
    z.enum(views, { error: `must be one of: ${views.join(', ')}` }).default(defaultApiView),
    'compact (default): triage, causes by id, catalog text left to the catalog routes. full: everything, with text.',
  ),
  include: doc(
    z.string().regex(includePattern, { error: `must be a comma-separated list of: ${includes.join(', ')}` }),
    `Optional parts of the compact view, comma-separated: ${includes.join(', ')}. question: the next question, shouldStop and progress; explanations: each cause's red-flag rules and, for causes in play, the finding ids for and against it; unanswered: the open warning-sign questions by id (triage.unanswered; the count is always there). The full view has them all.`,
  ).optional(),
});

/** The parts named by a validated `include` parameter. */
export function includeList(include: string | undefined): Include[] {
  return (include ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p): p is Include => (includes as readonly string[]).includes(p));
}

const compactTriage = z.strictObject({
  level: urgency,
  reasons: list(
    z.strictObject({
      kind: z.enum(['red_flag', 'advice_rule', 'probability', 'uncertainty', 'criterion', 'safety_net']),
      id: z.string(),
      text: doc(z.string(), 'The reason in plain words'),
    }),
  ),
  provisional: doc(z.boolean(), 'As in the full view: warning-sign questions are still unanswered'),
  unansweredCount: doc(z.number().int().min(0), 'How many warning-sign questions are still to answer'),
  unanswered: doc(
    list(z.string()),
    "With include=unanswered: the warning-sign questions still to answer, by finding id, in screen order: their wording (in the person's words) is `question` in GET /v1/findings; the full view carries it inline",
  ).optional(),
});

const compactCause = z.strictObject({
  id: doc(z.string(), 'Condition id: names and advice in GET /v1/conditions'),
  probability: doc(
    z.number().min(0).max(1),
    `The full view's probability cut to ${compactProbabilityDigits} significant digits (not rounded, so a whole percent from it is the full view's; a view setting; the ranking and band are computed from the exact value, which the full view carries)`,
  ),
  band: doc(
    z.enum(['rule_out_first', 'likely', 'possible', 'less_likely']),
    'What a person sees instead of a percentage (see the full view)',
  ),
  redFlagRules: doc(
    list(z.string()),
    'With include=explanations, when there are some: fired emergency rules pointing to this cause (rule it out first; the band says so either way)',
  ).optional(),
  for: doc(
    list(z.string()),
    'With include=explanations, causes in play only: finding ids for it, strongest first (text in GET /v1/findings; `criteria:*` ids in GET /v1/criteria)',
  ).optional(),
  against: doc(
    list(z.string()),
    'With include=explanations, causes in play only: finding ids against it, strongest first',
  ).optional(),
});

export const compactResultSchema = component(
  'CompactResult',
  z.strictObject({
    id: doc(z.union([z.string(), z.number()]), "The request's id, echoed").optional(),
    triage: compactTriage,
    causes: doc(
      list(compactCause),
      'In ranking order: every cause in play (top three, ≥ 5%, or pointed to by a red flag) and any other ≥ 1%',
    ),
    question: doc(
      questionSchema.nullable(),
      'With include=question: the next question, or null to stop',
    ).optional(),
    shouldStop: doc(z.boolean(), 'With include=question').optional(),
    progress: doc(progress, 'With include=question').optional(),
    understood: doc(
      list(z.strictObject({ id: z.string(), state: evidenceState })),
      'When the case had text: the findings read from it',
    ).optional(),
    voice: doc(
      z.enum(['self', 'other']),
      'When the case had text or a `voice`: who the questions address (`other`: a relative or carer writes, questions speak of "they")',
    ).optional(),
    advice: doc(
      z.strictObject({
        shown: list(z.strictObject({ condition: z.string(), items: list(z.number().int().min(0)) })),
        withheld: list(
          z.strictObject({
            condition: z.string(),
            items: list(z.number().int().min(0)),
            because: z.string(),
          }),
        ),
      }),
      'What may help now, by reference, in order: each entry is a run of consecutive items of one condition, `items` indexing its advice in GET /v1/conditions; withheld items are held back while `because` is in play (its `avoid` in GET /v1/conditions gives the reason)',
    ),
    disclaimer: z.string(),
  }),
  'The compact view: triage, the causes that matter by id, (include=explanations) the findings for and against the causes in play, and (include=question) the next interview step. Catalog text comes from GET /v1/conditions, /v1/findings, /v1/criteria and /v1/urgency.',
);

export const assessResponseSchema = doc(
  z.union([compactResultSchema, caseResultSchema]),
  'CompactResult (view=compact, the default) or CaseResult (view=full)',
);

export const compactInterviewStepSchema = component(
  'CompactInterviewStep',
  z.strictObject({
    question: doc(questionSchema.nullable(), 'The next question, or null when the interview should stop'),
    shouldStop: z.boolean(),
    progress,
    voice: doc(
      z.enum(['self', 'other']),
      'Who the questions address: `other` when a relative or carer writes (the question text then speaks of "they"); `self` otherwise',
    ),
    answered: doc(
      list(evidenceItemOut),
      'With a request `answer`: the evidence it became. Append it to `evidence` for the next request (and drop `answer`)',
    ).optional(),
    result: compactResultSchema,
  }),
  'An interview step in the compact view: `result` is the compact assessment so far (the step itself carries the question).',
);

export const interviewStepResponseSchema = doc(
  z.union([compactInterviewStepSchema, interviewNextResponseSchema]),
  'CompactInterviewStep (view=compact, the default) or InterviewStep (view=full)',
);

export const criterionCatalogSchema = component(
  'CriterionCatalogEntry',
  z.strictObject({
    id: z.enum(instrumentIds),
    name: z.string(),
    conditions: doc(list(z.string()), 'The causes the instrument is about'),
    items: list(z.strictObject({ id: z.string(), label: z.string(), sources: citations })),
    factors: doc(
      list(z.strictObject({ id: z.string(), label: z.string() })),
      'Factor ids this instrument can add to a cause (`for` in the compact view), with their text',
    ),
  }),
);
export const criteriaCatalogResponseSchema = list(criterionCatalogSchema);

export const urgencySchema = component(
  'UrgencyLevel',
  z.strictObject({
    level: urgency,
    rank: doc(z.number().int(), 'Lower is more urgent'),
    label: z.string(),
    action: doc(z.string(), 'What to do, in plain words'),
    clinicianLabel: z.string(),
  }),
);
export const urgencyResponseSchema = list(urgencySchema);

/** The clauses of a question's precondition (src/knowledge/types.ts AskIf), without the nested anyOf. */
const askIfClauses = z.strictObject({
  anyPresent: list(z.string()).optional(),
  allPresent: list(z.string()).optional(),
  nonePresent: list(z.string()).optional(),
  noneAbsent: list(z.string()).optional(),
  notAllAbsent: list(z.string()).optional(),
  sex: z.enum(['female', 'male']).optional(),
  age: z.strictObject({ min: z.number().optional(), max: z.number().optional() }).optional(),
});

export const findingSchema = component(
  'Finding',
  z.strictObject({
    id: z.string(),
    question: z.string(),
    clinicianTerm: z.string(),
    group: z.enum([
      'location',
      'character',
      'timing',
      'position',
      'relief',
      'signs',
      'alarm',
      'history',
      'medication',
      'other_causes',
    ]),
    answerType: z.literal('boolean'),
    why: z.string(),
    sources: citations,
    askIf: doc(
      askIfClauses.extend({ anyOf: list(askIfClauses).optional() }).optional(),
      'When the interview may ask it: at least one of anyPresent present, all of allPresent present, none of nonePresent present, none of noneAbsent said absent, not every one of notAllAbsent said absent, this sex, this age range, and at least one of the anyOf alternatives (each with the same clauses)',
    ),
  }),
);

const ageBands = { '18-44': z.number(), '45-64': z.number(), '65-79': z.number(), '80+': z.number() };

export const conditionSchema = component(
  'Condition',
  z.strictObject({
    id: z.string(),
    patientName: z.string(),
    clinicianName: z.string(),
    description: z.string(),
    usualUrgency: urgency,
    urgencySources: citations,
    prior: z.strictObject({
      byAge: z.strictObject(ageBands),
      sex: z.strictObject({ female: z.number(), male: z.number() }),
      sources: citations,
      derivation: z.string(),
    }),
    riskFactors: list(
      z.strictObject({
        finding: z.string(),
        oddsRatio: z.number(),
        necessary: z
          .boolean()
          .optional()
          .describe('The cause cannot occur without it; said to be absent, it lowers the prior odds'),
        sources: citations,
        note: z.string().optional(),
      }),
    ),
    links: list(
      z.strictObject({
        finding: z.string(),
        probability: z.number(),
        sources: citations,
        note: z.string().optional(),
        essential: doc(
          z.boolean(),
          "An essential criterion of the cause's definition: left unreported, it weighs against the cause",
        ).optional(),
      }),
    ),
    advice: list(
      z.strictObject({
        text: z.string(),
        kinds: list(adviceKind),
        sources: citations.optional(),
      }),
    ),
    avoid: list(z.strictObject({ kind: adviceKind, reason: z.string(), sources: citations })).optional(),
    investigations: list(
      z.strictObject({ name: z.string(), patientName: z.string().optional(), sources: citations }),
    ).optional(),
    variantOf: doc(
      z.string(),
      'The cause this one is a variant of (same presentation, other cause)',
    ).optional(),
    sources: citations,
    rules: list(
      z.strictObject({
        id: z.string(),
        level: urgency,
        all: list(z.string()),
        any: list(z.string()).optional(),
        reason: z.string(),
        clinicianReason: z.string(),
        sources: citations,
        suspects: list(z.string()).optional(),
      }),
    ).optional(),
  }),
);

export const findingsResponseSchema = list(findingSchema);
export const conditionsResponseSchema = list(conditionSchema);

export const healthSchema = z.strictObject({ status: z.literal('ok'), version: z.string() });

export const problemSchema = component(
  'Problem',
  z.strictObject({
    type: doc(z.string(), 'A URI naming the kind of problem (see docs/api.md)'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: list(z.strictObject({ path: z.string(), message: z.string() })),
    errorCount: doc(
      z.number().int().optional(),
      'How many errors there were in all, when `errors` lists only the first 20',
    ),
  }),
  'RFC 9457 problem details; `errors` names each offending field (`evidence[2].id`), the first 20 of them.',
);

const problemDescriptions: Record<number, string> = {
  400: 'Invalid input (a field, or the JSON itself); `errors` lists each field',
  404: 'Not found',
  405: 'Method not allowed (the `Allow` header lists the methods)',
  408: 'The request took too long to arrive',
  413: 'Body too large, or `text` over its limit',
  415: 'Unsupported content type (send application/json)',
  429: 'Too many requests',
  431: 'Request headers too large',
  500: 'Unexpected server error',
  503: 'The server is busy (compute queue full, or the work missed its deadline) or shutting down; retry after the seconds in Retry-After',
};

/** The OpenAPI entry of a success response: its description and JSON schema. */
export function ok<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** OpenAPI response entries for problem statuses, typed `application/problem+json`. */
export function problemResponses<S extends number>(...statuses: S[]) {
  const out = {} as Record<
    S,
    { description: string; content: { 'application/problem+json': { schema: typeof problemSchema } } }
  >;
  for (const status of statuses) {
    out[status] = {
      description: problemDescriptions[status] ?? 'Error',
      content: { 'application/problem+json': { schema: problemSchema } },
    };
  }
  return out;
}

// ---- compile-time checks: the schemas describe exactly the engine's and knowledge base's types.

export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
/** `true` only when A and B are the same type (used to pin schemas to the engine's types). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const sameResult: Same<DeepMutable<CaseResult>, DeepMutable<z.output<typeof caseResultSchema>>> = true;
const sameAssessment: Same<
  DeepMutable<Assessment>,
  DeepMutable<Omit<z.output<typeof caseResultSchema>, 'id'>>
> = true;
const sameFinding: Same<DeepMutable<FindingDefinition>, DeepMutable<z.output<typeof findingSchema>>> = true;
const sameCondition: Same<
  DeepMutable<ConditionDefinition>,
  DeepMutable<z.output<typeof conditionSchema>>
> = true;
const sameProblem: Same<DeepMutable<Problem>, DeepMutable<z.output<typeof problemSchema>>> = true;
const sameCompact: Same<DeepMutable<CompactResult>, DeepMutable<z.output<typeof compactResultSchema>>> = true;
const sameCriterionEntry: Same<
  DeepMutable<CriterionCatalogEntry>,
  DeepMutable<z.output<typeof criterionCatalogSchema>>
> = true;
const sameUrgency: Same<DeepMutable<UrgencyDescription>, DeepMutable<z.output<typeof urgencySchema>>> = true;
void [
  sameResult,
  sameAssessment,
  sameFinding,
  sameCondition,
  sameProblem,
  sameCompact,
  sameCriterionEntry,
  sameUrgency,
];
