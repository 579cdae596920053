import {
  type AssessParts,
  allParts,
  assessParts,
  type EvidenceItem,
  explain,
  type InterviewProgress,
  isInPlay,
  network,
  type PartialAssessment,
  type Question,
  type RankedCondition,
  smoothEstimate,
  type TriageReasonKind,
} from '../engine/index.js';
import { disclaimer, type EvidenceState, type UrgencyLevel } from '../knowledge/index.js';
import type { Lang } from '../language/locale.js';
import type { Understanding } from '../language/types.js';
import type { CaseInput } from '../schema/case.js';
import { disclaimerIn, localiseAssessment, localiseQuestionTo, localiseTriage } from './localise.js';
import { addressQuestion, type Voice } from './voice.js';

/**
 * Result views. `full` is the whole assessment with its text (names, advice, explanations, criteria);
 * `compact` is what a machine needs to act on, with catalog text left to `GET /v1/conditions`,
 * `GET /v1/findings`, `GET /v1/criteria` and `GET /v1/urgency`, fetched once. See docs/api.md "Views".
 */
export const views = ['compact', 'full'] as const;
export type View = (typeof views)[number];
/**
 * Optional parts of the compact view (the full view has them all): `question` the interview's next step,
 * `explanations` the finding ids for and against each cause in play and the red-flag rules behind a cause,
 * `unanswered` the open warning-sign questions by id (about 20 ids, a quarter of a compact result, while the
 * screen is still open; `unansweredCount` is always there). See README "Views" for why.
 */
export const includes = ['question', 'explanations', 'unanswered'] as const;
export type Include = (typeof includes)[number];

export interface ViewOptions {
  readonly view: View;
  readonly include: readonly Include[];
}

/** Reads free text; injected so that a face that gets no text never loads the language tables. */
export type TextReader = (text: string, lang: Lang) => Understanding;

export interface CompactReason {
  readonly kind: TriageReasonKind;
  readonly id: string;
  /** The reason in plain words (the same text as `reason` in the full view). */
  readonly text: string;
}

export interface CompactTriage {
  readonly level: UrgencyLevel;
  readonly reasons: readonly CompactReason[];
  readonly provisional: boolean;
  /** How many warning-sign questions are still open. */
  readonly unansweredCount: number;
  /**
   * With `include=unanswered`: the warning-sign questions still open, by finding id, in screen order (their
   * wording is `question` in GET /v1/findings).
   */
  readonly unanswered?: readonly string[];
}

export interface CompactCause {
  readonly id: string;
  /** The exact probability rounded to `compactProbabilityDigits` significant digits. */
  readonly probability: number;
  readonly band: RankedCondition['band'];
  /**
   * With `include=explanations`: fired emergency rules pointing to this cause (rule it out first), only when
   * there are some (the band says `rule_out_first` either way).
   */
  readonly redFlagRules?: readonly string[];
  /**
   * With `include=explanations`, causes in play only: finding ids for and against it, strongest first (text
   * in GET /v1/findings).
   */
  readonly for?: readonly string[];
  readonly against?: readonly string[];
}

export interface CompactUnderstood {
  readonly id: string;
  readonly state: EvidenceState;
}

/** The compact view: triage, the causes that matter, and (when asked) the interview's next step. */
export interface CompactResult {
  readonly id?: string | number;
  readonly triage: CompactTriage;
  /** Causes in ranking order: every cause in play, and any other at least `compactCauseFloor` likely. */
  readonly causes: readonly CompactCause[];
  /** With `include=question` only. */
  readonly question?: Question | null;
  readonly shouldStop?: boolean;
  readonly progress?: InterviewProgress;
  /** When the case had text: the findings read from it (details in the full view's `understood`). */
  readonly understood?: readonly CompactUnderstood[];
  /** When the case had text or a `voice`: who the questions address (`other`: a relative or carer writes). */
  readonly voice?: Voice;
  /** What may help now, by reference to each condition's advice items in GET /v1/conditions. */
  readonly advice: CompactAdvice;
  readonly disclaimer: string;
}

/**
 * Advice by reference, in the engine's order: each entry is a run of consecutive items of one condition
 * (`items` index its advice in GET /v1/conditions), so a condition's three items cost one entry, not three.
 */
export interface CompactAdvice {
  readonly shown: readonly { readonly condition: string; readonly items: readonly number[] }[];
  /** Runs of items of one condition held back while the cause `because` is in play. */
  readonly withheld: readonly {
    readonly condition: string;
    readonly items: readonly number[];
    readonly because: string;
  }[];
}

