export { type Answer, answerEvidence, groupAnswerProblem, type ItemState } from './answers.js';
export {
  type AssessParts,
  allParts,
  assess,
  assessParts,
  inPlay,
  inPlayProbability,
  inPlayRank,
  isInPlay,
  normaliseEvidence,
  type PartialAssessment,
  UnknownFindingError,
} from './assess.js';
export { bandSettings } from './bands.js';
export {
  type CriterionCatalogEntry,
  criteriaCatalog,
  criteriaInPlay,
  instrumentConditions,
  wellsFactor,
} from './criteria.js';
export { explain } from './explain.js';
export { evidenceTempering, infer, inferenceTolerance } from './inference.js';
export { type InterviewDecision, interviewSettings, nextQuestion, smoothEstimate } from './interview.js';
export { maxCoexisting, network } from './network.js';
export { ageBand, priorProbability } from './priors.js';
export { unclearBelow, urgencySettings } from './triage.js';
export * from './types.js';
