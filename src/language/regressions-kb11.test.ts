import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/** Recognisable look-alikes the tool carries under `other` (issue #12), read from our own wordings. */
const stateOf = (text: string, id: string, lang: 'en' | 'es' = 'en') =>
  understand(text, lang).findings.find((f) => f.id === id)?.state;

describe('polymyalgia: both shoulders stiff as well as the hips (S418)', () => {
  it.each([
    'Both shoulders and both hips are stiff and sore every morning, I am 68.',
    'My hips ache at night and my shoulders are just as bad, stiff for an hour after I get up.',
    "Mum can't lift her arms up to brush her hair and her thighs ache in bed.",
    'Aching in the tops of my legs and across both shoulders since last month.',
  ])('"%s" → shoulder_girdle_stiffness', (text) => {
    expect(stateOf(text, 'shoulder_girdle_stiffness')).toBe('present');
  });

  it.each(['My thighs ache at night.', 'Hip pain when I lie on it.'])(
    '"%s" → no shoulder finding',
    (text) => {
      expect(stateOf(text, 'shoulder_girdle_stiffness')).toBeUndefined();
    },
  );
});

describe('plantar heel pain: first steps after rest (S415)', () => {
  it.each([
    'Stabbing under the heel with my first steps out of bed.',
    'The first few steps in the morning my heel is agony, then it wears off.',
    'Her heel is worst first thing and after sitting down for a while.',
  ])('"%s" → heel_pain_first_steps', (text) => {
    expect(stateOf(text, 'heel_pain_first_steps')).toBe('present');
  });
});

describe("Morton's neuroma: a pebble under the ball of the foot (S478)", () => {
  it.each([
    'Burning between my 2nd and 3rd toes, as if there is a stone in my shoe.',
    'It feels like standing on a marble under the ball of my foot.',
    'A shooting pain between two of his toes whenever he wears tight shoes.',
    'Like a fold in my sock under the toes, and they tingle.',
  ])('"%s" → forefoot_pebble_pain', (text) => {
    expect(stateOf(text, 'forefoot_pebble_pain')).toBe('present');
  });

  it.each([
    'Both feet feel like walking on pebbles and are numb.',
    'Like treading on a stone under my heel in the morning.',
  ])('"%s" → not the forefoot pebble (a neuropathy, a heel)', (text) => {
    expect(stateOf(text, 'forefoot_pebble_pain')).toBeUndefined();
  });
});

describe('chilblains: itchy toes after the cold (S479)', () => {
  it.each([
    'I get chilblains on my little toes every winter.',
    'Since the icy spell my toes are itchy and swollen and burn in a warm bed.',
    'Itchy purple toes after standing in the snow, worse when they warm up.',
  ])('"%s" → toes_red_itchy_after_cold', (text) => {
    expect(stateOf(text, 'toes_red_itchy_after_cold')).toBe('present');
  });

  it('itchy toes with no cold in the story are not chilblains', () => {
    expect(stateOf('My toes are itchy between them.', 'toes_red_itchy_after_cold')).toBeUndefined();
  });
});

describe('a calf tear: a pull or pop on effort (S480)', () => {
  it.each([
    'Felt a pop in my calf sprinting for the train.',
    'I pulled my calf at football on Saturday and it throbs in bed.',
    'It was like being kicked in the calf when I lunged for the ball.',
    'He felt his calf go while skipping.',
  ])('"%s" → calf_pull_during_exertion', (text) => {
    expect(stateOf(text, 'calf_pull_during_exertion')).toBe('present');
  });

  it('a calf that slowly got sore is not a tear', () => {
    expect(stateOf('My calf has slowly got sore over a week.', 'calf_pull_during_exertion')).toBeUndefined();
  });
});

describe('Spanish wordings of the same features', () => {
  it.each([
    ['Me duelen los hombros y las caderas, rígidos por la mañana.', 'shoulder_girdle_stiffness'],
    ['Me duele el talón en los primeros pasos al levantarme.', 'heel_pain_first_steps'],
    ['Ardor entre los dedos, como una piedrecita en el zapato.', 'forefoot_pebble_pain'],
    ['Tengo sabañones en los dedos de los pies.', 'toes_red_itchy_after_cold'],
    ['Me dio un tirón en el gemelo jugando al tenis.', 'calf_pull_during_exertion'],
  ])('"%s" → %s', (text, id) => {
    expect(stateOf(text, id, 'es')).toBe('present');
  });
});

describe('meralgia: a numb or burning patch on the outer thigh (S414)', () => {
  it.each([
    'A numb patch on the outside of my left thigh, worse when I stand.',
    'The outer part of his thigh burns like sunburn when he wears a tight belt.',
    'Burning tingling area on the side of my thigh, no weakness at all.',
  ])('"%s" → outer_thigh_numb_patch', (text) => {
    expect(stateOf(text, 'outer_thigh_numb_patch')).toBe('present');
  });

  it('a numb foot is not the thigh patch', () => {
    expect(stateOf('My foot is numb at night.', 'outer_thigh_numb_patch')).toBeUndefined();
  });
});

describe('leg jerks in sleep that a bed partner sees (S60, S80)', () => {
  it.each([
    'My husband says my legs jerk every minute or so once I am asleep.',
    'Her legs keep kicking all night and she never knows.',
    'He kicks me all night in his sleep.',
  ])('"%s" → leg_jerks_in_sleep_seen', (text) => {
    expect(stateOf(text, 'leg_jerks_in_sleep_seen')).toBe('present');
  });
});

describe('the interval between sleep jerks is not a cramp lasting seconds', () => {
  it.each([
    'My wife says my legs jerk every 20 seconds or so all night.',
    'His legs kick every half a minute once he is asleep.',
  ])('"%s" → leg jerks, no episode length', (text) => {
    expect(stateOf(text, 'leg_jerks_in_sleep_seen')).toBe('present');
    expect(stateOf(text, 'episode_seconds_to_minutes')).toBeUndefined();
  });

  it('a cramp told as lasting seconds still is one', () => {
    expect(stateOf('The cramp in my calf lasts about 30 seconds.', 'episode_seconds_to_minutes')).toBe(
      'present',
    );
  });
});

describe('mid-back or band-like trunk pain (CG75 thoracic pain S301; band S310)', () => {
  it.each([
    'A band of pain around my chest at night, and my legs ache.',
    'Aching in the middle of my back that wakes him.',
    'Pain between my shoulder blades and down both legs.',
    'A belt of burning round my waist on the left.',
  ])('"%s" → mid_back_band_pain', (text) => {
    expect(stateOf(text, 'mid_back_band_pain')).toBe('present');
  });

  it('low back pain is not mid-back pain', () => {
    expect(stateOf('My lower back aches at night.', 'mid_back_band_pain')).toBeUndefined();
  });
});
