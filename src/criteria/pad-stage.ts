import { coverageOf, type ItemSpec, makeItem, outcomesOfCompletions, uniqueSources } from './shared.js';
import {
  type Citation,
  CriteriaInputError,
  type FieldError,
  type ParseResult,
  type ResultBase,
  type Tri,
} from './types.js';
import { finish, readEnum, readNumber, readObject, readTri } from './validate.js';

/**
 * Fontaine stage and Rutherford category of chronic PAD (clinical.md §2.3-2.4), derived from the symptom
 * findings. Both presume the symptoms are due to peripheral artery disease. Unknown findings are left open:
 * the result lists every stage the unknowns allow and is `undetermined` when more than one remains.
 */

export const claudicationSeverities = ['mild', 'moderate', 'severe'] as const;
export type ClaudicationSeverity = (typeof claudicationSeverities)[number];
export const tissueLossExtents = ['minor', 'major'] as const;
export type TissueLossExtent = (typeof tissueLossExtents)[number];

export interface PadStageInput {
  /** Intermittent claudication (exertional leg pain relieved by rest). */
  readonly claudication?: Tri;
  /** Pain-free walking distance in metres; implies claudication. */
  readonly claudicationDistanceM?: number;
  /** Clinician's grading of claudication for Rutherford 1-3; implies claudication. */
  readonly claudicationSeverity?: ClaudicationSeverity;
  /** Ischaemic rest pain. */
  readonly restPain?: Tri;
  /** Ischaemic tissue loss: non-healing ulcer or gangrene. */
  readonly tissueLoss?: Tri;
  /** minor: non-healing ulcer or focal gangrene (distal); major: extending above the transmetatarsal level. Implies tissue loss. */
  readonly tissueLossExtent?: TissueLossExtent;
  /** Fontaine IIa/IIb walking-distance cut-off, metres. Default 200; some texts use 150 [S32]. */
  readonly fontaineCutoffM?: number;
}

export const defaultFontaineCutoffM = 200;
const maxDistanceM = 100_000;

const fields = [
  'claudication',
  'claudicationDistanceM',
  'claudicationSeverity',
  'restPain',
  'tissueLoss',
  'tissueLossExtent',
  'fontaineCutoffM',
] as const;

export function parsePadStageInput(raw: unknown): ParseResult<PadStageInput> {
  const errors: FieldError[] = [];
  const obj = readObject(raw, '', fields, errors);
  if (!obj) return { ok: false, errors };
  const claudication = readTri(obj, 'claudication', '', errors);
  const claudicationDistanceM = readNumber(
    obj,
    'claudicationDistanceM',
    '',
    { min: 0, max: maxDistanceM, unit: 'm' },
    errors,
  );
  const claudicationSeverity = readEnum(obj, 'claudicationSeverity', '', claudicationSeverities, errors);
  const restPain = readTri(obj, 'restPain', '', errors);
  const tissueLoss = readTri(obj, 'tissueLoss', '', errors);
  const tissueLossExtent = readEnum(obj, 'tissueLossExtent', '', tissueLossExtents, errors);
  const fontaineCutoffM = readNumber(
    obj,
    'fontaineCutoffM',
    '',
    { min: 0, exclusive: true, max: 10_000, unit: 'm' },
    errors,
  );
  if (claudication === false && claudicationDistanceM !== undefined) {
    errors.push({ field: 'claudicationDistanceM', message: 'contradicts claudication: false' });
  }
  if (claudication === false && claudicationSeverity !== undefined) {
    errors.push({ field: 'claudicationSeverity', message: 'contradicts claudication: false' });
  }
  if (tissueLoss === false && tissueLossExtent !== undefined) {
    errors.push({ field: 'tissueLossExtent', message: 'contradicts tissueLoss: false' });
  }
  return finish(errors, () => {
    const out: { -readonly [K in keyof PadStageInput]: PadStageInput[K] } = {};
    if (claudication !== undefined) out.claudication = claudication;
    if (claudicationDistanceM !== undefined) out.claudicationDistanceM = claudicationDistanceM;
    if (claudicationSeverity !== undefined) out.claudicationSeverity = claudicationSeverity;
    if (restPain !== undefined) out.restPain = restPain;
    if (tissueLoss !== undefined) out.tissueLoss = tissueLoss;
    if (tissueLossExtent !== undefined) out.tissueLossExtent = tissueLossExtent;
    if (fontaineCutoffM !== undefined) out.fontaineCutoffM = fontaineCutoffM;
    return out;
  });
}

