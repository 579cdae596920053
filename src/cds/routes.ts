import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { outcomeForError } from '../fhir/error-outcome.js';
import { FhirInputError, operationOutcome } from '../fhir/outcome.js';
import { pathOnly } from '../server/logging.js';
import type { ZodApp } from '../server/types.js';
import { fhirServerFetcher } from './fetch.js';
import { buildCards, cdsRequestSchema, discovery, gatherRecord, serviceId } from './service.js';

export interface CdsRouteOptions {
  readonly version: string;
  readonly bodyLimit: number;
}

/** Errors as OperationOutcome (CDS Hooks 2.0 defines no error body; 3.0 asks for an OperationOutcome). */
function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply, bodyLimit: number) {
  const { status, issues } = outcomeForError(error, request, bodyLimit);
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(operationOutcome(issues)));
}

const cardsResponse = z
  .looseObject({ cards: z.array(z.looseObject({ summary: z.string(), indicator: z.string() })) })
  .meta({ description: 'CDS Hooks 2.0 response: cards (empty when nothing is relevant)' });

/** The CDS Hooks 2.0 face (docs/cds-hooks.md), registered under /cds-services. */
export async function cdsRoutes(scope: FastifyInstance, options: CdsRouteOptions): Promise<void> {
  const app = scope as unknown as ZodApp;
  const { bodyLimit } = options;
  app.setErrorHandler((error: FastifyError, request, reply) => sendError(error, request, reply, bodyLimit));
  app.setNotFoundHandler((request, reply) =>
    sendError(
      new FhirInputError(
        [
          {
            path: '',
            message: `There is no ${request.method} ${pathOnly(request.url)}; see GET /cds-services`,
            code: 'not-found',
          },
        ],
        404,
      ),
      request,
      reply,
      bodyLimit,
    ),
  );
  app.get(
    '/',
    {
      schema: {
        operationId: 'cdsDiscovery',
        tags: ['cds-hooks'],
        summary: 'CDS Hooks discovery',
        response: { 200: z.looseObject({ services: z.array(z.looseObject({})) }) },
      },
    },
    () => discovery(),
  );
  app.post(
    `/${serviceId}`,
    {
      schema: {
        operationId: 'cdsPatientView',
        tags: ['cds-hooks'],
        summary: 'patient-view: risk factors for night leg pain on record, as cards',
        description:
          'CDS Hooks 2.0 service call. Prefetch keys: patient, conditions, medications (see discovery); missing ones are fetched from fhirServer when given. 412 when neither conditions nor medications can be had. Contract: docs/cds-hooks.md.',
        body: cdsRequestSchema,
        response: { 200: cardsResponse },
      },
    },
    async (request) => {
      const body = request.body;
      const fetcher = body.fhirServer
        ? fhirServerFetcher(body.fhirServer, body.fhirAuthorization?.access_token)
        : undefined;
      const data = await gatherRecord(body, fetcher);
      return { cards: buildCards(data, `${request.protocol}://${request.host}`, new Date()) };
    },
  );
}
