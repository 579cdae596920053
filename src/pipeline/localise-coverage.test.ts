import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CriterionResult, runInstrument } from '../criteria/index.js';
import { findings } from '../knowledge/index.js';
import { understand } from '../language/understand.js';
import type { CaseInput } from '../schema/case.js';
import { localiseCriterionTo } from './localise.js';
import { assessCase } from './views.js';

/**
 * A broad sweep of `lang=es` results: every evaluation vignette, random finding sets, hedged Spanish text
 * and each instrument scored on its own. Every string a person or clinician reads is compared with the
 * English result at the same place; a string left identical to the English, or with common English words in
 * it, is a string the Spanish does not cover.
 */

const vignetteDir = join(import.meta.dirname, '../../eval/vignettes');
interface Vignette {
  readonly id: string;
  readonly age: number;
  readonly sex: 'male' | 'female';
  readonly evidence: CaseInput['evidence'];
}
const vignettes: Vignette[] = readdirSync(vignetteDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(vignetteDir, f), 'utf8')) as Vignette[]);

/** Fields that hold ids, codes, sources or figures, never wording. */
const codeKeys = new Set([
  'id',
  'finding',
  'findings',
  'condition',
  'because',
  'sources',
  'kinds',
  'kind',
  'instrument',
  'state',
  'level',
  'band',
  'usualUrgency',
  'redFlagRules',
  'known',
  'missing',
  'phase',
  'direction',
  'target',
  'lean',
  'leanStrength',
  'strength',
  'possibleBands',
  'possibleStages',
  'possibleCategories',
  'range',
  'status',
  'course',
  'stage',
  'category',
  'criteriaMet',
  'criteriaNotMet',
  'criteriaUnknown',
  'clinicalCriterion',
  'side',
  'armUsed',
  'ankleArtery',
  'unticked',
  'voice',
  'item',
  'value',
  'for',
  'against',
  // The reader's own record of the text (spans quote the writer's words).
  'understood',
]);

// Word edges by letter class: JavaScript's \b treats accented letters as edges ("atípica" is not "at").
const englishWords =
  /(?<!\p{L})(the|and|your|you|is|are|of|with|not|or|to|be|if|it|in|on|at|for|this|that|can|may|should|needs?|from|unknown|none|met|leg|pain|course|grade|some|sources|lean|towards|against|listed|shown|higher|arm|below|above|screen|supported|cause|causes)(?!\p{L})/iu;
/** Words both languages write the same (names of instruments, units, abbreviations). */
const sharedWords = new Set(
  'Wells IRLSSG CLTI Diabetes mellitus AHA ACC ICSD ITB ITD TBI ABI LR LR+ LR− EAP PARC PAD DVT Fontaine Rutherford Nadeau Suri mmHg IIa IIb III IV II I nightleg'.split(
    ' ',
  ),
);

/** A string that reads as English: the same as the English text, with a word of its own, or English words. */
function readsEnglish(es: string, en: string | undefined): boolean {
  // Ids quoted in a clinician line (finding and item ids: snake_case, camelCase) are codes, not words.
  const words = es.replace(/[\p{L}\d]*(_[\p{L}\d]+)+|\b[a-z]+[A-Z][\p{L}\d]*/gu, '');
  if (englishWords.test(words)) return true;
  if (es !== en) return false;
  return (words.match(/\p{L}[\p{L}'’-]*/gu) ?? []).some((w) => w.length > 2 && !sharedWords.has(w));
}

const findingIdSet = new Set(findings.map((f) => f.id));

/** Every string a person or clinician reads in `es`, with the English at the same place. */
function leftEnglish(es: unknown, en: unknown, path = ''): string[] {
  // A bare finding id (the compact view's open warning-sign questions) is a code: its wording is in the catalog.
  if (typeof es === 'string' && findingIdSet.has(es)) return [];
  if (typeof es === 'string')
    return readsEnglish(es, typeof en === 'string' ? en : undefined) ? [`${path}: ${es}`] : [];
  if (Array.isArray(es))
    return es.flatMap((v, i) => leftEnglish(v, Array.isArray(en) ? en[i] : undefined, `${path}[${i}]`));
  if (es === null || typeof es !== 'object') return [];
  const other = (en ?? {}) as Record<string, unknown>;
  return Object.entries(es).flatMap(([key, v]) =>
    codeKeys.has(key) ? [] : leftEnglish(v, other[key], `${path}.${key}`),
  );
}

/** One line per distinct string and place (array indices aside), with the first case that shows it. */
function distinct(found: readonly { case: string; text: string }[]): string[] {
  const byPlace = new Map<string, string>();
  for (const f of found) {
    const key = f.text.replace(/\[\d+\]/g, '[]');
    if (!byPlace.has(key)) byPlace.set(key, `${key}  (${f.case})`);
  }
  return [...byPlace.values()];
}

const full = (c: CaseInput) => assessCase(c, { view: 'full' }, understand);
const compact = (c: CaseInput) => assessCase(c, { view: 'compact', include: ['question'] }, understand);

function englishLeftIn(input: CaseInput): string[] {
  const es = { ...input, lang: 'es' as const };
  const en = { ...input, lang: 'en' as const };
  return [
    ...leftEnglish(full(es), full(en)),
    ...leftEnglish(compact(es), compact(en)).map((s) => `compact${s}`),
  ];
}

const findingIds = findings.map((f) => f.id);
const randomCases = fc.sample(
  fc.record({
    age: fc.integer({ min: 18, max: 95 }),
    sex: fc.constantFrom('male' as const, 'female' as const),
    evidence: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...findingIds),
        state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
      }),
      { selector: (e) => e.id, minLength: 1, maxLength: 12 },
    ),
  }),
  { seed: 16, numRuns: 80 },
);