/** Claudication and tissue loss as implied by the detail fields. */
function effective(input: PadStageInput): { claudication: Tri; restPain: Tri; tissueLoss: Tri } {
  const claudication =
    input.claudication ??
    (input.claudicationDistanceM !== undefined || input.claudicationSeverity !== undefined
      ? true
      : undefined);
  const tissueLoss = input.tissueLoss ?? (input.tissueLossExtent !== undefined ? true : undefined);
  return { claudication, restPain: input.restPain, tissueLoss };
}

const stageSources: readonly Citation[] = ['S29', 'S30', 'S31'];

const specs = {
  claudication: { id: 'claudication', label: 'Intermittent claudication', sources: stageSources },
  claudicationDistanceM: {
    id: 'claudicationDistanceM',
    label: 'Pain-free walking distance (m)',
    sources: ['S29', 'S30', 'S32'],
  },
  claudicationSeverity: {
    id: 'claudicationSeverity',
    label: 'Claudication severity (mild / moderate / severe)',
    clinicianConfirms: true,
    sources: ['S29', 'S31'],
  },
  restPain: { id: 'restPain', label: 'Ischaemic rest pain', clinicianConfirms: true, sources: stageSources },
  tissueLoss: {
    id: 'tissueLoss',
    label: 'Ischaemic tissue loss (non-healing ulcer or gangrene)',
    clinicianConfirms: true,
    sources: stageSources,
  },
  tissueLossExtent: {
    id: 'tissueLossExtent',
    label:
      'Extent of tissue loss (minor: distal ulcer / focal gangrene; major: above the transmetatarsal level)',
    clinicianConfirms: true,
    sources: ['S29', 'S31'],
  },
} satisfies Record<string, ItemSpec>;

const commonNotes = [
  'Staging presumes the symptoms are caused by peripheral artery disease; rest pain or ulcers from other causes (neuropathy, venous disease) do not count.',
  'Fontaine III-IV corresponds to Rutherford 4-6, the range of chronic limb-threatening ischaemia when arterial disease is objectively proven [S33].',
];

// ---------------------------------------------------------------- Fontaine

export const fontaineStages = ['I', 'IIa', 'IIb', 'III', 'IV'] as const;
export type FontaineStage = (typeof fontaineStages)[number];

export const fontaineMeanings: Readonly<Record<FontaineStage, { clinician: string; plain: string }>> = {
  I: { clinician: 'asymptomatic', plain: 'no symptoms from the circulation' },
  IIa: {
    clinician: 'intermittent claudication, non-disabling (walking distance above the cut-off)',
    plain: 'leg pain on walking, after a fairly long distance',
  },
  IIb: {
    clinician: 'intermittent claudication, disabling (walking distance at or below the cut-off)',
    plain: 'leg pain on walking, after a short distance',
  },
  III: { clinician: 'ischaemic rest pain', plain: 'pain at rest because the leg gets too little blood' },
  IV: {
    clinician: 'trophic lesions: ulcer, necrosis or gangrene',
    plain: 'sores or dying skin because the leg gets too little blood',
  },
};

export interface FontaineResult extends ResultBase<'fontaine'> {
  readonly stage: FontaineStage | 'undetermined';
  /** Every stage the unknown findings still allow, mildest first. */
  readonly possibleStages: readonly FontaineStage[];
  readonly cutoffM: number;
}

function fontaineOf(f: {
  claudication: Tri;
  restPain: Tri;
  tissueLoss: Tri;
  aboveCutoff: Tri;
}): FontaineStage {
  if (f.tissueLoss) return 'IV';
  if (f.restPain) return 'III';
  if (f.claudication) return f.aboveCutoff ? 'IIa' : 'IIb';
  return 'I';
}

