import { describe, expect, it } from 'vitest';
import { askBeforeStopping, atLeastAsUrgent, findingsById } from '../knowledge/index.js';
import { type Answer, answerEvidence } from './answers.js';
import { assess } from './assess.js';
import type { Case, EvidenceItem, Question } from './types.js';

/**
 * Plays an interview: `story` answers the questions it knows ("yes" / "no"), everything else is "don't know"
 * (a screen is answered "none of these"). Returns the ids asked, in order, and the case at the stop.
 */
function play(
  start: Case,
  told: Readonly<Record<string, 'present' | 'absent'>>,
  base: Readonly<Record<string, 'present' | 'absent'>> = thighAche,
) {
  const story: Readonly<Record<string, 'present' | 'absent'>> = { ...base, ...told };
  let evidence: EvidenceItem[] = [...start.evidence];
  const asked: string[] = [];
  for (let step = 0; step < 40; step++) {
    const a = assess({ ...start, evidence });
    if (a.shouldStop) return { asked, final: a };
    const q = a.question as Question;
    asked.push(...q.options.map((o) => o.finding));
    const items: Record<string, 'present' | 'absent'> = {};
    for (const o of q.options) {
      const told = story[o.finding] ?? (q.phase === 'red_flag_screen' ? 'absent' : undefined);
      if (told) items[o.finding] = told;
    }
    const answer: Answer =
      q.kind === 'single'
        ? items[q.id] === 'present'
          ? 'yes'
          : items[q.id] === 'absent'
            ? 'no'
            : 'unknown'
        : { items };
    evidence = [...evidence, ...answerEvidence(q, answer)];
  }
  throw new Error('interview did not stop');
}

// A 72-year-old woman with a deep ache in the thigh for two months, worse at night: a clinician asks about
// thin bones and bone medicines (long-term alendronate brings the atypical femoral fracture, S363).
// What she answers when asked: the ache is in the thigh and groin, in bed at night, not down the leg, not in
// the back, no numbness, not everywhere; she cannot say the rest.
const thighAche = {
  pain_hip_groin: 'present',
  evening_night_worse: 'present',
  pain_radiates_down_leg: 'absent',
  back_pain: 'absent',
  numbness_tingling: 'absent',
  widespread_pain: 'absent',
  pain_knee: 'absent',
  pain_calf: 'absent',
  pain_feet_toes: 'absent',
} as const;
const thighAcheAt72: Case = {
  age: 72,
  sex: 'female',
  evidence: [
    { id: 'pain_buttock_thigh', state: 'present' },
    { id: 'deep_aching_pain', state: 'present' },
    { id: 'symptoms_over_two_weeks', state: 'present' },
  ],
};

