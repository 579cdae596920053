import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './app.js';
import { interviewNextResponseSchema } from './schemas.js';

type State = 'present' | 'absent' | 'unknown';
interface Item {
  id: string;
  state: State;
}

/** A simulated person: what they would answer about each finding (silence = "don't know"). */
interface Patient {
  age: number;
  sex: 'female' | 'male';
  present: readonly string[];
  absent: readonly string[];
  /** Answers "don't know" to everything, whatever the truth. */
  unsure?: boolean;
}

const crampsPatient: Patient = {
  age: 64,
  sex: 'female',
  present: [
    'sudden_muscle_contraction',
    'episode_seconds_to_minutes',
    'pain_calf',
    'relief_stretching_muscle',
    'evening_night_worse',
    'starts_at_rest',
    'muscle_sore_afterwards',
    'takes_diuretic',
  ],
  absent: ['one_leg_swollen', 'fever', 'urge_to_move_legs', 'back_pain', 'chest_pain_or_breathless'],
};

const dvtEmergencyPatient: Patient = {
  age: 58,
  sex: 'male',
  present: [
    'one_leg_swollen',
    'one_leg_warm_red',
    'calf_tender_along_veins',
    'pain_calf',
    'recent_surgery_or_bedridden',
    'chest_pain_or_breathless',
    'pitting_oedema',
  ],
  absent: ['sudden_muscle_contraction'],
};

const unsurePatient: Patient = { age: 45, sex: 'male', present: [], absent: [], unsure: true };

/**
 * Run a whole interview through POST /v1/interview/next only, as a client would: keep the case, send it,
 * append the answer to the question, repeat until `shouldStop`.
 */
async function runInterview(app: FastifyInstance, patient: Patient) {
  const evidence: Item[] = [];
  const asked: string[] = [];
  let lastEstimate: number | undefined;
  for (let step = 0; step < 80; step++) {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/interview/next?view=full',
      payload: {
        age: patient.age,
        sex: patient.sex,
        evidence,
        ...(lastEstimate === undefined ? {} : { lastEstimate }),
      },
    });
    expect(res.statusCode).toBe(200);
    const body = interviewNextResponseSchema.parse(res.json());
    expect(body.progress.answered).toBe(new Set(evidence.map((e) => e.id)).size);
    if (lastEstimate !== undefined)
      expect(body.progress.remainingEstimate - lastEstimate).toBeLessThanOrEqual(2);
    lastEstimate = body.progress.remainingEstimate;
    if (body.shouldStop) {
      expect(body.question).toBeNull();
      return { asked, result: body.result, evidence };
    }
    const question = body.question;
    if (!question) throw new Error('no question although shouldStop is false');
    const ids = question.options.map((o) => o.finding);
    // Nothing is asked twice (a red-flag screen may come back, but only with the options still open).
    expect(ids.some((id) => evidence.some((e) => e.id === id))).toBe(false);
    asked.push(question.id);
    if (question.kind === 'single') {
      const id = ids[0] as string;
      const state: State = patient.unsure
        ? 'unknown'
        : patient.present.includes(id)
          ? 'present'
          : patient.absent.includes(id)
            ? 'absent'
            : 'unknown';
      evidence.push({ id, state });
    } else if (patient.unsure) {
      // "don't know" = every option unknown
      for (const id of ids) evidence.push({ id, state: 'unknown' });
    } else {
      // chosen options present; "none of these" = all absent; an unticked option as `unticked` says
      const chosen = ids.filter((id) => patient.present.includes(id));
      for (const id of ids) {
        if (chosen.length === 0) evidence.push({ id, state: 'absent' });
        else if (chosen.includes(id)) evidence.push({ id, state: 'present' });
        else if (question.unticked === 'unknown') evidence.push({ id, state: 'unknown' });
      }
    }
  }
  throw new Error('the interview did not stop within 80 questions');
}

