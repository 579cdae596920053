import type {
  Bundle,
  CapabilityStatement,
  Questionnaire,
  QuestionnaireResponse,
  RiskAssessment,
} from '@medplum/fhirtypes';
import type { FastifyInstance } from 'fastify';
import { Client, type FhirResource } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirErrors } from '../../test/fhir-validation.js';
import { buildServer } from '../server/app.js';
import { answerItem, askedFindings, lastQuestion } from './interview-driver.js';

/** A real FHIR client (fhir-kit-client) against the server listening on 127.0.0.1, port 0. */
describe('FHIR face with fhir-kit-client', () => {
  let app: FastifyInstance;
  let client: Client;
  beforeAll(async () => {
    // A long keep-alive: on a loaded machine a step can outlast the 5 s default, and a request sent on a
    // socket the server is just closing fails with ECONNRESET (a client/keep-alive race, not this face's).
    app = buildServer({ logLevel: 'silent', keepAliveTimeout: 60_000 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    client = new Client({ baseUrl: `http://127.0.0.1:${port}/fhir` });
  });
  afterAll(() => app.close());

  it('reads the CapabilityStatement and the Questionnaire', async () => {
    const cs = (await client.capabilityStatement()) as unknown as CapabilityStatement;
    expect(cs.resourceType).toBe('CapabilityStatement');
    expect(fhirErrors(cs)).toEqual([]);
    const q = (await client.read({
      resourceType: 'Questionnaire',
      id: 'nightleg',
    })) as unknown as Questionnaire;
    expect(q.url).toMatch(/Questionnaire\/nightleg$/);
    expect(fhirErrors(q)).toEqual([]);
  });

  it('runs a whole adaptive interview with $next-question, then gets the assessment with $assess', async () => {
    let response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      authored: '2026-06-15T10:00:00Z',
      subject: { reference: '#pat' },
      contained: [{ resourceType: 'Patient', id: 'pat', gender: 'male', birthDate: '1951-09-20' }],
    };
    // A 74-year-old man with burning toes at night relieved by hanging the foot down: yes to those, no else.
    const yes = new Set([
      'pain_feet_toes',
      'burning_pain',
      'relief_dangling_leg',
      'diabetes',
      'smoker',
      'starts_at_rest',
    ]);
    const asked: string[] = [];
    for (let step = 0; step < 40; step++) {
      response = (await client.operation({
        name: '$next-question',
        resourceType: 'Questionnaire',
        input: response as unknown as FhirResource,
      })) as unknown as QuestionnaireResponse;
      expect(fhirErrors(response)).toEqual([]);
      if (response.status === 'completed') break;
      const item = lastQuestion(response);
      expect(item).toBeDefined();
      if (!item) break;
      asked.push(...askedFindings(item, response));
      response = answerItem(response, item, (f) => (yes.has(f) ? 'present' : 'absent'));
    }
    expect(response.status).toBe('completed');
    expect(asked.length).toBeGreaterThan(5);
    const bundle = (await client.operation({
      name: '$assess',
      resourceType: 'QuestionnaireResponse',
      input: response as unknown as FhirResource,
    })) as unknown as Bundle;
    expect(bundle.resourceType).toBe('Bundle');
    expect(fhirErrors(bundle)).toEqual([]);
    const risk = bundle.entry?.find((e) => e.resource?.resourceType === 'RiskAssessment')
      ?.resource as RiskAssessment;
    expect(risk.status).toBe('final');
    expect(risk.prediction?.[0]?.outcome?.coding?.[0]?.code).toBe('arterial_rest_pain');
  });

  it('a bad request reaches the client as a 400 OperationOutcome', async () => {
    const error = await client
      .operation({
        name: '$assess',
        resourceType: 'QuestionnaireResponse',
        input: { resourceType: 'QuestionnaireResponse' },
      })
      .catch((e: unknown) => e);
    const { response } = error as { response?: { status?: number; data?: { resourceType?: string } } };
    expect(response?.status).toBe(400);
    expect(response?.data?.resourceType).toBe('OperationOutcome');
  });
});
