// Summarises a V8 .cpuprofile of a CLI batch: self time by function and by file, and the time split by what the
// work is for (each sample goes to the innermost frame of a known function). Names need an unminified build:
//   NIGHTLEG_BUNDLE_NAMES=1 npm run build:cli
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/nightleg.js assess --json < cases.jsonl > /dev/null
//   npx tsx bench/cpu-profile.ts /tmp/prof/<file>.cpuprofile [cases=5000] [top=25]
// (cases.jsonl: the bench's cases, e.g. from `syntheticCases` in bench/cases.ts.) Rebuild without the variable after.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, casesArg = '5000', topArg = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx bench/cpu-profile.ts <file.cpuprofile> [cases] [top]');
const cases = Number(casesArg);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** What each function's time is for; a sample is counted under its innermost listed frame. */
const categories: Record<string, readonly string[]> = {
  inference: [
    'inferForAssessment',
    'inferMarginalsWithTriage',
    'weighMarginals',
    'weighGrouped',
    'fillCauseTerms',
    'priorProbability',
    'observeLean',
    'temperProduct',
  ],
  'engine input (normalise, present set)': ['normaliseEvidence', 'presentSet'],
  'triage (rules, screen, mass reasons, gate)': [
    'firedRules',
    'unansweredScreen',
    'possibleRedFlags',
    'probabilityReasons',
    'selfCareGate',
    'decideTriage',
  ],
  criteria: ['assessCriteria'],
  'ranking (sort, suspects, bands)': ['rankConditions', 'redFlagSuspects', 'ruleOutFirst', 'bandOf'],
  'advice (cautions, cause setting urgency)': ['cautionsInPlay', 'decideAdvice', 'causeSettingUrgency'],
  'assessParts itself (cause objects, sets)': ['assessParts'],
  'compact view (evidence merge, toCompact, rounding)': [
    'toCompact',
    'compactProbability',
    'adviceRuns',
    'mergeEvidence',
    'assessWith',
    'assessCase',
  ],
  'validation (checkCase)': ['validate', 'checkCase'],
  'JSON.parse (assessLine itself)': ['assessLine'],
  'JSON.stringify (assessChunk itself)': ['assessChunk'],
  'I/O (lines in, writes out)': ['boundedLines', 'write', 'flush', 'emit', 'assessBatch'],
  'start (loading the bundles)': ['loadBundle', 'loadCli'],
};
const categoryOf = new Map<string, string>();
for (const [category, names] of Object.entries(categories))
  for (const name of names) if (!categoryOf.has(name)) categoryOf.set(name, category);
const engineFrames = new Map([
  ['(garbage collector)', 'garbage collection'],
  ['(idle)', 'idle'],
  ['(program)', 'V8 (program)'],
]);

const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
const add = (m: Map<string, number>, key: string, us: number) => m.set(key, (m.get(key) ?? 0) + us);
const selfByFunction = new Map<string, number>();
const selfByFile = new Map<string, number>();
const split = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i + 1] ?? 0;
  total += us;
  const leaf = byId.get(id) as ProfileNode;
  add(selfByFunction, label(leaf), us);
  add(selfByFile, leaf.callFrame.url.split('/').pop() || leaf.callFrame.functionName, us);
  let category = engineFrames.get(leaf.callFrame.functionName);
  for (let k: number | undefined = id; !category && k !== undefined; k = parent.get(k))
    category = categoryOf.get((byId.get(k) as ProfileNode).callFrame.functionName);
  add(split, category ?? 'other', us);
});

const show = (title: string, m: Map<string, number>, top: number) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms, ${cases} cases)`);
  for (const [key, us] of [...m].sort((x, y) => y[1] - x[1]).slice(0, top))
    console.log(
      `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} % ${(us / cases).toFixed(1).padStart(7)} µs/case  ${key}`,
    );
};
show('split by purpose', split, 100);
show('self time by function', selfByFunction, Number(topArg));
show('self time by file', selfByFile, 12);