/** Advice items as runs: consecutive items with the same condition (and `because`) share one entry. */
function adviceRuns<
  T extends { readonly condition: string; readonly text: string; readonly because?: string },
>(list: readonly T[]): { condition: string; items: number[]; because?: string }[] {
  const runs: { condition: string; items: number[]; because?: string }[] = [];
  for (const entry of list) {
    const item = adviceItem(entry.condition, entry.text);
    const last = runs[runs.length - 1];
    if (last && last.condition === entry.condition && last.because === entry.because) last.items.push(item);
    else
      runs.push(
        entry.because === undefined
          ? { condition: entry.condition, items: [item] }
          : { condition: entry.condition, items: [item], because: entry.because },
      );
  }
  return runs;
}

/** Each condition's advice texts → their index among its advice items, built once. */
let adviceIndex: Map<string, Map<string, number>> | undefined;

/** The index of an advice text among its condition's advice items (the engine shows them verbatim). */
function adviceItem(condition: string, text: string): number {
  adviceIndex ??= new Map(
    network.conditions.map((c) => [c.id, new Map(c.advice.map((a, i) => [a.text, i] as const).reverse())]),
  );
  return adviceIndex.get(condition)?.get(text) ?? 0;
}

/**
 * The full view: the assessment, echoing the caller's id, and (when the case had text) what was read from
 * it, so a person or clinician can see what was and was not understood.
 */
export type CaseResult = {
  readonly id?: string | number;
  readonly understood?: Understanding;
} & import('../engine/index.js').Assessment;

/**
 * Causes below this probability are left out of the compact view unless in play (they are all in `full`).
 * Product setting: a cause under 1% is not one a reader acts on.
 */
export const compactCauseFloor = 0.01;

/**
 * Significant digits of a probability in the compact view. View setting, not a clinical number: 17 digits
 * were about 700 B of a 1.6 KB result, and no reader acts on a fifth digit. Ranking and bands are computed
 * from the exact values before rounding; the full view keeps them exact.
 */
export const compactProbabilityDigits = 4;

/**
 * A probability as the compact view writes it: cut (not rounded) to `compactProbabilityDigits` significant
 * digits, so a client rounding it again to a whole percent gets the full view's percent (0.33499… must not
 * become 0.3350 and then 34 %). A positive probability stays positive.
 */
export function compactProbability(p: number): number {
  if (p <= 0 || p >= 1) return p;
  const scale = 10 ** (compactProbabilityDigits - 1 - Math.floor(Math.log10(p)));
  if (!Number.isFinite(scale)) return Number(p.toPrecision(compactProbabilityDigits)); // below ~1e-305
  // The small nudge absorbs binary noise (0.57 × 1e4 = 5699.999…), far below any difference inference resolves.
  const digits = Math.floor(p * scale + 1e-9);
  // While the scale is an exact power of ten (up to 1e22) the division is the correctly rounded value of the
  // decimal digits × 10^-k, which is the number the decimal string parses to: the same double, no string.
  if (scale <= exactPowerOfTen) return digits / scale;
  return Number((digits / scale).toPrecision(compactProbabilityDigits));
}

/** The largest power of ten a double holds exactly. */
const exactPowerOfTen = 1e22;

/** The largest difference between `compactProbability(p)` and p: one unit in the last digit kept. */
export function compactRoundingBound(p: number): number {
  return 10 ** (1 - compactProbabilityDigits) * Math.abs(p);
}

/** Combine text-derived findings (if any) with explicit evidence; explicit evidence wins. */
export function mergeEvidence(
  fromText: readonly EvidenceItem[],
  explicit: readonly EvidenceItem[],
): EvidenceItem[] {
  if (fromText.length === 0) return [...explicit];
  const explicitIds = new Set(explicit.map((e) => e.id));
  return [...fromText.filter((e) => !explicitIds.has(e.id)), ...explicit];
}

/**
 * The evidence free text gives. A hedged mention ("I think the calf looks fatter") is shown in `understood`
 * but is not evidence: unknown weighs nothing in the inference, and left out it stays open, so the interview
 * still asks about it (an unknown answer would count as asked, and a hedged red flag would never be screened).
 */
export function textEvidence(understood: Understanding | undefined): EvidenceItem[] {
  return (understood?.findings ?? [])
    .filter((f) => f.state !== 'unknown')
    .map(({ id, state, side }) => (side ? { id, state, side } : { id, state }));
}

