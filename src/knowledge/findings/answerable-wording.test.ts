import { describe, expect, it } from 'vitest';
import { complaintGroups, historyGroups, screeningGroups } from '../questions.js';
import { findings, findingsById, painNotPresupposed } from './index.js';

/**
 * Questions a person must be able to answer from what they notice (issue #14: none marked unanswerable).
 * Role-play set 12 found three that asked for a judgement a lay person cannot make; these guard the rewording,
 * not the exact words.
 */
const question = (id: string): string => {
  const f = findingsById.get(id);
  if (!f) throw new Error(`no finding ${id}`);
  return f.question;
};

describe('questions ask what a person notices, not a judgement they cannot make', () => {
  it('joint pain is told by what moving the joint or standing on it does, not by "in the joint itself"', () => {
    const q = question('joint_pain_swelling');
    expect(q).not.toMatch(/joint itself/);
    expect(q).toMatch(/moving that joint/);
    expect(q).toMatch(/weight on it/);
    // Still the pain the person is asking about, and still a yes when it spreads beyond the joint.
    expect(q).toMatch(/the pain you are asking about/i);
    expect(q).toMatch(/spreads beyond/);
  });

  it('weakness is asked as the leg feeling weak or giving way, and says what to answer when unsure', () => {
    const q = question('progressive_weakness');
    expect(q).not.toMatch(/because the muscles/);
    expect(q).toMatch(/feels weak or gives way/);
    expect(q).toMatch(/only pain or stiffness .* the answer is no/);
    expect(q).toMatch(/not sure/);
  });

  it('the claudication question asks the standing-still part plainly and says what to answer with half of it', () => {
    const q = question('calf_pain_walking_relieved_standing_still');
    expect(q).toMatch(/stand still/);
    expect(q).toMatch(/without sitting down/);
    expect(q).toMatch(/have not noticed what standing still does, say you are not sure/);
  });

  it('lying with the knees bent over pillows is a flexion relief, not "legs up" (role-play set 12)', () => {
    expect(question('relief_curling_up_or_head_raised')).toMatch(/knees bent up over pillows/);
    expect(question('relief_curling_up_or_head_raised')).toMatch(/head of the bed raised/);
    expect(question('relief_leg_elevation')).toMatch(/legs straight/);
  });

  it('the bloodstream-infection question says whether a skin abscess or injection site counts', () => {
    expect(question('recent_bloodstream_infection')).toMatch(
      /abscess .* counts only if .* got into your blood/,
    );
  });

  it('dying skin includes a dark, dry edge, not only black', () => {
    expect(question('black_or_dying_skin')).toMatch(/black/);
    expect(question('black_or_dying_skin')).toMatch(/dark, dry/);
  });

  it('weight loss from dieting or training is not unexplained weight loss', () => {
    expect(question('weight_loss_night_sweats')).toMatch(/not from dieting or more exercise/);
    expect(question('weight_loss_night_sweats')).toMatch(/either of these/);
  });

  it('the attack-length question asks about the cramp, not a constant ache', () => {
    expect(question('episode_seconds_to_minutes')).toMatch(/When a cramp comes .*not a constant ache/);
    expect(findingsById.get('episode_seconds_to_minutes')?.askIf?.anyPresent).toContain(
      'sudden_muscle_contraction',
    );
  });

  it('joint grinding names the joints instead of an undefined "the joint"', () => {
    expect(question('joint_grinding')).not.toMatch(/the joint/);
    expect(question('joint_grinding')).toMatch(/knee or hip/);
  });

  it('the complaint groups say what to answer for a pain that has not let up, or when nothing eased it', () => {
    const text = (id: string) => complaintGroups.find((g) => g.id === id)?.text ?? '';
    expect(text('complaint_when')).toMatch(/not let up since it began, tick only what makes it worse/);
    expect(text('complaint_relief')).toMatch(/not noticed anything that eases it, answer don't know/);
  });

  it('role-play set 13: each question says what to answer in the case a player could not place', () => {
    // A bone tender all along is not one spot (focal tenderness).
    expect(question('bony_point_tenderness')).toMatch(/tender all along.* answer no/);
    // A foot that dropped all at once is foot_drop's, not weakness getting worse.
    expect(question('progressive_weakness')).toMatch(/dropped all at once .* answer no here/);
    // A twinge at an injury that settled is not a sudden severe pain that stays.
    expect(question('sudden_severe_pain')).toMatch(/stay severe/);
    expect(question('sudden_severe_pain')).toMatch(/twinge at an injury that settled/);
    // A strained muscle is an injury to the leg; a scratch alone is the skin's (skin_break_or_wound).
    expect(question('recent_leg_injury')).toMatch(/strain a muscle/);
    expect(question('recent_leg_injury')).toMatch(/only a scratch or cut in the skin/);
    expect(findingsById.has('skin_break_or_wound')).toBe(true);
    expect(question('joint_pain_swelling')).toMatch(/joint or the muscles around it, say you are not sure/);
    const text = (id: string) => complaintGroups.find((g) => g.id === id)?.text ?? '';
    expect(text('complaint_relief')).toMatch(/more than one kind of leg pain, tick what eases any of them/);
    expect(text('complaint_when')).toMatch(/legs crossed .* asked on its own/);
    expect(findingsById.has('pressure_at_knee')).toBe(true);
  });

  it('role-play set 14: each question says what to answer in the case a player could not place', () => {
    // Tired from bad nights, or a little dizzy, is not the sepsis sign.
    expect(question('systemic_illness')).toMatch(/not just tired after bad nights/);
    expect(question('systemic_illness')).toMatch(/have to sit or lie down again/);
    // Slow or lying-flat breathlessness is its own question; sleeping off drink is not a faint.
    expect(question('chest_pain_or_breathless')).toMatch(
      /not breathing that got worse slowly, or only when lying flat/,
    );
    expect(question('chest_pain_or_breathless')).toMatch(/sleeping off drink or drugs does not count/);
    expect(findingsById.has('breathless_lying_flat_or_gradual')).toBe(true);
    // A pain worst on the first steps in the morning is not end-of-day pain.
    expect(question('worse_end_of_day_standing')).toMatch(
      /worst on your first steps in the morning, answer no/,
    );
    // Something felt to give is an injury to the leg.
    expect(question('recent_leg_injury')).toMatch(/feel something tear or give in it/);
    // Pillows for breathing are not relief by bending the spine.
    expect(question('relief_curling_up_or_head_raised')).toMatch(
      /only to breathe more easily, that is not this/,
    );
    // One attack that has not let up is answered by what makes it worse, in the follow-up too.
    const when = complaintGroups.find((g) => g.id === 'complaint_when');
    expect(when?.followUpText).toMatch(/not let up since it began, tick only what makes it worse/);
  });

  it.each([
    'systemic_illness',
    'chest_pain_or_breathless',
    'worse_end_of_day_standing',
    'bony_point_tenderness',
    'sudden_severe_pain',
    'recent_leg_injury',
    'joint_pain_swelling',
    'progressive_weakness',
    'calf_pain_walking_relieved_standing_still',
    'relief_curling_up_or_head_raised',
    'relief_leg_elevation',
    'recent_bloodstream_infection',
    'black_or_dying_skin',
    'weight_loss_night_sweats',
    'episode_seconds_to_minutes',
    'joint_grinding',
  ])('%s is still one question', (id) => {
    expect(question(id).match(/\?/g)).toHaveLength(1);
  });
});

/** Wording that takes a pain for granted ("is the pain…", "where it hurts", "the sore side"). */
const presupposesPainWording = /\bthe pain\b|\bpainful\b|\bit hurts?\b|\bsore side\b|\b(calf|shin) pain\b/i;

/** Whether a precondition waits for a pain (issue #14): the gate itself, or the gate's alternatives in its anyOf. */
const waitsForPain = (id: string): boolean => {
  const askIf = findingsById.get(id)?.askIf;
  if (!askIf) return false;
  if (askIf === painNotPresupposed) return true;
  const gate = painNotPresupposed.anyOf ?? [];
  return gate.every((alternative) => askIf.anyOf?.includes(alternative));
};

/**
 * Questions worded about a pain that stay askable without one, each for a reason: the questions that find out
 * what the complaint feels like (a feeling that is not pain answers no), and signs of an emergency, whose no is
 * a plain answer and which are never held back.
 */
const painWordingAskedAnyway = new Set([
  'burning_pain',
  'sharp_shooting_pain',
  'pain_radiates_down_leg',
  'pain_out_of_proportion',
  'pain_moving_toes',
  'hot_swollen_joint',
  'spreading_redness',
  'dusky_skin_blisters',
]);

describe('questions that take a pain for granted wait for one (issue #14, role-play set 14)', () => {
  it('every question worded about "the pain" declares the precondition, or is a listed exception', () => {
    const undeclared = findings
      .filter((f) => presupposesPainWording.test(f.question))
      .filter((f) => !waitsForPain(f.id) && !painWordingAskedAnyway.has(f.id))
      .map((f) => f.id);
    expect(undeclared).toEqual([]);
  });

  it('the exceptions still use pain wording (a stale entry is removed)', () => {
    for (const id of painWordingAskedAnyway) expect(question(id), id).toMatch(presupposesPainWording);
  });

  it.each([
    'joint_pain_swelling',
    'bone_lump',
    'relief_anti_inflammatory',
    'pain_lying_on_side',
    'heel_pain_first_steps',
    'ankle_bruise_without_knock',
  ])('%s waits for a pain', (id) => {
    expect(waitsForPain(id)).toBe(true);
  });

  it.each([
    ['wakes_after_hour_or_two', /^Does it come on only after/],
    ['symptoms_over_two_weeks', /^Has it been there on most nights/],
    ['pain_unrelieved_by_position', /the same whatever position/i],
    ['cool_limb', /the foot or leg that troubles you/],
    ['one_leg_warm_red', /the leg that troubles you/],
    ['visible_surface_veins', /the leg that troubles you/],
  ] as const)('%s is worded for any complaint, not only a pain', (id, wording) => {
    expect(question(id)).toMatch(wording);
    expect(question(id)).not.toMatch(presupposesPainWording);
  });

  it('no grouped question is worded about "the painful leg": the red-flag screens are asked of every complaint', () => {
    for (const g of [...complaintGroups, ...screeningGroups, ...historyGroups])
      expect(g.text, g.id).not.toMatch(presupposesPainWording);
  });
});

describe('one idea per question (role-play set 15)', () => {
  it('a pain no position changes is asked of position alone, not of whether anything at all eases it', () => {
    const q = question('pain_unrelieved_by_position');
    expect(q).not.toMatch(/nothing ease/i);
    expect(q).toMatch(/whatever position/);
    expect(q).toMatch(/tablets help does not matter/);
  });

  it('worse lying flat is asked against lying curled on the side, so "worse when I lie down" is not its answer', () => {
    expect(question('worse_lying_flat')).toMatch(
      /flat on your back than when you lie curled up on your side/,
    );
  });

  it('the timing question says its options fit a single attack too', () => {
    const when = complaintGroups.find((g) => g.id === 'complaint_when');
    expect(when?.text).toMatch(/not only for something that happens every night/);
  });
});
