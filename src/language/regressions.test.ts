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

describe('cauda equina wording found by the simulated interviews', () => {
  it('one negation covers a list that ends in a longer phrase ("no problems with my bladder or numbness in the saddle area")', () => {
    const text = 'No problems with my bladder or numbness in the saddle area, and the left leg is fine.';
    expect(stateOf(text, 'saddle_numbness')).toBe('absent');
    expect(stateOf(text, 'bladder_bowel_change')).toBe('absent');
  });

  it('the same phrase stated is present', () => {
    expect(stateOf('I have numbness in the saddle area.', 'saddle_numbness')).toBe('present');
    expect(stateOf('I have problems with my bladder.', 'bladder_bowel_change')).toBe('present');
  });

  it('"can\'t control my bladder" is a sphincter change, not a negation', () => {
    expect(stateOf("I can't control my bladder properly since yesterday.", 'bladder_bowel_change')).toBe(
      'present',
    );
  });
});
