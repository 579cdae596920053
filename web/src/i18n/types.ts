import type { UrgencyLevel } from '../types.js';
import type { ui } from './en.js';

/** Interface text: every language has every key (TypeScript checks es.ts against en.ts). */
export type Ui = {
  readonly [K in keyof typeof ui]: (typeof ui)[K] extends readonly string[] ? readonly string[] : string;
};

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

/**
 * A language: interface text plus knowledge text keyed by ids (finding ids, screening group ids, condition
 * ids, urgency levels, triage rule ids). A missing knowledge key falls back to the API's English text.
 */
export interface Dict {
  readonly lang: 'en' | 'es';
  readonly ui: Ui;
  readonly findings: Readonly<Record<string, FindingText>>;
  readonly groups: Readonly<Record<string, { readonly text?: string; readonly why?: string }>>;
  readonly conditions: Readonly<Record<string, ConditionText>>;
  readonly urgency: Readonly<Partial<Record<UrgencyLevel, UrgencyText>>>;
  readonly rules: Readonly<Record<string, { readonly reason?: string; readonly clinicianReason?: string }>>;
}
