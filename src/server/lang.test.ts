import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spanishKnowledge } from '../knowledge/locales/es.js';
import { spanishInvestigations } from '../knowledge/locales/es-advice.js';
import { buildServer } from './app.js';
import { fromAcceptLanguage } from './lang.js';

describe('fromAcceptLanguage', () => {
  it('takes the best supported language by q-value, else English', () => {
    expect(fromAcceptLanguage('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(fromAcceptLanguage('fr-FR,es;q=0.5,en;q=0.7')).toBe('en');
    expect(fromAcceptLanguage('de, es;q=0.1')).toBe('es');
    expect(fromAcceptLanguage('de')).toBe('en');
    expect(fromAcceptLanguage(undefined)).toBe('en');
    expect(fromAcceptLanguage('es;q=0, en')).toBe('en');
  });
});

describe('lang on the API', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
  });
  afterAll(async () => {
    await app.close();
  });
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers });
  const spanishText = 'Desde hace 3 días me duele la pantorrilla izquierda y está hinchada. No tengo fiebre.';

  it('POST /v1/understand reads Spanish with lang in the body, the query or Accept-Language', async () => {
    for (const [url, body, headers] of [
      ['/v1/understand', { text: spanishText, lang: 'es' }, {}],
      ['/v1/understand?lang=es', { text: spanishText }, {}],
      ['/v1/understand', { text: spanishText }, { 'accept-language': 'es-AR,es;q=0.9' }],
    ] as const) {
      const res = await post(url, body, headers);
      expect(res.statusCode).toBe(200);
      const ids = Object.fromEntries(
        (res.json().findings as { id: string; state: string }[]).map((f) => [f.id, f.state]),
      );
      expect(ids).toMatchObject({ pain_calf: 'present', one_leg_swollen: 'present', fever: 'absent' });
    }
  });

  it('the body lang wins over the header; English is the default', async () => {
    const res = await post('/v1/understand', { text: spanishText, lang: 'en' }, { 'accept-language': 'es' });
    expect(res.json().findings).toEqual([]);
  });

  it('rejects an unknown lang naming the field', async () => {
    const res = await post('/v1/understand?lang=fr', { text: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('lang');
    const body = await post('/v1/assess', { age: 50, sex: 'male', lang: 'fr' });
    expect(body.statusCode).toBe(400);
    expect(body.body).toContain('lang');
  });

  it('POST /v1/interview/next asks in Spanish and gives Spanish triage wording; decisions do not change', async () => {
    const es = await post('/v1/interview/next?view=full', {
      age: 60,
      sex: 'female',
      text: spanishText,
      lang: 'es',
    });
    const en = await post('/v1/interview/next?view=full', {
      age: 60,
      sex: 'female',
      evidence: es.json().result.evidence,
    });
    expect(es.statusCode).toBe(200);
    const a = es.json();
    const b = en.json();
    expect(a.result.triage.level).toBe(b.result.triage.level);
    expect(a.result.conditions.map((c: { id: string }) => c.id)).toEqual(
      b.result.conditions.map((c: { id: string }) => c.id),
    );
    expect(a.result.triage.label).toBe(
      spanishKnowledge.urgency[a.result.triage.level as 'consultation']?.label,
    );
    if (a.question?.kind === 'single')
      expect(a.question.text).toBe(spanishKnowledge.findings[a.question.id]?.q);
    if (a.question?.kind === 'group')
      expect(a.question.text).toBe(spanishKnowledge.groups[a.question.id]?.text);
    expect(a.result.disclaimer).toBe(spanishKnowledge.disclaimer);
  });
});

describe('lang on POST /v1/criteria/:instrument', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
  });
  afterAll(async () => {
    await app.close();
  });
  const abi = {
    arm: { left: 138, right: 140 },
    ankle: {
      left: { dorsalisPedis: 60, posteriorTibial: 55 },
      right: { dorsalisPedis: 125, posteriorTibial: 130 },
    },
  };

  it('answers in Spanish with ?lang=es or Accept-Language, with the same figures as in English', async () => {
    const en = await app.inject({ method: 'POST', url: '/v1/criteria/abi', payload: abi });
    expect(en.statusCode).toBe(200);
    for (const request of [
      { url: '/v1/criteria/abi?lang=es', headers: {} },
      { url: '/v1/criteria/abi', headers: { 'accept-language': 'es-ES' } },
    ]) {
      const es = await app.inject({ method: 'POST', payload: abi, ...request });
      expect(es.statusCode).toBe(200);
      expect(es.json().clinicianSummary).not.toBe(en.json().clinicianSummary);
      expect(es.json().class ?? null).toEqual(en.json().class ?? null);
      expect(es.json().known).toEqual(en.json().known);
    }
  });

  it('rejects an unknown lang naming the field', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/criteria/abi?lang=fr', payload: abi });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('lang');
  });
});

describe('lang on the catalogs (GET /v1/findings, /v1/conditions)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
  });
  afterAll(async () => {
    await app.close();
  });
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await app.inject({ method: 'GET', url, headers });
    expect(res.statusCode).toBe(200);
    return res.json() as Record<string, unknown>[];
  };
  // Everything but the wording: ids, groups, sources, numbers and rules' findings must not change.
  const skeleton = (list: Record<string, unknown>[], wordKeys: readonly string[]) =>
    JSON.stringify(list, (key, value) => (wordKeys.includes(key) ? undefined : value));

  it('findings: Spanish questions with ?lang=es or Accept-Language, the same ids and sources', async () => {
    const en = await get('/v1/findings');
    for (const es of [
      await get('/v1/findings?lang=es'),
      await get('/v1/findings', { 'accept-language': 'es' }),
    ]) {
      expect(skeleton(es, ['question', 'why', 'clinicianTerm'])).toBe(
        skeleton(en, ['question', 'why', 'clinicianTerm']),
      );
      const swelling = es.find((f) => f.id === 'one_leg_swollen');
      expect(swelling?.question).toBe(spanishKnowledge.findings.one_leg_swollen?.q);
      const translated = es.filter((f, i) => f.question !== en[i]?.question).length;
      expect(translated).toBe(es.length);
    }
  });

  it('conditions: Spanish names, advice and rule reasons, the same priors and links', async () => {
    const en = await get('/v1/conditions');
    const es = await get('/v1/conditions?lang=es');
    const words = ['patientName', 'clinicianName', 'text', 'reason', 'clinicianReason', 'name'];
    expect(skeleton(es, words)).toBe(skeleton(en, words));
    const tests = (list: typeof en, id: string) =>
      ((list.find((c) => c.id === id) as { investigations?: { name: string }[] }).investigations ?? []).map(
        (i) => i.name,
      );
    expect(tests(es, 'deep_vein_thrombosis')).toEqual(
      spanishInvestigations.deep_vein_thrombosis?.map((i) => i.name),
    );
    const dvt = es.find((c) => c.id === 'deep_vein_thrombosis');
    expect(dvt?.patientName).toBe(spanishKnowledge.conditions.deep_vein_thrombosis?.name);
    const english = en.find((c) => c.id === 'deep_vein_thrombosis') as { advice: { text: string }[] };
    const spanish = dvt as { advice: { text: string }[] };
    expect(spanish.advice.map((a) => a.text)).not.toEqual(english.advice.map((a) => a.text));
  });

  it('rejects an unknown lang naming the field', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/findings?lang=fr' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('lang');
  });
});
