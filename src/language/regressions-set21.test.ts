import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../engine/assess.js';
import type { EvidenceItem } from '../engine/types.js';
import { understand } from './index.js';

/**
 * Reader and rule gaps found by held-out narratives set 14 (issue #12). Our own wordings, never a set's sentences.
 */
const found = (text: string, id: string) => understand(text).findings.find((f) => f.id === id);
const stateOf = (text: string, id: string) => found(text, id)?.state;

describe('dark urine with painful muscles is rhabdomyolysis of any cause (CDC/NIOSH, S482)', () => {
  const musclePain = ['muscle_aches_both_legs', 'tense_swollen_muscle', 'muscle_overuse'];
  const background = [
    'pain_buttock_thigh',
    'pain_calf',
    'bilateral_symptoms',
    'evening_night_worse',
    'fever',
    'sudden_muscle_contraction',
  ];
  const rulesFor = (evidence: EvidenceItem[]) =>
    assess({ age: 30, sex: 'male', evidence }).triage.reasons.map((r) => r.id);

  it('fires on dark urine with any muscle-pain finding, whatever else is stated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...musclePain),
        fc.subarray(background),
        fc.constantFrom<'male' | 'female'>('male', 'female'),
        fc.integer({ min: 16, max: 90 }),
        (muscle, extra, sex, age) => {
          const evidence: EvidenceItem[] = ['dark_urine', muscle, ...extra].map((id) => ({
            id,
            state: 'present',
          }));
          const t = assess({ age, sex, evidence }).triage;
          expect(t.reasons.map((r) => r.id)).toContain('dark_urine_with_muscle_pain');
          expect(['emergency', 'emergency_ambulance']).toContain(t.level);
        },
      ),
    );
  });

  it('never fires when the dark urine or every muscle finding is denied', () => {
    fc.assert(
      fc.property(fc.constantFrom(...musclePain), fc.subarray(background), (muscle, extra) => {
        const rest = extra.map((id): EvidenceItem => ({ id, state: 'present' }));
        const urineDenied: EvidenceItem[] = [
          { id: 'dark_urine', state: 'absent' },
          { id: muscle, state: 'present' },
          ...rest,
        ];
        const muscleDenied: EvidenceItem[] = [
          { id: 'dark_urine', state: 'present' },
          ...musclePain.map((id): EvidenceItem => ({ id, state: 'absent' })),
          ...rest,
        ];
        expect(rulesFor(urineDenied)).not.toContain('dark_urine_with_muscle_pain');
        expect(rulesFor(muscleDenied)).not.toContain('dark_urine_with_muscle_pain');
      }),
    );
  });

  it.each([
    'Went to a boot camp class on Saturday, now both thighs are swollen and solid and my wee is the colour of tea.',
    'After the marathon my calves were rock hard and my urine came out dark brown.',
  ])('read from words: "%s" → emergency', (text) => {
    const evidence = understand(text).findings.map((f) => ({ id: f.id, state: f.state }));
    const t = assess({ age: 28, sex: 'female', evidence }).triage;
    expect(t.reasons.map((r) => r.id)).toContain('dark_urine_with_muscle_pain');
    expect(t.level).toBe('emergency');
  });

  it('dark urine denied after hard exercise does not fire the rule', () => {
    const text = 'Did a hard leg session yesterday and my thighs are stiff, but my pee is a normal colour.';
    const evidence = understand(text).findings.map((f) => ({ id: f.id, state: f.state }));
    expect(assess({ age: 28, sex: 'male', evidence }).triage.reasons.map((r) => r.id)).not.toContain(
      'dark_urine_with_muscle_pain',
    );
  });
});

describe('"shakes" as a drink is not a rigor', () => {
  it.each(['I live on protein shakes at the moment.', 'She has two milk shakes a day.'])(
    '"%s" → no fever',
    (text) => {
      expect(stateOf(text, 'fever')).toBeUndefined();
    },
  );

  it('the shakes as shivering are still a fever', () => {
    expect(stateOf('Last night I had the shakes and felt hot then cold.', 'fever')).toBe('present');
  });
});

describe('the weather or a hot object is not a hot leg', () => {
  it.each([
    'My ankles swell and it is worse when it was hot in August.',
    'I scalded my foot on a hot water bottle without feeling it.',
  ])('"%s" → no warm red leg', (text) => {
    expect(stateOf(text, 'one_leg_warm_red')).toBeUndefined();
  });

  it('warmth said after the swelling is read ("bigger than the other one and warm")', () => {
    expect(stateOf('His left ankle is bigger than the other one and warm.', 'one_leg_warm_red')).toBe(
      'present',
    );
  });
});

