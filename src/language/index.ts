/** Free text → catalog findings. Pure, no I/O, no runtime dependencies. */
export { LanguageInputError, maxAnalysedLength, maxTextLength, textTooLongMessage } from './input.js';
export { isLang, type Lang, languages } from './locale.js';
export type { RecognisedTerm, Side, Span, Understanding, UnderstoodFinding } from './types.js';
export { understand } from './understand.js';
