/**
 * Who the questions address. When the description is a relative's or carer's account ("my mum keeps crying
 * out at night with her legs"), the questions speak of the person asked about ("Do they…", "¿A la persona
 * por la que consulta…?") rather than to the writer. Wording only: ids, options and decisions are unchanged.
 */
import type { Question } from '../engine/index.js';
import { spanishKnowledge } from '../knowledge/locales/es.js';
import type { Lang } from '../language/locale.js';

/** `self`: the writer is the patient; `other`: the writer asks for someone else. */
export type Voice = 'self' | 'other';

// "you" is the subject (→ "they") at the start, after these words, or before a verb-like word; else the
// object (→ "them": "does it wake you", "apply to you").
const subjectAfter = new Set(
  'do did are were have had can could will would when whenever if that while as before after since until or and where than once so unless because how what which whatever'.split(
    ' ',
  ),
);
const verbAfter = new Set(
  "can cannot can't could should may might usually often also are were have had do did will would sit lie stand walk keep get feel go move wake first notice stop put take raise hang lose lost need use find press see think know".split(
    ' ',
  ),
);

function englishForOther(text: string): string {
  const words = text.split(/(\s+)/);
  const out = words.map((w, i) => {
    const m = /^([^A-Za-z']*)([A-Za-z']+)(.*)$/.exec(w);
    if (!m) return w;
    const [, pre, word, post] = m as unknown as [string, string, string, string];
    const lower = word.toLowerCase();
    const cap = (s: string) => (word[0] === word[0]?.toUpperCase() ? s[0]?.toUpperCase() + s.slice(1) : s);
    const prevWord = (words[i - 2] ?? '').toLowerCase().replace(/[^a-z']/g, '');
    const nextWord = (words[i + 2] ?? '').toLowerCase().replace(/[^a-z']/g, '');
    const sentenceStart = i === 0 || /[.?!:]$/.test(words[i - 2] ?? '') || pre.includes('(');
    switch (lower) {
      case 'your':
        return pre + cap('their') + post;
      case 'yours':
        return pre + cap('theirs') + post;
      case 'yourself':
        return pre + cap('themselves') + post;
      case "you're":
        return pre + cap("they're") + post;
      case "you've":
        return pre + cap("they've") + post;
      case 'you': {
        const subject =
          sentenceStart || subjectAfter.has(prevWord) || (verbAfter.has(nextWord) && !post.includes(','));
        return pre + cap(subject ? 'they' : 'them') + post;
      }
      default:
        return w;
    }
  });
  return out.join('');
}

// Optional: the CLI bundle leaves the Spanish tables out (scripts/bundle-cli.mjs).
const spanishLead = spanishKnowledge?.aboutOther ?? '';

function spanishForOther(text: string, lead: boolean): string {
  const shifted = text.replace(/\bhacia usted\b/g, 'hacia sí').replace(/\busted\b/g, 'esa persona');
  return lead && spanishLead ? `${spanishLead} ${shifted}` : shifted;
}

/** The question as addressed to the writer: unchanged for `self`, about the person asked for when `other`. */
export function addressQuestion(question: Question | null, voice: Voice, lang: Lang): Question | null {
  if (!question || voice === 'self') return question;
  if (lang === 'es')
    return {
      ...question,
      text: spanishForOther(question.text, true),
      why: spanishForOther(question.why, false),
      options: question.options.map((o) => ({ ...o, text: spanishForOther(o.text, false) })),
    };
  return {
    ...question,
    text: englishForOther(question.text),
    why: englishForOther(question.why),
    options: question.options.map((o) => ({ ...o, text: englishForOther(o.text) })),
  };
}

export const forOtherForTesting = { englishForOther, spanishForOther };
