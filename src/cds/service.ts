import { randomUUID } from 'node:crypto';
import type { Bundle, Condition, MedicationRequest, Patient, Resource } from '@medplum/fhirtypes';
import { z } from 'zod';
import { evidenceRules } from '../criteria/fromEvidence.js';
import { FhirInputError, fail } from '../fhir/outcome.js';
import { ageFromBirthDate } from '../fhir/patient.js';
import { conditions, findingsById } from '../knowledge/index.js';
import { unsizedAssociation } from '../knowledge/scale.js';
import { minimumAge } from '../schema/case.js';
import { findingsFromConditions, findingsFromMedications, type RecordFinding } from './mapping.js';

export const serviceId = 'nightleg-leg-pain-risk';

/** Prefetch templates (CDS Hooks 2.0 tokens); each key is also fetched from fhirServer when missing. */
export const prefetchTemplates = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}&clinical-status=active',
  medications: 'MedicationRequest?patient={{context.patientId}}&status=active',
} as const;
export type PrefetchKey = keyof typeof prefetchTemplates;

export function discovery() {
  return {
    services: [
      {
        hook: 'patient-view',
        id: serviceId,
        title: 'nightleg: risk factors for leg pain at rest or at night',
        description:
          'Reads the problem list and active medicines and says which risk factors for causes of night-time or rest leg pain are on record (Wells items for a leg clot, circulation and nerve risks, medicines linked to cramps or restless legs), with a link that opens nightleg prefilled. Decision support, not a diagnosis. No card when nothing relevant is on record.',
        prefetch: { ...prefetchTemplates },
        usageRequirements:
          'Prefetch or fhirServer access to Patient, Condition and MedicationRequest (read). Adults (18+) only.',
      },
    ],
  };
}

export const cdsRequestSchema = z.looseObject({
  hook: z.literal('patient-view', { error: 'this service answers the "patient-view" hook' }),
  hookInstance: z.string({ error: 'is required: a UUID for this hook call' }).min(1),
  fhirServer: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  fhirAuthorization: z
    .looseObject({
      access_token: z.string({ error: 'is required' }),
      token_type: z.literal('Bearer', { error: 'must be "Bearer"' }),
    })
    .optional(),
  context: z.looseObject({
    userId: z.string({ error: 'is required (e.g. Practitioner/123)' }),
    patientId: z.string({ error: 'is required' }).min(1),
    encounterId: z.string().optional(),
  }),
  prefetch: z.record(z.string(), z.union([z.looseObject({ resourceType: z.string() }), z.null()])).optional(),
});
export type CdsRequest = z.infer<typeof cdsRequestSchema>;

export type Card = {
  uuid: string;
  summary: string;
  detail?: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; url?: string };
  links?: { label: string; url: string; type: 'absolute' | 'smart' }[];
};

/** Reads one FHIR query relative to fhirServer; undefined when it cannot. */
export type FhirFetcher = (query: string) => Promise<Resource | undefined>;

export interface RecordData {
  patient?: Patient | null;
  conditions?: Condition[];
  medications?: MedicationRequest[];
  /** Keys that were neither prefetched nor fetched. */
  missing: PrefetchKey[];
  /** Keys fetched from fhirServer. */
  fetched: PrefetchKey[];
}

function fill(template: string, patientId: string): string {
  return template.replaceAll('{{context.patientId}}', encodeURIComponent(patientId));
}

function entries<T extends Resource>(bundle: Resource | null, type: T['resourceType'], path: string): T[] {
  if (bundle === null) return [];
  if (bundle.resourceType !== 'Bundle') fail(path, `must be a Bundle of ${type} resources (or null)`);
  return ((bundle as Bundle).entry ?? []).flatMap((e) =>
    e.resource?.resourceType === type ? [e.resource as T] : [],
  );
}

