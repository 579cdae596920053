import type { CapabilityStatement, OperationDefinition } from '@medplum/fhirtypes';
import { canonicalBase } from './codes.js';

export const assessOperationUrl = `${canonicalBase}/OperationDefinition/QuestionnaireResponse-assess`;
export const nextQuestionOperationUrl =
  'http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question';

/** The contract of $assess, served at /fhir/OperationDefinition/QuestionnaireResponse-assess. */
export function assessOperationDefinition(version: string): OperationDefinition {
  return {
    resourceType: 'OperationDefinition',
    id: 'QuestionnaireResponse-assess',
    url: assessOperationUrl,
    version,
    name: 'Assess',
    title: 'nightleg assessment of a QuestionnaireResponse',
    status: 'active',
    kind: 'operation',
    description:
      'Assesses the answers of a nightleg QuestionnaireResponse (catalog or adaptive) for a Patient: returns a collection Bundle with a RiskAssessment (one prediction per cause) and a GuidanceResponse (urgency and reasons). Not a diagnosis. The body is the QuestionnaireResponse itself (its subject a contained Patient), or Parameters with "questionnaire-response" and, optionally, "patient".',
    code: 'assess',
    resource: ['QuestionnaireResponse'],
    system: false,
    type: true,
    instance: false,
    affectsState: false,
    parameter: [
      { name: 'questionnaire-response', use: 'in', min: 1, max: '1', type: 'QuestionnaireResponse' },
      { name: 'patient', use: 'in', min: 0, max: '1', type: 'Patient' },
      { name: 'return', use: 'out', min: 1, max: '1', type: 'Bundle' },
    ],
  };
}

export function capabilityStatement(version: string, date: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    name: 'NightlegFhir',
    title: 'nightleg FHIR R4 interface',
    description:
      'Decision support for leg pain that starts or gets worse when lying down. Not a diagnosis. Stateless: nothing is stored; every request carries the answers and the Patient.',
    software: { name: 'nightleg', version },
    implementation: { description: 'nightleg serve' },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'application/json'],
    rest: [
      {
        mode: 'server',
        documentation: 'See docs/fhir.md. Errors are OperationOutcome resources naming the bad element.',
        resource: [
          {
            type: 'Questionnaire',
            interaction: [{ code: 'read' }],
            documentation: 'GET Questionnaire/nightleg: the whole question catalog.',
            operation: [{ name: 'next-question', definition: nextQuestionOperationUrl }],
          },
          {
            type: 'QuestionnaireResponse',
            operation: [{ name: 'assess', definition: assessOperationUrl }],
          },
          { type: 'OperationDefinition', interaction: [{ code: 'read' }] },
        ],
      },
    ],
  };
}
