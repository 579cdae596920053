/** The locales, each compiled on first use (a server answering only English never compiles Spanish). */
import { type CompiledLocale, compileLocale } from '../compiled.js';
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
  if (!l) throw new Error(`no locale ${String(lang)}`);
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
