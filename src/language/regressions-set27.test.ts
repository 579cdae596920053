import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * Red-flag signs in people's words missed by the dev3 phrasings fixture (issue #12). Our own wordings, never the
 * fixture's sentences; each stated form has a denied form that must never read present.
 */
const readingOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id);
const stateOf = (text: string, id: string) => readingOf(text, id)?.state;
const open = (text: string, id: string) => {
  const r = readingOf(text, id);
  return r?.state === 'present' || r?.possibly === true;
};

function table(id: string, stated: readonly string[], denied: readonly string[]) {
  describe(id, () => {
    it.each(stated)(`%s → ${id} present`, (text) => {
      expect(stateOf(text, id)).toBe('present');
    });
    it.each(denied)(`%s → ${id} not present`, (text) => {
      expect(stateOf(text, id)).not.toBe('present');
    });
  });
}

table(
  'long_lie',
  [
    'my leg is agony, i was on the kitchen floor overnight after i slipped',
    'i fell and lay there for hours before anyone came, now my thigh is swollen',
    'i passed out and ended up lying on my leg for hours, it is numb and sore',
    'my calf hurts, i was found unconscious on the floor on sunday',
  ],
  [
    'my leg aches but i was never on the floor all night',
    'i did not pass out and was not lying on my leg for hours',
  ],
);

table(
  'weight_loss_night_sweats',
  [
    'my trousers are falling down these days and i am not on a diet',
    'i am down half a stone since easter and not dieting at all',
    'i keep sweating buckets in bed most nights',
  ],
  ['no sweating buckets at night', 'my clothes are not hanging off me, i have not lost weight'],
);

describe('weight lost told by loose clothes alone stays open', () => {
  it('clothes hanging off him with nothing else said is kept possibly', () => {
    expect(
      open('his clothes are hanging off him lately and his legs ache at night', 'weight_loss_night_sweats'),
    ).toBe(true);
  });
  it('loose clothes after a diet are explained', () => {
    expect(stateOf('my jeans are too big now since i started the diet', 'weight_loss_night_sweats')).not.toBe(
      'present',
    );
  });
});

table(
  'bladder_bowel_change',
  ['i could not hold my wee this morning and my legs are numb', "since the back pain i can't hold my bowels"],
  ['i can hold my wee fine', 'no problem holding my bowels'],
);

table(
  'non_healing_sore',
  ['the sore on my ankle just will not close up', 'there is a hole on my shin that never closes'],
  ['the cut on my toe closed up nicely in a week'],
);

table(
  'training_increase',
  [
    'my shins hurt since i enlisted in the army in march',
    'we have been marching every day on the course',
    'i started a new fitness programme two weeks ago and my shin aches',
  ],
  ['i have not joined the army', 'no new exercise routine'],
);

table(
  'prosthetic_joint',
  [
    'i had both hips done a few years back',
    'knee replacements on both sides',
    'she had the left knee replaced in 2018',
  ],
  ['no hip or knee replacements', 'i have never had a knee replacement'],
);

table(
  'leg_cast_or_paralysis',
  ['my right leg has been useless since my stroke', 'her left side has stayed weak after the stroke'],
  ['my leg is not weak since the stroke, it recovered fully'],
);
