import type { CodeableConcept, Condition, MedicationRequest, MedicationStatement } from '@medplum/fhirtypes';
import {
  conditionCodes,
  type FindingCodeMap,
  matchCoding,
  medicineCodes,
  type SourcedCode,
  type SourcedPrefix,
  systems,
} from '../fhir/codes.js';
import { drugs } from '../language/lexicon/medication.js';

/** A finding read from the record, and the record entry that says so (shown to the clinician). */
export interface RecordFinding {
  readonly finding: string;
  /** What in the record matched, e.g. `Condition "Type 2 diabetes" (SNOMED CT 44054006)`. */
  readonly because: string;
}

const systemNames: Record<string, string> = {
  [systems.snomed]: 'SNOMED CT',
  [systems.icd10]: 'ICD-10',
  [systems.icd10cm]: 'ICD-10-CM',
  [systems.atc]: 'ATC',
};

const label = (concept: CodeableConcept | undefined) =>
  concept?.text ?? concept?.coding?.find((c) => c.display)?.display ?? 'unnamed';

function matchConcept(
  maps: readonly FindingCodeMap[],
  concept: CodeableConcept | undefined,
): { map: FindingCodeMap; code: string; system: string; matched: SourcedCode | SourcedPrefix }[] {
  const out: { map: FindingCodeMap; code: string; system: string; matched: SourcedCode | SourcedPrefix }[] =
    [];
  for (const coding of concept?.coding ?? []) {
    for (const map of maps) {
      const matched = matchCoding(map, coding);
      if (matched && coding.code && coding.system)
        out.push({ map, code: coding.code, system: coding.system, matched });
    }
  }
  return out;
}

const countingStatuses = new Set(['active', 'recurrence', 'relapse']);
/** A past event is a risk factor whatever its status now ("previously documented DVT", Wells). */
const historyFindings = new Set(['previous_dvt']);
const dayMs = 86_400_000;

function conditionDate(c: Condition): number | undefined {
  const when = c.onsetDateTime ?? c.onsetPeriod?.start ?? c.recordedDate;
  const t = when ? Date.parse(when) : Number.NaN;
  return Number.isNaN(t) ? undefined : t;
}

/** Problem-list entries → findings, by verified codes only (docs/cds-hooks.md lists them with sources). */
export function findingsFromConditions(conditions: readonly Condition[], now: Date): RecordFinding[] {
  const out: RecordFinding[] = [];
  for (const c of conditions) {
    const verification = c.verificationStatus?.coding?.map((x) => x.code) ?? [];
    if (verification.includes('refuted') || verification.includes('entered-in-error')) continue;
    const status = c.clinicalStatus?.coding?.map((x) => x.code) ?? [];
    const current = status.length === 0 || status.some((s) => s !== undefined && countingStatuses.has(s));
    for (const { map, code, system } of matchConcept(conditionCodes, c.code)) {
      if (!current && !historyFindings.has(map.finding)) continue;
      if (map.withinDays !== undefined) {
        const t = conditionDate(c);
        if (t === undefined || now.getTime() - t > map.withinDays * dayMs || t > now.getTime() + dayMs)
          continue;
      }
      out.push({
        finding: map.finding,
        because: `Condition "${label(c.code)}" (${systemNames[system] ?? system} ${code})`,
      });
    }
  }
  return out;
}

/** Lexicon word lists (src/language) as a whole-word, case-insensitive name pattern. */
function namePattern(words: string): RegExp {
  const alternatives = words.split('|').map((w) => w.replaceAll('_', '[\\s-]+'));
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i');
}

/** Medicine names by class, from the language lexicon, for records coded without ATC (e.g. RxNorm). */
const medicineNames: readonly { finding: string; pattern: RegExp }[] = [
  { finding: 'takes_diuretic', pattern: namePattern(drugs.diuretic) },
  { finding: 'takes_statin', pattern: namePattern(drugs.statin) },
  { finding: 'takes_beta_agonist_inhaler', pattern: namePattern(drugs.betaAgonist) },
  { finding: 'takes_sedating_antihistamine', pattern: namePattern(drugs.sedatingAntihistamine) },
  {
    finding: 'takes_antidepressant_or_antipsychotic',
    pattern: namePattern(drugs.antidepressantOrAntipsychotic),
  },
];

const stoppedStatuses = new Set([
  'stopped',
  'completed',
  'cancelled',
  'entered-in-error',
  'not-taken',
  'revoked',
]);

/** Medication lists → findings: ATC groups (verified codes), else the medicine's name. */
export function findingsFromMedications(
  medications: readonly (MedicationRequest | MedicationStatement)[],
): RecordFinding[] {
  const out: RecordFinding[] = [];
  for (const m of medications) {
    if (m.status && stoppedStatuses.has(m.status)) continue;
    const concept = m.medicationCodeableConcept;
    const name = concept ? label(concept) : (m.medicationReference?.display ?? 'unnamed');
    const coded = matchConcept(medicineCodes, concept);
    for (const { map, code } of coded) {
      out.push({ finding: map.finding, because: `${m.resourceType} "${name}" (ATC ${code})` });
    }
    const codedFindings = new Set(coded.map((c) => c.map.finding));
    const texts = [
      concept?.text,
      ...(concept?.coding ?? []).map((c) => c.display),
      m.medicationReference?.display,
    ];
    for (const { finding, pattern } of medicineNames) {
      if (codedFindings.has(finding)) continue;
      if (texts.some((t) => t !== undefined && pattern.test(t))) {
        out.push({ finding, because: `${m.resourceType} "${name}" (by medicine name)` });
      }
    }
  }
  return out;
}
