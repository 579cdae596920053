import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isLang, type Lang } from '../language/index.js';

/** `?lang=en|es` on the routes that read text or return wording. */
export const langQuerySchema = z.object({
  lang: z
    .enum(['en', 'es'], { error: 'must be "en" or "es"' })
    .optional()
    .describe(
      'Language of the text and of the wording returned; the body field `lang` wins; default from Accept-Language',
    ),
});

/**
 * The language of a request: the body's `lang`, else the `?lang=` query, else the first supported language of
 * `Accept-Language` (by q-value; `es-MX` counts as `es`), else English.
 */
export function requestLang(request: FastifyRequest, bodyLang: unknown): Lang {
  if (isLang(bodyLang)) return bodyLang;
  const query = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLang(query)) return query;
  return fromAcceptLanguage(request.headers['accept-language']);
}

/** The best supported language of an Accept-Language header; English when none is supported. */
export function fromAcceptLanguage(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .slice(0, 512)
    .split(',')
    .slice(0, 32)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0 && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { base } of ranked) if (isLang(base)) return base;
  return 'en';
}

/** A value built once per language on first use (catalogs fixed for the life of the process). */
export function perLanguage<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const built = new Map<Lang, T>();
  return (lang) => {
    let value = built.get(lang);
    if (value === undefined) {
      value = build(lang);
      built.set(lang, value);
    }
    return value;
  };
}
