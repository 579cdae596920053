import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Question } from '../engine/index.js';
import { interviewExitCodes, type Prompter, type Reply, runInterview } from './interview.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Drive the real CLI through its stdin protocol, as a script or a pipe would. */
function runCli(args: string[], input: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/run-cli.ts', ...args], { cwd: root });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.stderr.on('data', (d) => {
      out += String(d);
    });
    child.on('close', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}

describe('nightleg interview (stdin protocol, end to end)', () => {
  it('runs an interview from the warning-sign check to a result', async () => {
    // age, sex, description, then: screens (0 = none of these), then "?" for anything else.
    const answers = ['70', 'female', '', '0', '0', '0', '0', ...Array.from({ length: 40 }, () => '?')];
    const { code, out } = await runCli(['interview'], `${answers.join('\n')}\n`);
    expect(code).toBe(0);
    expect(out).toContain('Question 1');
    expect(out).toContain('[warning-sign check]');
    expect(out).toMatch(/URGENCY: /);
    expect(out).toContain('not a diagnosis');
  }, 60_000);

  it('stops at once with an emergency when a warning sign is ticked', async () => {
    const answers = ['58', 'male', '', '1,3'];
    const { code, out } = await runCli(['interview'], `${answers.join('\n')}\n`);
    expect(code).toBe(0);
    expect(out).toContain('URGENCY: EMERGENCY: CALL AN AMBULANCE');
    expect(out).not.toContain('Question 2');
  }, 60_000);

  it('re-asks on a bad age and explains why; ends cleanly when input runs out', async () => {
    const { code, out } = await runCli(['interview'], '12\nfemale\n');
    expect(out).toContain('for adults (18 and over)');
    expect(code).toBe(interviewExitCodes.cancelled);
    expect(out).toContain('Interview stopped. Nothing was saved.');
  }, 60_000);
});

/** A prompter that replays scripted replies and records the questions it was asked. */
function scripted(replies: Reply[]): Prompter & { asked: Question[]; finished: string } {
  const state = { asked: [] as Question[], finished: '' };
  return Object.assign(state, {
    intro: () => {},
    askAge: async () => '66',
    askSex: async () => 'male',
    askDescription: async () => '',
    ask: async (q: Question) => {
      state.asked.push(q);
      return replies.shift() ?? 'unknown';
    },
    error: () => {},
    finish: (text: string) => {
      state.finished = text;
    },
    cancelled: () => {},
  });
}

describe('interview loop', () => {
  it('back undoes the last answer and asks that question again', async () => {
    const prompter = scripted([{ chosen: [] }, 'back']);
    await runInterview(prompter);
    expect(prompter.asked[0]?.id).toBe('screen_clot_infection');
    expect(prompter.asked[1]?.id).toBe('screen_circulation');
    expect(prompter.asked[2]?.id).toBe('screen_clot_infection');
  });

  it('cancel (Ctrl-C) stops with exit code 130', async () => {
    expect(await runInterview(scripted(['cancel']))).toBe(interviewExitCodes.cancelled);
  });
});
