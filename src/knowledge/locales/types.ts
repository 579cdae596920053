import type { UrgencyLevel } from '../types.js';

/** Text about one finding. q: the yes/no question; why: why it is asked; s: a short plain statement
 *  ("Pain mainly in the feet or toes") used in explanations; c: the clinical term for the doctor summary. */
export interface FindingText {
  readonly q?: string;
  readonly why?: string;
  readonly s?: string;
  readonly c?: string;
}

export interface ConditionText {
  readonly name?: string;
  readonly clinicianName?: string;
  readonly selfCare?: string;
}

export interface UrgencyText {
  readonly label?: string;
  readonly action?: string;
  readonly clinicianLabel?: string;
}

/** The knowledge's wording in one language, keyed by ids. A missing key falls back to the English catalog. */
export interface KnowledgeWording {
  readonly findings: Readonly<Record<string, FindingText>>;
  readonly groups: Readonly<Record<string, { readonly text?: string; readonly why?: string }>>;
  readonly conditions: Readonly<Record<string, ConditionText>>;
  readonly urgency: Readonly<Partial<Record<UrgencyLevel, UrgencyText>>>;
  readonly rules: Readonly<Record<string, { readonly reason?: string; readonly clinicianReason?: string }>>;
  readonly disclaimer?: string;
  /** Lead-in before a question when the writer asks for someone else (a relative's or carer's account). */
  readonly aboutOther?: string;
  /** Validated instruments by id ("wells", "irlssg"): the name a clinician reads. */
  readonly criteria?: Readonly<Record<string, { readonly name?: string }>>;
  /** Bands and statuses of the instruments ("likely", "not_met", "undetermined"). */
  readonly criterionWords?: Readonly<Record<string, string>>;
}