describe('a whole interview through POST /v1/interview/next only', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
    await app.ready();
  });
  afterAll(() => app.close());

  it('night cramps: stops with cramps on top and self-care', async () => {
    const { asked, result } = await runInterview(app, crampsPatient);
    expect(asked.length).toBeGreaterThan(0);
    expect(result.conditions[0]?.id).toBe('nocturnal_leg_cramps');
    expect(['self_care', 'consultation']).toContain(result.triage.level);
  });

  it('DVT with breathlessness: stops early with an emergency', async () => {
    const { asked, result } = await runInterview(app, dvtEmergencyPatient);
    expect(['emergency_ambulance', 'emergency']).toContain(result.triage.level);
    expect(result.conditions.slice(0, 2).map((c) => c.id)).toContain('deep_vein_thrombosis');
    expect(asked.length).toBeLessThan(10);
  });

  it('"don\'t know" to everything still ends, and nothing is asked twice', async () => {
    const { asked, evidence } = await runInterview(app, unsurePatient);
    expect(asked.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.state === 'unknown')).toBe(true);
  });
});

describe('read back and correct: the understood findings are evidence the client edits and resends', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
    await app.ready();
  });
  afterAll(() => app.close());

  const next = async (payload: object) => {
    const res = await app.inject({ method: 'POST', url: '/v1/interview/next?view=full', payload });
    expect(res.statusCode).toBe(200);
    return interviewNextResponseSchema.parse(res.json());
  };

  it('a finding read wrongly from the text is corrected by sending it back as evidence', async () => {
    const text = 'My right calf is swollen and aches at night, and I get cramps.';
    const first = await next({ age: 45, sex: 'male', evidence: [], text });
    const understood = first.result.understood?.findings ?? [];
    expect(understood).toContainEqual(expect.objectContaining({ id: 'one_leg_swollen', state: 'present' }));
    expect(first.result.evidence).toContainEqual({ id: 'one_leg_swollen', state: 'present', side: 'right' });

    // The person says the calf is not swollen: the client sends the same text and the edit as evidence.
    const edited = await next({
      age: 45,
      sex: 'male',
      evidence: [{ id: 'one_leg_swollen', state: 'absent' }],
      text,
    });
    expect(edited.result.evidence).toContainEqual({ id: 'one_leg_swollen', state: 'absent' });
    expect(edited.result.evidence.filter((e) => e.id === 'one_leg_swollen')).toHaveLength(1);
    const dvt = (r: typeof first) =>
      r.result.conditions.find((c) => c.id === 'deep_vein_thrombosis')?.probability ?? 0;
    expect(dvt(edited)).toBeLessThan(dvt(first));

    // Or the client drops the text and sends every understood finding, edited, as evidence: same result.
    const resent = await next({
      age: 45,
      sex: 'male',
      evidence: understood.map(({ id, state, side }) => ({
        id,
        state: id === 'one_leg_swollen' ? 'absent' : state,
        ...(side && id !== 'one_leg_swollen' ? { side } : {}),
      })),
    });
    expect(resent.result.triage.level).toBe(edited.result.triage.level);
    expect(resent.result.conditions[0]?.id).toBe(edited.result.conditions[0]?.id);
    expect(resent.question?.id).toBe(edited.question?.id);
  });
});

