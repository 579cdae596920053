import { findingsById } from '../knowledge/index.js';
import { maxTextLength } from '../language/input.js';
import type { CaseInput } from './case.js';

/**
 * A quick, zod-free check of one case for the CLI's start and its batches: it accepts exactly the cases the
 * shared schema (src/schema/case.ts `caseSchema`) accepts, returning the same value, and returns undefined
 * for anything else, so the caller then runs the schema for its error messages (one place writes them).
 * Loading zod and building the schema is a large part of a cold `nightleg assess`; a valid case never needs
 * it. case-check.test.ts holds the two to agreement on generated inputs, valid and broken.
 */
export const minimumAge = 18;
export const maximumAge = 120;
/** The text limit is the reader's work budget (src/language/input.ts): longer text is refused, never cut. */
export const maximumTextLength = maxTextLength;
/** Most evidence items in one case. */
export const maximumEvidenceItems = 500;
/** The largest `lastEstimate` (questions still to come) a client may send back. */
export const maximumLastEstimate = 100;

const caseKeys = new Set([
  'id',
  'age',
  'sex',
  'evidence',
  'text',
  'lang',
  'voice',
  'lastEstimate',
  'described',
]);
const itemKeys = new Set(['id', 'state', 'side']);
const states = new Set(['present', 'absent', 'unknown']);
const sides = new Set(['left', 'right', 'both']);
const sexes = new Set(['female', 'male']);
const langs = new Set(['en', 'es']);
const voices = new Set(['self', 'other']);

// Only the known fields are ever read (after `onlyKeys`), so no typed word indexes the object.
type Fields = Partial<
  Record<
    | 'id'
    | 'age'
    | 'sex'
    | 'evidence'
    | 'text'
    | 'lang'
    | 'voice'
    | 'lastEstimate'
    | 'described'
    | 'state'
    | 'side',
    unknown
  >
>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const onlyKeys = (value: Fields, allowed: ReadonlySet<string>) =>
  Object.keys(value).every((k) => allowed.has(k));
const wholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
const oneOf = (value: unknown, allowed: ReadonlySet<string>): value is string =>
  typeof value === 'string' && allowed.has(value);

function checkItem(value: unknown): CaseInput['evidence'][number] | undefined {
  if (!isObject(value) || !onlyKeys(value, itemKeys)) return undefined;
  const { id, state, side } = value;
  if (typeof id !== 'string' || !findingsById.has(id) || !oneOf(state, states)) return undefined;
  if (side === undefined) return { id, state } as CaseInput['evidence'][number];
  if (!oneOf(side, sides)) return undefined;
  return { id, state, side } as CaseInput['evidence'][number];
}

/** The case as the schema would return it, or undefined when the schema must say what is wrong. */
export function checkCase(value: unknown): CaseInput | undefined {
  if (!isObject(value) || !onlyKeys(value, caseKeys)) return undefined;
  const { id, age, sex, evidence, text, lang, voice, lastEstimate, described } = value;
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id)))
    return undefined;
  if (!wholeIn(age, minimumAge, maximumAge) || !oneOf(sex, sexes)) return undefined;
  const items: CaseInput['evidence'][number][] = [];
  if (evidence !== undefined) {
    if (!Array.isArray(evidence) || evidence.length > maximumEvidenceItems) return undefined;
    for (const item of evidence) {
      const checked = checkItem(item);
      if (!checked) return undefined;
      items.push(checked);
    }
  }
  if (text !== undefined && !(typeof text === 'string' && text.length <= maximumTextLength)) return undefined;
  if (lang !== undefined && !oneOf(lang, langs)) return undefined;
  if (voice !== undefined && !oneOf(voice, voices)) return undefined;
  if (lastEstimate !== undefined && !wholeIn(lastEstimate, 0, maximumLastEstimate)) return undefined;
  if (
    described !== undefined &&
    !(
      Array.isArray(described) &&
      described.length <= maximumEvidenceItems &&
      described.every((d) => typeof d === 'string')
    )
  )
    return undefined;
  // In the schema's key order, as zod returns it.
  const out: Fields = id === undefined ? {} : { id };
  out.age = age;
  out.sex = sex;
  out.evidence = items;
  if (text !== undefined) out.text = text;
  if (lang !== undefined) out.lang = lang;
  if (voice !== undefined) out.voice = voice;
  if (lastEstimate !== undefined) out.lastEstimate = lastEstimate;
  if (described !== undefined) out.described = [...(described as string[])];
  return out as CaseInput;
}