describe('lang=es: nothing a person or clinician reads is left in English', () => {
  it('the sweep covers many vignettes', () => {
    expect(vignettes.length).toBeGreaterThan(100);
  });

  it('every evaluation vignette (eval/vignettes)', () => {
    const left = vignettes.flatMap((v) =>
      englishLeftIn({ age: v.age, sex: v.sex, evidence: v.evidence }).map((text) => ({ case: v.id, text })),
    );
    expect(distinct(left)).toEqual([]);
  });

  it('random finding sets', () => {
    const left = randomCases.flatMap((c, i) => englishLeftIn(c).map((text) => ({ case: `#${i}`, text })));
    expect(distinct(left)).toEqual([]);
  });

  it('hedged warning signs in Spanish text (possibly there until asked)', () => {
    const texts = [
      'Me duele la pantorrilla por la noche y creo que quizá tengo la pierna un poco hinchada.',
      'Tengo dolor de espalda que baja por la pierna, y puede que note algo dormida la zona entre las piernas.',
      'Dolor en el pie por la noche, quizá el pie está frío y pálido.',
    ];
    const left = texts.flatMap((text) =>
      leftEnglish(full({ age: 60, sex: 'female', text, evidence: [], lang: 'es' }), undefined),
    );
    expect(left).toEqual([]);
  });
});

/** Each instrument scored on its own, with inputs that bring out its courses, grades and bands. */
const instrumentInputs: readonly [string, unknown][] = [
  ['abi', { arm: { left: 140, right: 130 }, ankle: { left: { dorsalisPedis: 60, posteriorTibial: 50 } } }],
  [
    'abi',
    {
      arm: { left: 120, right: 125 },
      ankle: { left: { dorsalisPedis: 190 }, right: { posteriorTibial: 120, dorsalisPedis: 118 } },
      toe: { left: 40 },
    },
  ],
  ['abi', { arm: { left: 120, right: 120 }, ankle: { right: { dorsalisPedis: 180 } } }],
  ['abi', { arm: { left: 130, right: 128 }, ankle: { left: { dorsalisPedis: 40 } }, toe: { left: 20 } }],
  ['abi', { arm: { left: 130, right: 128 }, ankle: { right: { dorsalisPedis: 110, posteriorTibial: 112 } } }],
  [
    'irlssg',
    {
      urgeToMove: true,
      worseAtRest: true,
      reliefByMovement: true,
      eveningOrNight: true,
      notSolelyAnotherCondition: true,
      episodesPerWeek: 3,
    },
  ],
  ['irlssg', { urgeToMove: true, episodesPerWeek: 1, lifetimeEpisodes: 10 }],
  ['irlssg', { urgeToMove: false, episodesPerWeek: 1, lifetimeEpisodes: 2 }],
  ['irlssg', { episodesPerWeek: 0.5 }],
  ['rutherford', { tissueLoss: true, tissueLossExtent: 'major' }],
  ['rutherford', { tissueLoss: true, tissueLossExtent: 'minor' }],
  [
    'rutherford',
    { claudication: true, claudicationSeverity: 'moderate', restPain: false, tissueLoss: false },
  ],
  ['rutherford', { claudication: false, restPain: false, tissueLoss: false }],
  ['rutherford', { restPain: true }],
  ['fontaine', { claudication: true, claudicationDistanceM: 100, restPain: false, tissueLoss: false }],
  ['fontaine', { tissueLoss: true }],
  [
    'stenosis',
    {
      age: 75,
      shoppingCartSign: true,
      symptomsAboveKnee: true,
      painTriggeredByStandingAlone: true,
      reliefBySitting: true,
      wideBasedGait: true,
    },
  ],
  ['stenosis', { age: 55, painTriggeredByStandingAlone: false, calfSymptomsRelievedByStandingStill: true }],
  ['stenosis', { age: 65, noPainWhenSeated: true, calfSymptomsRelievedByStandingStill: true }],
  ['stenosis', { age: 65 }],
  ['clti', { restPain: true, tissueLoss: false, atLeastTwoWeeks: false, arterialDiseaseProven: true }],
  ['cramps', { painfulHardening: true, duringTimeInBed: true, reliefByStretching: true }],
  [
    'wells',
    { activeCancer: true, entireLegSwollen: true, calfSwelling: true, alternativeDiagnosisAsLikely: false },
  ],
];

describe('lang=es: each instrument scored on its own', () => {
  for (const [instrument, input] of instrumentInputs) {
    it(`${instrument} ${JSON.stringify(input)}`, () => {
      const run = runInstrument(instrument as CriterionResult['instrument'], input);
      if (!run.ok) throw new Error(JSON.stringify(run.errors));
      const es = localiseCriterionTo(run.result, 'es');
      expect(es.instrument).toBe(run.result.instrument);
      expect(leftEnglish(es, run.result)).toEqual([]);
    });
  }

  it('English is returned unchanged', () => {
    const run = runInstrument('abi', instrumentInputs[0]?.[1]);
    if (!run.ok) throw new Error('abi input');
    expect(localiseCriterionTo(run.result, 'en')).toBe(run.result);
  });
});