describe('"feel rough" said of the bedclothes is not feeling unwell', () => {
  it('bed sheets that feel rough on the feet → no fever', () => {
    expect(stateOf('At night the duvet feels rough against my toes.', 'fever')).toBeUndefined();
  });

  it('feeling rough in oneself is still read', () => {
    expect(stateOf('I have felt rough all week with this leg.', 'fever')).toBe('present');
  });
});

describe("can't lie flat with a named nerve pain is the pain, not breathlessness", () => {
  it('sciatica in the sentence → worse lying flat', () => {
    const text = 'My sciatica is back in the left leg and I cannot lie flat at night.';
    expect(stateOf(text, 'breathless_lying_flat_or_gradual')).toBeUndefined();
    expect(stateOf(text, 'worse_lying_flat')).toBe('present');
  });

  it('with no pain word it stays the heart-failure warning', () => {
    expect(
      stateOf("Mum's ankles are puffy and she can't lie flat.", 'breathless_lying_flat_or_gradual'),
    ).toBe('present');
  });
});

describe('"sharp" as a quick mind is not a sharp pain', () => {
  it('"still sharp as a tack" → no sharp pain', () => {
    expect(stateOf('Grandad is 90 and still sharp as a tack.', 'sharp_shooting_pain')).toBeUndefined();
  });

  it('a sharp pain is still read', () => {
    expect(stateOf('A sharp pain in my heel.', 'sharp_shooting_pain')).toBe('present');
  });
});

describe('leaking said to be old is not the new bladder change, and not denied either', () => {
  it('leaking for years since the children → left open (unknown)', () => {
    expect(
      stateOf('I have leaked a little when I sneeze since having the kids.', 'bladder_bowel_change'),
    ).toBe('unknown');
  });

  it('new leaking is the red flag', () => {
    expect(stateOf('Since yesterday I keep leaking urine.', 'bladder_bowel_change')).toBe('present');
  });
});

describe('pain from the bottom down the leg is pain going down the leg', () => {
  it.each([
    'Shooting pain from my bum down the outside of my right leg to the foot.',
    'A burning ache from her backside down to her knee.',
  ])('"%s" → radiating pain', (text) => {
    expect(stateOf(text, 'pain_radiates_down_leg')).toBe('present');
  });
});

describe('the hours of the night', () => {
  it.each(['My calves ache in the wee hours.', 'My feet burn most in the early hours.'])(
    '"%s" → worse at night',
    (text) => {
      expect(stateOf(text, 'evening_night_worse')).toBe('present');
    },
  );

  it('a deep thigh-bone ache worst in the small hours is night bone pain', () => {
    const text =
      'A deep pain in my thigh bone that has gone on for weeks, and it is worst in the small hours.';
    expect(stateOf(text, 'bone_pain_night')).toBe('present');
  });
});

describe('hours sat in traffic is a long journey', () => {
  it('"five hours in the car" → recent long journey', () => {
    expect(stateOf('Last week we did 5 hours in the car to my sister.', 'recent_long_journey')).toBe(
      'present',
    );
  });
});

describe('legs with a will of their own are the urge to move', () => {
  it.each([
    'Her legs want to get up and go when she sits down at night.',
    'My legs wanna run off by themselves.',
  ])('"%s" → urge to move', (text) => {
    expect(stateOf(text, 'urge_to_move_legs')).toBe('present');
  });

  it('wanting to walk but the legs hurting is not the urge', () => {
    expect(stateOf('I want to walk further but my legs hurt.', 'urge_to_move_legs')).toBeUndefined();
  });
});

describe('a guessed arthritis is not a painful joint', () => {
  it('"the doctor thought maybe arthritis" → no joint finding', () => {
    expect(
      stateOf('On the phone the doctor thought maybe arthritis in the knee.', 'joint_pain_swelling'),
    ).toBeUndefined();
  });

  it('arthritis said as had is still read', () => {
    expect(stateOf('She has arthritis in both hips.', 'joint_pain_swelling')).toBe('present');
  });
});

describe('weight lost with the appetite gone is unexplained weight loss', () => {
  it('"dropped a stone and he is off his food" → weight loss present', () => {
    expect(stateOf('He has dropped a stone and is off his food.', 'weight_loss_night_sweats')).toBe(
      'present',
    );
  });

  it('weight lost with no reason said stays open', () => {
    expect(stateOf('I have lost a few pounds.', 'weight_loss_night_sweats')).toBe('unknown');
  });
});

describe('a shin ache that wakes, told over two sentences, is night bone pain', () => {
  it('ache in the shin, then "it wakes me up" → bone pain at night', () => {
    const text = 'There is a dull pain in my right shin, always the same place. Most nights it wakes me up.';
    expect(stateOf(text, 'bone_pain_night')).toBe('present');
  });

  it('a cramp that wakes is not bone pain', () => {
    expect(
      stateOf('My shin aches a bit. The cramp in my calf wakes me up.', 'bone_pain_night'),
    ).toBeUndefined();
  });
});
