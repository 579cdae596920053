import { describe, expect, it } from 'vitest';
import { caseResultSchema, compactResultSchema } from '../server/schemas.js';
import { exitCodes, runAssess } from './assess.js';
import { parseEvidenceFlag } from './evidence-flag.js';
import { buildProgram } from './main.js';
import { memoryIo } from './test-io.js';

describe('nightleg assess (single case)', () => {
  it('prints urgency first, in plain words, with the disclaimer', async () => {
    const io = memoryIo();
    const code = await runAssess({ age: '67', sex: 'female', evidence: 'one_leg_swollen,pain_calf' }, io);
    expect(code).toBe(exitCodes.ok);
    expect(io.out().split('\n')[0]).toBe('URGENCY: SEE A DOCTOR WITHIN 24 HOURS');
    expect(io.out()).toContain('not a diagnosis');
  });

  it('--json prints the compact result, --view full the whole one; both validate against the API schemas', async () => {
    const io = memoryIo();
    await runAssess({ age: '67', sex: 'male', evidence: 'saddle_numbness', json: true }, io);
    const compact = compactResultSchema.parse(JSON.parse(io.out()));
    expect(compact.triage.level).toBe('emergency');
    expect(compact.causes[0]?.band).toBe('rule_out_first');
    expect(compact.causes[0]).not.toHaveProperty('redFlagRules');
    expect(compact).not.toHaveProperty('question');
    const explained = memoryIo();
    await runAssess(
      { age: '67', sex: 'male', evidence: 'saddle_numbness', json: true, include: 'explanations' },
      explained,
    );
    const withWhy = compactResultSchema.parse(JSON.parse(explained.out()));
    expect(withWhy.causes[0]?.redFlagRules?.length).toBeGreaterThan(0);
    expect(withWhy.causes[0]?.for).toContain('saddle_numbness');
    const listed = memoryIo();
    await runAssess({ age: '67', sex: 'male', json: true, include: 'unanswered' }, listed);
    const open = compactResultSchema.parse(JSON.parse(listed.out())).triage;
    expect(open.unanswered).toHaveLength(open.unansweredCount);
    expect(open.unanswered).toContain('saddle_numbness');
    const full = memoryIo();
    await runAssess({ age: '67', sex: 'male', evidence: 'saddle_numbness', json: true, view: 'full' }, full);
    const result = caseResultSchema.parse(JSON.parse(full.out()));
    expect(result.conditions[0]).toHaveProperty('supporting');
    expect(result.conditions.map((c: { id: string }) => c.id)).toContain('other');
    const asked = memoryIo();
    await runAssess({ age: '50', sex: 'female', json: true, include: 'question' }, asked);
    // Nothing said about the complaint: its shape is asked first, then the red-flag screen.
    const first = compactResultSchema.parse(JSON.parse(asked.out())).question;
    expect(first?.phase).toBe('complaint');
    expect(first?.id).toBe('complaint_where');
    const shaped = memoryIo();
    await runAssess(
      {
        age: '50',
        sex: 'female',
        evidence: 'pain_calf,sudden_muscle_contraction,wakes_after_hour_or_two,relief_stretching_muscle',
        json: true,
        include: 'question',
      },
      shaped,
    );
    // With the shape given, a group it partly answered is asked only as a follow-up for its open options
    // (what was said is kept), or the red-flag screen comes next.
    const next = compactResultSchema.parse(JSON.parse(shaped.out())).question;
    expect(next?.id).not.toBe('complaint_where');
    if (next?.phase === 'complaint') {
      expect(next.text).toMatch(/what you have told us is kept/);
      expect(next.options?.map((o) => o.finding)).not.toContain('sudden_muscle_contraction');
    } else expect(next?.phase).toBe('red_flag_screen');
  });

  it('rejects an unknown --view or --include with exit code 2, naming the flag', async () => {
    for (const [options, message] of [
      [{ view: 'tiny' }, /--view: must be one of: compact, full/],
      [{ include: 'question,charts' }, /--include: unknown part "charts"/],
    ] as const) {
      for (const batch of [false, true]) {
        const io = memoryIo('');
        const flags = batch ? { json: true, ...options } : { age: '50', sex: 'male', json: true, ...options };
        expect(await runAssess(flags, io)).toBe(exitCodes.badInput);
        expect(io.err()).toMatch(message);
        expect(io.out()).toBe('');
      }
    }
  });

  it.each([
    [{ age: '12', sex: 'female' }, /for adults \(18 and over\)/],
    [{ age: 'abc', sex: 'female' }, /--age: must be a number of years/],
    [{ sex: 'female' }, /--age: is required/],
    [{ age: '40' }, /sex: is required: "female" or "male"/],
    [{ age: '40', sex: 'other' }, /sex: must be "female" or "male"/],
    [{ age: '40', sex: 'male', evidence: 'pain_calf,not_a_finding' }, /unknown finding id "not_a_finding"/],
  ])('rejects bad input %j with exit code 2 and a message naming the field', async (options, message) => {
    const io = memoryIo();
    expect(await runAssess(options, io)).toBe(exitCodes.badInput);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });
});

