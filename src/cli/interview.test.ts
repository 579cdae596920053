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
  it('runs an interview from the complaint and the warning-sign check to a result', async () => {
    // age, sex, description (none: nothing to read back), then the complaint's shape: calf (2), a muscle
    // that suddenly tightens (4), "?" (don't know) for when and what eases it; the four screens (0 = none of
    // these), then "?" for anything else (a valid answer to both a history group and a single question).
    // With a leading cause, history that can change the outcome is asked (all "?" leads nowhere to ask it).
    const answers = [
      '70',
      'female',
      '',
      '2',
      '4',
      '?',
      '?',
      '0',
      '0',
      '0',
      '0',
      ...Array.from({ length: 30 }, () => '?'),
    ];
    const { code, out } = await runCli(['interview'], `${answers.join('\n')}\n`);
    expect(code).toBe(0);
    expect(out).toContain('Question 1');
    expect(out).toContain('[about the pain]');
    expect(out).toContain('[warning-sign check]');
    expect(out.indexOf('[about the pain]')).toBeLessThan(out.indexOf('[warning-sign check]'));
    expect(out).toContain('[health history]');
    expect(out).not.toContain('Please type');
    expect(out).toMatch(/URGENCY: /);
    expect(out).toContain('not a diagnosis');
  }, 60_000);

  it('reads back what it understood and takes a correction before the first question', async () => {
    const text = 'My right calf swells up and aches at night.';
    const answers = ['58', 'male', text, '9 n', '1 n', '', ...Array.from({ length: 30 }, () => '?')];
    const { code, out } = await runCli(['interview'], `${answers.join('\n')}\n`);
    expect(code).toBe(0);
    expect(out).toContain('What I understood from your description:');
    expect(out).toMatch(/Please type a number from 1 to \d+/);
    const readBack = out.slice(out.indexOf('What I understood'), out.indexOf('Question 1'));
    expect(readBack).toMatch(/1\) no /);
  }, 60_000);

  it('stops at once with an emergency when a warning sign is ticked', async () => {
    const answers = ['58', 'male', '', '?', '?', '1,3'];
    const { code, out } = await runCli(['interview'], `${answers.join('\n')}\n`);
    expect(code).toBe(0);
    expect(out).toContain('URGENCY: EMERGENCY: CALL AN AMBULANCE');
    expect(out).not.toContain('Question 4');
  }, 60_000);

  it('re-asks on a bad age and explains why; ends cleanly when input runs out', async () => {
    const { code, out } = await runCli(['interview'], '12\nfemale\n');
    expect(out).toContain('for adults (18 and over)');
    expect(code).toBe(interviewExitCodes.cancelled);
    expect(out).toContain('Interview stopped. Nothing was saved.');
  }, 60_000);
});

/** Drive `nightleg interview --json` as a script would: read a line, answer it, until the result. */
function runJson(
  answer: (message: Record<string, unknown>) => Record<string, unknown> | undefined,
): Promise<{ code: number | null; messages: Record<string, unknown>[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/run-cli.ts', 'interview', '--json'], {
      cwd: root,
    });
    const messages: Record<string, unknown>[] = [];
    let buffer = '';
    child.stdout.on('data', (d) => {
      buffer += String(d);
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const message = JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>;
        buffer = buffer.slice(nl + 1);
        messages.push(message);
        if (message.type === 'result' || message.type === 'cancelled') child.stdin.end();
        const reply = answer(message);
        if (reply) child.stdin.write(`${JSON.stringify(reply)}\n`);
      }
    });
    child.on('close', (code) => resolve({ code, messages }));
  });
}

