import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { instrumentIds } from '../criteria/types.js';
import type { AssessOptions, Io } from './assess.js';
import { registerServe } from './serve.js';
import { usableColumns } from './style.js';

// Each command loads its own modules when it runs (lazy imports), so that `findings` never loads the
// engine, `assess` without text never loads the language tables, and only `serve` loads the HTTP stack.
const instrumentList = instrumentIds.join(', ');

/** The package's version; package.json is two levels up from src/cli, dist/cli and dist/cli-bundle alike. */
export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

const clinicianHelp = 'text output for a clinician: clinical terms, probabilities, criteria and sources';

/** Build the CLI. Subcommands set `process.exitCode`; nothing here calls process.exit. */
export function buildProgram(io: Io): Command {
  const program = new Command()
    .name('nightleg')
    .description(
      'Decision support for leg pain that starts or gets worse when lying down. Not a diagnosis: it suggests how urgently to seek care and which causes to discuss with a doctor.',
    )
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Help is laid out to the terminal's width, or 80 columns when it reports none (pipes, tests).
      getOutHelpWidth: () => usableColumns(io.stdout as { columns?: number }),
      getErrHelpWidth: () => usableColumns(io.stderr as { columns?: number }),
    })
    .version(packageVersion(), '-V, --version', 'print the version number')
    .showHelpAfterError();

  program
    .command('assess')
    .description(
      'Assess one case from flags, or (with --json and no case flags) JSON cases from stdin, one per line',
    )
    .option('--age <years>', 'age in years (adults, 18+)')
    .option('--sex <sex>', 'female or male')
    .option('--evidence <ids>', 'comma-separated finding ids: id = present, !id = absent, ?id = unknown')
    .option('--text <description>', 'the pain described in your own words')
    .option('--clinician', clinicianHelp)
    .option('--json', 'machine-readable output (and batch mode from stdin without case flags)')
    .option(
      '--view <view>',
      'with --json: compact (default: triage and causes by id) or full (everything, with text)',
    )
    .option(
      '--include <parts>',
      'with --view compact, comma-separated: question (the next interview question, shouldStop, progress), explanations (finding ids for and against each cause in play, red-flag rules)',
    )
    .option(
      '--threads <n>',
      'batch from stdin: worker threads once the batch outgrows one chunk of 256 lines (default 0: the main thread only)',
    )
    .addHelpText(
      'after',
      `
Examples:
  nightleg assess --age 67 --sex female --evidence sudden_muscle_contraction,pain_calf,!one_leg_swollen
  echo '{"id":"c1","age":67,"sex":"female","evidence":[{"id":"pain_calf","state":"present"}]}' | nightleg assess --json
  nightleg assess --json --view full --age 67 --sex female --evidence pain_calf
Views: docs/api.md "Views" (the same objects as POST /v1/assess).`,
    )
    .action(async (options: AssessOptions) => {
      const { runAssess } = await import('./assess.js');
      process.exitCode = await runAssess(options, io);
    });

  program
    .command('findings')
    .description('List the findings (symptoms, signs, history) the engine understands')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const { listFindings } = await import('./catalog.js');
      io.stdout.write(`${listFindings(Boolean(options.json))}\n`);
    });

  program
    .command('conditions')
    .description('List the causes the engine ranks')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const { listConditions } = await import('./catalog.js');
      io.stdout.write(`${listConditions(Boolean(options.json))}\n`);
    });

  // `score` prints its own help, so that `score <instrument> --help` can list that instrument's items.
  program
    .command('score')
    .description(
      `Compute one validated instrument (${instrumentList}) from flags or, with --json and no flags, stdin`,
    )
    .argument('[instrument]', instrumentList)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (instrument: string | undefined, _options: unknown, command: Command) => {
      const { runScoreCommand } = await import('./score.js');
      process.exitCode = await runScoreCommand(instrument, command.args.slice(1), io);
    });

  program
    .command('interview')
    .description('A guided interview in the terminal: describe the pain, answer a few questions, get advice')
    .option(
      '--json',
      'speak one JSON object per line (see README "Terminal interview, --json"): for scripts and tests',
    )
    .option('--clinician', clinicianHelp)
    .addHelpText(
      'after',
      `
Keys: y = yes, n = no, ? = don't know, b = back, w = why am I asked this; Ctrl-C stops.
In a list, space ticks an item and Enter goes on; "None of these" cannot be ticked with another item.
Without a terminal (a pipe or a file), it reads one answer a line: the same keys, and numbers for a list.`,
    )
    .action(async (options: { json?: boolean; clinician?: boolean }) => {
      const { interviewCommand } = await import('./interview.js');
      process.exitCode = await interviewCommand(io, {
        json: Boolean(options.json),
        clinician: Boolean(options.clinician),
      });
    });

  registerServe(program, io);
  return program;
}

/**
 * A reader that goes away (`nightleg findings --json | head -1`) makes the next write fail with EPIPE: that is
 * the reader's choice, not an error, so it ends the output quietly (no stack trace; the exit code is unchanged,
 * 0 when all went well). Any other output error is reported in one line, with exit code 1.
 */
export function quietOnClosedPipe(stream: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 1;
    if (stream !== stderr) stderr.write(`nightleg: cannot write the output (${error.code ?? error.name})\n`);
  });
}

export async function main(argv: readonly string[]): Promise<void> {
  const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  quietOnClosedPipe(process.stdout, process.stderr);
  quietOnClosedPipe(process.stderr, process.stderr);
  await buildProgram(io).parseAsync([...argv]);
}
