import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en.js';
import type { Dict } from './types.js';

export type Lang = 'en' | 'es';
export const languages: readonly Lang[] = ['en', 'es'];
export type { Dict };

const storageKey = 'nightleg.lang';

/** Fill `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

/** The saved choice (a language preference only; never health data), else the browser's languages. */
export function detectLanguage(): Lang {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved === 'en' || saved === 'es') return saved;
  } catch {
    // storage may be disabled
  }
  const prefs = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const p of prefs) {
    const base = p?.toLowerCase().split('-')[0];
    if (base === 'es') return 'es';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function saveLanguage(lang: Lang): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // not essential
  }
}

/** English is bundled; Spanish is a separate chunk fetched from this server when first needed. */
export async function loadDict(lang: Lang): Promise<Dict> {
  if (lang === 'es') return (await import('./es.js')).es;
  return en;
}

export { en };

export const DictContext = createContext<Dict>(en);
export const useDict = () => useContext(DictContext);
