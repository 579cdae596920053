import type { FindingDefinition } from '../types.js';
import { arteriesFindings } from './arteries.js';
import { complaintFindings } from './complaint.js';
import { historyFindings } from './history.js';
import { jointsBonesFindings } from './joints-bones.js';
import { medicinesFindings } from './medicines.js';
import { musclesFindings } from './muscles.js';
import { nervesFindings } from './nerves.js';
import { skinInfectionFindings } from './skin-infection.js';
import { veinsFindings } from './veins.js';

/**
 * The findings catalog: every symptom, sign and history item the engine reasons with, one file per body
 * system. Ids are stable; `group` says what kind of question a finding is (where, when, red flag, history…).
 */
export const findings: readonly FindingDefinition[] = [
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

export type FindingId = string;

export const findingsById: ReadonlyMap<string, FindingDefinition> = new Map(findings.map((f) => [f.id, f]));

export function isFindingId(id: string): id is FindingId {
  return findingsById.has(id);
}