/** The record data: prefetch first, then fhirServer for what is missing (only when the request gives one). */
export async function gatherRecord(
  request: CdsRequest,
  fetcher: FhirFetcher | undefined,
): Promise<RecordData> {
  const data: RecordData = { missing: [], fetched: [] };
  const get = async (key: PrefetchKey): Promise<Resource | null | undefined> => {
    const given = request.prefetch?.[key];
    if (given !== undefined) return given as Resource | null;
    if (!fetcher) return undefined;
    const fetched = await fetcher(fill(prefetchTemplates[key], request.context.patientId));
    if (fetched !== undefined) data.fetched.push(key);
    return fetched;
  };
  const [patient, conditionBundle, medicationBundle] = await Promise.all([
    get('patient'),
    get('conditions'),
    get('medications'),
  ]);
  if (patient === undefined) data.missing.push('patient');
  else if (patient !== null && patient.resourceType !== 'Patient')
    fail('prefetch.patient', 'must be a Patient (or null)');
  else data.patient = patient as Patient | null;
  if (conditionBundle === undefined) data.missing.push('conditions');
  else data.conditions = entries<Condition>(conditionBundle, 'Condition', 'prefetch.conditions');
  if (medicationBundle === undefined) data.missing.push('medications');
  else
    data.medications = entries<MedicationRequest>(
      medicationBundle,
      'MedicationRequest',
      'prefetch.medications',
    );
  if (data.conditions === undefined && data.medications === undefined) {
    throw new FhirInputError(
      [
        {
          path: 'prefetch',
          message:
            'neither the active conditions nor the active medications were prefetched, and they could not be fetched (no fhirServer, or it did not answer): nothing to check',
          code: 'incomplete',
        },
      ],
      412,
    );
  }
  return data;
}

const missingNames: Record<PrefetchKey, string> = {
  patient: 'the patient (age and sex)',
  conditions: 'the problem list',
  medications: 'the medication list',
};

function trimSummary(text: string): string {
  return text.length < 140 ? text : `${text.slice(0, 136).trimEnd()}…`;
}

/** One sentence under 140 characters: the causes by name, or their number when the names do not fit. */
function riskSummary(causes: readonly string[]): string {
  const named = `Night leg pain: the record raises the odds of ${causes.join(', ')}`;
  return named.length < 140
    ? named
    : `Night leg pain: the record raises the odds of ${causes.length} causes (see details)`;
}

/** Age and sex for the link, when the record gives them exactly; otherwise left for the person to enter. */
function linkProfile(patient: Patient | null | undefined, now: Date): { age?: number; sex?: string } {
  const out: { age?: number; sex?: string } = {};
  if (patient?.gender === 'female' || patient?.gender === 'male') out.sex = patient.gender;
  if (typeof patient?.birthDate === 'string') {
    try {
      out.age = ageFromBirthDate(patient.birthDate, now, 'Patient.birthDate');
    } catch {
      // imprecise or invalid: not prefilled
    }
  }
  return out;
}