/** The findings the text gave that no explicit answer replaced: not questions asked (the length cap). */
export function describedIds(
  understood: Understanding | undefined,
  explicit: readonly EvidenceItem[],
): string[] {
  const answered = new Set(explicit.map((e) => e.id));
  return textEvidence(understood)
    .map((e) => e.id)
    .filter((id) => !answered.has(id));
}

/**
 * What counts as the person's description, not questions asked (the 12-question limit): the findings read from
 * the text that no explicit answer replaced, and the ids a client says came from the description or its
 * read-back (`described`: a client that sends the read-back as evidence, not as text).
 */
export function describedOf(
  understood: Understanding | undefined,
  input: Pick<CaseInput, 'evidence' | 'described'>,
): string[] | undefined {
  if (!understood && !input.described) return undefined;
  return [...describedIds(understood, input.evidence), ...(input.described ?? [])];
}

/**
 * The findings free text mentions as present but with a hedge: not evidence, but triage counts each as possibly present
 * (the engine's `possibleRedFlags`), so "slight swelling maybe??" is not left at a routine level meanwhile.
 */
export function textPossible(understood: Understanding | undefined): string[] {
  return (understood?.findings ?? []).filter((f) => f.state === 'unknown' && f.possibly).map((f) => f.id);
}

function read(input: CaseInput, reader: TextReader | undefined): Understanding | undefined {
  if (!input.text?.trim()) return undefined;
  if (!reader) throw new Error('assessCase: the case has text but no text reader was given');
  return reader(input.text, input.lang ?? 'en');
}

function assessWith(input: CaseInput, parts: AssessParts, reader: TextReader | undefined) {
  const understood = read(input, reader);
  // Without text the explicit evidence goes in as it is (the engine copies it when it normalises).
  const raw = assessParts(
    understood
      ? {
          age: input.age,
          sex: input.sex,
          evidence: mergeEvidence(textEvidence(understood), input.evidence),
          possible: textPossible(understood),
          described: describedOf(understood, input) ?? [],
        }
      : input.described
        ? { age: input.age, sex: input.sex, evidence: input.evidence, described: input.described }
        : { age: input.age, sex: input.sex, evidence: input.evidence },
    parts,
  );
  // A stateless client sends back the estimate it showed last, so the next one rises by at most two.
  const assessment =
    input.lastEstimate === undefined || !raw.interview
      ? raw
      : {
          ...raw,
          interview: {
            ...raw.interview,
            progress: {
              ...raw.interview.progress,
              remainingEstimate: smoothEstimate(raw.interview.progress.remainingEstimate, input.lastEstimate),
            },
          },
        };
  return { assessment, understood };
}

function toFull(input: CaseInput, a: PartialAssessment, understood: Understanding | undefined): CaseResult {
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    triage: a.triage,
    conditions: a.conditions,
    evidence: a.evidence,
    criteria: a.criteria,
    advice: a.advice,
    disclaimer,
    question: a.interview?.question ?? null,
    shouldStop: a.interview?.shouldStop ?? false,
    progress: a.interview?.progress ?? { answered: 0, remainingEstimate: 0 },
    ...(understood ? { understood } : {}),
  };
}

/** What the compact view computes: no explanations, criteria, self-care or clinician text; the question when asked. */
const compactLean: AssessParts = {
  explain: false,
  criteria: false,
  question: false,
  selfCare: false,
  clinician: false,
};
const compactAsking: AssessParts = { ...compactLean, question: true };
const compactParts = (withQuestion: boolean) => (withQuestion ? compactAsking : compactLean);

const ids = (factors: RankedCondition['supporting']) => factors.map((f) => f.finding);

/** A compact cause with its explanation: red-flag rules, and for a cause in play the findings for and against. */
function explained(
  cause: CompactCause,
  c: RankedCondition,
  playing: boolean,
  a: PartialAssessment,
): CompactCause {
  let out = c.redFlagRules.length > 0 ? { ...cause, redFlagRules: c.redFlagRules } : cause;
  if (!playing) return out;
  const condition = network.conditions[network.conditionIndex.get(c.id) as number];
  const { supporting, opposing } = explain(
    network,
    condition as (typeof network.conditions)[number],
    a.evidence,
  );
  const floor = a.floorFactors.get(c.id);
  const pros = floor ? [floor.finding, ...ids(supporting)] : ids(supporting);
  if (pros.length > 0) out = { ...out, for: pros };
  if (opposing.length > 0) out = { ...out, against: ids(opposing) };
  return out;
}

