import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * Issue #14, role-play set 14 (a man whose wife sees his legs kick, who feels nothing): an urge to move is felt,
 * not seen. Movements someone else sees, or that come in sleep, are leg jerks, never the urge; what the person
 * says they feel is kept. Our own wordings, never the set's sentences.
 */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('legs seen to jerk, kick or jump in the night are not a felt urge to move', () => {
  it.each([
    'My legs jerk all night.',
    'Her legs kick all night long, her husband says.',
    'My girlfriend tells me my legs twitch all night.',
    'Apparently my legs twitch in my sleep.',
    'His legs are jumping about all night.',
    'My partner says my legs jump when I am asleep.',
  ])('"%s" → leg jerks seen, urge to move not present', (text) => {
    expect(stateOf(text, 'leg_jerks_in_sleep_seen')).toBe('present');
    expect(stateOf(text, 'urge_to_move_legs')).not.toBe('present');
  });
});

describe('an urge the person feels is kept, with or without jerks', () => {
  it.each([
    'My legs jerk and I just have to move them.',
    "I can't keep my legs still in bed, they jerk about.",
    'My legs twitch when I sit down in the evening.',
    'In the evening I get a horrible urge to move my legs, and my wife says they kick all night too.',
    'My legs jump about in the evening and I have to keep moving them.',
  ])('"%s" → urge to move present', (text) => {
    expect(stateOf(text, 'urge_to_move_legs')).toBe('present');
  });
});