/** The web app's prefilled start URL: `/?age=67&sex=female&evidence=diabetes,smoker` (docs/cds-hooks.md). */
export function prefilledUrl(
  appBase: string,
  profile: { age?: number; sex?: string },
  findings: readonly string[],
): string {
  const params = new URLSearchParams();
  if (profile.age !== undefined) params.set('age', String(profile.age));
  if (profile.sex !== undefined) params.set('sex', profile.sex);
  if (findings.length > 0) params.set('evidence', findings.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return `${appBase}/${query ? `?${query}` : ''}`;
}

const source = { label: 'nightleg (decision support, not a diagnosis)' };

/** Cards for what the record holds (CDS Hooks 2.0 card objects). An empty list when nothing is relevant. */
export function buildCards(data: RecordData, appBase: string, now: Date): Card[] {
  const profile = linkProfile(data.patient, now);
  // The tool is for adults: nothing to say about a child's record.
  if (profile.age !== undefined && profile.age < minimumAge) return [];
  const found: RecordFinding[] = [
    ...findingsFromConditions(data.conditions ?? [], now),
    ...findingsFromMedications(data.medications ?? []),
  ];
  const byFinding = new Map<string, string[]>();
  for (const f of found) byFinding.set(f.finding, [...(byFinding.get(f.finding) ?? []), f.because]);
  const present = [...byFinding.keys()];
  const term = (id: string) => findingsById.get(id)?.clinicianTerm ?? id;
  const missingNote =
    data.missing.length > 0
      ? `\n\n_Not checked: ${data.missing.map((k) => missingNames[k]).join(', ')} (not prefetched, and not fetched from a FHIR server)._`
      : '';
  const cards: Card[] = [];

  if (present.length === 0) {
    // Silence would read as "nothing relevant": say so when a history list could not be checked.
    if (!data.missing.some((k) => k !== 'patient')) return [];
    cards.push({
      uuid: randomUUID(),
      summary: trimSummary(
        `nightleg: no risk factor for night leg pain found; ${data.missing.map((k) => missingNames[k]).join(', ')} not checked`,
      ),
      detail: `Nothing on the record it could read raises the likelihood of a cause of leg pain at rest or at night.${missingNote}`,
      indicator: 'info',
      source,
    });
    return cards;
  }
  const evidenceLines = (id: string) => `**${term(id)}** — ${(byFinding.get(id) ?? []).join('; ')}`;

  // Wells items for a leg clot (the instrument's finding rules, src/criteria/fromEvidence.ts).
  const wells = evidenceRules.wells.filter((rule) => rule.findings.some((f) => byFinding.has(f)));
  if (wells.length > 0) {
    const items = wells.flatMap((rule) => rule.findings.filter((f) => byFinding.has(f)));
    cards.push({
      uuid: randomUUID(),
      summary: trimSummary(
        `Wells DVT item${items.length > 1 ? 's' : ''} on record: ${items.map(term).join(', ')}`,
      ),
      detail:
        [
          'If this patient has leg pain at rest or at night, these items of the Wells score for deep vein thrombosis are already present (Wells: S1, S3; see docs/criteria.md):',
          '',
          ...items.map((id) => `- ${evidenceLines(id)}`),
          '',
          'A swollen, warm or red leg, or chest pain or breathlessness, needs same-day or emergency assessment.',
        ].join('\n') + missingNote,
      indicator: 'info',
      source,
    });
  }

  // Which causes these risk factors make more likely (odds ratios and sources from src/knowledge).
  const raised = conditions
    .map((c) => ({ c, factors: c.riskFactors.filter((r) => byFinding.has(r.finding)) }))
    .filter((x) => x.factors.length > 0);
  if (raised.length > 0) {
    const lines = raised.map(({ c, factors }) => {
      const parts = factors.map(
        (r) =>
          `${term(r.finding)} ${r.oddsRatio === unsizedAssociation ? '(associated; size not published)' : `(odds ×${r.oddsRatio})`} [${r.sources.join(', ')}]`,
      );
      return `- **${c.clinicianName}**: ${parts.join('; ')}`;
    });
    cards.push({
      uuid: randomUUID(),
      summary: riskSummary(raised.map(({ c }) => c.patientName)),
      detail:
        [
          'Risk factors on record and the causes of leg pain at rest or at night they make more likely:',
          '',
          ...lines,
          '',
          'On record:',
          ...present.map((id) => `- ${evidenceLines(id)}`),
          '',
          'Risk factors change likelihoods; they are not a diagnosis.',
        ].join('\n') + missingNote,
      indicator: 'info',
      source,
    });
  }

  cards.push({
    uuid: randomUUID(),
    summary: 'Assess night leg pain with nightleg, prefilled from the record',
    detail: `Opens nightleg with ${[
      profile.age !== undefined ? `age ${profile.age}` : undefined,
      profile.sex,
      `${present.length} risk factor${present.length > 1 ? 's' : ''}`,
    ]
      .filter(Boolean)
      .join(', ')} filled in; the interview asks the rest.`,
    indicator: 'info',
    source,
    links: [
      { label: 'Open nightleg (prefilled)', url: prefilledUrl(appBase, profile, present), type: 'absolute' },
    ],
  });
  return cards;
}
