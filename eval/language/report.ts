import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess } from '../../src/engine/index.js';
import { understand } from '../../src/language/index.js';
import { type CorpusItem, type Narrative, scoreCorpus, scoreNarratives } from './score.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * The English corpus (every `corpus*.json` but the Spanish `corpus-es*.json`, scored as one), the Spanish
 * corpus and its held-out texts, and the narratives of every `narratives*.json` by file.
 */
export function loadLanguageEval(): {
  corpus: CorpusItem[];
  corpusEs: CorpusItem[];
  corpusEsHeldout: CorpusItem[];
  narratives: Map<string, Narrative[]>;
} {
  const corpus = readdirSync(here)
    .filter((f) => /^corpus.*\.json$/.test(f) && !/^corpus-es/.test(f))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(`${here}${file}`, 'utf8')) as CorpusItem[]);
  const corpusEs = JSON.parse(readFileSync(`${here}corpus-es.json`, 'utf8')) as CorpusItem[];
  const corpusEsHeldout = JSON.parse(readFileSync(`${here}corpus-es-heldout.json`, 'utf8')) as CorpusItem[];
  const narratives = new Map<string, Narrative[]>();
  for (const file of readdirSync(here)
    .filter((f) => /^narratives.*\.json$/.test(f))
    .sort())
    narratives.set(file, JSON.parse(readFileSync(`${here}${file}`, 'utf8')) as Narrative[]);
  return { corpus, corpusEs, corpusEsHeldout, narratives };
}

/** Scores the free-text layer on the annotated corpus and the narrative vignettes, and prints the figures. */
export async function printLanguageReport(): Promise<void> {
  const { corpus, corpusEs, corpusEsHeldout, narratives } = loadLanguageEval();
  printCorpus('Corpus', corpus, (t) => understand(t, 'en'));
  printCorpus('Spanish corpus (corpus-es.json)', corpusEs, (t) => understand(t, 'es'));
  printCorpus('Spanish held-out texts (corpus-es-heldout.json)', corpusEsHeldout, (t) => understand(t, 'es'));
  for (const [file, set] of narratives) printNarratives(file, set);
}

function printCorpus(
  title: string,
  corpus: readonly CorpusItem[],
  read: (t: string) => ReturnType<typeof understand>,
): void {
  const c = scoreCorpus(corpus, read);
  console.log(
    `${title} (${corpus.length} descriptions): micro precision ${pct(c.micro.precision)}, recall ${pct(c.micro.recall)}, F1 ${c.micro.f1.toFixed(3)}   target F1 ≥ 0.90`,
  );
  const weakest = [...c.perFinding]
    .map((f) => ({
      ...f,
      f1: f.precision + f.recall === 0 ? 0 : (2 * f.precision * f.recall) / (f.precision + f.recall),
    }))
    .sort((a, b) => a.f1 - b.f1 || b.fp + b.fn - (a.fp + a.fn))
    .slice(0, 10);
  console.log('Weakest findings (F1, tp/fp/fn):');
  for (const f of weakest) console.log(`  ${f.id.padEnd(42)} ${f.f1.toFixed(2)}  ${f.tp}/${f.fp}/${f.fn}`);
  const { falsePresent, missed } = c.redFlagNegationErrors;
  console.log(`Red-flag negation errors: ${falsePresent.length + missed.length}   target 0`);
  for (const e of [...falsePresent, ...missed])
    console.log(`  ${e.item} ${e.finding}: expected ${e.expected}, got ${e.got}`);
}

function printNarratives(file: string, narratives: readonly Narrative[]): void {
  const n = scoreNarratives(narratives, understand, (input) => assess(input));
  console.log(
    `Narratives, ${file} (${n.n}): top-1 ${pct(n.top1)} (target ≥ 85 %), top-3 ${pct(n.top3)} (≥ 95 %), under-triage ${n.underTriage} (0), over-triage ${n.overTriage}`,
  );
  for (const f of n.failures) {
    const got = f.got.map((g) => `${g.id} ${(g.probability * 100).toFixed(0)}%`).join(', ');
    console.log(
      `  ${f.id} [${f.kinds.join(', ')}] expected ${f.expected} (${f.acceptable.min}…${f.acceptable.max}); got ${got}; triage ${f.triage}`,
    );
    console.log(`      understood: ${f.understood.join(' ')}`);
  }
}
