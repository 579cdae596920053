import { coverageOf, type ItemSpec, makeItem, statusOf, triAnd, uniqueSources } from './shared.js';
import {
  type Citation,
  CriteriaInputError,
  type CriteriaStatus,
  type FieldError,
  type ParseResult,
  type ResultBase,
  type Tri,
} from './types.js';
import { finish, readNumber, readObject, readTri } from './validate.js';

/**
 * IRLSSG 2012 consensus diagnostic criteria for restless legs syndrome (Allen et al., Sleep Med 2014;
 * clinical.md §3.1): all five essential criteria must be met. Course specifier from the untreated frequency.
 */

export const irlssgCriterionIds = [
  'urgeToMove',
  'worseAtRest',
  'reliefByMovement',
  'eveningOrNight',
  'notSolelyAnotherCondition',
] as const;
export type IrlssgCriterionId = (typeof irlssgCriterionIds)[number];

export type IrlssgInput = { readonly [K in IrlssgCriterionId]?: Tri } & {
  /** Average number of days a week with untreated symptoms over the past year. */
  readonly episodesPerWeek?: number;
  /** Number of symptomatic episodes in the person's lifetime. */
  readonly lifetimeEpisodes?: number;
};

const rlsSources: readonly Citation[] = ['S60', 'S61', 'S62', 'S63'];

export const irlssgCriterionSpecs: Readonly<Record<IrlssgCriterionId, ItemSpec>> = {
  urgeToMove: {
    id: 'urgeToMove',
    label: '1. An urge to move the legs, usually with or caused by uncomfortable, unpleasant leg sensations',
    sources: rlsSources,
  },
  worseAtRest: {
    id: 'worseAtRest',
    label: '2. The urge and sensations begin or worsen during rest or inactivity (lying or sitting)',
    sources: rlsSources,
  },
  reliefByMovement: {
    id: 'reliefByMovement',
    label:
      '3. The urge and sensations are partly or totally relieved by movement, at least while it continues',
    sources: rlsSources,
  },
  eveningOrNight: {
    id: 'eveningOrNight',
    label: '4. The urge and sensations at rest occur only, or are worse, in the evening or night',
    sources: rlsSources,
  },
  notSolelyAnotherCondition: {
    id: 'notSolelyAnotherCondition',
    label:
      '5. Not solely accounted for by another medical or behavioural condition (myalgia, venous stasis, leg oedema, arthritis, leg cramps, positional discomfort, habitual foot tapping)',
    clinicianConfirms: true,
    sources: ['S60', 'S63', 'S65'],
  },
};

export type IrlssgCourse = 'chronic_persistent' | 'intermittent' | 'neither' | 'undetermined';

export const irlssgCourseMeanings: Readonly<Record<IrlssgCourse, string>> = {
  chronic_persistent: 'chronic-persistent: untreated symptoms on average ≥ 2 times a week over the past year',
  intermittent:
    'intermittent: untreated symptoms on average < 2 times a week over the past year, with ≥ 5 lifetime events',
  neither: 'neither specifier: < 2 times a week and fewer than 5 lifetime events',
  undetermined: '< 2 times a week; the number of lifetime events (≥ 5 for intermittent) is unknown',
};

export interface IrlssgResult extends ResultBase<'irlssg'> {
  readonly status: CriteriaStatus;
  readonly criteriaMet: readonly IrlssgCriterionId[];
  readonly criteriaNotMet: readonly IrlssgCriterionId[];
  readonly criteriaUnknown: readonly IrlssgCriterionId[];
  /** Course specifier; null when no frequency was given. */
  readonly course: IrlssgCourse | null;
}

export function parseIrlssgInput(raw: unknown): ParseResult<IrlssgInput> {
  const errors: FieldError[] = [];
  const obj = readObject(raw, '', [...irlssgCriterionIds, 'episodesPerWeek', 'lifetimeEpisodes'], errors);
  if (!obj) return { ok: false, errors };
  const out: { -readonly [K in keyof IrlssgInput]: IrlssgInput[K] } = {};
  for (const id of irlssgCriterionIds) {
    const value = readTri(obj, id, '', errors);
    if (value !== undefined) out[id] = value;
  }
  const episodesPerWeek = readNumber(
    obj,
    'episodesPerWeek',
    '',
    { min: 0, max: 7, unit: 'per week' },
    errors,
  );
  const lifetimeEpisodes = readNumber(
    obj,
    'lifetimeEpisodes',
    '',
    { min: 0, max: 1_000_000, integer: true },
    errors,
  );
  if (episodesPerWeek !== undefined) out.episodesPerWeek = episodesPerWeek;
  if (lifetimeEpisodes !== undefined) out.lifetimeEpisodes = lifetimeEpisodes;
  return finish(errors, () => out);
}

