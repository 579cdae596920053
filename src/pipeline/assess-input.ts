import { understand } from '../language/index.js';
import type { CaseInput } from '../schema/case.js';
import { assessCase, type CaseResult, type CompactResult, type ViewOptions } from './views.js';

export {
  assessCase,
  type CaseResult,
  type CompactResult,
  compactCauseFloor,
  type Include,
  includes,
  mergeEvidence,
  type TextReader,
  textEvidence,
  type View,
  type ViewOptions,
  views,
} from './views.js';

/** Validated input → the full result, reading any text. Faces that choose a view call `assessView`. */
export function assessInput(input: CaseInput): CaseResult {
  return assessCase(input, { view: 'full' }, understand);
}

/** Validated input → the result in the requested view, reading any text. */
export function assessView(input: CaseInput, options: ViewOptions): CaseResult | CompactResult {
  return assessCase(input, options, understand);
}