export function computeFontaine(input: PadStageInput): FontaineResult {
  const checked = parsePadStageInput(input);
  if (!checked.ok) throw new CriteriaInputError('fontaine', checked.errors);
  const cutoffM = input.fontaineCutoffM ?? defaultFontaineCutoffM;
  const eff = effective(input);
  // "IIa: > 200 m; IIb: < 200 m" leaves exactly 200 m open; it is staged IIb (the more severe stage).
  const aboveCutoff =
    input.claudicationDistanceM === undefined ? undefined : input.claudicationDistanceM > cutoffM;
  const possible = outcomesOfCompletions(
    { ...eff, aboveCutoff },
    ['claudication', 'restPain', 'tissueLoss', 'aboveCutoff'],
    fontaineOf,
  );
  const possibleStages = fontaineStages.filter((s) => possible.has(s));
  const stage = possibleStages.length === 1 ? (possibleStages[0] as FontaineStage) : 'undetermined';
  const lowest = possibleStages[0] as FontaineStage;

  const items = [
    makeItem(specs.claudication, eff.claudication),
    makeItem(specs.claudicationDistanceM, input.claudicationDistanceM),
    makeItem(specs.restPain, eff.restPain),
    makeItem(specs.tissueLoss, eff.tissueLoss),
  ];
  const reasons: string[] = [];
  if (eff.tissueLoss === true) reasons.push('Tissue loss present: stage IV.');
  if (eff.restPain === true) reasons.push('Ischaemic rest pain present: at least stage III.');
  if (eff.claudication === true) {
    reasons.push(
      input.claudicationDistanceM === undefined
        ? 'Claudication without a walking distance: IIa or IIb.'
        : `Claudication at ${input.claudicationDistanceM} m (cut-off ${cutoffM} m): ${aboveCutoff ? 'IIa' : 'IIb'}.`,
    );
  }
  for (const [key, value] of Object.entries(eff)) if (value === undefined) reasons.push(`${key} unknown.`);

  const notes = [...commonNotes];
  if (cutoffM !== defaultFontaineCutoffM)
    notes.push(`Non-default IIa/IIb cut-off of ${cutoffM} m (default 200 m; some texts use 150 m [S32]).`);
  if (input.claudicationDistanceM === cutoffM)
    notes.push(`A walking distance of exactly ${cutoffM} m is staged IIb.`);

  const stageText =
    stage === 'undetermined'
      ? `undetermined (${possibleStages.join(', ')})`
      : `${stage} (${fontaineMeanings[stage].clinician})`;
  const patientSummary =
    stage === 'undetermined'
      ? `The Fontaine stage cannot be settled yet; if narrowed leg arteries are the cause, it is at least stage ${lowest} (${fontaineMeanings[lowest].plain}).`
      : `If narrowed leg arteries are the cause, your symptoms match Fontaine stage ${stage}: ${fontaineMeanings[stage].plain}.`;
  const cover = coverageOf('Fontaine', items);
  return {
    instrument: 'fontaine',
    name: 'Fontaine classification of chronic PAD',
    items,
    ...cover,
    decisive: lowest === 'III' || lowest === 'IV',
    reasons,
    notes,
    sources: uniqueSources(stageSources, ['S33'], cutoffM !== defaultFontaineCutoffM ? ['S32'] : []),
    patientSummary,
    clinicianSummary: `Fontaine stage ${stageText}, IIa/IIb cut-off ${cutoffM} m; presumes PAD as the cause; ${cover.coverage}.`,
    stage,
    possibleStages,
    cutoffM,
  };
}

// ---------------------------------------------------------------- Rutherford

export const rutherfordCategories = [0, 1, 2, 3, 4, 5, 6] as const;
export type RutherfordCategory = (typeof rutherfordCategories)[number];

export const rutherfordMeanings: Readonly<
  Record<RutherfordCategory, { grade: string; clinician: string; plain: string }>
> = {
  0: { grade: '0', clinician: 'asymptomatic', plain: 'no symptoms from the circulation' },
  1: { grade: 'I', clinician: 'mild claudication', plain: 'mild leg pain on walking' },
  2: { grade: 'I', clinician: 'moderate claudication', plain: 'moderate leg pain on walking' },
  3: { grade: 'I', clinician: 'severe claudication', plain: 'severe leg pain on walking' },
  4: {
    grade: 'II',
    clinician: 'ischaemic rest pain',
    plain: 'pain at rest because the leg gets too little blood',
  },
  5: {
    grade: 'III',
    clinician: 'minor tissue loss (non-healing ulcer, focal gangrene)',
    plain: 'a small sore or patch of dying skin because the leg gets too little blood',
  },
  6: {
    grade: 'III (some sources IV)',
    clinician: 'major tissue loss extending above the transmetatarsal level',
    plain: 'extensive dying tissue because the leg gets too little blood',
  },
};

