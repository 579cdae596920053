import type { AskBeforeStopping, FindingDefinition } from '../types.js';
import { arteriesFindings } from './arteries.js';
import { complaintFindings } from './complaint.js';

export { complaintsNotPain, painFelt, painNotPresupposed } from './define.js';

import { historyFindings } from './history.js';
import { jointsBonesFindings } from './joints-bones.js';
import { medicinesFindings } from './medicines.js';
import { musclesFindings } from './muscles.js';
import { nervesFindings } from './nerves.js';
import { skinInfectionFindings } from './skin-infection.js';
import { veinsFindings } from './veins.js';

const defined: readonly FindingDefinition[] = [
  ...complaintFindings,
  ...arteriesFindings,
  ...veinsFindings,
  ...nervesFindings,
  ...musclesFindings,
  ...skinInfectionFindings,
  ...jointsBonesFindings,
  ...historyFindings,
  ...medicinesFindings,
];

/**
 * The must-not-miss history markers (`askBeforeStopping`, written next to each finding with its cited
 * reason), by finding id: interview data, kept out of the catalog below, whose API schema lists its fields.
 */
export const askBeforeStopping: ReadonlyMap<string, AskBeforeStopping> = new Map(
  defined.flatMap((f) => (f.askBeforeStopping ? [[f.id, f.askBeforeStopping] as const] : [])),
);

/**
 * The findings catalog: every symptom, sign and history item the engine reasons with, one file per body
 * system. Ids are stable; `group` says what kind of question a finding is (where, when, red flag, history…).
 */
export const findings: readonly FindingDefinition[] = defined.map(
  ({ askBeforeStopping: _marker, ...finding }) => finding,
);

export type FindingId = string;

export const findingsById: ReadonlyMap<string, FindingDefinition> = new Map(findings.map((f) => [f.id, f]));

export function isFindingId(id: string): id is FindingId {
  return findingsById.has(id);
}
