import type {
  Patient,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Resource,
} from '@medplum/fhirtypes';
import type { EvidenceItem } from '../engine/index.js';
import { type EvidenceState, findingsById } from '../knowledge/index.js';
import { systems } from './codes.js';
import { FhirInputError, type FhirIssue, fail } from './outcome.js';

/** A QuestionnaireResponse from a request, with the patient and evidence read from it. */
export interface ResponseInput {
  readonly response: QuestionnaireResponse;
  /** FHIRPath of the response in the request body (error paths start here). */
  readonly responsePath: string;
  readonly patient: Patient;
  /** FHIRPath of the Patient in the request. */
  readonly patientPath: string;
  /** Evidence in answer order (a later answer for the same finding wins, as in the engine). */
  readonly evidence: EvidenceItem[];
  /** When the answers were given (`authored`), else now: the day the age is computed for. */
  readonly asOf: Date;
}

const responseStatuses = new Set(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']);
const responseParameterNames = ['questionnaire-response', 'response'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const stateByCode: Record<string, EvidenceState> = { yes: 'present', no: 'absent', unknown: 'unknown' };

/** One answer → a state; accepts nightleg's answer codings and, for convenience, valueBoolean. */
function answerState(answer: unknown, path: string, issues: FhirIssue[]): EvidenceState | undefined {
  if (!isObject(answer)) {
    issues.push({ path, message: 'must be an object with valueCoding (yes / no / unknown) or valueBoolean' });
    return undefined;
  }
  if (typeof answer.valueBoolean === 'boolean') return answer.valueBoolean ? 'present' : 'absent';
  const coding = answer.valueCoding;
  if (isObject(coding)) {
    if (coding.system !== undefined && coding.system !== systems.answer) {
      issues.push({ path: `${path}.valueCoding.system`, message: `must be ${systems.answer} (or left out)` });
      return undefined;
    }
    const state = typeof coding.code === 'string' ? stateByCode[coding.code] : undefined;
    if (!state) {
      issues.push({
        path: `${path}.valueCoding.code`,
        message: 'must be "yes", "no" or "unknown" (don\'t know)',
      });
    }
    return state;
  }
  issues.push({
    path,
    message: `must carry valueCoding (${systems.answer}: yes / no / unknown) or valueBoolean`,
  });
  return undefined;
}

/** Walk the answered items (any depth); every answered linkId must be a finding id. */
function readItems(
  items: unknown,
  path: string,
  out: EvidenceItem[],
  issues: FhirIssue[],
  seen: Set<string>,
): void {
  if (items === undefined) return;
  if (!Array.isArray(items)) {
    issues.push({ path, message: 'must be a list of items' });
    return;
  }
  items.forEach((item: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(item) || typeof item.linkId !== 'string' || item.linkId === '') {
      issues.push({ path: `${at}.linkId`, message: 'is required: a string' });
      return;
    }
    const answers = item.answer;
    if (answers !== undefined) {
      if (!Array.isArray(answers)) {
        issues.push({ path: `${at}.answer`, message: 'must be a list' });
      } else if (answers.length > 1) {
        issues.push({ path: `${at}.answer`, message: "must hold one answer (yes, no or don't know)" });
      } else if (answers.length === 1) {
        if (!findingsById.has(item.linkId)) {
          issues.push({
            path: `${at}.linkId`,
            message: `"${item.linkId}" is not a nightleg finding id (see GET /fhir/Questionnaire/nightleg)`,
          });
        } else if (seen.has(item.linkId)) {
          issues.push({ path: `${at}.linkId`, message: `"${item.linkId}" is answered more than once` });
        } else {
          seen.add(item.linkId);
          const state = answerState(answers[0], `${at}.answer[0]`, issues);
          if (state) out.push({ id: item.linkId, state });
        }
      }
    }
    readItems(item.item, `${at}.item`, out, issues, seen);
  });
}

/** The Patient: a `patient` parameter, else the response's subject resolved in `contained`. */
function findPatient(
  response: QuestionnaireResponse,
  responsePath: string,
  parameterPatient: { patient: Patient; path: string } | undefined,
): { patient: Patient; path: string } {
  if (parameterPatient) return parameterPatient;
  const contained = (response.contained ?? []) as Resource[];
  const reference = response.subject?.reference;
  if (reference !== undefined) {
    if (!reference.startsWith('#')) {
      fail(
        `${responsePath}.subject.reference`,
        `"${reference}" is not a contained resource: nightleg fetches nothing, so contain the Patient (#id) or send it as the "patient" parameter`,
      );
    }
    const index = contained.findIndex((r) => r.id === reference.slice(1));
    const found = contained[index];
    if (found?.resourceType !== 'Patient') {
      fail(`${responsePath}.subject.reference`, `"${reference}" does not name a contained Patient`);
    }
    return { patient: found, path: `${responsePath}.contained[${index}]` };
  }
  const patients = contained.flatMap((r, i) => (r.resourceType === 'Patient' ? [i] : []));
  const only = patients.length === 1 ? patients[0] : undefined;
  if (only === undefined) {
    fail(
      `${responsePath}.subject`,
      'is required: a reference to a contained Patient (#id) with gender and birthDate, or send the Patient as the "patient" parameter',
    );
  }
  return { patient: contained[only] as Patient, path: `${responsePath}.contained[${only}]` };
}

/** Read a request body: a QuestionnaireResponse, or Parameters with the response (and optionally `patient`). */
export function readResponseInput(body: unknown): ResponseInput {
  if (!isObject(body)) return fail('', 'the body must be a FHIR resource (JSON object)');
  let response: QuestionnaireResponse;
  let responsePath: string;
  let parameterPatient: { patient: Patient; path: string } | undefined;
  if (body.resourceType === 'QuestionnaireResponse') {
    response = body as unknown as QuestionnaireResponse;
    responsePath = 'QuestionnaireResponse';
  } else if (body.resourceType === 'Parameters') {
    const parameters = Array.isArray(body.parameter) ? (body.parameter as unknown[]) : [];
    const at = parameters.findIndex((p) => isObject(p) && responseParameterNames.includes(String(p.name)));
    const resource = isObject(parameters[at])
      ? (parameters[at] as { resource?: unknown }).resource
      : undefined;
    if (!isObject(resource) || resource.resourceType !== 'QuestionnaireResponse') {
      return fail(
        at < 0 ? 'Parameters.parameter' : `Parameters.parameter[${at}].resource`,
        'needs a parameter "questionnaire-response" whose resource is a QuestionnaireResponse',
      );
    }
    response = resource as unknown as QuestionnaireResponse;
    responsePath = `Parameters.parameter[${at}].resource`;
    const p = parameters.findIndex((x) => isObject(x) && x.name === 'patient');
    if (p >= 0) {
      const patient = (parameters[p] as { resource?: unknown }).resource;
      if (!isObject(patient) || patient.resourceType !== 'Patient') {
        return fail(
          `Parameters.parameter[${p}].resource`,
          'the "patient" parameter must be a Patient resource',
        );
      }
      parameterPatient = {
        patient: patient as unknown as Patient,
        path: `Parameters.parameter[${p}].resource`,
      };
    }
  } else {
    return fail(
      'resourceType',
      `must be "QuestionnaireResponse" or "Parameters" (got ${JSON.stringify(body.resourceType ?? null)})`,
    );
  }
  if (!responseStatuses.has(String(response.status))) {
    fail(
      `${responsePath}.status`,
      'is required: in-progress, completed, amended, entered-in-error or stopped',
    );
  }
  if (response.contained !== undefined && !Array.isArray(response.contained)) {
    fail(`${responsePath}.contained`, 'must be a list of resources');
  }
  let asOf = new Date();
  if (response.authored !== undefined) {
    const t = Date.parse(response.authored);
    if (typeof response.authored !== 'string' || Number.isNaN(t)) {
      fail(`${responsePath}.authored`, 'must be a FHIR dateTime');
    }
    asOf = new Date(t);
  }
  const issues: FhirIssue[] = [];
  const evidence: EvidenceItem[] = [];
  readItems(response.item, `${responsePath}.item`, evidence, issues, new Set());
  if (issues.length > 0) throw new FhirInputError(issues);
  const { patient, path } = findPatient(response, responsePath, parameterPatient);
  return { response, responsePath, patient, patientPath: path, evidence, asOf };
}

/** Every linkId in a Questionnaire's item tree. */
export function linkIds(
  items: readonly QuestionnaireItem[] | undefined,
  out = new Set<string>(),
): Set<string> {
  for (const item of items ?? []) {
    out.add(item.linkId);
    linkIds(item.item, out);
  }
  return out;
}

/** Answered linkIds with their FHIRPaths. */
export function answeredPaths(
  items: readonly QuestionnaireResponseItem[] | undefined,
  path: string,
  out: { linkId: string; path: string }[] = [],
): { linkId: string; path: string }[] {
  (items ?? []).forEach((item, i) => {
    if ((item.answer?.length ?? 0) > 0) out.push({ linkId: item.linkId, path: `${path}[${i}].linkId` });
    answeredPaths(item.item, `${path}[${i}].item`, out);
  });
  return out;
}

export type { Questionnaire };