describe('before stopping: the must-not-miss history question (askBeforeStopping) whose yes would change what the person is told', () => {
  it('a thigh ache at 72 asks about thin bones, and after a yes, the bone-strengthening medicine', () => {
    const { asked } = play(thighAcheAt72, { osteoporosis: 'present' });
    expect(asked).toContain('osteoporosis');
    expect(asked).toContain('takes_bisphosphonate');
    // The clinician's order: the medicine question's precondition (thin bones told) comes first.
    expect(asked.indexOf('osteoporosis')).toBeLessThan(asked.indexOf('takes_bisphosphonate'));
  });

  it('a "yes" to both brings the fracture into the causes shown', () => {
    const { final } = play(thighAcheAt72, { osteoporosis: 'present', takes_bisphosphonate: 'present' });
    expect(final.conditions.slice(0, 3).map((c) => c.id)).toContain('fracture');
    // The medicine with a thigh ache is the atypical fracture's warning: a doctor and an X-ray (S363), the rule
    // names fracture first.
    expect(atLeastAsUrgent(final.triage.level, 'consultation')).toBe(true);
    expect(final.triage.reasons.map((r) => r.id)).toContain('thigh_or_groin_pain_on_bone_medicine');
  });

  it('a "no" to thin bones never asks the bone medicine (its precondition is false)', () => {
    const { asked } = play(thighAcheAt72, { osteoporosis: 'absent' });
    expect(asked).toContain('osteoporosis');
    expect(asked).not.toContain('takes_bisphosphonate');
  });

  it('asks only flagged findings before stopping, not the other history a yes could reshuffle', () => {
    const { asked } = play(thighAcheAt72, { osteoporosis: 'present' });
    // After the screen and where it is felt: thin bones, then the bone medicine, then the stop.
    expect(asked.slice(-2)).toEqual(['osteoporosis', 'takes_bisphosphonate']);
    const singles = asked.filter((id) =>
      ['history', 'medication'].includes(findingsById.get(id)?.group ?? ''),
    );
    for (const id of singles) expect(askBeforeStopping.has(id), id).toBe(true);
  });

  it('a burning numb patch on the outer thigh at 38: a thigh pain alone does not bring the bone questions', () => {
    // A double "yes" (thin bones, then the medicine) would fire the thigh-ache-on-bone-medicine rule, but a
    // fracture would still not be among the three likeliest causes: no clinician asks it here.
    const patch: Case = {
      age: 38,
      sex: 'male',
      evidence: [
        { id: 'pain_buttock_thigh', state: 'present' },
        { id: 'burning_pain', state: 'present' },
        { id: 'numbness_tingling', state: 'present' },
      ],
    };
    const { asked } = play(patch, {}, { evening_night_worse: 'present', back_pain: 'absent' });
    expect(asked).not.toContain('osteoporosis');
    expect(asked).not.toContain('takes_bisphosphonate');
  });

  it('cramps in both calves at 35: no guarded cause is in play, so no flagged question is asked', () => {
    const cramps: Case = {
      age: 35,
      sex: 'female',
      evidence: [
        { id: 'sudden_muscle_contraction', state: 'present' },
        { id: 'pain_calf', state: 'present' },
        { id: 'bilateral_symptoms', state: 'present' },
        { id: 'symptoms_over_two_weeks', state: 'present' },
      ],
    };
    const { asked } = play(cramps, {}, { evening_night_worse: 'present', back_pain: 'absent' });
    for (const id of ['osteoporosis', 'takes_bisphosphonate', 'prosthetic_joint', 'recent_infection'])
      expect(asked).not.toContain(id);
  });
});

describe('a tender spot on a bone opens the training question (a stress fracture, S355)', () => {
  // A 24-year-old with a shin that aches in bed; when asked she says one spot on the bone is tender to press.
  const tenderShin: Case = {
    age: 24,
    sex: 'female',
    evidence: [
      { id: 'pain_shin', state: 'present' },
      { id: 'evening_night_worse', state: 'present' },
      { id: 'bony_point_tenderness', state: 'present' },
    ],
  };
  const shin = { pain_shin: 'present', evening_night_worse: 'present', back_pain: 'absent' } as const;

  it('asks whether training was stepped up, and a "yes" brings the fracture into the causes shown', () => {
    const { asked, final } = play(tenderShin, { training_increase: 'present' }, shin);
    expect(asked).toContain('training_increase');
    expect(final.conditions.slice(0, 3).map((c) => c.id)).toContain('fracture');
    const no = play(tenderShin, { training_increase: 'absent' }, shin).final;
    const p = (a: typeof final) => a.conditions.find((c) => c.id === 'fracture')?.probability ?? 0;
    expect(p(final)).toBeGreaterThan(p(no));
  });

  it('without a tender spot the training question is not asked (its precondition is false)', () => {
    const noSpot: Case = {
      ...tenderShin,
      evidence: [...tenderShin.evidence.slice(0, 2), { id: 'bony_point_tenderness', state: 'absent' }],
    };
    expect(play(noSpot, {}, shin).asked).not.toContain('training_increase');
  });
});