describe('nightleg interview --json (one JSON object per line)', () => {
  it('drives a whole interview: person, read-back with an edit, questions, result', async () => {
    // A woman of 66 with typical night cramps; the reader's "swollen" is corrected to "no" at the read-back.
    const present = new Set(['sudden_muscle_contraction', 'pain_calf', 'relief_stretching_muscle']);
    const { code, messages } = await runJson((m) => {
      if (m.type === 'intro')
        return { age: 66, sex: 'female', text: 'Cramps in my calf at night. My calf looks swollen.' };
      if (m.type === 'readback') return { edits: [{ id: 'one_leg_swollen', state: 'absent' }] };
      if (m.type !== 'question') return undefined;
      const options = m.options as { finding: string }[];
      if (m.kind === 'group')
        return { chosen: options.map((o) => o.finding).filter((id) => present.has(id)) };
      return { answer: present.has(options[0]?.finding as string) ? 'yes' : 'unknown' };
    });
    expect(code).toBe(0);
    const readBack = messages.find((m) => m.type === 'readback') as { understood: { id: string }[] };
    expect(readBack.understood.map((u) => u.id)).toContain('one_leg_swollen');
    const questions = messages.filter((m) => m.type === 'question');
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q).toMatchObject({ id: expect.any(String), kind: expect.any(String), text: expect.any(String) });
      expect(q.progress).toMatchObject({ remainingEstimate: expect.any(Number) });
      // The corrected finding is never asked again.
      expect((q.options as { finding: string }[]).map((o) => o.finding)).not.toContain('one_leg_swollen');
    }
    const estimates = questions.map((q) => (q.progress as { remainingEstimate: number }).remainingEstimate);
    for (let i = 1; i < estimates.length; i++)
      expect((estimates[i] as number) - (estimates[i - 1] as number)).toBeLessThanOrEqual(2);
    const result = messages.at(-1) as {
      type: string;
      questions: number;
      triage: { level: string };
      top: { id: string }[];
      evidence: { id: string; state: string }[];
    };
    expect(result.type).toBe('result');
    expect(result.questions).toBe(questions.length);
    expect(result.evidence).toContainEqual({ id: 'one_leg_swollen', state: 'absent' });
    expect(result.top[0]?.id).toBe('nocturnal_leg_cramps');
    expect(result.triage.level).not.toMatch(/emergency/);
  }, 60_000);

  it('takes per-item group answers ({"items"}), and stops at once on an emergency answer', async () => {
    let screened = false;
    const { code, messages } = await runJson((m) => {
      if (m.type === 'intro') return { age: 70, sex: 'male', text: 'my legs ache at night' };
      if (m.type === 'readback') return { edits: [] };
      if (m.type !== 'question') return undefined;
      const ids = (m.options as { finding: string }[]).map((o) => o.finding);
      if (m.id === 'screen_red_flags') {
        screened = true;
        // "no" to some, "don't know" to one, "yes" to chest pain: an ambulance emergency.
        return {
          items: Object.fromEntries(
            ids.map((id) => [
              id,
              id === 'chest_pain_or_breathless' ? 'present' : id === 'fever' ? 'unknown' : 'absent',
            ]),
          ),
        };
      }
      if (m.kind === 'group') return { items: Object.fromEntries(ids.map((id) => [id, 'unknown'])) };
      return { answer: 'unknown' };
    });
    expect(code).toBe(0);
    expect(screened).toBe(true);
    const last = messages.at(-1) as {
      type: string;
      triage: { level: string };
      evidence: { id: string; state: string }[];
    };
    const before = messages.at(-2) as { type: string; id: string };
    // The emergency answer ends the interview: the result follows that question directly.
    expect(before.id).toBe('screen_red_flags');
    expect(last.type).toBe('result');
    expect(last.triage.level).toBe('emergency_ambulance');
    expect(last.evidence).toContainEqual({ id: 'fever', state: 'unknown' });
    expect(last.evidence).toContainEqual({ id: 'one_leg_swollen', state: 'absent' });
  }, 60_000);

  it('read-back edit path: a wrong reading corrected with {"edits"} is evidence, never asked again', async () => {
    const { messages } = await runJson((m) => {
      if (m.type === 'intro')
        return { age: 50, sex: 'female', text: 'my left calf is swollen and hurts at night' };
      if (m.type === 'readback') return { edits: [{ id: 'one_leg_swollen', state: 'absent' }] };
      if (m.type === 'question') return { answer: 'quit' };
      return undefined;
    });
    const readback = messages.find((m) => m.type === 'readback') as { understood: { id: string }[] };
    expect(readback.understood.map((u) => u.id)).toContain('one_leg_swollen');
    const q = messages.find((m) => m.type === 'question') as { options: { finding: string }[] };
    expect(q.options.map((o) => o.finding)).not.toContain('one_leg_swollen');
  }, 60_000);

  it('a bad per-item answer is reported and the same question waits', async () => {
    let bad = false;
    const { messages } = await runJson((m) => {
      if (m.type === 'intro') return { age: 50, sex: 'male' };
      if (m.type === 'readback') return {};
      if (m.type === 'question' && !bad) {
        bad = true;
        return { items: { not_an_option: 'present' } };
      }
      if (m.type === 'error') return { answer: 'quit' };
      return undefined;
    });
    expect((messages.find((m) => m.type === 'error') as { message: string }).message).toMatch(
      /not an option/,
    );
  }, 60_000);

  it('reports a bad line as an error object and waits for a good one', async () => {
    let sentBad = false;
    const { messages } = await runJson((m) => {
      if (m.type === 'intro') return { age: 50, sex: 'male' };
      if (m.type === 'readback') return {};
      if (m.type === 'question' && !sentBad) {
        sentBad = true;
        return { answer: 'maybe' };
      }
      if (m.type === 'error') return { answer: 'quit' };
      return undefined;
    });
    expect(messages.some((m) => m.type === 'error')).toBe(true);
    expect(messages.at(-1)?.type).toBe('cancelled');
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
    readBack: async () => [],
    ask: async (q: Question) => {
      state.asked.push(q);
      return replies.shift() ?? 'unknown';
    },
    error: () => {},
    finish: (result: { triage: { level: string } }) => {
      state.finished = result.triage.level;
    },
    cancelled: () => {},
  });
}

describe('interview loop', () => {
  it('back undoes the last answer and asks that question again', async () => {
    const prompter = scripted([{ chosen: [] }, 'back']);
    await runInterview(prompter);
    expect(prompter.asked[0]?.id).toBe('complaint_where');
    expect(prompter.asked[1]?.id).toBe('complaint_what');
    expect(prompter.asked[2]?.id).toBe('complaint_where');
  });

  it('cancel (Ctrl-C) stops with exit code 130', async () => {
    expect(await runInterview(scripted(['cancel']))).toBe(interviewExitCodes.cancelled);
  });
});
