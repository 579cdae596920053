import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './app.js';

type Json = { [key: string]: unknown };

/** The routes that must be documented, with their request body component (if any) and 200 component. */
/** `ok`: the 200 component, both views' components (compact first), 'array' or 'inline'. */
const documented: { method: string; path: string; body?: string; ok: string | readonly string[] }[] = [
  { method: 'post', path: '/v1/assess', body: 'CaseInput', ok: ['CompactResult', 'CaseResult'] },
  {
    method: 'post',
    path: '/v1/interview/next',
    body: 'InterviewCaseInput',
    ok: ['CompactInterviewStep', 'InterviewStep'],
  },
  { method: 'post', path: '/v1/understand', body: 'UnderstandRequestInput', ok: 'Understanding' },
  { method: 'post', path: '/v1/criteria/{instrument}', ok: 'CriterionResult' },
  { method: 'get', path: '/v1/findings', ok: 'array' },
  { method: 'get', path: '/v1/conditions', ok: 'array' },
  { method: 'get', path: '/v1/criteria', ok: 'array' },
  { method: 'get', path: '/v1/urgency', ok: 'array' },
  { method: 'get', path: '/healthz', ok: 'inline' },
];

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

const jsonSchemaTypes = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'];

/** A small structural check of a JSON Schema 2020-12 object (what OpenAPI 3.1 uses). */
function checkSchema(schema: unknown, where: string): void {
  expect(schema, where).toBeTypeOf('object');
  const s = schema as Json;
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    for (const t of types) expect(jsonSchemaTypes, `${where}.type`).toContain(t);
  }
  expect(s.nullable, `${where}: 3.0 "nullable" is not 3.1`).toBeUndefined();
  if (s.properties) {
    for (const [k, v] of Object.entries(s.properties as Json)) checkSchema(v, `${where}.${k}`);
  }
  if (s.required !== undefined) {
    expect(Array.isArray(s.required), `${where}.required`).toBe(true);
    for (const r of s.required as string[])
      expect(Object.keys((s.properties as Json) ?? {}), where).toContain(r);
  }
  if (s.items) checkSchema(s.items, `${where}[]`);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const [i, sub] of ((s[key] as unknown[] | undefined) ?? []).entries()) {
      checkSchema(sub, `${where}.${key}[${i}]`);
    }
  }
}

describe('GET /openapi.json', () => {
  let app: FastifyInstance;
  let doc: Json;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent' });
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    doc = res.json();
  });
  afterAll(() => app.close());

  it('is an OpenAPI 3.1 document with info and paths', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const info = doc.info as Json;
    expect(info.title).toBe('nightleg API');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.paths).toBeTypeOf('object');
    expect(doc.swagger).toBeUndefined();
  });

  it('documents every route with its request and response schemas', () => {
    const paths = doc.paths as Record<string, Record<string, Json>>;
    for (const route of documented) {
      const op = paths[route.path]?.[route.method];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      if (!op) continue;
      expect(op.operationId).toBeTypeOf('string');
      expect(op.summary).toBeTypeOf('string');
      const responses = op.responses as Record<string, Json>;
      const okSchema = ((responses['200']?.content as Json)?.['application/json'] as Json)?.schema as Json;
      expect(okSchema, `${route.path} 200`).toBeDefined();
      if (Array.isArray(route.ok)) {
        const refs = (okSchema.anyOf as Json[]).map((s) => s.$ref);
        expect(refs).toEqual(route.ok.map((id) => `#/components/schemas/${id}`));
      } else if (route.ok === 'array') expect(okSchema.type).toBe('array');
      else if (route.ok !== 'inline') expect(okSchema.$ref).toBe(`#/components/schemas/${route.ok}`);
      if (route.method === 'post') {
        const body = ((op.requestBody as Json)?.content as Json)?.['application/json'] as Json;
        expect(body, `${route.path} requestBody`).toBeDefined();
        if (route.body) expect((body.schema as Json).$ref).toBe(`#/components/schemas/${route.body}`);
        const bad = (responses['400']?.content as Json)?.['application/problem+json'] as Json;
        expect((bad.schema as Json).$ref).toBe('#/components/schemas/Problem');
      }
    }
    const ids = Object.values(paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(paths).filter((p) => p.startsWith('/docs') || p === '/openapi.json')).toEqual([]);
  });

  it('documents the interview answer: per-item group answers, tick lists and yes/no/unknown', () => {
    const schemas = (doc.components as Json).schemas as Record<string, Json>;
    const answer = (schemas.InterviewAnswerInput ?? schemas.InterviewAnswer) as Json;
    expect(answer, Object.keys(schemas).join(', ')).toBeDefined();
    const props = answer.properties as Record<string, Json>;
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['question', 'answer', 'chosen', 'items']));
    const items = props.items as Json;
    expect(JSON.stringify(items)).toContain('absent');
    const step = schemas.CompactInterviewStep as Json;
    expect(Object.keys(step.properties as Json)).toEqual(expect.arrayContaining(['voice', 'answered']));
  });

  it('documents the criteria path parameter and the lang query', () => {
    const op = (doc.paths as Record<string, Record<string, Json>>)['/v1/criteria/{instrument}']?.post;
    const params = op?.parameters as Json[];
    expect(params).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ in: 'path', name: 'instrument', required: true }),
        expect.objectContaining({ in: 'query', name: 'lang' }),
      ]),
    );
  });

  it('has valid, fully resolved component schemas', () => {
    const schemas = (doc.components as Json).schemas as Json;
    for (const name of [
      'CaseInput',
      'EvidenceItemInput',
      'CaseResult',
      'CompactResult',
      'InterviewStep',
      'CompactInterviewStep',
      'Question',
      'Problem',
    ]) {
      expect(schemas[name], name).toBeDefined();
    }
    for (const [name, schema] of Object.entries(schemas)) checkSchema(schema, name);
    for (const ref of refsIn(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
    const used = new Set(refsIn(doc).map((r) => r.slice('#/components/schemas/'.length)));
    for (const name of Object.keys(schemas)) expect(used, `unused component ${name}`).toContain(name);
  });

  it('describes the case as the shared wire schema (required age and sex, finding items)', () => {
    const schemas = (doc.components as Json).schemas as Record<string, Json>;
    const input = schemas.CaseInput as Json;
    expect(input.required).toEqual(expect.arrayContaining(['age', 'sex']));
    expect((input.properties as Json).evidence).toMatchObject({ type: 'array' });
    expect(((input.properties as Json).age as Json).minimum).toBe(18);
    expect(input.additionalProperties).toBe(false);
    const problem = schemas.Problem as Json;
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'errors']));
  });

  it('is the same document Swagger UI loads', async () => {
    const ui = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(ui.json()).toEqual(doc);
  });
});
