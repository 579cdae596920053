import { describe, expect, it } from 'vitest';
import { triageRules } from '../knowledge/index.js';
import { understand } from './index.js';

/**
 * Short, vague openings read back empty or in part (role-play set 8, issues #12 and #14: questions asked whose answer
 * was in the opening). Our own wordings, never the set's sentences.
 */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

/** Findings of rules that send a person to a doctor within 24 h or to emergency care. */
const urgent = new Set(
  triageRules
    .filter(
      (r) => r.level === 'emergency_ambulance' || r.level === 'emergency' || r.level === 'consultation_24',
    )
    .flatMap((r) => [...r.all, ...(r.any ?? [])]),
);
/** Findings that are urgent alone: a rule that needs nothing else. */
const urgentAlone = new Set(
  triageRules
    .filter(
      (r) =>
        (r.level === 'emergency_ambulance' || r.level === 'emergency' || r.level === 'consultation_24') &&
        r.all.length + (r.any && r.any.length > 0 ? 1 : 0) === 1,
    )
    .flatMap((r) => [...r.all, ...(r.any ?? [])]),
);

describe('A. a vague complaint word still lets the body part and the time be read', () => {
  it.each([
    'Her legs are bad in the evenings.',
    'My legs have been playing up at night.',
    'His legs are acting up every night.',
    'My legs are giving me grief at night.',
    'Both my legs are no good at night.',
    "My legs aren't right at night.",
    'Our legs are terrible at bedtime.',
  ])('"%s" → both legs, worse at night', (text) => {
    expect(stateOf(text, 'bilateral_symptoms')).toBe('present');
    expect(stateOf(text, 'evening_night_worse')).toBe('present');
  });

  it.each([
    'My legs are not bad at night.',
    'My legs are not too bad at night.',
    'My legs are fine at night.',
    'No trouble with my legs at night.',
    "I don't have problems with my feet in the evenings.",
  ])('"%s" → no night complaint', (text) => {
    expect(stateOf(text, 'evening_night_worse')).not.toBe('present');
  });

  it.each([
    'My legs are bad at night.',
    'My back is playing up.',
    'His knee is no good in bed.',
    'My foot is acting up tonight.',
    'My leg is not right at night.',
    "Her legs haven't been right since the weekend.",
  ])('"%s" → no urgent finding from a vague word alone', (text) => {
    const fired = understand(text)
      .findings.filter((f) => f.state === 'present' && urgentAlone.has(f.id))
      .map((f) => f.id);
    expect(fired).toEqual([]);
  });

  it('the vague words never make an urgent finding present that the plain account does not have', () => {
    for (const vague of ['bad', 'playing up', 'acting up', 'no good', 'giving me grief', 'not right']) {
      const withVague = understand(`My legs are ${vague} at night.`)
        .findings.filter((f) => f.state === 'present' && urgent.has(f.id))
        .map((f) => f.id);
      expect(withVague).toEqual([]);
    }
  });
});

describe('B. a body part that wakes or keeps one awake is where it hurts, at night', () => {
  it.each([
    ['My foot woke me up.', 'pain_feet_toes'],
    ['Her feet keep waking her up.', 'pain_feet_toes'],
    ['My knee keeps me awake.', 'pain_knee'],
    ['His knees woke him up again.', 'pain_knee'],
    ['My calf woke me up at 3.', 'pain_calf'],
    ['My hip keeps me awake.', 'pain_hip_groin'],
  ])('"%s" → %s and worse at night', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
    expect(stateOf(text, 'evening_night_worse')).toBe('present');
  });

  it.each([
    "Can't get off to sleep because of my feet.",
    'I struggle to sleep with my legs.',
    "I can't get to sleep for my legs.",
    'Having problems with my feet in the evenings.',
    'He gets trouble with his legs at night.',
  ])('"%s" → worse at night, both legs', (text) => {
    expect(stateOf(text, 'evening_night_worse')).toBe('present');
    expect(stateOf(text, 'bilateral_symptoms')).toBe('present');
  });

  it.each([
    'Woke this time with an awful pain in my calf.',
    'I keep waking up in agony with my leg.',
    'Woke up with a cramp in my foot.',
  ])('"%s" → worse at night', (text) => {
    expect(stateOf(text, 'evening_night_worse')).toBe('present');
  });

  it('waking stiff in the morning is not night pain', () => {
    expect(stateOf('I wake up with a stiff sore knee in the morning.', 'evening_night_worse')).not.toBe(
      'present',
    );
  });
});

