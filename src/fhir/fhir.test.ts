import type {
  Bundle,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  RiskAssessment,
} from '@medplum/fhirtypes';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirErrors } from '../../test/fhir-validation.js';
import { conditions, findings } from '../knowledge/index.js';
import { buildServer } from '../server/app.js';
import { answerItem, lastQuestion } from './interview-driver.js';

const fhirJson = { 'content-type': 'application/fhir+json' };
const patient = { resourceType: 'Patient', id: 'p', gender: 'female', birthDate: '1958-03-02' } as const;
const start: QuestionnaireResponse = {
  resourceType: 'QuestionnaireResponse',
  status: 'in-progress',
  authored: '2026-06-15T10:00:00Z',
  subject: { reference: '#p' },
  contained: [patient],
};

function allItems(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((i) => [i, ...allItems(i.item)]);
}

describe('FHIR R4 face', () => {
  let app: FastifyInstance;
  beforeAll(() => {
    app = buildServer({ logLevel: 'silent' });
  });
  afterAll(() => app.close());

  const get = async (url: string) =>
    app.inject({ method: 'GET', url, headers: { accept: 'application/fhir+json' } });
  const post = async (url: string, payload: unknown) =>
    app.inject({ method: 'POST', url, headers: fhirJson, payload: JSON.stringify(payload) });

  it('the validator used below rejects an invalid resource (the checks are not vacuous)', () => {
    expect(fhirErrors({ resourceType: 'RiskAssessment', status: 'final' })).not.toEqual([]);
    expect(
      fhirErrors({ resourceType: 'Questionnaire', status: 'active', item: [{ type: 'group' }] }),
    ).not.toEqual([]);
  });

  it('GET /fhir/metadata: a valid CapabilityStatement naming both operations', async () => {
    const res = await get('/fhir/metadata');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const cs = res.json();
    expect(fhirErrors(cs)).toEqual([]);
    expect(cs.fhirVersion).toBe('4.0.1');
    const ops = cs.rest[0].resource.flatMap((r: { operation?: { name: string }[] }) => r.operation ?? []);
    expect(ops.map((o: { name: string }) => o.name).sort()).toEqual(['assess', 'next-question']);
  });

  it("GET /fhir/Questionnaire/nightleg: every finding once, yes/no/don't know, groups, precondition", async () => {
    const res = await get('/fhir/Questionnaire/nightleg');
    expect(res.statusCode).toBe(200);
    const q = res.json() as Questionnaire;
    expect(fhirErrors(q)).toEqual([]);
    const questions = allItems(q.item).filter((i) => i.type === 'choice');
    expect(questions.map((i) => i.linkId).sort()).toEqual(findings.map((f) => f.id).sort());
    const linkIds = allItems(q.item).map((i) => i.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
    for (const item of questions) {
      expect(item.answerOption?.map((o) => o.valueCoding?.code)).toEqual(['yes', 'no', 'unknown']);
    }
    expect(q.item?.every((i) => i.type === 'group')).toBe(true);
    expect(q.item?.[0]?.linkId).toBe('screen_clot_infection');
    const pregnancy = questions.find((i) => i.linkId === 'pregnant_or_postpartum');
    expect(pregnancy?.extension?.[0]?.valueExpression?.expression).toBe("%patient.gender = 'female'");
    // Verified codes only where the code table has them (diabetes: SNOMED CT 73211009, docs/fhir.md).
    const diabetes = questions.find((i) => i.linkId === 'diabetes');
    expect(diabetes?.code?.map((c) => c.code)).toContain('73211009');
  });

  it('GET /fhir/OperationDefinition/QuestionnaireResponse-assess is valid', async () => {
    const res = await get('/fhir/OperationDefinition/QuestionnaireResponse-assess');
    expect(res.statusCode).toBe(200);
    expect(fhirErrors(res.json())).toEqual([]);
  });

  it("$next-question: an empty response gets the first question (the complaint's shape) in a contained adaptive Questionnaire", async () => {
    const res = await post('/fhir/Questionnaire/$next-question', start);
    expect(res.statusCode).toBe(200);
    const qr = res.json() as QuestionnaireResponse;
    expect(fhirErrors(qr)).toEqual([]);
    expect(qr.status).toBe('in-progress');
    expect(qr.questionnaire).toBe('#q');
    const q = qr.contained?.find((r) => r.resourceType === 'Questionnaire') as Questionnaire;
    expect(fhirErrors(q)).toEqual([]);
    expect(q.item?.map((i) => i.linkId)).toEqual(['complaint_where']);
    expect(q.extension?.some((e) => e.url.endsWith('questionnaireAdaptive') && e.valueBoolean)).toBe(true);
  });

  it('$next-question: a red flag answered yes completes the interview at once', async () => {
    // The complaint's shape comes first ("don't know" to each), then the first screen.
    let current = (await post('/fhir/Questionnaire/$next-question', start)).json() as QuestionnaireResponse;
    const phases: string[] = [];
    for (
      let item = lastQuestion(current);
      item?.linkId.startsWith('complaint_');
      item = lastQuestion(current)
    ) {
      phases.push(item.linkId);
      const answered = answerItem(current, item, () => 'unknown');
      current = (await post('/fhir/Questionnaire/$next-question', answered)).json() as QuestionnaireResponse;
      expect(current.status).toBe('in-progress');
    }
    // Only the complaint groups whose answer could change the outcome, in their order.
    expect(phases[0]).toBe('complaint_where');
    expect(['complaint_where', 'complaint_what', 'complaint_when', 'complaint_relief']).toEqual(
      expect.arrayContaining(phases),
    );
    const group = lastQuestion(current);
    // A low-risk opening: the uncued screens as one red-flag checklist.
    expect(group?.linkId).toBe('screen_red_flags');
    const answered = answerItem(current, group as QuestionnaireItem, (f) =>
      f === 'chest_pain_or_breathless' ? 'present' : 'absent',
    );
    const res = await post('/fhir/Questionnaire/$next-question', answered);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('completed');
    const bundle = (await post('/fhir/QuestionnaireResponse/$assess', res.json())).json() as Bundle;
    const urgency = bundle.entry?.map((e) => e.resource).find((r) => r?.resourceType === 'Parameters') as {
      parameter: { name: string; valueCoding?: { code: string } }[];
    };
    expect(urgency.parameter.find((p) => p.name === 'urgency')?.valueCoding?.code).toMatch(/^emergency/);
  });

  it('$assess: a valid Bundle, one prediction per cause with band and rationale, basis → the answers', async () => {
    const answers: QuestionnaireResponse = {
      ...start,
      item: [
        { linkId: 'sudden_muscle_contraction', answer: [{ valueCoding: { code: 'yes' } }] },
        { linkId: 'pain_calf', answer: [{ valueBoolean: true }] },
        { linkId: 'one_leg_swollen', answer: [{ valueCoding: { code: 'no' } }] },
      ],
    };
    const res = await post('/fhir/QuestionnaireResponse/$assess', answers);
    expect(res.statusCode).toBe(200);
    const bundle = res.json() as Bundle;
    expect(fhirErrors(bundle)).toEqual([]);
    const resources = bundle.entry?.map((e) => e.resource) ?? [];
    const risk = resources.find((r) => r?.resourceType === 'RiskAssessment') as RiskAssessment;
    expect(risk.prediction).toHaveLength(conditions.length);
    const v1 = (
      await app.inject({
        method: 'POST',
        url: '/v1/assess?view=full',
        payload: {
          age: 68,
          sex: 'female',
          evidence: [
            { id: 'sudden_muscle_contraction', state: 'present' },
            { id: 'pain_calf', state: 'present' },
            { id: 'one_leg_swollen', state: 'absent' },
          ],
        },
      })
    ).json();
    expect(risk.prediction?.map((p) => p.outcome?.coding?.[0]?.code)).toEqual(
      v1.conditions.map((c: { id: string }) => c.id),
    );
    risk.prediction?.forEach((p, i) => {
      expect(p.probabilityDecimal).toBeCloseTo(v1.conditions[i].probability, 4);
      expect(p.qualitativeRisk?.coding?.[0]?.system).toBe(
        'http://terminology.hl7.org/CodeSystem/risk-probability',
      );
    });
    expect(risk.prediction?.[0]?.rationale).toMatch(/^For: .*sudden_muscle_contraction.*Against: /);
    const basis = risk.basis?.[0]?.reference;
    expect(bundle.entry?.find((e) => e.fullUrl === basis)?.resource?.resourceType).toBe(
      'QuestionnaireResponse',
    );
    const subject = risk.subject.reference;
    expect(bundle.entry?.find((e) => e.fullUrl === subject)?.resource?.resourceType).toBe('Patient');
    expect(resources.find((r) => r?.resourceType === 'GuidanceResponse')).toMatchObject({
      status: 'data-requested',
    });
  });

  it('$assess accepts Parameters with the response and the patient', async () => {
    const { subject: _s, contained: _c, ...bare } = start;
    const res = await post('/fhir/QuestionnaireResponse/$assess', {
      resourceType: 'Parameters',
      parameter: [
        { name: 'questionnaire-response', resource: bare },
        { name: 'patient', resource: { resourceType: 'Patient', gender: 'male', birthDate: '1950-01-01' } },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(fhirErrors(res.json())).toEqual([]);
  });

  const withPatient = (p: object) => ({ ...start, contained: [{ ...patient, ...p }] });
  const bad: [string, string, unknown, number, string][] = [
    [
      'no Patient',
      '$assess',
      { ...start, subject: undefined, contained: [] },
      400,
      'QuestionnaireResponse.subject',
    ],
    [
      'gender other',
      '$assess',
      withPatient({ gender: 'other' }),
      400,
      'QuestionnaireResponse.contained[0].gender',
    ],
    [
      'no gender',
      '$next-question',
      withPatient({ gender: undefined }),
      400,
      'QuestionnaireResponse.contained[0].gender',
    ],
    [
      'year-only birthDate',
      '$assess',
      withPatient({ birthDate: '1958' }),
      400,
      'QuestionnaireResponse.contained[0].birthDate',
    ],
    [
      'a child',
      '$assess',
      withPatient({ birthDate: '2015-01-01' }),
      400,
      'QuestionnaireResponse.contained[0].birthDate',
    ],
    [
      'not a date',
      '$assess',
      withPatient({ birthDate: '1958-02-30' }),
      400,
      'QuestionnaireResponse.contained[0].birthDate',
    ],
    [
      'external subject',
      '$assess',
      { ...start, subject: { reference: 'Patient/1' } },
      400,
      'QuestionnaireResponse.subject.reference',
    ],
    ['no status', '$assess', { ...start, status: undefined }, 400, 'QuestionnaireResponse.status'],
    [
      'unknown linkId',
      '$assess',
      { ...start, item: [{ linkId: 'sore_leg', answer: [{ valueBoolean: true }] }] },
      400,
      'QuestionnaireResponse.item[0].linkId',
    ],
    [
      'bad answer code',
      '$assess',
      { ...start, item: [{ linkId: 'fever', answer: [{ valueCoding: { code: 'maybe' } }] }] },
      400,
      'QuestionnaireResponse.item[0].answer[0].valueCoding.code',
    ],
    [
      'two answers',
      '$assess',
      { ...start, item: [{ linkId: 'fever', answer: [{ valueBoolean: true }, { valueBoolean: false }] }] },
      400,
      'QuestionnaireResponse.item[0].answer',
    ],
    [
      'nested bad answer',
      '$assess',
      { ...start, item: [{ linkId: 'g', item: [{ linkId: 'fever', answer: [{ valueString: 'yes' }] }] }] },
      400,
      'QuestionnaireResponse.item[0].item[0].answer[0]',
    ],
    [
      'answer not asked',
      '$next-question',
      { ...start, item: [{ linkId: 'fever', answer: [{ valueBoolean: true }] }] },
      400,
      'QuestionnaireResponse.item[0].linkId',
    ],
    ['wrong resource', '$assess', { resourceType: 'Patient' }, 400, 'resourceType'],
    [
      'Parameters without response',
      '$assess',
      { resourceType: 'Parameters', parameter: [] },
      400,
      'Parameters.parameter',
    ],
  ];
  for (const [name, op, body, status, path] of bad) {
    it(`${op} with ${name}: ${status} OperationOutcome at ${path}`, async () => {
      const url =
        op === '$assess' ? '/fhir/QuestionnaireResponse/$assess' : '/fhir/Questionnaire/$next-question';
      const res = await post(url, body);
      expect(res.statusCode).toBe(status);
      const oo = res.json();
      expect(fhirErrors(oo)).toEqual([]);
      expect(oo.resourceType).toBe('OperationOutcome');
      expect(oo.issue.flatMap((i: { expression?: string[] }) => i.expression ?? [])).toContain(path);
    });
  }

  it('malformed JSON, wrong media type and unknown routes are 4xx OperationOutcomes', async () => {
    const broken = await app.inject({
      method: 'POST',
      url: '/fhir/QuestionnaireResponse/$assess',
      headers: fhirJson,
      payload: '{',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().resourceType).toBe('OperationOutcome');
    const text = await app.inject({
      method: 'POST',
      url: '/fhir/QuestionnaireResponse/$assess',
      headers: { 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().resourceType).toBe('OperationOutcome');
    for (const [method, url] of [
      ['GET', '/fhir/Patient/1'],
      ['POST', '/fhir/Patient'],
    ] as const) {
      const res = await app.inject({
        method,
        url,
        headers: fhirJson,
        payload: method === 'POST' ? '{}' : undefined,
      });
      expect(res.statusCode).toBe(404);
      expect(fhirErrors(res.json())).toEqual([]);
    }
  });
});
