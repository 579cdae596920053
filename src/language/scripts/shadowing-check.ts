// Shadowing check: for every finding a triage rule uses (red flags and warnings, src/knowledge/rules.ts), writes
// example words for each of its lexicon patterns and reads them in sentences that meet no requirement (nothing
// else said, or said long ago). Every pattern match there whose entry has no requirement or filter of its own
// must leave its finding read (present, absent or open), unless a finding that is read suppresses it by design.
// A finding lost with no reader left is printed with the matches that overlapped it (a longer match that
// failed its requirement hiding a shorter one is shadowing). Prints a summary; exits 1 when something is lost.
//   npx tsx src/language/scripts/shadowing-check.ts
import type { FindingId } from '../../knowledge/index.js';
import { triageRules } from '../../knowledge/index.js';
import type { CompiledEntry } from '../compiled.js';
import { prepare } from '../input.js';
import type { Lang } from '../locale.js';
import { compiledLocale } from '../locales/index.js';
import { compile, type Match, type MatchToken } from '../pattern.js';
import { tokenise } from '../tokens.js';
import type { LexiconEntry } from '../types.js';
import { understand } from '../understand.js';

const ruleFindings = new Set<string>(triageRules.flatMap((r) => [...r.all, ...(r.any ?? [])]));

/** The first alternative of each required element: one phrase the pattern matches. */
function exampleWords(source: string, lang: Lang): string {
  const p = compile(source, compiledLocale(lang).locale.wordClasses);
  const words: string[] = [];
  for (const e of p.elems) {
    if (e.k !== 'el' || e.optional) continue;
    const alt = e.alts[0] ?? [];
    for (const a of alt) words.push(a.k === 'num' ? '3' : a.w);
  }
  return words.join(' ');
}

/** Sentences around the words that meet no requirement: nothing else said; or a symptom said two years ago. */
const frames: Record<Lang, readonly ((w: string) => string)[]> = {
  en: [(w) => `${w}.`, (w) => `I am 60. ${w}, for two years now.`],
  es: [(w) => `${w}.`, (w) => `Tengo 60 años. ${w}, desde hace dos años.`],
};

/** An entry with nothing that may rightly drop it: no requirement, no filter, no fixed or one-sided reading. */
const plain = (e: LexiconEntry) =>
  !e.requiresAny &&
  !e.withinSentence &&
  !e.withinText &&
  !e.notInSentence &&
  !e.withStatedInSentence &&
  !e.notWithStatedInSentence &&
  !e.notAfter &&
  !e.notBefore &&
  !e.weak &&
  !e.negatedOnly &&
  !e.positiveOnly;

function matchesIn(text: string, lang: Lang): { ce: CompiledEntry; m: Match }[] {
  const compiled = compiledLocale(lang);
  const tokens = tokenise(prepare(text).text, compiled.locale);
  const read: MatchToken[] = tokens.map((t) => ({
    m: t.kind === 'word' ? (compiled.spelling.correct(t.w) ?? t.w) : t.w,
    kind: t.kind,
    sentence: t.sentence,
    clause: t.clause,
  }));
  const toks = compiled.locale.retoken ? compiled.locale.retoken(read) : read;
  const out: { ce: CompiledEntry; m: Match }[] = [];
  compiled.findingIndex.scan(toks, (ce, m) => out.push({ ce, m }));
  return out;
}

let texts = 0;
let checked = 0;
const lost: string[] = [];
for (const lang of ['en', 'es'] as const) {
  const { lexicon } = compiledLocale(lang).locale;
  for (const [id, lex] of lexicon) {
    if (!ruleFindings.has(id)) continue;
    for (const item of lex.patterns) {
      const entry: LexiconEntry = typeof item === 'string' ? { p: item } : item;
      const words = exampleWords(entry.p, lang);
      for (const frame of frames[lang]) {
        const text = frame(words);
        texts++;
        const read = new Map(understand(text, lang).findings.map((f) => [f.id, f.state]));
        const matches = matchesIn(text, lang);
        for (const { ce, m } of matches) {
          const l = ce.lex;
          if (!plain(ce.entry) || l.requiresAny || l.needsSymptom || l.maxAgeDays || l.notInSentence)
            continue;
          checked++;
          if (read.has(ce.id)) continue;
          // Suppressed by design by a finding that is itself read.
          const byDesign = matches.some(
            (o) =>
              o.ce.id !== ce.id &&
              read.has(o.ce.id) &&
              (o.ce.lex.suppresses?.includes(ce.id as FindingId) ||
                o.ce.lex.suppressesInSentence?.includes(ce.id as FindingId)),
          );
          if (byDesign) continue;
          const overlapping = matches
            .filter((o) => o.ce !== ce && o.m.start <= m.end && m.start <= o.m.end)
            .map((o) => `${o.ce.id} "${o.ce.entry.p}"`);
          lost.push(
            `[${lang}] ${ce.id} "${ce.entry.p}" in "${text}" (from ${id}); overlapping: ${overlapping.join('; ') || 'none'}`,
          );
        }
      }
    }
  }
}
const unique = [...new Set(lost)];
console.log(
  `${ruleFindings.size} rule findings, ${texts} texts, ${checked} plain matches checked, ${unique.length} lost`,
);
for (const l of unique) console.log(`- ${l}`);
process.exitCode = unique.length > 0 ? 1 : 0;
