export { alarmBackground, backgroundRates, defaultBackground } from './background.js';
export { type ConditionId, conditions, conditionsById } from './conditions/index.js';
export {
  askBeforeStopping,
  complaintsNotPain,
  type FindingId,
  findings,
  findingsById,
  isFindingId,
  painFelt,
  painNotPresupposed,
} from './findings/index.js';
export {
  complaintGroups,
  type HistoryGroup,
  historyGroups,
  redFlagChecklist,
  type ScreeningGroup,
  screeningGroups,
} from './questions.js';
export { triageRules } from './rules.js';
export {
  type SafetyNetGroup,
  type SafetyNetSign,
  safetyNet,
  safetyNetIntro,
} from './safety-net.js';
export { necessaryRiskAbsent, unreportedEssential } from './scale.js';
export { type Citation, isCitation, referenceSources, seedLines, sourceOf } from './sources.js';
export * from './types.js';
export {
  atLeastAsUrgent,
  disclaimer,
  moreUrgent,
  type UrgencyDescription,
  urgencyDescriptions,
} from './urgency.js';
