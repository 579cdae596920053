// Makes the V8 code caches of the CLI bundles (dist/cli-bundle/*.cjs.cache; see bin/load-cli.js): loads the
// bundles as a start does, runs the common commands once with their output thrown away, then saves, for each
// bundle, the bytecode of everything compiled so far. Run by scripts/bundle-cli.mjs (npm run build) in a
// fresh Node process. The cases are generic examples (not the benchmark's): a cache holds code, never results.
import { writeFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { cacheFile, loadCli, loaded } from '../bin/load-cli.js';

const cli = loadCli({ useCache: false });

const discard = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
const batch = `${JSON.stringify({ id: 'w1', age: 45, sex: 'male', evidence: [{ id: 'pain_calf', state: 'present' }] })}\n`;
const runs = [
  ['assess', '--age', '45', '--sex', 'male', '--evidence', 'pain_calf,!fever'],
  ['assess', '--json', '--age', '45', '--sex', 'male', '--evidence', 'pain_calf'],
  ['assess', '--json'],
  ['findings'],
  ['conditions'],
];
for (const args of runs) {
  const io = { stdin: Readable.from([batch]), stdout: discard(), stderr: discard() };
  await cli.buildProgram(io).parseAsync(['node', 'nightleg', ...args]);
}
process.exitCode = 0;
for (const [name, { script }] of loaded) writeFileSync(cacheFile(name), script.createCachedData());
