export { type Answer, answerEvidence } from './answers.js';
export { assess, normaliseEvidence, UnknownFindingError } from './assess.js';
export { evidenceTempering, infer } from './inference.js';
export { interviewSettings, nextQuestion, smoothEstimate } from './interview.js';
export { maxCoexisting, network } from './network.js';
export { ageBand, priorProbability } from './priors.js';
export { unclearBelow } from './triage.js';
export * from './types.js';
