import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('held-out regressions found by the simulated interviews', () => {
  it('"my feet are warm" is reassurance, not a warm red leg', () => {
    expect(stateOf('My feet are warm and there are no sores.', 'one_leg_warm_red')).not.toBe('present');
    expect(stateOf('My left calf is hot and red.', 'one_leg_warm_red')).toBe('present');
  });

  it('"hanging my legs out of bed does nothing" negates relief by dangling', () => {
    expect(stateOf('Hanging my legs out of bed does nothing.', 'relief_dangling_leg')).toBe('absent');
  });

  it('a one-leg sign said of both legs is left unknown for the interview to ask', () => {
    expect(stateOf('The skin above both ankles has gone brownish-red.', 'one_leg_warm_red')).toBe('unknown');
  });

  it('a negation in an earlier clause does not negate a match that ends in a later one', () => {
    expect(
      stateOf(
        "Stopping and standing still doesn't help; I have to sit down or bend forward.",
        'pain_standing_walking_relieved_sitting',
      ),
    ).toBe('present');
  });
});
