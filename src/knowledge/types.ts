import type { Citation } from './sources.js';

/** The five urgency levels, most urgent first. */
export const urgencyLevels = [
  'emergency_ambulance',
  'emergency',
  'consultation_24',
  'consultation',
  'self_care',
] as const;
export type UrgencyLevel = (typeof urgencyLevels)[number];

export type FindingGroup =
  | 'location'
  | 'character'
  | 'timing'
  | 'position'
  | 'relief'
  | 'signs'
  | 'alarm'
  | 'history'
  | 'medication'
  | 'other_causes';

export type EvidenceState = 'present' | 'absent' | 'unknown';

/**
 * When a question may be asked, as data (a clinician does not ask how long each attack lasts before an
 * attack is mentioned, nor about pregnancy at 62). Every given clause must hold; an empty object always holds.
 * "Present" means present in the evidence so far, from the description or an answer.
 */
export interface AskIf {
  /** At least one of these findings is present. */
  readonly anyPresent?: readonly string[];
  /** Every one of these findings is present. */
  readonly allPresent?: readonly string[];
  /** None of these findings is present (e.g. no follow-up on a shape already ruled out). */
  readonly nonePresent?: readonly string[];
  /** None of these findings has been said to be absent (no "when did you start a statin?" after "no statin"). */
  readonly noneAbsent?: readonly string[];
  /**
   * Not every one of these findings has been said to be absent (what eases the pain is not asked once every
   * kind of pain was denied: a numb, dragging foot that does not hurt).
   */
  readonly notAllAbsent?: readonly string[];
  /** Only for this sex. */
  readonly sex?: 'female' | 'male';
  /** Only for ages in this range, inclusive (years). */
  readonly age?: { readonly min?: number; readonly max?: number };
  /**
   * At least one of these alternatives holds (each checked as a whole AskIf): for a question with more than one
   * clinical reason to ask, such as new back pain, or a fever or another infection sign.
   */
  readonly anyOf?: readonly AskIf[];
}

export interface FindingDefinition {
  readonly id: string;
  /** Plain-language yes/no question for the person. */
  readonly question: string;
  readonly clinicianTerm: string;
  readonly group: FindingGroup;
  readonly answerType: 'boolean';
  /** Why the question matters, in plain words ("why am I asked this?"). */
  readonly why: string;
  readonly sources: readonly Citation[];
  /** Ask only when this holds (see AskIf); the finding is still accepted as evidence at any time. */
  readonly askIf?: AskIf;
  /** A must-not-miss risk marker a clinician asks before finishing when a cause it guards is in play. */
  readonly askBeforeStopping?: AskBeforeStopping;
}

/**
 * A history finding whose "yes" is a must-not-miss risk marker (bone medicines for a thigh ache, a cancer for
 * new back pain): the only findings the interview may ask just before stopping, and only when a "yes" would
 * bring one of `causes` into the top three or raise the urgency (src/engine/interview-must-not-miss.ts).
 */
export interface AskBeforeStopping {
  /** The causes (condition ids) it guards; each names the finding as a risk factor or a link. */
  readonly causes: readonly string[];
  /** Why a clinician would not skip it, in clinicians' words. */
  readonly reason: string;
  readonly sources: readonly Citation[];
}

export type AgeBand = '18-44' | '45-64' | '65-79' | '80+';

export interface Prior {
  /** Relative frequency of the condition as the cause of rest or night leg pain, by age band. */
  readonly byAge: Readonly<Record<AgeBand, number>>;
  /** Multipliers on the prior odds by sex. */
  readonly sex: { readonly female: number; readonly male: number };
  readonly sources: readonly Citation[];
  /** How the numbers were derived from the sources. */
  readonly derivation: string;
}

export interface RiskFactor {
  readonly finding: string;
  /** Multiplier on the prior odds when the risk factor is present. */
  readonly oddsRatio: number;
  /**
   * The cause cannot occur without it, by its definition (a statin for statin muscle symptoms): said to be
   * absent, it multiplies the prior odds by `necessaryRiskAbsent`.
   */
  readonly necessary?: boolean;
  readonly sources: readonly Citation[];
  readonly note?: string;
}

