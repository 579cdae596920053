/**
 * The per-request work budget of the reader: at most this many characters (UTF-16 code units, as
 * `String.length` counts them). Longer text is refused, never cut: a red flag at the end of a long story must
 * not be dropped silently. Every stage is linear in the text (spelling looks only at words of plausible length,
 * with a cost bound of the vocabulary), and `npm run bench:text` measures the worst case at this length.
 */
export const maxTextLength = 10_000;
/** @deprecated The reader no longer truncates; text over `maxTextLength` is refused. Same value. */
export const maxAnalysedLength = maxTextLength;

/** The message for text over the limit: it names the limit and says nothing was read. */
export function textTooLongMessage(length: number): string {
  return `The description is too long: ${length} characters, and the limit is ${maxTextLength}. Nothing was read; please shorten it (the most important symptoms first).`;
}

/** Bad input (not a string, empty, or not readable text). The message is safe to show a person. */
export class LanguageInputError extends Error {
  constructor(
    message: string,
    readonly reason: 'not_text' | 'empty' | 'binary' | 'too_long' | 'language_unavailable',
  ) {
    super(message);
    this.name = 'LanguageInputError';
  }
}

/** The analysed text in lower case, with a map from each of its characters back to the original offset. */
export interface PreparedText {
  readonly text: string;
  /** `offsets[i]` is the original index of `text[i]`; `offsets[text.length]` is the end of the analysed part. */
  readonly offsets: readonly number[];
  /** Always false: text over the limit is refused. Kept for the `truncated` field of the result. */
  readonly truncated: boolean;
  readonly analysedLength: number;
}

const replacements: ReadonlyMap<string, string> = new Map([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u02bc', "'"],
  ['`', "'"],
  ['\u00b4', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u2013', ' - '],
  ['\u2014', ' - '],
  ['\u2026', '.'],
]);

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code < 0xa0);
}

function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0xfeff || code === 0x2060 || code === 0x00ad;
}

/**
 * Checks and prepares the input: rejects non-strings, empty text and binary data; strips control and
 * invisible characters; refuses text over `maxTextLength`; lower-cases it. Never throws for a string that
 * holds some readable words.
 */
export function prepare(input: unknown): PreparedText {
  if (typeof input !== 'string')
    throw new LanguageInputError('Please describe the problem in words (text expected).', 'not_text');
  if (input.trim().length === 0)
    throw new LanguageInputError(
      'The description is empty: please describe the leg problem in words.',
      'empty',
    );
  if (input.length > maxTextLength)
    throw new LanguageInputError(textTooLongMessage(input.length), 'too_long');
  const truncated = false;
  const analysed = input;

  let control = 0;
  let letters = 0;
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < analysed.length; i++) {
    const ch = analysed[i] as string;
    const code = ch.charCodeAt(0);
    if (code === 0xfffd || isControl(code)) {
      control++;
      chars.push(' ');
      offsets.push(i);
      continue;
    }
    if (isInvisible(code)) continue;
    const replaced = replacements.get(ch);
    if (replaced !== undefined) {
      for (const r of replaced) {
        chars.push(r);
        offsets.push(i);
      }
      continue;
    }
    const lower = ch.toLowerCase();
    if (/\p{L}/u.test(lower)) letters++;
    // Lower-casing can lengthen a character (İ → i̇); every produced unit maps back to the same index.
    for (const unit of lower) {
      for (let k = 0; k < unit.length; k++) {
        chars.push(unit[k] as string);
        offsets.push(i);
      }
    }
  }
  offsets.push(analysed.length);
  if (control > 0 && control * 10 > analysed.length) {
    throw new LanguageInputError('The description looks like binary data, not text.', 'binary');
  }
  if (letters === 0) {
    throw new LanguageInputError(
      'The description has no words in it: please describe the leg problem in words.',
      'empty',
    );
  }
  return { text: chars.join(''), offsets, truncated, analysedLength: analysed.length };
}
