// Wire types of the nightleg HTTP API. Type-only imports from the engine: nothing from src/ is bundled.
import type {
  Assessment,
  EvidenceItem,
  InterviewProgress,
  Question,
  RankedCondition,
  Sex,
  Side,
  TriageReason,
} from '../../src/engine/types.js';
import type { EvidenceState, UrgencyLevel } from '../../src/knowledge/types.js';

export type {
  Assessment,
  EvidenceItem,
  EvidenceState,
  InterviewProgress,
  Question,
  RankedCondition,
  Sex,
  Side,
  TriageReason,
  UrgencyLevel,
};

/** An instrument summary that may appear on the result (Wells, ABI, IRLSSG, ...). Rendered when present. */
export interface CriterionSummary {
  readonly instrument: string;
  readonly name: string;
  readonly patientSummary?: string;
  readonly clinicianSummary?: string;
  readonly known?: readonly string[] | number;
  readonly missing?: readonly string[] | number;
  readonly total?: number;
  readonly coverage?: string;
  readonly sources?: readonly string[];
  readonly score?: number;
  readonly minScore?: number;
  readonly maxScore?: number;
  readonly twoLevel?: { readonly band?: string };
  readonly status?: string;
  readonly criteriaMet?: readonly string[];
  readonly criteriaNotMet?: readonly string[];
  readonly criteriaUnknown?: readonly string[];
}

/** The result as the web app reads it: `criteria` may be absent (older servers) and only its summary fields are used. */
export type CaseResult = Omit<Assessment, 'criteria'> & {
  readonly id?: string | number;
  readonly criteria?: readonly CriterionSummary[];
};

export interface NextResponse {
  readonly question: Question | null;
  readonly shouldStop: boolean;
  readonly progress: InterviewProgress;
  readonly result: CaseResult;
}

export interface UnderstoodFinding {
  readonly id: string;
  readonly state: EvidenceState;
  readonly span?: unknown;
  readonly side?: Side;
}

export interface UnderstandResponse {
  readonly findings: readonly UnderstoodFinding[];
  readonly unrecognised?: unknown;
}

/** One entry of `GET /v1/findings` (only the fields the web app uses). */
export interface CatalogFinding {
  readonly id: string;
  readonly question?: string;
  readonly clinicianTerm?: string;
  readonly why?: string;
}

export interface Profile {
  readonly age: number;
  readonly sex: Sex;
  readonly text: string;
}

/** The API's text limit (src/language/input.ts `maxTextLength`; a test checks they agree). Longer text is refused. */
export const maxTextLength = 10_000;