describe('answers sent with the case (`answer`): per-item group answers, tick lists, and voice', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ logLevel: 'silent', rateLimit: 0 });
    await app.ready();
  });
  afterAll(() => app.close());
  const post = (payload: object, view = 'full') =>
    app.inject({ method: 'POST', url: `/v1/interview/next?view=${view}`, payload });

  it('a per-item group answer becomes exactly that evidence, returned as `answered`', async () => {
    const base = { age: 60, sex: 'female' as const, evidence: [] as Item[] };
    const first = interviewNextResponseSchema.parse((await post(base)).json());
    const q = first.question;
    if (q?.kind !== 'group') throw new Error('expected a group question first');
    const [a, b, c] = q.options.map((o) => o.finding) as [string, string, string];
    const res = await post({
      ...base,
      answer: { question: q.id, items: { [a]: 'absent', [b]: 'unknown', [c]: 'present' } },
    });
    expect(res.statusCode).toBe(200);
    const step = interviewNextResponseSchema.parse(res.json());
    // Listed options take their state; an unlisted one counts as unticked, as `question.unticked` says.
    const rest = q.options.slice(3).map((o) => o.finding);
    expect(step.answered).toEqual([
      { id: a, state: 'absent' },
      { id: b, state: 'unknown' },
      { id: c, state: 'present' },
      ...(q.unticked === 'unknown' ? rest.map((id) => ({ id, state: 'unknown' })) : []),
    ]);
    // The same as appending that evidence by hand.
    const byHand = interviewNextResponseSchema.parse(
      (await post({ ...base, evidence: step.answered })).json(),
    );
    expect(byHand.question?.id).toBe(step.question?.id);
    expect(byHand.result.evidence).toEqual(step.result.evidence);
  });

  it('a tick list leaves unticked options unknown or open, never absent', async () => {
    const base = { age: 60, sex: 'female' as const, evidence: [] as Item[] };
    const q = interviewNextResponseSchema.parse((await post(base)).json()).question;
    if (!q) throw new Error('expected a question');
    const first = q.options[0]?.finding as string;
    const step = interviewNextResponseSchema.parse(
      (await post({ ...base, answer: { question: q.id, chosen: [first] } })).json(),
    );
    expect(step.answered?.find((e) => e.id === first)?.state).toBe('present');
    expect(step.answered?.some((e) => e.state === 'absent')).toBe(false);
  });

  it('refuses an answer to another question, an option the question does not have, or two answers at once', async () => {
    const base = { age: 60, sex: 'female' as const, evidence: [] as Item[] };
    const q = interviewNextResponseSchema.parse((await post(base)).json()).question;
    if (!q) throw new Error('expected a question');
    const wrongQuestion = await post({ ...base, answer: { question: 'screen_nerves', chosen: [] } });
    expect(wrongQuestion.statusCode).toBe(400);
    expect(wrongQuestion.json().detail).toMatch(/not the question this case asks next/);
    const wrongOption = await post({ ...base, answer: { question: q.id, items: { fever: 'present' } } });
    expect(wrongOption.statusCode).toBe(400);
    expect(wrongOption.json().detail).toMatch(/"fever" is not an option/);
    const both = await post({ ...base, answer: { question: q.id, chosen: [], answer: 'unknown' } });
    expect(both.statusCode).toBe(400);
    const badState = await post({
      ...base,
      answer: { question: q.id, items: { [q.options[0]?.finding as string]: 'yes' } },
    });
    expect(badState.statusCode).toBe(400);
  });

  it("a relative's account: voice is `other` and the questions speak of the person asked about", async () => {
    for (const view of ['full', 'compact']) {
      const res = await post(
        { age: 81, sex: 'female', evidence: [], text: 'mum keeps crying out in the night with her legs' },
        view,
      );
      const step = res.json();
      expect(step.voice).toBe('other');
      const words = [step.question.text, ...step.question.options.map((o: { text: string }) => o.text)].join(
        ' ',
      );
      expect(words).not.toMatch(/\byou(r)?\b/i);
      expect(words).toMatch(/\b(they|their|them)\b/i);
    }
    const own = (await post({ age: 81, sex: 'female', evidence: [], text: 'my legs hurt at night' })).json();
    expect(own.voice).toBe('self');
    expect(own.question.options.map((o: { text: string }) => o.text).join(' ')).toMatch(/\byour?\b/i);
    const es = (
      await post({
        age: 81,
        sex: 'female',
        evidence: [],
        lang: 'es',
        text: 'mi madre se queja de dolor en las piernas por la noche',
      })
    ).json();
    expect(es.voice).toBe('other');
    expect(es.question.text).toMatch(/^Sobre la persona por la que consulta:/);
  });
});
