import type { KnowledgeWording } from '../../../src/knowledge/locales/types.js';
import type { ui } from './en.js';

/** Interface text: every language has every key (TypeScript checks es.ts against en.ts). */
export type Ui = {
  readonly [K in keyof typeof ui]: (typeof ui)[K] extends readonly string[] ? readonly string[] : string;
};

export type {
  ConditionText,
  FindingText,
  UrgencyText,
} from '../../../src/knowledge/locales/types.js';

/**
 * A language: interface text plus knowledge text keyed by ids (finding ids, screening group ids, condition
 * ids, urgency levels, triage rule ids). A missing knowledge key falls back to the API's English text.
 * The Spanish knowledge text lives in src/knowledge/locales/es.ts, shared with the server.
 */
export interface Dict extends KnowledgeWording {
  readonly lang: 'en' | 'es';
  readonly ui: Ui;
}
