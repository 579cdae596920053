import type { CatalogFinding, EvidenceItem, NextResponse, Sex, UnderstandResponse } from './types.js';

/** An API failure with a message fit to show (the server's problem detail when it sent one). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const base = new URL('./', document.baseURI);

async function request<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  timeoutMs = 20_000,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let res: Response;
  try {
    res = await fetch(new URL(path, base), {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('network', 0);
  } finally {
    clearTimeout(timer);
  }
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    try {
      const problem = (await res.json()) as { detail?: string; title?: string; message?: string };
      message = problem.detail ?? problem.message ?? problem.title ?? message;
    } catch {
      // not JSON
    }
    throw new ApiError(message, res.status);
  }
  return (await res.json()) as T;
}

export interface CaseBody {
  readonly age: number;
  readonly sex: Sex;
  readonly evidence: readonly EvidenceItem[];
  /** The chosen language: the server reads text and words its answer in it. */
  readonly lang?: 'en' | 'es';
  /** The remaining-questions estimate shown last: the next one rises by at most two. */
  readonly lastEstimate?: number;
  /** Ids of the evidence that came from the description and its read-back: not counted as questions asked. */
  readonly described?: readonly string[];
}

// The result page shows the reasons for and against each cause and a doctor summary (criteria, clinician
// wording, the evidence used): the full view. (The API's default is the compact view.)
export const nextQuestion = (body: CaseBody) =>
  request<NextResponse>('POST', 'v1/interview/next?view=full', body);

export const understand = (text: string, lang: 'en' | 'es' = 'en') =>
  request<UnderstandResponse>('POST', 'v1/understand', { text, lang });

/** The findings catalog (clinical terms for the doctor summary). Accepts a bare array or `{findings}`. */
export async function findingsCatalog(): Promise<Map<string, CatalogFinding>> {
  const data = await request<CatalogFinding[] | { findings: CatalogFinding[] }>('GET', 'v1/findings');
  const list = Array.isArray(data) ? data : (data.findings ?? []);
  return new Map(list.map((f) => [f.id, f]));
}