export interface RutherfordResult extends ResultBase<'rutherford'> {
  readonly category: RutherfordCategory | 'undetermined';
  /** Every category the unknown findings still allow, lowest first. */
  readonly possibleCategories: readonly RutherfordCategory[];
  /** Grade of the category (grade of category 6 differs between sources); null when undetermined. */
  readonly grade: string | null;
}

function rutherfordOf(f: {
  claudication: Tri;
  restPain: Tri;
  tissueLoss: Tri;
  severity: ClaudicationSeverity | undefined;
  extent: TissueLossExtent | undefined;
}): RutherfordCategory {
  if (f.tissueLoss) return f.extent === 'major' ? 6 : 5;
  if (f.restPain) return 4;
  if (f.claudication) return f.severity === 'severe' ? 3 : f.severity === 'moderate' ? 2 : 1;
  return 0;
}

export function computeRutherford(input: PadStageInput): RutherfordResult {
  const checked = parsePadStageInput(input);
  if (!checked.ok) throw new CriteriaInputError('rutherford', checked.errors);
  const eff = effective(input);
  const possible = outcomesOfCompletions(
    { ...eff, severity: input.claudicationSeverity, extent: input.tissueLossExtent },
    ['claudication', 'restPain', 'tissueLoss', 'severity', 'extent'],
    rutherfordOf,
    (key) =>
      key === 'severity' ? claudicationSeverities : key === 'extent' ? tissueLossExtents : [true, false],
  );
  const possibleCategories = rutherfordCategories.filter((c) => possible.has(c));
  const category =
    possibleCategories.length === 1 ? (possibleCategories[0] as RutherfordCategory) : 'undetermined';
  const lowest = possibleCategories[0] as RutherfordCategory;

  const items = [
    makeItem(specs.claudication, eff.claudication),
    makeItem(specs.claudicationSeverity, input.claudicationSeverity),
    makeItem(specs.restPain, eff.restPain),
    makeItem(specs.tissueLoss, eff.tissueLoss),
    makeItem(specs.tissueLossExtent, input.tissueLossExtent),
  ];
  const reasons: string[] = [];
  if (eff.tissueLoss === true) {
    reasons.push(
      input.tissueLossExtent === undefined
        ? 'Tissue loss of unknown extent: category 5 or 6.'
        : `${input.tissueLossExtent === 'major' ? 'Major' : 'Minor'} tissue loss: category ${input.tissueLossExtent === 'major' ? 6 : 5}.`,
    );
  }
  if (eff.restPain === true) reasons.push('Ischaemic rest pain present: at least category 4.');
  if (eff.claudication === true) {
    reasons.push(
      input.claudicationSeverity === undefined
        ? 'Claudication of unknown severity: category 1, 2 or 3.'
        : `${input.claudicationSeverity} claudication.`,
    );
  }
  for (const [key, value] of Object.entries(eff)) if (value === undefined) reasons.push(`${key} unknown.`);

  const notes = [
    ...commonNotes,
    'Rutherford 1-3 were defined by treadmill testing; here the claudication grade is the clinician’s.',
    'The grade of category 6 differs between sources (III or IV); use the category [S31].',
  ];
  const categoryText =
    category === 'undetermined'
      ? `undetermined (${possibleCategories.join(', ')})`
      : `${category} (grade ${rutherfordMeanings[category].grade}: ${rutherfordMeanings[category].clinician})`;
  const patientSummary =
    category === 'undetermined'
      ? `The Rutherford category cannot be settled yet; if narrowed leg arteries are the cause, it is at least category ${lowest} (${rutherfordMeanings[lowest].plain}).`
      : `If narrowed leg arteries are the cause, your symptoms match Rutherford category ${category}: ${rutherfordMeanings[category].plain}.`;
  const cover = coverageOf('Rutherford', items);
  return {
    instrument: 'rutherford',
    name: 'Rutherford classification of chronic PAD',
    items,
    ...cover,
    decisive: lowest >= 4,
    reasons,
    notes,
    sources: uniqueSources(['S29', 'S31', 'S33']),
    patientSummary,
    clinicianSummary: `Rutherford category ${categoryText}; presumes PAD as the cause; ${cover.coverage}.`,
    category,
    possibleCategories,
    grade: category === 'undetermined' ? null : rutherfordMeanings[category].grade,
  };
}
