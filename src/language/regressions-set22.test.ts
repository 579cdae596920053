import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * Things said in an opening and asked again, found by role-play set 13 (issue #14). Our own wordings, never a
 * set's sentences.
 */
const found = (text: string, id: string) => understand(text).findings.find((f) => f.id === id);
const stateOf = (text: string, id: string) => found(text, id)?.state;

describe('a statin started recently is a statin taken', () => {
  it.each([
    'My thighs have ached since the doctor put me on a new statin.',
    'Both calves are sore ever since I started the cholesterol pills last month.',
  ])('"%s" → takes a statin', (text) => {
    expect(stateOf(text, 'statin_started_recently')).toBe('present');
    expect(stateOf(text, 'takes_statin')).toBe('present');
  });

  it('no statin said, none taken is read', () => {
    expect(stateOf('My calves ache after walking.', 'takes_statin')).toBeUndefined();
  });
});

describe('the top of "it" said after the foot is the top of the foot', () => {
  it('reads the numbness on the top of the foot', () => {
    const text = 'My foot catches on the stairs and the top of it feels numb.';
    expect(stateOf(text, 'numbness_top_of_foot_outer_shin')).toBe('present');
  });

  it('the top of "it" with no foot in the sentence is not the foot', () => {
    expect(
      stateOf('I hit my head and the top of it is numb.', 'numbness_top_of_foot_outer_shin'),
    ).toBeUndefined();
  });

  it('numbness in the foot is not read as foot pain (pain_feet_toes is forefoot pain to the causes)', () => {
    expect(stateOf('Tingling runs down my leg into my foot.', 'pain_feet_toes')).toBeUndefined();
  });
});

describe('worse tonight is the night pattern', () => {
  it.each([
    'My ankle is really sore and it is worse tonight.',
    'The calf ache is at its worst this evening.',
  ])('"%s" → worse in the evening or at night', (text) => {
    expect(stateOf(text, 'evening_night_worse')).toBe('present');
  });

  it('"tonight" alone dates the onset, not the pattern', () => {
    expect(stateOf('My knee started hurting tonight.', 'evening_night_worse')).toBeUndefined();
  });
});

describe('back from a far country is a long journey', () => {
  it.each([
    'My calf has been tight ever since we came back from Australia.',
    'Just back from Florida and my ankle is puffy.',
  ])('"%s" → recent long journey', (text) => {
    expect(stateOf(text, 'recent_long_journey')).toBe('present');
  });

  it('a place with no journey said is not read', () => {
    expect(stateOf('My sister lives in Australia.', 'recent_long_journey')).toBeUndefined();
  });
});

describe('something felt to give at the knee is felt at the knee', () => {
  it.each([
    'I felt a snap at the back of my knee while gardening.',
    'She felt something tear behind her knee.',
  ])('"%s" → knee', (text) => {
    expect(stateOf(text, 'pain_knee')).toBe('present');
  });
});
