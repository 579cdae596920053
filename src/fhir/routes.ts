import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pathOnly } from '../server/logging.js';
import type { ZodApp } from '../server/types.js';
import { assessResponse } from './assess.js';
import { assessOperationDefinition, capabilityStatement } from './capability.js';
import { outcomeForError } from './error-outcome.js';
import { nextQuestion } from './next-question.js';
import { FhirInputError, operationOutcome } from './outcome.js';
import { catalogQuestionnaire, catalogQuestionnaireId } from './questionnaire.js';

export const fhirContentType = 'application/fhir+json; charset=utf-8';

export interface FhirRouteOptions {
  readonly version: string;
  readonly bodyLimit: number;
}

/** A FHIR resource body, documented loosely: the FHIR specification is its contract (docs/fhir.md). */
const resourceBody = (types: readonly [string, ...string[]], description: string) =>
  z.looseObject({ resourceType: z.enum(types) }).meta({ description });

const resourceResponse = (description: string) =>
  z.looseObject({ resourceType: z.string() }).meta({ description });

const outcomeResponse = z
  .looseObject({ resourceType: z.literal('OperationOutcome'), issue: z.array(z.looseObject({})) })
  .meta({ description: 'OperationOutcome: each issue names the bad element in `expression`' });

/** Any error in the FHIR scope as an OperationOutcome (4xx for bad input, never a 5xx for it). */
function sendOutcome(error: unknown, request: FastifyRequest, reply: FastifyReply, bodyLimit: number) {
  const { status, issues } = outcomeForError(error, request, bodyLimit);
  return reply
    .code(status)
    .type(fhirContentType)
    .send(JSON.stringify(operationOutcome(issues)));
}

/**
 * The FHIR R4 face (docs/fhir.md), registered under /fhir: CapabilityStatement, the catalog Questionnaire,
 * SDC $next-question and $assess. Thin: request → src/fhir mappers → pipeline.
 */
export async function fhirRoutes(scope: FastifyInstance, options: FhirRouteOptions): Promise<void> {
  const app = scope as unknown as ZodApp;
  const { version, bodyLimit } = options;
  const started = new Date().toISOString();
  app.addContentTypeParser(
    'application/fhir+json',
    { parseAs: 'string', bodyLimit },
    app.getDefaultJsonParser('error', 'error'),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => sendOutcome(error, request, reply, bodyLimit));
  app.setNotFoundHandler((request, reply) =>
    sendOutcome(
      new FhirInputError(
        [
          {
            path: '',
            message: `There is no ${request.method} ${pathOnly(request.url)}; see GET /fhir/metadata`,
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
  // FHIR resources have no index signature; the response schemas document them loosely.
  // The web app's static wildcard would otherwise answer unknown GETs under /fhir with a problem+json 404.
  app.get('/*', { schema: { hide: true } }, (request) => {
    throw new FhirInputError(
      [
        {
          path: '',
          message: `There is no GET ${pathOnly(request.url)}; see GET /fhir/metadata`,
          code: 'not-found',
        },
      ],
      404,
    );
  });
  const fhir = (reply: FastifyReply, body: object): { resourceType: string; [key: string]: unknown } => {
    reply.type(fhirContentType);
    return body as { resourceType: string; [key: string]: unknown };
  };
  const errors = { 400: outcomeResponse, 404: outcomeResponse, 413: outcomeResponse, 415: outcomeResponse };

  app.get(
    '/metadata',
    {
      schema: {
        operationId: 'fhirMetadata',
        tags: ['fhir'],
        summary: 'FHIR CapabilityStatement',
        response: { 200: resourceResponse('CapabilityStatement (FHIR R4)') },
      },
    },
    (_request, reply) => fhir(reply, capabilityStatement(version, started)),
  );
  const catalog = catalogQuestionnaire(version);
  app.get(
    `/Questionnaire/${catalogQuestionnaireId}`,
    {
      schema: {
        operationId: 'fhirReadQuestionnaire',
        tags: ['fhir'],
        summary: 'The whole question catalog as a FHIR Questionnaire',
        response: { 200: resourceResponse('Questionnaire (FHIR R4)') },
      },
    },
    (_request, reply) => fhir(reply, catalog),
  );
  const assessDefinition = assessOperationDefinition(version);
  app.get(
    `/OperationDefinition/${assessDefinition.id}`,
    {
      schema: {
        operationId: 'fhirReadAssessOperationDefinition',
        tags: ['fhir'],
        summary: 'The $assess operation contract',
        response: { 200: resourceResponse('OperationDefinition (FHIR R4)') },
      },
    },
    (_request, reply) => fhir(reply, assessDefinition),
  );
  app.post(
    '/Questionnaire/$next-question',
    {
      schema: {
        operationId: 'fhirNextQuestion',
        tags: ['fhir'],
        summary: 'SDC adaptive questionnaire: the next question (stateless)',
        description:
          'Body: a QuestionnaireResponse with its contained adaptive Questionnaire (or Parameters with "questionnaire-response"). Returns the response with the next item appended to the contained Questionnaire, or status "completed". Same questions as POST /v1/interview/next. Contract: docs/fhir.md.',
        body: resourceBody(
          ['QuestionnaireResponse', 'Parameters'],
          'QuestionnaireResponse (SDC adaptive) or Parameters',
        ),
        response: { 200: resourceResponse('QuestionnaireResponse'), ...errors },
      },
    },
    (request, reply) => fhir(reply, nextQuestion(request.body, version)),
  );
  app.post(
    '/QuestionnaireResponse/$assess',
    {
      schema: {
        operationId: 'fhirAssess',
        tags: ['fhir'],
        summary: 'Assess the answers: RiskAssessment and GuidanceResponse in a Bundle',
        description:
          'Body: a QuestionnaireResponse whose subject is a contained Patient (or Parameters with "questionnaire-response" and "patient"). Returns a collection Bundle. Contract: GET /fhir/OperationDefinition/QuestionnaireResponse-assess and docs/fhir.md.',
        body: resourceBody(['QuestionnaireResponse', 'Parameters'], 'QuestionnaireResponse or Parameters'),
        response: { 200: resourceResponse('Bundle'), ...errors },
      },
    },
    (request, reply) => fhir(reply, assessResponse(request.body, version).bundle),
  );
}
