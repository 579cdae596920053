import type { Resource } from '@medplum/fhirtypes';
import type { FhirFetcher } from './service.js';

/** How long one FHIR read may take: CDS Hooks asks services to answer "on the order of 500 ms". */
export const fhirFetchTimeoutMs = 2000;

/**
 * A reader for the client's FHIR server (global fetch, with a timeout). Any failure — unreachable, slow,
 * not 2xx, not JSON, not a resource — reads as "not available", never as an error of this service.
 */
export function fhirServerFetcher(
  fhirServer: string,
  accessToken: string | undefined,
  timeoutMs = fhirFetchTimeoutMs,
): FhirFetcher {
  const base = fhirServer.endsWith('/') ? fhirServer : `${fhirServer}/`;
  return async (query) => {
    try {
      const response = await fetch(new URL(query, base), {
        headers: {
          accept: 'application/fhir+json',
          ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
        },
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) return undefined;
      const body = (await response.json()) as unknown;
      return typeof body === 'object' && body !== null && typeof (body as Resource).resourceType === 'string'
        ? (body as Resource)
        : undefined;
    } catch {
      return undefined;
    }
  };
}