/** A causal link in the noisy-OR network: P(finding present | only this condition present). */
export interface Link {
  readonly finding: string;
  readonly probability: number;
  readonly sources: readonly Citation[];
  readonly note?: string;
  /**
   * The finding is an essential criterion of the cause's consensus definition (the other criteria describe it,
   * e.g. the urge of restless legs starts at rest). Left unreported (not said, or "don't know"), it weighs
   * against the cause by `unreportedEssential` (scale.ts); said to be absent, the link itself weighs.
   */
  readonly essential?: boolean;
}

export interface ConditionDefinition {
  readonly id: string;
  readonly patientName: string;
  readonly clinicianName: string;
  readonly description: string;
  /**
   * Urgency this cause usually needs. The triage adds up the probability of every configuration of causes
   * by its most urgent member (src/engine/triage.ts, `urgencySettings`), so no per-cause threshold is kept.
   */
  readonly usualUrgency: UrgencyLevel;
  readonly urgencySources: readonly Citation[];
  readonly prior: Prior;
  readonly riskFactors: readonly RiskFactor[];
  readonly links: readonly Link[];
  /** What helps now, for a person, one item per piece of advice. */
  readonly advice: readonly AdviceItem[];
  /**
   * Advice that can harm while this cause is in play (e.g. massaging a leg that may hold a clot). While the
   * cause is possible, advice of these kinds is withheld from every cause's self-care, with the reason.
   */
  readonly avoid?: readonly AdviceCaution[];
  /** What a clinician would order to confirm or exclude this cause, each with its source. */
  readonly investigations?: readonly Investigation[];
  readonly sources: readonly Citation[];
  /**
   * The cause this one is a variant of: the same presentation told apart by what causes it (risk factors,
   * medicines), not by symptoms — e.g. cramps from a diuretic are still cramps. Its symptoms therefore do not
   * count against the other's own characteristic findings when self-care is weighed (engine/triage.ts).
   */
  readonly variantOf?: string;
  /** Red-flag and advice rules whose own sources point to this cause (see TriageRule). */
  readonly rules?: readonly TriageRule[];
}

/**
 * Kinds of advice. A condition's advice items say which kinds they are, and a dangerous condition names the
 * kinds that can harm while it is in play, so those items can be withheld from the advice shown.
 */
export type AdviceKind =
  | 'massage'
  | 'heat'
  | 'cold'
  | 'raise_leg'
  | 'lower_leg'
  | 'stretch'
  | 'keep_active'
  | 'rest'
  | 'position'
  | 'compression'
  | 'pain_relief'
  | 'wait'
  | 'foot_care'
  | 'lifestyle'
  | 'seek_care';

export interface AdviceItem {
  readonly text: string;
  readonly kinds: readonly AdviceKind[];
  readonly sources?: readonly Citation[];
}

export interface AdviceCaution {
  readonly kind: AdviceKind;
  /** Why this kind of advice is withheld while the condition is possible, in plain words. */
  readonly reason: string;
  readonly sources: readonly Citation[];
}

export interface Investigation {
  /** The test as a clinician names it ("Duplex ultrasound of the leg veins"). */
  readonly name: string;
  /** The same in plain words, for a person. */
  readonly patientName?: string;
  readonly sources: readonly Citation[];
}

/** A red-flag rule: when all of `all` and at least one of `any` (if given) are present, urgency is at least `level`. */
export interface TriageRule {
  readonly id: string;
  readonly level: UrgencyLevel;
  readonly all: readonly string[];
  readonly any?: readonly string[];
  readonly reason: string;
  readonly clinicianReason: string;
  readonly sources: readonly Citation[];
  /**
   * The modelled condition(s) the rule's own sources name as the cause to exclude (ids from conditions.ts).
   * When an emergency rule fires, these are listed first in the ranking while reasonably likely beside the
   * leading cause (src/engine/ranking.ts, `suspectLeadShare`), and always shown as "rule out first". Left out
   * when the rule names no single modelled cause.
   */
  readonly suspects?: readonly string[];
}
