import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * Reader gaps found by held-out narratives set 13 (issue #12). Our own wordings, never a set's sentences.
 */
const found = (text: string, id: string) => understand(text).findings.find((f) => f.id === id);
const stateOf = (text: string, id: string) => found(text, id)?.state;

describe('pain on breathing in, and stopping to get one’s breath', () => {
  it.each([
    'he gets a stabbing pain low in his side when he breathes in',
    'it catches under her ribs whenever she breathes deeply',
  ])('"%s" → chest pain or breathless (pleuritic)', (text) => {
    expect(stateOf(text, 'chest_pain_or_breathless')).toBe('present');
  });

  it('stopping on the stairs to get one’s breath, new today, with a swollen calf → the red flag', () => {
    const text = 'My calf swelled up on Sunday. Today I had to sit down upstairs to get my breath.';
    expect(stateOf(text, 'chest_pain_or_breathless')).toBe('present');
  });

  it('stopping on the stairs to catch one’s breath, not said as new → left open', () => {
    expect(stateOf('I stop halfway up the stairs to catch my breath.', 'chest_pain_or_breathless')).toBe(
      'unknown',
    );
  });

  it('sitting up at night to get one’s breath, with no word of when → left open, not the red flag', () => {
    expect(stateOf('He props himself up in bed to get his breath.', 'chest_pain_or_breathless')).toBe(
      'unknown',
    );
  });
});

describe('a past cancer put out of mind is still a cancer history', () => {
  it.each([
    'My dad had bowel cancer ten years back. His legs ache at night. We hardly ever think about the cancer now.',
    'She was treated for a lymphoma long ago; my legs are sore at night and she never thinks about the lymphoma.',
  ])('"%s" → cancer history present', (text) => {
    expect(stateOf(text, 'cancer_history')).toBe('present');
  });

  it('a cancer denied stays denied', () => {
    expect(stateOf('I have never had cancer and my legs ache at night.', 'cancer_history')).toBe('absent');
  });
});

describe('getting about by holding onto the furniture', () => {
  it('said as new (since yesterday) → new weakness of the legs', () => {
    const text = "Since yesterday he's been hanging onto the walls to get to the toilet.";
    expect(stateOf(text, 'weakness_both_legs')).toBe('present');
  });

  it('with no onset → left open for the screen', () => {
    expect(
      stateOf("Gran's legs ache at night; she holds on to the furniture to get round.", 'weakness_both_legs'),
    ).toBe('unknown');
  });
});

describe('a mealtime of today dates a new change', () => {
  it.each(['since lunch my calf has throbbed', 'Ever since about teatime his foot has been numb.'])(
    '"%s" → onset within two weeks',
    (text) => {
      expect(stateOf(text, 'onset_within_two_weeks')).toBe('present');
    },
  );

  it('a habit at a mealtime is not an onset', () => {
    expect(stateOf('my calves cramp at teatime most days', 'onset_within_two_weeks')).toBeUndefined();
  });

  it('a foot gone icy and mottled since lunch, compared with the other → sudden cold pale leg', () => {
    const text =
      'Since lunch his right foot is icy cold next to the other one and the skin on it has gone rather mottled.';
    expect(stateOf(text, 'sudden_cold_pale_leg')).toBe('present');
  });
});

describe('words that are not what they look like', () => {
  it.each(['I will phone the surgery on Monday.', 'She rang the GP surgery but they had no appointments.'])(
    '"%s" → the GP practice is not an operation',
    (text) => {
      expect(stateOf(text, 'recent_surgery_or_bedridden')).toBeUndefined();
    },
  );

  it('"at the time of the op" looks back on an operation, not a recent one', () => {
    const text = 'My leg swells. Nobody warned me about this at the time of the op.';
    expect(stateOf(text, 'recent_surgery_or_bedridden')).toBeUndefined();
  });

  it('an operation is still an operation', () => {
    expect(stateOf('He had surgery on his knee ten days ago.', 'recent_surgery_or_bedridden')).toBe(
      'present',
    );
  });

  it('an irregular heart said a few words after the heart → atrial fibrillation', () => {
    expect(stateOf('he has a heart problem where it beats irregular', 'atrial_fibrillation')).toBe('present');
  });
});

describe('weakness at rising from a chair on a statin is proximal statin weakness, asked not assumed', () => {
  it.each([
    'Since the rosuvastatin was started my legs feel weak climbing the stairs.',
    'on atorvastatin; my thighs are weak getting up from the chair',
  ])('"%s" → both-legs weakness left open', (text) => {
    expect(stateOf(text, 'weakness_both_legs')).toBe('unknown');
  });

  it('the same weakness with no statin stays the red flag', () => {
    expect(stateOf('My legs feel weak climbing the stairs.', 'weakness_both_legs')).toBe('present');
  });
});

describe('a chest pain found harmless is not a chest pain now', () => {
  it('an old chest pain that turned out to be heartburn → not read', () => {
    const text = 'Two years ago I had chest pains that turned out to be heartburn. My calves ache in bed.';
    expect(stateOf(text, 'chest_pain_or_breathless')).toBeUndefined();
  });

  it('a chest pain today stays read', () => {
    expect(stateOf('My calf is swollen and I have chest pain today.', 'chest_pain_or_breathless')).toBe(
      'present',
    );
  });
});

describe('numbness that has crept as far as the knees', () => {
  it.each([
    'the pins and needles have crept up to his knees',
    'the numbness crept up and it is at my thighs now',
  ])('"%s" → ascending numbness', (text) => {
    expect(stateOf(text, 'ascending_numbness')).toBe('present');
  });
});

describe('legs that give out on a walk and recover on a sit are claudication, not new weakness', () => {
  it('"can walk to the corner, then the legs go like jelly and he sits on a bench" → open', () => {
    const text =
      'He can only walk to the corner shop before his legs go like jelly and he has to sit on a bench.';
    expect(stateOf(text, 'weakness_both_legs')).toBe('unknown');
    expect(stateOf(text, 'progressive_weakness')).toBeUndefined();
  });

  it('legs gone like jelly this morning, sat on the floor → the red flag', () => {
    expect(
      stateOf('My legs went like jelly this morning and I had to sit on the floor.', 'weakness_both_legs'),
    ).toBe('present');
  });
});

describe('a weakness offered as the cause is not a weakness said', () => {
  it('"maybe it is just weakness from being laid up" → not read', () => {
    const text = 'My toes scuff the floor; maybe it is only weakness from being laid up in hospital.';
    expect(stateOf(text, 'weakness_both_legs')).toBeUndefined();
  });

  it('a denied weakness stays denied', () => {
    expect(stateOf('No weakness in my legs.', 'weakness_both_legs')).toBe('absent');
  });
});

describe('sleeping in a chair with the knees bent or propped up is not the leg hung down', () => {
  it('propped up in the recliner with knees bent → not dependency', () => {
    const text = 'Lying flat hurts her back so she sleeps in the recliner, propped up with her knees bent.';
    expect(stateOf(text, 'relief_dangling_leg')).toBeUndefined();
  });

  it('sleeping in the chair for a sore foot → dependency', () => {
    expect(stateOf('My toes burn in bed so I sleep in the chair.', 'relief_dangling_leg')).toBe('present');
  });
});

describe('a relative’s account where the writer acts on them stays the relative’s', () => {
  it('"I keep reminding him" does not make it the writer’s own', () => {
    const text =
      "My dad's knee swelled up hot and red overnight at his friend's house. He eats too much, I keep reminding him.";
    expect(understand(text).voice).toBe('other');
    expect(stateOf(text, 'hot_swollen_joint')).toBe('present');
  });
});

describe('claudication and gout in plain words', () => {
  it('calves that lock up after a few blocks and pass on standing still → claudication', () => {
    const text = 'My calves seize up after a few blocks; I stand still for a bit and it goes.';
    expect(stateOf(text, 'calf_pain_walking_relieved_standing_still')).toBe('present');
  });

  it('the same hot swollen joint before in the big toe → previous gout', () => {
    const text = 'His knee is hot and swollen today. He had the same thing in his big toe a few years ago.';
    expect(stateOf(text, 'previous_gout')).toBe('present');
  });
});

describe('restless legs, dependency and a disc in plain words', () => {
  it('an itch deep in the bones that cannot be scratched → creeping sensation', () => {
    expect(
      stateOf(
        'My shins have an itch deep inside that you can’t scratch, every evening.',
        'creeping_crawling_sensation',
      ),
    ).toBe('present');
  });

  it('back the moment one is still → starts at rest', () => {
    expect(stateOf('Walking helps, but the moment I’m sat it starts again.', 'starts_at_rest')).toBe(
      'present',
    );
  });

  it('the sore foot eased "with it down" over the bed’s edge → dependency', () => {
    expect(
      stateOf(
        'My foot throbs in bed; it is better when I hang over the side with it down.',
        'relief_dangling_leg',
      ),
    ).toBe('present');
  });

  it('worse sitting, better walking → not the sitting relief of stenosis', () => {
    const text = 'The buttock pain is worse sitting in the car and a bit better walking around.';
    expect(stateOf(text, 'pain_standing_walking_relieved_sitting')).toBeUndefined();
  });

  it('heavy lifts at the gym are not heavy legs', () => {
    expect(
      stateOf('I did heavy squats on Monday and now my thigh burns.', 'heavy_tired_legs'),
    ).toBeUndefined();
  });
});

describe('a recent event told beside an older history still dates what follows it "now"', () => {
  it('lump for months, squatting this morning, now the calf is swollen → new onset', () => {
    const text =
      'A lump behind my knee for months, I was squatting to weed the beds this morning and now my calf is swollen.';
    expect(stateOf(text, 'onset_within_two_weeks')).toBe('present');
  });
});

describe('a feeling moving up from the feet is not the feet raised', () => {
  it('"tingling in my feet spreading up, worse in bed" → not worse with the leg raised', () => {
    expect(
      stateOf('tingling in both my feet spreading up, worse in bed', 'worse_leg_raised'),
    ).toBeUndefined();
  });

  it('feet up and worse → still read', () => {
    expect(stateOf('With my feet up on the stool the pain is worse.', 'worse_leg_raised')).toBe('present');
  });
});
