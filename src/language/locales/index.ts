/** The locales, each compiled on first use (a server answering only English never compiles Spanish). */
import { type CompiledLocale, compileLocale } from '../compiled.js';
import { LanguageInputError } from '../input.js';
import type { Lang, Locale } from '../locale.js';
import { english } from './en.js';
import { spanish } from './es/index.js';

const locales: ReadonlyMap<Lang, Locale> = new Map<Lang, Locale>([
  ['en', english],
  ['es', spanish],
]);
const compiled = new Map<Lang, CompiledLocale>();

export function localeFor(lang: Lang): Locale {
  const l = locales.get(lang);
  // The command-line bundle leaves the Spanish tables out (scripts/bundle-cli.mjs): a case asking for them is
  // reported on its own (one bad line never stops a batch), not a crash.
  if (!l)
    throw new LanguageInputError(
      `text in language "${String(lang)}" cannot be read here (the command line reads English text; the HTTP API, nightleg serve, reads every language)`,
      'language_unavailable',
    );
  return l;
}

export function compiledLocale(lang: Lang): CompiledLocale {
  let c = compiled.get(lang);
  if (!c) {
    c = compileLocale(localeFor(lang));
    compiled.set(lang, c);
  }
  return c;
}
