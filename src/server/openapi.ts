import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { apiSchemas } from './schemas.js';
import type { ZodApp } from './types.js';

type JsonObject = { [key: string]: unknown };

/** Every `#/components/schemas/<id>` reachable from `root`, following references inside components too. */
function referencedComponents(root: unknown, schemas: JsonObject): Set<string> {
  const seen = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
          const id = child.slice('#/components/schemas/'.length);
          if (!seen.has(id)) {
            seen.add(id);
            walk(schemas[id]);
          }
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  return seen;
}

/**
 * OpenAPI 3.1 from the same zod schemas that validate requests (@fastify/swagger + the zod type provider),
 * served at /openapi.json, with Swagger UI at /docs (assets served from this server, no third parties).
 */
export function registerOpenApi(app: ZodApp, version: string): void {
  const transformObject = createJsonSchemaTransformObject({ schemaRegistry: apiSchemas });
  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'nightleg API',
        version,
        description:
          'Decision support for leg pain that starts or gets worse when lying down. Not a diagnosis: it suggests how urgently to seek care and which causes to discuss with a doctor. Stateless: every request carries the whole case. Errors are RFC 9457 problem details (application/problem+json).',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      tags: [
        { name: 'assessment', description: 'Assess a case' },
        { name: 'interview', description: 'The adaptive interview, one question at a time' },
        { name: 'language', description: 'Free text to findings' },
        { name: 'criteria', description: 'Validated clinical instruments' },
        { name: 'catalog', description: 'What the engine knows' },
        { name: 'service', description: 'Operations' },
        {
          name: 'fhir',
          description: 'FHIR R4 (application/fhir+json; errors are OperationOutcome): docs/fhir.md',
        },
        { name: 'cds-hooks', description: 'CDS Hooks 2.0 (errors are OperationOutcome): docs/cds-hooks.md' },
      ],
    },
    transform: createJsonSchemaTransform({
      schemaRegistry: apiSchemas,
      skipList: ['/openapi.json', '/docs', '/docs/', '/docs/json', '/docs/yaml', '/docs/static/*', '/docs/*'],
    }),
    // Both the input and the output variant of every registered schema are generated; keep the used ones.
    transformObject: (document) => {
      const full = transformObject(document) as JsonObject & { components?: { schemas?: JsonObject } };
      const schemas = full.components?.schemas ?? {};
      const used = referencedComponents(full.paths, schemas);
      const kept = Object.fromEntries(Object.entries(schemas).filter(([id]) => used.has(id)));
      return { ...full, components: { ...full.components, schemas: kept } } as ReturnType<
        typeof transformObject
      >;
    },
  });
  app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    uiConfig: { deepLinking: true, tryItOutEnabled: false },
  });
  app.register(async (scope: ZodApp) => {
    let cached: string | undefined;
    scope.get('/openapi.json', { schema: { hide: true } }, (_request, reply) => {
      cached ??= JSON.stringify(scope.swagger());
      return reply.type('application/json; charset=utf-8').send(cached);
    });
  });
}