export function irlssgCourse(
  episodesPerWeek: number | undefined,
  lifetimeEpisodes: number | undefined,
): IrlssgCourse | null {
  if (episodesPerWeek === undefined) return null;
  if (episodesPerWeek >= 2) return 'chronic_persistent';
  if (lifetimeEpisodes === undefined) return 'undetermined';
  return lifetimeEpisodes >= 5 ? 'intermittent' : 'neither';
}

export function computeIrlssg(input: IrlssgInput): IrlssgResult {
  const checked = parseIrlssgInput(input);
  if (!checked.ok) throw new CriteriaInputError('irlssg', checked.errors);
  const values = irlssgCriterionIds.map((id) => input[id]);
  const status = statusOf(triAnd(...values));
  const criteriaMet = irlssgCriterionIds.filter((id) => input[id] === true);
  const criteriaNotMet = irlssgCriterionIds.filter((id) => input[id] === false);
  const criteriaUnknown = irlssgCriterionIds.filter((id) => input[id] === undefined);
  const course = irlssgCourse(input.episodesPerWeek, input.lifetimeEpisodes);

  const items = [
    ...irlssgCriterionIds.map((id) => makeItem(irlssgCriterionSpecs[id], input[id])),
    makeItem(
      {
        id: 'episodesPerWeek',
        label: 'Untreated symptom frequency, times a week over the past year',
        sources: ['S60', 'S62'],
      },
      input.episodesPerWeek,
    ),
    makeItem(
      { id: 'lifetimeEpisodes', label: 'Lifetime symptomatic events', sources: ['S60', 'S62'] },
      input.lifetimeEpisodes,
    ),
  ];
  const criteriaItems = items.slice(0, irlssgCriterionIds.length);
  const cover = coverageOf('IRLSSG', criteriaItems, 'criteria');

  const reasons = [
    ...criteriaMet.map((id) => `Met: ${irlssgCriterionSpecs[id].label}`),
    ...criteriaNotMet.map((id) => `Not met: ${irlssgCriterionSpecs[id].label}`),
    ...criteriaUnknown.map((id) => `Unknown: ${irlssgCriterionSpecs[id].label}`),
  ];
  if (course !== null) reasons.push(`Course: ${irlssgCourseMeanings[course]}.`);

  const notes = [
    'Criterion 5 (differential diagnosis) needs a clinician to exclude mimics; without it the other four criteria had a specificity of only 84% [S65].',
    'In very severe RLS, relief by movement (3) or evening worsening (4) may no longer be noticeable but must have been present before [S62].',
    'The clinical-significance specifier is not computed: its exact IRLSSG wording was only partly seen (clinical.md §10.4).',
  ];
  if (course !== null)
    notes.push('The course specifier describes untreated symptoms and applies once the criteria are met.');

  const patientSummary =
    status === 'met'
      ? 'Your answers meet all five criteria for restless legs syndrome.'
      : status === 'not_met'
        ? 'Your answers do not meet the criteria for restless legs syndrome.'
        : `Your answers fit ${criteriaMet.length} of the 5 criteria for restless legs syndrome so far; ${criteriaUnknown.includes('notSolelyAnotherCondition') ? 'a doctor needs to rule out other causes' : 'some are still unknown'}.`;
  const numbered = (ids: readonly IrlssgCriterionId[]) =>
    ids.map((id) => irlssgCriterionIds.indexOf(id) + 1).join(', ') || 'none';
  const clinicianSummary = `IRLSSG 2012 RLS criteria: ${status.replace('_', ' ')} (met ${numbered(criteriaMet)}; not met ${numbered(criteriaNotMet)}; unknown ${numbered(criteriaUnknown)})${course === null ? '' : `; course ${course.replace('_', '-')}`}; criterion 5 requires clinician exclusion of mimics.`;

  return {
    instrument: 'irlssg',
    name: 'IRLSSG 2012 diagnostic criteria for restless legs syndrome',
    items,
    ...cover,
    decisive: status === 'met',
    reasons,
    notes,
    sources: uniqueSources(rlsSources, ['S65']),
    patientSummary,
    clinicianSummary,
    status,
    criteriaMet,
    criteriaNotMet,
    criteriaUnknown,
    course,
  };
}