describe('C. "in bed" and "when I try to sleep" are the night', () => {
  it.each([
    'Getting foot pain in bed.',
    'My shins ache in bed.',
    'Her toes hurt and itch in bed.',
    'Pain in the thigh when I lie in bed.',
    'My legs go funny when I try to sleep.',
    'The burning starts as I am trying to get to sleep.',
  ])('"%s" → worse at night', (text) => {
    expect(stateOf(text, 'evening_night_worse')).toBe('present');
  });

  it.each([
    'My legs are fine in bed, it is walking that hurts.',
    'No pain in bed at all.',
    'My calves ache in bed all day since the flu.',
    'My knee hurts in bed in the morning.',
  ])('"%s" → not worse at night', (text) => {
    expect(stateOf(text, 'evening_night_worse')).not.toBe('present');
  });
});

describe('D. pain down the leg, a bad back, a sudden onset, an always-there ache', () => {
  it.each([
    'There is pain down my leg when I lie down.',
    'I get a pain right down my leg when I go to bed.',
    'Pain all the way down my leg when I try to sleep.',
  ])('"%s" → pain radiates down the leg', (text) => {
    expect(stateOf(text, 'pain_radiates_down_leg')).toBe('present');
  });

  it('pain down the leg that is in the knee stays the knee', () => {
    expect(
      stateOf('My knee hurts and there is pain down my leg when I lie down.', 'pain_radiates_down_leg'),
    ).not.toBe('present');
  });

  it.each(['My back is bad.', 'His back is terrible again.', 'The back is acting up and my legs tingle.'])(
    '"%s" → back pain',
    (text) => {
      expect(stateOf(text, 'back_pain')).toBe('present');
    },
  );

  it.each([
    'The back of my knee is bad.',
    'The back of his leg is terrible in bed.',
    'Lying on my back is bad for my hip.',
  ])('"%s" → no back pain (a side of the limb)', (text) => {
    expect(stateOf(text, 'back_pain')).not.toBe('present');
  });

  it.each([
    'My shin suddenly went sore.',
    'All of a sudden my calf became really painful.',
    'His knee got swollen out of the blue.',
  ])('"%s" → onset within two weeks', (text) => {
    expect(stateOf(text, 'onset_within_two_weeks')).toBe('present');
  });

  it.each([
    'Three years ago my calf suddenly got painful.',
    'It suddenly gets painful every night.',
    'Every so often my calf suddenly goes sore.',
  ])('"%s" → not a recent onset', (text) => {
    expect(stateOf(text, 'onset_within_two_weeks')).not.toBe('present');
  });

  it.each(['My feet always hurt.', 'Her calves constantly ache.', 'My knees are always sore at night.'])(
    '"%s" → symptoms over two weeks',
    (text) => {
      expect(stateOf(text, 'symptoms_over_two_weeks')).toBe('present');
    },
  );

  it('a new pain that is always there since last week is not long-standing', () => {
    expect(stateOf('Since last week my calf always aches.', 'symptoms_over_two_weeks')).not.toBe('present');
  });
});

describe('E. "the bottom of my foot" is the sole, not the buttock', () => {
  it.each([
    'The bottom of my foot aches at night.',
    'The bottoms of her feet burn in bed.',
    'A burning on the bottom of my feet.',
    'Pain in the bottom of his heel.',
    'The underside of my toes stings.',
  ])('"%s" → foot, not buttock or thigh', (text) => {
    expect(stateOf(text, 'pain_buttock_thigh')).not.toBe('present');
  });

  it.each(['The bottom of my foot aches at night.', 'The bottoms of her feet burn in bed.'])(
    '"%s" → foot pain',
    (text) => {
      expect(stateOf(text, 'pain_feet_toes')).toBe('present');
    },
  );

  it.each([
    'The bottom of my foot tingles at night.',
    'The bottoms of both feet have gone numb.',
    'Pins and needles in the bottom of my left foot.',
  ])('"%s" → no saddle numbness (the sole, not the seat)', (text) => {
    expect(stateOf(text, 'saddle_numbness')).not.toBe('present');
  });

  it.each([
    'My bottom is numb.',
    'Numb bum, and the bottom of my foot tingles.',
    'I have had a numb backside since Monday.',
  ])('"%s" → saddle numbness still read', (text) => {
    expect(stateOf(text, 'saddle_numbness')).toBe('present');
  });

  it.each(['My bottom hurts at night.', 'A pain in my bottom and down my leg.'])('"%s" → buttock', (text) => {
    expect(stateOf(text, 'pain_buttock_thigh')).toBe('present');
  });
});