function toCompact(
  input: CaseInput,
  a: PartialAssessment,
  understood: Understanding | undefined,
  include: readonly Include[],
): CompactResult {
  const withQuestion = include.includes('question');
  const withExplanations = include.includes('explanations');
  const withUnanswered = include.includes('unanswered');
  const causes: CompactCause[] = [];
  for (let rank = 0; rank < a.conditions.length; rank++) {
    const c = a.conditions[rank] as RankedCondition;
    const playing = isInPlay(c, rank);
    if (!playing && c.probability < compactCauseFloor) continue;
    const cause: CompactCause = { id: c.id, probability: compactProbability(c.probability), band: c.band };
    causes.push(withExplanations ? explained(cause, c, playing, a) : cause);
  }
  const reasons: CompactReason[] = [];
  for (const r of a.triage.reasons) reasons.push({ kind: r.kind, id: r.id, text: r.reason });
  const triage: Mutable<CompactTriage> = {
    level: a.triage.level,
    reasons,
    provisional: a.triage.provisional,
    unansweredCount: a.triage.unanswered.length,
  };
  if (withUnanswered) triage.unanswered = a.triage.unanswered.map((u) => u.id);
  // Fields are set in the order the view writes them; a field left out is never set (no spread objects).
  const out: Mutable<CompactResult> = {} as Mutable<CompactResult>;
  if (input.id !== undefined) out.id = input.id;
  out.triage = triage;
  out.causes = causes;
  if (withQuestion && a.interview) {
    out.question = a.interview.question;
    out.shouldStop = a.interview.shouldStop;
    out.progress = a.interview.progress;
  }
  if (understood) out.understood = understood.findings.map(({ id, state }) => ({ id, state }));
  if (understood || input.voice) out.voice = voiceOf(input, understood);
  out.advice = {
    shown: adviceRuns(a.advice.items),
    withheld: adviceRuns(a.advice.withheld) as CompactAdvice['withheld'],
  };
  out.disclaimer = disclaimerIn(input.lang ?? 'en');
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Who the questions address: the request's `voice` when it sends one, else what the text says. */
export function voiceOf(input: CaseInput, understood: Understanding | undefined): Voice {
  return input.voice ?? understood?.voice ?? 'self';
}

/**
 * The full view's object with only `parts` computed; what is left out is empty (`[]`, `''`), the question
 * `null`, `shouldStop` false and progress zero. For a face that renders a few parts itself (the CLI's text
 * output needs neither the question search nor, for a person, the criteria); never sent as the full view.
 */
export function assessFullParts(input: CaseInput, parts: AssessParts, reader?: TextReader): CaseResult {
  const lang = input.lang ?? 'en';
  const { assessment, understood } = assessWith(input, parts, reader);
  const full = localiseAssessment(toFull(input, assessment, understood), lang);
  const voice = voiceOf(input, understood);
  return voice === 'self' ? full : { ...full, question: addressQuestion(full.question, voice, lang) };
}

/**
 * Validated input → the result in the requested view. The one place a face turns a case into a result.
 * Blank text counts as no text (an empty description box); unreadable text throws `LanguageInputError`.
 */
export function assessCase(input: CaseInput, options: { view: 'full' }, reader?: TextReader): CaseResult;
export function assessCase(
  input: CaseInput,
  options: { view: 'compact'; include: readonly Include[] },
  reader?: TextReader,
): CompactResult;
export function assessCase(
  input: CaseInput,
  options: ViewOptions,
  reader?: TextReader,
): CaseResult | CompactResult;
export function assessCase(
  input: CaseInput,
  options: ViewOptions | { view: 'full' },
  reader?: TextReader,
): CaseResult | CompactResult {
  const lang = input.lang ?? 'en';
  if (options.view === 'full') return assessFullParts(input, allParts, reader);
  const include = (options as ViewOptions).include;
  const withQuestion = include.includes('question');
  const { assessment, understood } = assessWith(input, compactParts(withQuestion), reader);
  const voice = voiceOf(input, understood);
  const localised =
    lang === 'en' && voice === 'self'
      ? assessment
      : {
          ...assessment,
          triage: localiseTriage(assessment.triage, lang),
          ...(assessment.interview
            ? {
                interview: {
                  ...assessment.interview,
                  question: addressQuestion(
                    localiseQuestionTo(assessment.interview.question, lang),
                    voice,
                    lang,
                  ),
                },
              }
            : {}),
        };
  return toCompact(input, localised, understood, include);
}
