import { randomUUID } from 'node:crypto';
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  Device,
  GuidanceResponse,
  Parameters,
  Patient,
  QuestionnaireResponse,
  Resource,
  RiskAssessment,
  RiskAssessmentPrediction,
} from '@medplum/fhirtypes';
import { type Factor, type RankedCondition, unclearBelow } from '../engine/index.js';
import { assessInput, type CaseResult } from '../pipeline/assess-input.js';
import { canonicalBase, systems } from './codes.js';
import { patientCase } from './patient.js';
import { readResponseInput } from './request.js';

/**
 * Qualitative bands for RiskAssessment.prediction.qualitativeRisk (HL7 risk-probability codes). These
 * cut-offs are model settings, not clinical numbers: `high` starts at the engine's `unclearBelow` (the
 * probability a cause needs before the triage treats it as the leading explanation); 1% and 10% split the
 * rest in orders of magnitude. "certain" is never used: the tool does not diagnose.
 */
export const riskBands = [
  { below: 0.01, code: 'negligible', display: 'Negligible likelihood' },
  { below: 0.1, code: 'low', display: 'Low likelihood' },
  { below: unclearBelow, code: 'moderate', display: 'Moderate likelihood' },
  { below: Number.POSITIVE_INFINITY, code: 'high', display: 'High likelihood' },
] as const;

export function riskBand(probability: number): CodeableConcept {
  const band = riskBands.find((b) => probability < b.below) ?? riskBands[3];
  return { coding: [{ system: systems.riskProbability, code: band.code, display: band.display }] };
}

const maxFactorsNamed = 6;

function factorText(f: Factor): string {
  const state = f.state === 'present' ? 'yes' : f.state === 'absent' ? 'no' : "don't know";
  return `${f.clinicianTerm} (${state}; ${f.finding}; ${f.sources.join(', ')})`;
}

/** The findings for and against a cause, named, with their sources. */
export function rationale(condition: RankedCondition): string {
  const list = (factors: readonly Factor[]) =>
    factors.length === 0
      ? 'none'
      : factors.slice(0, maxFactorsNamed).map(factorText).join('; ') +
        (factors.length > maxFactorsNamed ? `; and ${factors.length - maxFactorsNamed} more` : '');
  return `For: ${list(condition.supporting)}. Against: ${list(condition.opposing)}.`;
}

function prediction(condition: RankedCondition): RiskAssessmentPrediction {
  return {
    outcome: {
      coding: [{ system: systems.condition, code: condition.id, display: condition.clinicianName }],
      text: condition.clinicianName,
    },
    probabilityDecimal: Number(condition.probability.toFixed(4)),
    qualitativeRisk: riskBand(condition.probability),
    rationale: rationale(condition),
  };
}

const uuidRef = () => `urn:uuid:${randomUUID()}`;

function engineDevice(version: string): Device {
  return {
    resourceType: 'Device',
    deviceName: [{ name: 'nightleg', type: 'manufacturer-name' }],
    version: [{ value: version }],
    note: [{ text: 'Decision-support software; not a diagnosis.' }],
  };
}

export interface AssessmentBundleInput {
  readonly result: CaseResult;
  readonly patient: Patient;
  readonly response: QuestionnaireResponse;
  readonly version: string;
  readonly now?: Date;
}

/**
 * The assessment as a FHIR `collection` Bundle: a RiskAssessment (one prediction per cause), a
 * GuidanceResponse (the urgency and its reasons, with a Parameters resource carrying the urgency level),
 * and the Patient, QuestionnaireResponse and Device they reference. docs/fhir.md explains the choice.
 */
export function assessmentBundle({
  result,
  patient,
  response,
  version,
  now = new Date(),
}: AssessmentBundleInput): Bundle {
  const urls = {
    patient: uuidRef(),
    response: uuidRef(),
    device: uuidRef(),
    risk: uuidRef(),
    guidance: uuidRef(),
    output: uuidRef(),
  };
  const when = now.toISOString();
  const complete = result.shouldStop;
  const { id: _id, ...patientCopy } = patient;
  const { id: _rid, ...responseCopy } = response;

  const risk: RiskAssessment = {
    resourceType: 'RiskAssessment',
    status: complete ? 'final' : 'preliminary',
    subject: { reference: urls.patient },
    occurrenceDateTime: when,
    code: { text: 'Causes of leg pain that starts or gets worse when lying down' },
    method: { text: `nightleg ${version}: noisy-OR network over the answers, priors by age and sex` },
    performer: { reference: urls.device, display: 'nightleg' },
    basis: [{ reference: urls.response }],
    prediction: result.conditions.map(prediction),
    note: [{ text: result.disclaimer }],
  };

  const { triage } = result;
  const output: Parameters = {
    resourceType: 'Parameters',
    parameter: [
      {
        name: 'urgency',
        valueCoding: { system: systems.urgency, code: triage.level, display: triage.label },
      },
      { name: 'action', valueString: triage.action },
      { name: 'interviewComplete', valueBoolean: complete },
    ],
  };
  const guidance: GuidanceResponse = {
    resourceType: 'GuidanceResponse',
    moduleUri: `${canonicalBase}/triage`,
    status: complete ? 'success' : 'data-requested',
    subject: { reference: urls.patient },
    occurrenceDateTime: when,
    performer: { reference: urls.device, display: 'nightleg' },
    reasonCode: triage.reasons.map((r) => ({
      coding: [{ system: systems.triageReason, code: r.id }],
      text: `${r.clinicianReason} [${r.sources.join(', ')}]`,
    })),
    outputParameters: { reference: urls.output },
    note: [
      { text: `${triage.label}: ${triage.action}` },
      ...result.criteria.map((c) => ({ text: c.clinicianSummary })),
      { text: result.disclaimer },
    ],
    ...(complete ? {} : { dataRequirement: [{ type: 'QuestionnaireResponse' }] }),
  };

  const entries: [string, Resource][] = [
    [urls.risk, risk],
    [urls.guidance, guidance],
    [urls.output, output],
    [urls.patient, patientCopy as Patient],
    [urls.response, responseCopy as QuestionnaireResponse],
    [urls.device, engineDevice(version)],
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: when,
    entry: entries.map(([fullUrl, resource]): BundleEntry => ({ fullUrl, resource })),
  };
}

/** Endpoint: POST [base]/QuestionnaireResponse/$assess — the answers so far in, the assessment Bundle out. */
export function assessResponse(body: unknown, version: string): { bundle: Bundle; result: CaseResult } {
  const input = readResponseInput(body);
  const { age, sex } = patientCase(input.patient, input.asOf, input.patientPath);
  const result = assessInput({ age, sex, evidence: input.evidence });
  return {
    bundle: assessmentBundle({ result, patient: input.patient, response: input.response, version }),
    result,
  };
}