describe('nightleg assess --json (batch from stdin)', () => {
  it('answers every line, echoing ids, and reports bad lines without stopping', async () => {
    const lines = [
      '{"id":"c1","age":67,"sex":"female","evidence":[{"id":"sudden_muscle_contraction","state":"present"}]}',
      'this is not json',
      '{"id":"c3","age":16,"sex":"male"}',
      '',
      '{"id":"c5","age":70,"sex":"male","evidence":[{"id":"nope","state":"present"}]}',
      '{"id":"c6","age":70,"sex":"male","evidence":[{"id":"chest_pain_or_breathless","state":"present"},{"id":"one_leg_swollen","state":"present"}]}',
    ];
    const io = memoryIo(`${lines.join('\n')}\n`);
    const code = await runAssess({ json: true }, io);
    const out = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].id).toBe('c1');
    // One cramp feature and no warning-sign question answered: provisional, never self-care.
    expect(out[0].triage.level).toBe('consultation');
    expect(out[0].triage.provisional).toBe(true);
    expect(out[0].triage.unansweredCount).toBeGreaterThan(0);
    // The open questions' ids only with --include unanswered (a compact result stays small).
    expect(out[0].triage).not.toHaveProperty('unanswered');
    expect(out[1]).toMatchObject({ id: null, error: { message: expect.stringContaining('not valid JSON') } });
    expect(out[2]).toMatchObject({ id: 'c3', error: { message: expect.stringContaining('adults') } });
    expect(out[3]).toMatchObject({ id: 'c5', error: { message: expect.stringContaining('evidence[0].id') } });
    expect(out[4].triage.level).toBe('emergency_ambulance');
    expect(code).toBe(exitCodes.batchErrors);
  });

  it('--threads 2: the same output, in input order, with bad lines reported by line number, as the main thread alone', async () => {
    const good = (n: number) =>
      JSON.stringify({
        id: `t${n}`,
        age: 20 + (n % 70),
        sex: n % 2 ? 'male' : 'female',
        evidence: [{ id: n % 3 ? 'pain_calf' : 'one_leg_swollen', state: n % 5 ? 'present' : 'absent' }],
      });
    // Over three chunks (chunkLines 256), with bad and blank lines scattered through them.
    const lines = Array.from({ length: 700 }, (_, n) =>
      n % 97 === 5 ? 'not json' : n % 131 === 7 ? '' : n % 151 === 9 ? '{"id":"x","age":5}' : good(n),
    );
    const input = `${lines.join('\n')}\n`;
    const alone = memoryIo(input);
    const threaded = memoryIo(input);
    const codeAlone = await runAssess({ json: true, threads: '0' }, alone);
    const codeThreaded = await runAssess({ json: true, threads: '2' }, threaded);
    expect(threaded.out()).toBe(alone.out());
    expect(codeThreaded).toBe(codeAlone);
    expect(codeThreaded).toBe(exitCodes.batchErrors);
    const out = threaded
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.filter((l) => l !== '').length);
    expect(out.find((o) => o.error?.message.includes('not valid JSON'))?.line).toBe(6);
    expect(out.at(-1).id).toBe('t699');
    const bad = memoryIo(input);
    expect(await runAssess({ json: true, threads: 'two' }, bad)).toBe(exitCodes.badInput);
    expect(bad.err()).toContain('--threads');
  }, 60_000);

  it('--view full gives the whole result on every line, text read where there is text', async () => {
    const lines = [
      '{"id":"a","age":67,"sex":"female","evidence":[{"id":"pain_calf","state":"present"}]}',
      '{"id":"b","age":40,"sex":"male","text":"my calf cramps at night"}',
    ];
    const io = memoryIo(`${lines.join('\n')}\n`);
    expect(await runAssess({ json: true, view: 'full' }, io)).toBe(exitCodes.ok);
    const out = io
      .out()
      .trim()
      .split('\n')
      .map((l) => caseResultSchema.parse(JSON.parse(l)));
    expect(out.map((r) => r.id)).toEqual(['a', 'b']);
    expect(out[1]?.understood?.findings.map((f) => f.id)).toContain('sudden_muscle_contraction');
  });
});

describe('evidence flag', () => {
  it('reads present, !absent and ?unknown', () => {
    expect(parseEvidenceFlag('a, !b,?c,,')).toEqual([
      { id: 'a', state: 'present' },
      { id: 'b', state: 'absent' },
      { id: 'c', state: 'unknown' },
    ]);
  });
});

describe('catalog commands', () => {
  it('lists findings and conditions as text and JSON', async () => {
    const io = memoryIo();
    await buildProgram(io).parseAsync(['node', 'nightleg', 'findings', '--json']);
    const list = JSON.parse(io.out());
    expect(list.find((f: { id: string }) => f.id === 'saddle_numbness')?.sources.length).toBeGreaterThan(0);
    const io2 = memoryIo();
    await buildProgram(io2).parseAsync(['node', 'nightleg', 'conditions']);
    expect(io2.out()).toContain('restless_legs_syndrome');
  });
});
