import type { CriterionResult } from '../criteria/index.js';
import type { AdviceKind, Citation, EvidenceState, Investigation, UrgencyLevel } from '../knowledge/index.js';

export type Sex = 'female' | 'male';
export type Side = 'left' | 'right' | 'both';

export interface EvidenceItem {
  readonly id: string;
  readonly state: EvidenceState;
  readonly side?: Side;
}

/** One person's account: the engine's only input. */
export interface Case {
  readonly age: number;
  readonly sex: Sex;
  readonly evidence: readonly EvidenceItem[];
  /**
   * Findings the person mentioned but was unsure about (a hedged mention in free text). Not evidence: the
   * ranking ignores them and the interview still asks them; triage counts them as possibly present
   * (`possibleRedFlags`). An answer in `evidence` for the same finding wins.
   */
  readonly possible?: readonly string[];
  /**
   * Findings in `evidence` that the description gave rather than an answer: the interview's length cap counts
   * answers only (`questionsAsked`). Without it every finding counts as answered to a question.
   */
  readonly described?: readonly string[];
}

/** A finding's contribution to a condition, as a natural-log likelihood ratio. */
export interface Factor {
  readonly finding: string;
  readonly state: EvidenceState;
  readonly label: string;
  readonly clinicianTerm: string;
  /** ln(likelihood ratio): positive supports, negative opposes. */
  readonly weight: number;
  readonly kind: 'symptom' | 'risk_factor' | 'criterion';
  readonly sources: readonly Citation[];
}

export interface RankedCondition {
  readonly id: string;
  readonly name: string;
  readonly clinicianName: string;
  readonly probability: number;
  readonly usualUrgency: UrgencyLevel;
  readonly supporting: readonly Factor[];
  readonly opposing: readonly Factor[];
  /**
   * Emergency red-flag rules (ids) that point to this cause. Such causes are listed first, whatever their
   * probability: the dangerous cause is ruled out first. Empty for the others.
   */
  readonly redFlagRules: readonly string[];
  /**
   * How a person sees this cause (cut-offs in `bandSettings`, src/engine/bands.ts): `rule_out_first` when a
   * fired red-flag rule names it (never a percentage that could read as reassurance), else `likely`,
   * `possible` or `less_likely` by probability. Clinicians see `probability` as well.
   */
  readonly band: ConditionBand;
  readonly selfCare: string;
  /**
   * What a clinician would order to confirm or exclude this cause, each cited: the catalog's list for a cause
   * in play (`isInPlay`), empty for the others.
   */
  readonly investigations: readonly Investigation[];
  readonly sources: readonly Citation[];
}

export type ConditionBand = 'rule_out_first' | 'likely' | 'possible' | 'less_likely';

/**
 * `safety_net`: self-care was not earned (a warning-sign question unanswered or "don't know", or no benign
 * cause positively supported by its own findings), so the level is at least a routine consultation.
 */
export type TriageReasonKind =
  | 'red_flag'
  | 'advice_rule'
  | 'probability'
  | 'uncertainty'
  | 'criterion'
  | 'safety_net';

export interface TriageReason {
  readonly kind: TriageReasonKind;
  readonly id: string;
  readonly level: UrgencyLevel;
  readonly reason: string;
  readonly clinicianReason: string;
  readonly findings: readonly string[];
  readonly sources: readonly Citation[];
}

/** A warning-sign (red-flag screen) question still to answer, in the person's words. */
export interface UnansweredScreenItem {
  readonly id: string;
  readonly text: string;
}

export interface Triage {
  readonly level: UrgencyLevel;
  readonly label: string;
  readonly action: string;
  readonly reasons: readonly TriageReason[];
  /**
   * True while any warning-sign (red-flag screen) question is unanswered or answered "don't know": the level
   * can still rise, and self-care is never given. Faces must say so and list `unanswered`.
   */
  readonly provisional: boolean;
  /** The screen questions still to answer (empty when the screen is complete). */
  readonly unanswered: readonly UnansweredScreenItem[];
}

/** One piece of "what may help now", from one cause. */
export interface AdviceShown {
  readonly condition: string;
  readonly text: string;
  readonly kinds: readonly AdviceKind[];
}

/** Advice held back because a dangerous cause is in play, with the reason in plain words. */
export interface AdviceWithheld {
  readonly condition: string;
  readonly text: string;
  readonly reason: string;
  /** The cause in play whose `avoid` list withholds it. */
  readonly because: string;
  readonly sources: readonly Citation[];
}

/**
 * What may help now: starts with the cause that sets the urgency; advice whose kinds a dangerous cause in
 * play lists under `avoid` is withheld (src/engine/advice.ts). Faces render it; none recomputes it.
 */
export interface Advice {
  readonly items: readonly AdviceShown[];
  readonly withheld: readonly AdviceWithheld[];
}

/** One option of a grouped question ("which of these apply?"). */
export interface QuestionOption {
  readonly finding: string;
  readonly text: string;
}

/**
 * The next question of the interview. A `single` question asks about one finding (yes / no / don't know).
 * A `group` question asks "which of these apply?": the chosen findings become present; "none of these"
 * makes all absent; "don't know" makes all unknown (so they are not asked again). An option left unticked
 * while others are chosen was not reported: see `unticked`.
 */
export interface Question {
  readonly id: string;
  readonly kind: 'single' | 'group';
  /** complaint: the complaint's shape; red_flag_screen; history: risk factors; differential: the rest. */
  readonly phase: 'complaint' | 'red_flag_screen' | 'history' | 'differential';
  readonly text: string;
  /** "Why am I asked this?" in plain words. */
  readonly why: string;
  /**
   * Group questions: what an option left unticked (while others are chosen) records. `unknown`: append it
   * as unknown (not reported, not asked again). `open`: append nothing for it (it may be asked again later;
   * a red-flag screen asks the rest again until "none of these"). Never "absent": only "none of these" says no.
   */
  readonly unticked: 'unknown' | 'open';
  readonly options: readonly QuestionOption[];
}

export interface InterviewProgress {
  /** Findings answered so far (including "don't know"). */
  readonly answered: number;
  /**
   * Expected questions still to come (from the phases left and the stop rule). When the request sends the
   * estimate it showed last (`lastEstimate`), this never rises by more than two above it.
   */
  readonly remainingEstimate: number;
}

/** The product's central data shape: every face renders or serialises it; none recomputes it. */
export interface Assessment {
  readonly triage: Triage;
  /** Every condition, `other` included: causes a fired emergency rule points to first, then most probable first. */
  readonly conditions: readonly RankedCondition[];
  /** The evidence used, after removing duplicates (the last answer for a finding wins). */
  readonly evidence: readonly EvidenceItem[];
  readonly disclaimer: string;
  /** Every validated instrument that applies, with what is known and missing (see docs/criteria.md). */
  readonly criteria: readonly CriterionResult[];
  readonly advice: Advice;
  /** The most useful next question, or null when the interview should stop. */
  readonly question: Question | null;
  readonly shouldStop: boolean;
  readonly progress: InterviewProgress;
}
