import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server/app.js';
import {
  buildCards,
  type Card,
  type CdsRequest,
  cdsRequestSchema,
  gatherRecord,
  serviceId,
} from './service.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../test/fixtures/cds/${name}.json`, import.meta.url), 'utf8'),
  ) as CdsRequest;

/** The CDS Hooks 2.0 card contract (required fields, enumerations, summary length). */
function expectSpecCard(card: Card): void {
  expect(typeof card.summary).toBe('string');
  expect(card.summary.length).toBeGreaterThan(0);
  expect(card.summary.length).toBeLessThan(140);
  expect(['info', 'warning', 'critical']).toContain(card.indicator);
  expect(typeof card.source?.label).toBe('string');
  for (const link of card.links ?? []) {
    expect(link.label).toBeTruthy();
    expect(() => new URL(link.url)).not.toThrow();
    expect(['absolute', 'smart']).toContain(link.type);
  }
  // Optional fields with no value must be left out (no null, "", [] or {}).
  for (const [key, value] of Object.entries(card)) {
    expect(value, key).not.toBeNull();
    expect(value, key).not.toEqual('');
    expect(value, key).not.toEqual([]);
    expect(value, key).not.toEqual({});
  }
}

const ids = (cards: Card[]) => cards.map((c) => c.summary);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('CDS Hooks 2.0 face', () => {
  let app: FastifyInstance;
  let stub: Server;
  let stubUrl: string;
  const stubSeen: IncomingMessage[] = [];
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent' });
    const smoker = fixture('diabetic-smoker').prefetch as Record<string, unknown>;
    // A local FHIR server stub on 127.0.0.1: answers the three prefetch queries for patient p1.
    stub = createServer((req, res) => {
      stubSeen.push(req);
      const url = req.url ?? '';
      const body = url.startsWith('/fhir/Patient/p1')
        ? smoker.patient
        : url.startsWith('/fhir/Condition?patient=p1')
          ? smoker.conditions
          : url.startsWith('/fhir/MedicationRequest?patient=p1')
            ? smoker.medications
            : url.startsWith('/fhir/slow')
              ? undefined
              : null;
      if (body === undefined) return; // never answers: the service's timeout must end the wait
      res.writeHead(body === null ? 404 : 200, { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify(body ?? { resourceType: 'OperationOutcome', issue: [] }));
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/fhir`;
  });
  afterAll(async () => {
    stub.closeAllConnections();
    await new Promise((resolve) => stub.close(resolve));
    await app.close();
  });

  const call = (body: unknown) =>
    app.inject({ method: 'POST', url: `/cds-services/${serviceId}`, payload: body as object });

  it('GET /cds-services: discovery with the required fields and the three prefetch templates', async () => {
    const res = await app.inject({ method: 'GET', url: '/cds-services' });
    expect(res.statusCode).toBe(200);
    const [service] = res.json().services;
    expect(service).toMatchObject({ hook: 'patient-view', id: serviceId });
    expect(typeof service.description).toBe('string');
    expect(Object.keys(service.prefetch).sort()).toEqual(['conditions', 'medications', 'patient']);
    expect(service.prefetch.patient).toBe('Patient/{{context.patientId}}');
  });

  it('diabetic smoker: circulation risks and the statin, with a prefilled link', async () => {
    const res = await call(fixture('diabetic-smoker'));
    expect(res.statusCode).toBe(200);
    const { cards } = res.json() as { cards: Card[] };
    cards.forEach(expectSpecCard);
    expect(cards.some((c) => c.summary.includes('Wells'))).toBe(false);
    const risk = cards.find((c) => c.summary.startsWith('Night leg pain'));
    expect(risk?.detail).toContain('SNOMED CT 44054006');
    expect(risk?.detail).toContain('ATC C10AA05');
    expect(risk?.detail).toMatch(/Ischaemic rest pain/);
    const link = cards.at(-1)?.links?.[0];
    const url = new URL(link?.url ?? '');
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('sex')).toBe('male');
    expect(Number(url.searchParams.get('age'))).toBeGreaterThanOrEqual(71);
    expect(url.searchParams.get('evidence')?.split(',').sort()).toEqual([
      'diabetes',
      'smoker',
      'takes_statin',
    ]);
  });

  it('post-operative patient: Wells items (recent surgery, active cancer) and the loop diuretic by name', async () => {
    const request = fixture('post-operative');
    const bundle = request.prefetch?.conditions as unknown as {
      entry: { resource: { recordedDate?: string } }[];
    };
    const conditions = bundle.entry;
    const first = conditions[0]?.resource;
    if (first) first.recordedDate = daysAgo(10);
    const { cards } = (await call(request)).json() as { cards: Card[] };
    cards.forEach(expectSpecCard);
    const wells = cards.find((c) => c.summary.startsWith('Wells'));
    expect(wells?.summary).toMatch(/surgery/i);
    expect(wells?.summary).toMatch(/cancer/i);
    const evidence = new URL(cards.at(-1)?.links?.[0]?.url ?? '').searchParams
      .get('evidence')
      ?.split(',')
      .sort();
    expect(evidence).toEqual(['active_cancer', 'recent_surgery_or_bedridden', 'takes_diuretic']);
  });

  it('an operation more than 12 weeks ago is not "recent surgery"', async () => {
    const data = await gatherRecord(cdsRequestSchema.parse(fixture('post-operative')), undefined);
    const cards = buildCards(data, 'http://x', new Date('2026-12-01T00:00:00Z'));
    expect(new URL(cards.at(-1)?.links?.[0]?.url ?? '').searchParams.get('evidence')).toBe(
      'active_cancer,takes_diuretic',
    );
  });

  it('nothing relevant (asthma, a short-acting reliever): no card', async () => {
    const res = await call(fixture('nothing-relevant'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ cards: [] });
  });

  it('a child: no card (the tool is for adults)', async () => {
    const request = fixture('diabetic-smoker');
    (request.prefetch as Record<string, unknown>).patient = {
      resourceType: 'Patient',
      gender: 'male',
      birthDate: daysAgo(365 * 10),
    };
    expect((await call(request)).json()).toEqual({ cards: [] });
  });

  it('missing prefetch is fetched from fhirServer (with the bearer token) when the request gives one', async () => {
    const { prefetch: _p, ...request } = fixture('diabetic-smoker');
    const before = stubSeen.length;
    const res = await call({
      ...request,
      fhirServer: stubUrl,
      fhirAuthorization: {
        access_token: 'tok',
        token_type: 'Bearer',
        expires_in: 300,
        scope: 'patient/*.read',
        subject: 'nightleg',
      },
    });
    expect(res.statusCode).toBe(200);
    const seen = stubSeen.slice(before);
    expect(seen.map((r) => r.url?.split('?')[0]).sort()).toEqual([
      '/fhir/Condition',
      '/fhir/MedicationRequest',
      '/fhir/Patient/p1',
    ]);
    expect(seen.every((r) => r.headers.authorization === 'Bearer tok')).toBe(true);
    expect(ids(res.json().cards)).toEqual(ids((await call(fixture('diabetic-smoker'))).json().cards));
  });

  it('without fhirServer, a missing key is answered from what there is, and the cards say so', async () => {
    const request = fixture('diabetic-smoker');
    delete (request.prefetch as Record<string, unknown>).medications;
    const { cards } = (await call(request)).json() as { cards: Card[] };
    cards.forEach(expectSpecCard);
    expect(cards[0]?.detail).toContain('Not checked: the medication list');
    const onlyMeds = fixture('nothing-relevant');
    delete (onlyMeds.prefetch as Record<string, unknown>).conditions;
    const partial = (await call(onlyMeds)).json() as { cards: Card[] };
    expect(partial.cards).toHaveLength(1);
    expect(partial.cards[0]?.summary).toMatch(/not checked/);
  });

  it('412 when neither history list is prefetched nor fetchable (no fhirServer, or it fails or is slow)', async () => {
    const { prefetch: _p, ...bare } = fixture('diabetic-smoker');
    for (const body of [
      bare,
      { ...bare, fhirServer: `${stubUrl}/slow` },
      { ...bare, context: { ...bare.context, patientId: 'nobody' }, fhirServer: stubUrl },
    ]) {
      const res = await call(body);
      expect(res.statusCode).toBe(412);
      expect(res.json().resourceType).toBe('OperationOutcome');
    }
  }, 15_000);

  const bad: [string, unknown, string][] = [
    ['another hook', { ...fixture('nothing-relevant'), hook: 'order-select' }, 'hook'],
    ['no hookInstance', { ...fixture('nothing-relevant'), hookInstance: undefined }, 'hookInstance'],
    [
      'no patientId',
      { ...fixture('nothing-relevant'), context: { userId: 'Practitioner/1' } },
      'context.patientId',
    ],
    [
      'a non-http fhirServer',
      { ...fixture('nothing-relevant'), fhirServer: 'file:///etc/passwd' },
      'fhirServer',
    ],
    [
      'a prefetch that is not a Bundle',
      { ...fixture('nothing-relevant'), prefetch: { conditions: { resourceType: 'Condition' } } },
      'prefetch.conditions',
    ],
    [
      'a prefetch patient that is not a Patient',
      { ...fixture('nothing-relevant'), prefetch: { patient: { resourceType: 'Group' }, conditions: null } },
      'prefetch.patient',
    ],
  ];
  for (const [name, body, path] of bad) {
    it(`${name}: 400 OperationOutcome at ${path}`, async () => {
      const res = await call(body);
      expect(res.statusCode).toBe(400);
      const paths = res.json().issue.flatMap((i: { expression?: string[] }) => i.expression ?? []);
      expect(paths).toContain(path);
    });
  }

  it('unknown service: 404 OperationOutcome', async () => {
    const res = await app.inject({ method: 'POST', url: '/cds-services/other', payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json().resourceType).toBe('OperationOutcome');
  });
});

describe('OpenAPI lists the FHIR and CDS routes', () => {
  it('every FHIR and CDS Hooks route is in /openapi.json with a tag and an operationId', async () => {
    const app = buildServer({ logLevel: 'silent' });
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    await app.close();
    const expected = [
      ['get', '/fhir/metadata'],
      ['get', '/fhir/Questionnaire/nightleg'],
      ['get', '/fhir/OperationDefinition/QuestionnaireResponse-assess'],
      ['post', '/fhir/Questionnaire/$next-question'],
      ['post', '/fhir/QuestionnaireResponse/$assess'],
      ['get', '/cds-services/'],
      ['post', `/cds-services/${serviceId}`],
    ] as const;
    for (const [method, path] of expected) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.operationId).toBeTypeOf('string');
      expect(op.tags?.[0]).toMatch(/^(fhir|cds-hooks)$/);
    }
    expect(Object.keys(doc.paths).some((p) => p.endsWith('/*'))).toBe(false);
  });
});
