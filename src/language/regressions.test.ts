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

/** Wordings from the held-out patient narratives (eval/language/narratives-heldout.json), each with a paraphrase. */
describe('held-out narrative wording', () => {
  const ids = (text: string) =>
    Object.fromEntries(understand(text).findings.map((f) => [f.id, f.state] as const));

  describe('systemic illness (confusion, dizzy or faint on standing, fast breathing, vomiting)', () => {
    it('reads the held-out wording and paraphrases as present', () => {
      expect(stateOf("I feel dizzy when I stand up and my wife says I'm muddled.", 'systemic_illness')).toBe(
        'present',
      );
      expect(
        stateOf("Since last night I keep throwing up and I'm not making sense.", 'systemic_illness'),
      ).toBe('present');
      expect(stateOf("My calf is red and sore, I'm confused and breathing fast.", 'systemic_illness')).toBe(
        'present',
      );
    });

    it('a negated systemic sign is never present', () => {
      for (const text of [
        "No confusion, I'm not dizzy when I stand and I haven't vomited.",
        "I haven't been sick and I'm not muddled.",
        "I don't feel light-headed or faint.",
      ])
        expect(stateOf(text, 'systemic_illness'), text).not.toBe('present');
    });

    it('a red leg with dizziness on standing and confusion reads both findings', () => {
      const got = ids(
        "leg has been red and swollen since the weekend. I'm shaking with a temperature, I feel dizzy when I stand up and my wife says I'm muddled.",
      );
      expect(got.systemic_illness).toBe('present');
      expect(got.fever).toBe('present');
      expect(got.one_leg_warm_red).toBe('present');
    });

    it('"confused about" is not confusion; a faint mark is not fainting', () => {
      expect(stateOf("I'm confused about whether it's a cramp.", 'systemic_illness')).toBeUndefined();
      expect(stateOf('There is a faint red mark on my shin.', 'chest_pain_or_breathless')).toBeUndefined();
    });

    it('fainting is a clot-in-the-lung sign; fainting on standing is also systemic illness', () => {
      expect(ids('I coughed up blood and nearly fainted.')).not.toHaveProperty('systemic_illness');
      const got = ids('I felt faint when I stood up.');
      expect(got.chest_pain_or_breathless).toBe('present');
      expect(got.systemic_illness).toBe('present');
    });
  });

  describe('light-headedness and a racing heart are clot-in-the-lung signs (clinical.md §1.4)', () => {
    it('reads them as chest_pain_or_breathless', () => {
      expect(stateOf('tonight my heart is racing, I feel lightheaded', 'chest_pain_or_breathless')).toBe(
        'present',
      );
      expect(stateOf('I feel light-headed since this morning.', 'chest_pain_or_breathless')).toBe('present');
      expect(stateOf('My pulse is going really fast.', 'chest_pain_or_breathless')).toBe('present');
    });

    it('negated, they are not present', () => {
      for (const text of ["My heart isn't racing and I'm not light-headed.", 'No racing heart.'])
        expect(stateOf(text, 'chest_pain_or_breathless'), text).not.toBe('present');
    });

    it('a racing heart with a fever is the fever’s systemic illness, not a clot sign', () => {
      const got = ids("I've got a fever, my heart is racing and I've been sick twice.");
      expect(got.systemic_illness).toBe('present');
      expect(got).not.toHaveProperty('chest_pain_or_breathless');
    });
  });

  describe('cold words', () => {
    it('"feels icy" / "ice cold" / "freezing" of a foot is a cool limb', () => {
      expect(stateOf('The foot looks blotchy and mottled and feels icy.', 'cool_limb')).toBe('present');
      expect(stateOf('My left foot has felt ice cold all day.', 'cool_limb')).toBe('present');
      expect(stateOf('My leg is freezing.', 'cool_limb')).toBe('present');
      expect(stateOf('My foot is not icy or mottled.', 'cool_limb')).toBe('absent');
    });

    it('a newly cold and mottled or blue foot is a sudden cold pale leg', () => {
      expect(
        stateOf(
          'Lying in bed tonight my calf started hurting. The foot looks blotchy and mottled and feels icy.',
          'sudden_cold_pale_leg',
        ),
      ).toBe('present');
      expect(
        stateOf(
          "My right foot has felt ice cold since this morning and it's a mottled blue.",
          'sudden_cold_pale_leg',
        ),
      ).toBe('present');
    });

    it('a negated or long-standing cold pale foot is not a sudden cold pale leg', () => {
      for (const text of [
        'Since this morning my foot is not pale or cold.',
        "The foot is not icy and it isn't blotchy.",
        'My feet are always cold and pale, it has been like this for months.',
      ])
        expect(stateOf(text, 'sudden_cold_pale_leg'), text).not.toBe('present');
    });
  });

  describe('a "cramp" that lasts hours, or comes on walking a distance, is not a night cramp', () => {
    it('hours-long "cramp"', () => {
      expect(
        stateOf(
          "It's a bad cramp in my left calf in bed tonight but it's been 3 hours now and it hasn't let go.",
          'sudden_muscle_contraction',
        ),
      ).toBeUndefined();
      expect(
        stateOf(
          'My calf went into a cramp at 10pm and it has lasted 4 hours now.',
          'sudden_muscle_contraction',
        ),
      ).toBeUndefined();
      // A real cramp followed by hours of soreness is still a cramp.
      expect(
        stateOf(
          'The cramp lasts a couple of minutes and then the calf is sore for hours.',
          'sudden_muscle_contraction',
        ),
      ).toBe('present');
    });

    it('cramp on walking a distance, relieved by standing still, is claudication', () => {
      for (const text of [
        'Walking, I get a cramp in the left calf after about 100 yards that goes when I stand still.',
        'A cramp comes on in my calf after about 50 yards and goes off when I stand still.',
      ]) {
        const got = ids(text);
        expect(got.calf_pain_walking_relieved_standing_still, text).toBe('present');
        expect(got, text).not.toHaveProperty('sudden_muscle_contraction');
      }
      expect(
        stateOf('I get cramp in my calf at night and walking around eases it.', 'sudden_muscle_contraction'),
      ).toBe('present');
    });
  });

  describe('swelling: "sore and fat" calf', () => {
    it('reads one leg swollen', () => {
      expect(stateOf('my left calf has been sore and fat for a couple of days', 'one_leg_swollen')).toBe(
        'present',
      );
      expect(stateOf('My right calf is fat and tender since Monday.', 'one_leg_swollen')).toBe('present');
    });

    it('negated or about build, it is not', () => {
      expect(stateOf('My calf is not fat or swollen.', 'one_leg_swollen')).toBe('absent');
      expect(stateOf('I have fat legs.', 'one_leg_swollen')).toBeUndefined();
    });
  });

  describe('spreading redness', () => {
    it('reads the held-out wordings and a paraphrase', () => {
      expect(
        stateOf(
          'Patch of redness on my left lower leg, warm and tender. It has spread a bit since yesterday.',
          'spreading_redness',
        ),
      ).toBe('present');
      expect(
        stateOf(
          'leg has been red and swollen, but the red has gone up over my knee now.',
          'spreading_redness',
        ),
      ).toBe('present');
      expect(stateOf("My shin is red and hot. It's creeping up my leg.", 'spreading_redness')).toBe(
        'present',
      );
      expect(stateOf('My shin is red and hot. It has crept up past my ankle.', 'spreading_redness')).toBe(
        'present',
      );
    });

    it('negated, or the pain spreading, is not spreading redness', () => {
      for (const text of [
        "My shin is red and hot. It hasn't spread since yesterday.",
        'My shin is red. The red has not gone up any further.',
        'My calf is red. The pain has spread up to my knee.',
        'The pain started in my calf and it has spread to my thigh.',
      ])
        expect(stateOf(text, 'spreading_redness'), text).not.toBe('present');
    });

    it('"creeping up" said of the redness is not a crawling sensation', () => {
      expect(ids("My shin is red and hot. It's creeping up my leg.")).not.toHaveProperty(
        'creeping_crawling_sensation',
      );
    });
  });

  describe('hot weather is not a hot red leg', () => {
    it.each([
      'been running a lot and its been super hot out',
      'In the hot weather my leg aches.',
      "It's been a heatwave all week and my calf aches.",
      'The weather has been hot and my foot burns.',
    ])('"%s"', (text) => {
      expect(stateOf(text, 'one_leg_warm_red')).toBeUndefined();
    });

    it('a hot red leg said alongside the weather still reads', () => {
      expect(stateOf('The weather is hot and my left calf is red and hot.', 'one_leg_warm_red')).toBe(
        'present',
      );
    });
  });

  describe('most nights + wakes me, and exhaustion', () => {
    it('reads nightly sleep disruption across sentences', () => {
      expect(
        stateOf(
          "Most nights the muscles in my calf pull tight. It's just this painful knotting that wakes me up. I'm exhausted.",
          'nightly_sleep_disruption',
        ),
      ).toBe('present');
      expect(
        stateOf('Most nights my calf knots up. It wakes me up every time.', 'nightly_sleep_disruption'),
      ).toBe('present');
    });

    it('not when it does not wake them, nor when it is not most nights', () => {
      expect(stateOf("Most nights my calf cramps. It doesn't wake me.", 'nightly_sleep_disruption')).not.toBe(
        'present',
      );
      expect(stateOf('Not every night. It wakes me up.', 'nightly_sleep_disruption')).not.toBe('present');
    });

    it('a tired person is not tired legs; muscles pulling tight is a cramp', () => {
      expect(stateOf("I'm exhausted.", 'heavy_tired_legs')).toBeUndefined();
      const got = ids('Most nights the muscles in my calf pull tight. I am exhausted.');
      expect(got).not.toHaveProperty('heavy_tired_legs');
      expect(got.sudden_muscle_contraction).toBe('present');
    });
  });

  describe('a hedged self-diagnosis does not hedge a later plain denial', () => {
    it.each([
      "I think I might have restless legs?? I don't get any urge to move them in the evening.",
      'Maybe it is restless legs? I have no urge to move my legs.',
    ])('"%s" → no urge to move', (text) => {
      expect(stateOf(text, 'urge_to_move_legs')).toBe('absent');
    });

    it('a red flag said with doubt stays open, even after a denial elsewhere', () => {
      expect(
        stateOf('My calf might be a bit swollen? There is no swelling in my ankle.', 'one_leg_swollen'),
      ).toBe('unknown');
    });
  });

  describe('putting the leg down is dangling, not elevation', () => {
    it.each([
      'it goes off after I put the leg down over the edge of the bed for a while.',
      'It eases once I put my foot down on the floor.',
    ])('"%s"', (text) => {
      const got = ids(text);
      expect(got.relief_dangling_leg).toBe('present');
      expect(got).not.toHaveProperty('relief_leg_elevation');
    });
  });

  describe('pain on straightening the leg is not relief by stretching', () => {
    it.each([
      'it feels tight and achy when I straighten my leg out in bed at night.',
      'My knee aches when I straighten it.',
    ])('"%s"', (text) => {
      expect(stateOf(text, 'relief_stretching_muscle')).toBeUndefined();
    });

    it('straightening or stretching that eases it is relief; stretching that does nothing is its absence', () => {
      expect(stateOf('Straightening my leg eases the cramp.', 'relief_stretching_muscle')).toBe('present');
      expect(
        stateOf('My calf cramps at night and stretching does nothing.', 'relief_stretching_muscle'),
      ).toBe('absent');
    });
  });

  describe('a red, tender cord along a vein is a red leg', () => {
    it('reads one_leg_warm_red', () => {
      expect(
        stateOf(
          'One of my varicose veins on the inside of my right calf has gone hard, red and tender along a line like a cord.',
          'one_leg_warm_red',
        ),
      ).toBe('present');
      expect(stateOf('The vein on my thigh is red and tender along a line.', 'one_leg_warm_red')).toBe(
        'present',
      );
      expect(stateOf('My calf is swollen and tender and feels warm.', 'one_leg_warm_red')).toBe('present');
    });

    it('negated, it is not', () => {
      expect(stateOf('The vein is not red or tender.', 'one_leg_warm_red')).not.toBe('present');
      expect(stateOf('My calf is not red, swollen or tender.', 'one_leg_warm_red')).not.toBe('present');
    });
  });
});

/** Wordings from the second held-out narrative set (eval/language/narratives-heldout2.json), each with a paraphrase. */
describe('second held-out narrative wording', () => {
  const ids = (text: string) =>
    Object.fromEntries(understand(text).findings.map((f) => [f.id, f.state] as const));

  describe('"a sore" as a noun is broken skin, not pain in the feet', () => {
    it.each([
      "He's had a sore between his toes.",
      'She has a little blister on her heel.',
      'There are sores on my shin.',
      'I had a graze on my ankle last week.',
    ])('"%s" → skin_break_or_wound, no foot pain', (text) => {
      const got = ids(text);
      expect(got.skin_break_or_wound).toBe('present');
      expect(got).not.toHaveProperty('pain_feet_toes');
    });

    it('"sore" said of the feet is still pain', () => {
      expect(stateOf('My toes are sore at night.', 'pain_feet_toes')).toBe('present');
      expect(stateOf('My feet are sore on the soles.', 'pain_feet_toes')).toBe('present');
      expect(stateOf('My toes are sore at night.', 'skin_break_or_wound')).toBeUndefined();
    });

    it('denied, it is absent', () => {
      expect(stateOf('There are no sores between my toes.', 'skin_break_or_wound')).toBe('absent');
    });
  });

  describe('a time opening a new statement after "and" dates what follows, not the history item before', () => {
    it.each([
      "He's had a sore between his toes and for two days his right leg has been red, swollen and hot up to the knee.",
      'She had a cut on her shin and for three days her left calf has been hot and red.',
    ])('"%s" → onset_within_two_weeks', (text) => {
      const got = ids(text);
      expect(got.onset_within_two_weeks).toBe('present');
      expect(got.skin_break_or_wound).toBe('present');
    });
  });

  describe('a list of signs after one leg includes its swelling', () => {
    it.each([
      'For two days his right leg has been red, swollen and hot up to the knee.',
      'Her left calf is hot, tender and swollen.',
      'My right leg is red and swollen.',
    ])('"%s" → one_leg_swollen and one_leg_warm_red', (text) => {
      const got = ids(text);
      expect(got.one_leg_swollen).toBe('present');
      expect(got.one_leg_warm_red).toBe('present');
    });

    it('negated swelling is never read present', () => {
      expect(stateOf('My right leg is red, not swollen.', 'one_leg_swollen')).toBe('absent');
      expect(stateOf("My leg isn't red or swollen.", 'one_leg_swollen')).toBe('absent');
      expect(stateOf('My leg is red and hot but there is no swelling.', 'one_leg_swollen')).toBe('absent');
    });
  });

  describe('vomiting is systemic illness, not dehydration', () => {
    it.each(["He's been sick twice.", "I've been throwing up all night.", 'She keeps vomiting.'])(
      '"%s"',
      (text) => {
        const got = ids(text);
        expect(got.systemic_illness).toBe('present');
        expect(got).not.toHaveProperty('dehydration_or_heavy_sweating');
      },
    );

    it('diarrhoea is still fluid loss; denied vomiting is absent', () => {
      expect(stateOf("I've had diarrhoea.", 'dehydration_or_heavy_sweating')).toBe('present');
      expect(stateOf("He hasn't been sick and isn't confused.", 'systemic_illness')).toBe('absent');
    });
  });

  describe('fast breathing or a racing heart with a stated fever is the fever’s; with a denied fever it stays a clot sign', () => {
    it.each([
      "Tonight he's more confused than usual, shivering, breathing fast and he's been sick twice.",
      'I have a fever and my heart is racing and my left leg is red and hot.',
    ])('"%s" → systemic_illness, not chest_pain_or_breathless', (text) => {
      const got = ids(text);
      expect(got.systemic_illness).toBe('present');
      expect(got).not.toHaveProperty('chest_pain_or_breathless');
    });

    it.each([
      'No fever, but my heart is racing and my left calf is swollen.',
      "I don't have a temperature but I'm breathing fast and my left calf is swollen.",
      "I'm breathing fast and my calf is swollen.",
    ])('"%s" → chest_pain_or_breathless', (text) => {
      expect(stateOf(text, 'chest_pain_or_breathless')).toBe('present');
    });

    it('denied fast breathing is absent', () => {
      expect(stateOf("I'm not breathing fast and I have no fever.", 'chest_pain_or_breathless')).toBe(
        'absent',
      );
    });
  });

  describe('a swollen joint is joint pain, not ischaemic skin or allodynia', () => {
    it.each([
      'Woke at 3am with the joint at the base of my big toe on fire.',
      'My big toe joint is red and swollen.',
      'I have a swollen knee joint.',
    ])('"%s" → joint_pain_swelling', (text) => {
      expect(stateOf(text, 'joint_pain_swelling')).toBe('present');
    });

    it('a red, shiny, swollen joint that cannot bear the sheet is inflammation', () => {
      for (const text of [
        "It's red, shiny and swollen and I can't even bear the sheet on it.",
        'The joint is hot and swollen and the skin over it is shiny; I cannot stand the bedclothes on it.',
      ]) {
        const got = ids(text);
        expect(got).not.toHaveProperty('skin_shiny_pale_or_bluish_red');
        expect(got).not.toHaveProperty('bedclothes_hurt_feet');
      }
    });

    it('shiny hairless skin and sheets on burning feet keep their meaning', () => {
      expect(stateOf('The skin on my shins is shiny and hairless.', 'skin_shiny_pale_or_bluish_red')).toBe(
        'present',
      );
      expect(
        stateOf("My feet burn at night and I can't bear the sheets on them.", 'bedclothes_hurt_feet'),
      ).toBe('present');
    });

    it('a joint said not to be swollen is absent', () => {
      expect(stateOf('My big toe joint is not swollen.', 'joint_pain_swelling')).toBe('absent');
    });
  });

  describe('brown staining of the lower legs is a skin colour change', () => {
    it.each([
      "There's brown staining round both ankles and the skin is itchy and dry.",
      'The skin on my legs is brownish.',
      'I have rusty brown marks on my shins.',
    ])('"%s"', (text) => {
      expect(stateOf(text, 'skin_shiny_pale_or_bluish_red')).toBe('present');
    });

    it('denied, or brown things that are not skin, it is not', () => {
      expect(stateOf('No brown staining on my legs.', 'skin_shiny_pale_or_bluish_red')).toBe('absent');
      expect(stateOf('I had brown toast and my legs hurt.', 'skin_shiny_pale_or_bluish_red')).toBeUndefined();
    });
  });

  describe('widespread pain and "most nights" are read only as far as they are stated', () => {
    it('lower back named among many painful places is still back pain (it is stated)', () => {
      expect(stateOf('My neck, shoulders, arms, lower back and legs all ache.', 'back_pain')).toBe('present');
    });

    it('"most nights" with no word about sleep is night, not sleep disruption', () => {
      const got = ids(
        'Most nights now my calves and the soles of my feet seize up with my toes pulled down hard, for a few minutes.',
      );
      expect(got.evening_night_worse).toBe('present');
      expect(got).not.toHaveProperty('nightly_sleep_disruption');
      expect(stateOf('Most nights my calves cramp and it wakes me up.', 'nightly_sleep_disruption')).toBe(
        'present',
      );
    });

    it('a bruised feeling is soreness after an attack only when there are attacks', () => {
      expect(
        stateOf(
          'A deep achy bruised feeling in the thighs. It isn’t cramp, nothing goes hard.',
          'muscle_sore_afterwards',
        ),
      ).toBeUndefined();
      expect(
        stateOf('My calf cramps up at night and feels bruised the next day.', 'muscle_sore_afterwards'),
      ).toBe('present');
    });
  });
});

describe('phrases the interview asked again although the person had said them (issue 14)', () => {
  it('"numb when I wipe" is saddle numbness', () => {
    expect(stateOf('Since this morning it feels numb when I wipe after the toilet.', 'saddle_numbness')).toBe(
      'present',
    );
    expect(stateOf('No numbness when I wipe.', 'saddle_numbness')).toBe('absent');
  });

  it('"suddenly became extremely painful" is sudden severe pain', () => {
    expect(stateOf('Last night my leg suddenly became extremely painful.', 'sudden_severe_pain')).toBe(
      'present',
    );
  });

  it('"my foot drops" is a foot drop; dropping something on the foot is not', () => {
    expect(stateOf('My foot drops when I walk.', 'foot_drop')).toBe('present');
    expect(stateOf('I dropped a can on my foot.', 'foot_drop')).toBeUndefined();
  });

  it('pain down the leg with the back in the same sentence radiates; without it, it is not assumed', () => {
    expect(
      stateOf('I hurt my back lifting a sofa and have pain down my right leg.', 'pain_radiates_down_leg'),
    ).toBe('present');
    expect(stateOf('My knee hurts and there is pain down my leg.', 'pain_radiates_down_leg')).toBeUndefined();
  });
});

describe("a relative's account is the patient's (red flags told by a husband, a daughter…)", () => {
  it("reads a text written about a relative, with no first person, as the patient's findings", () => {
    expect(
      stateOf('My husband says his leg is swollen and he has chest pain.', 'chest_pain_or_breathless'),
    ).toBe('present');
    expect(
      stateOf('Writing for my dad: his foot suddenly went cold and white.', 'sudden_cold_pale_leg'),
    ).toBe('present');
    expect(stateOf('my husband cant feel his bum when he wipes', 'saddle_numbness')).toBe('present');
  });

  it("in a first-person text, a relative who only reports is read; a relative's own history is not", () => {
    expect(
      stateOf("I'm worried, my husband says his back is bad and he can't pee.", 'bladder_bowel_change'),
    ).toBe('present');
    expect(stateOf('I get cramps at night. My mum had a DVT once.', 'previous_dvt')).toBeUndefined();
  });

  it("a negation in a relative's account still negates", () => {
    expect(stateOf('My mum says her leg is not swollen.', 'one_leg_swollen')).not.toBe('present');
  });
});

describe('general readings found by held-out set 3 (issue 12)', () => {
  it('an aside ("as far as I know") does not make a relative\'s account the writer\'s own', () => {
    expect(stateOf('Mum is 84 with osteoporosis. She has pain, as far as I know.', 'osteoporosis')).toBe(
      'present',
    );
  });
  it('"low in her back" is back pain; "can barely walk" is not bearing weight', () => {
    expect(stateOf('Bad pain low in my back.', 'back_pain')).toBe('present');
    expect(stateOf('She can barely walk to the toilet.', 'unable_to_bear_weight')).toBe('present');
    expect(stateOf('I can walk on it fine.', 'unable_to_bear_weight')).not.toBe('present');
  });
  it('cauda equina in lay words: location before numbness, not feeling oneself wee, an accident with wee', () => {
    expect(stateOf('His bum and between his legs feel numb.', 'saddle_numbness')).toBe('present');
    expect(stateOf("He couldn't feel himself weeing properly.", 'bladder_bowel_change')).toBe('present');
    expect(stateOf('I had a little accident with wee earlier.', 'bladder_bowel_change')).toBe('present');
    expect(stateOf('No accidents with wee or poo.', 'bladder_bowel_change')).not.toBe('present');
  });
  it('temperatures, one leg puffier than the other, white and stone cold', () => {
    expect(stateOf("I'm getting temperatures on and off.", 'fever')).toBe('present');
    expect(stateOf('My left calf is a bit puffier than the right one.', 'one_leg_swollen')).toBe('present');
    expect(stateOf('The leg is white and stone cold.', 'sudden_cold_pale_leg')).toBe('present');
  });
});

describe('night pain denied (claudication told in lay words)', () => {
  it('"fine in bed", "no pain in bed", "never hurts at night" deny night pain and its broken sleep', () => {
    for (const text of [
      'My calf aches after a block, fine sitting, fine in bed.',
      'calf gets tight walking, no pain in bed tho',
      'It never hurts at night.',
      "It doesn't bother me at night.",
    ]) {
      expect(stateOf(text, 'evening_night_worse'), text).toBe('absent');
      expect(stateOf(text, 'nightly_sleep_disruption'), text).toBe('absent');
    }
  });

  it('night pain said plainly is still present', () => {
    expect(stateOf('My foot hurts in bed at night.', 'evening_night_worse')).toBe('present');
    expect(stateOf('The pain is bad at night.', 'evening_night_worse')).toBe('present');
  });
});

describe('spinal pain that stops sleep (NICE CG75 wording)', () => {
  it('back pain that "stops me sleeping" in the same sentence is spinal pain at night', () => {
    expect(
      stateOf(
        "For 6 weeks I've had a pain in my lower back that's getting worse every week and it stops me sleeping.",
        'spinal_pain_night_lying',
      ),
    ).toBe('present');
    expect(stateOf('My calf cramps wake me up.', 'spinal_pain_night_lying')).not.toBe('present');
  });
});

/** Wordings from held-out set 4 and role-play set 2, each checked by a paraphrase and its counterpart. */
describe('night and bed words in short accounts', () => {
  // rd13 (issue #14) changed the rule: a symptom told "in bed" is a night symptom (people say "in bed" for the night,
  // and role-played patients ticked "worse at night" for it); the bed by day is not.
  it('"worse in bed", "when he goes to bed" and plain "aches in bed" are night symptoms; in bed all day is not', () => {
    expect(stateOf('The ache in my shin is worse in bed.', 'evening_night_worse')).toBe('present');
    expect(stateOf('Her legs ache once she gets into bed.', 'evening_night_worse')).toBe('present');
    expect(stateOf('My calves ache in bed.', 'evening_night_worse')).toBe('present');
    expect(stateOf('My calves ache in bed all day since the flu.', 'evening_night_worse')).not.toBe(
      'present',
    );
    expect(stateOf("It doesn't bother me in bed.", 'evening_night_worse')).toBe('absent');
  });

  it('"won\'t go away" says the pain persists; it does not negate what follows', () => {
    const text = 'An ache deep in my shin bone that never goes away and is worse in bed.';
    expect(stateOf(text, 'bone_pain_night')).toBe('present');
    expect(stateOf("The swelling in my calf hasn't gone down.", 'one_leg_swollen')).toBe('present');
    expect(stateOf('No bone pain at night.', 'bone_pain_night')).toBe('absent');
  });

  it('"driving me mad at night" and "crying with it at night" are night symptoms; "I work nights" is not', () => {
    expect(stateOf('His legs drive him mad at night.', 'evening_night_worse')).toBe('present');
    expect(stateOf('She is crying with her foot at night.', 'evening_night_worse')).toBe('present');
    expect(stateOf('I work nights at the depot.', 'evening_night_worse')).toBeUndefined();
  });
});

describe("a relative's account with a possessive", () => {
  it('"mum\'s foot", "my wife\'s leg", "dad\'s knee" are told for someone else, and read', () => {
    expect(understand("Dad's knee is killing him in bed.").voice).toBe('other');
    expect(understand("My husband's calf is swollen and red.").voice).toBe('other');
    expect(stateOf("My husband's calf is swollen and red.", 'one_leg_swollen')).toBe('present');
    expect(understand('My calf is swollen and red.').voice).toBe('self');
  });

  it('"not herself", "keeps asking what day it is" are new confusion', () => {
    expect(stateOf("Gran's leg is red and hot and she's not herself today.", 'systemic_illness')).toBe(
      'present',
    );
    expect(stateOf('He keeps asking what day it is.', 'systemic_illness')).toBe('present');
    expect(stateOf('I am not sure what caused it.', 'systemic_illness')).toBeUndefined();
  });
});

describe('places named without the word "pain"', () => {
  it('"giving me gyp" is pain', () => {
    expect(stateOf('My left knee is giving me gyp.', 'pain_knee')).toBe('present');
  });

  it('the back of the ankle or heel and the Achilles are the heel, not the back', () => {
    expect(stateOf('The back of my heel aches in the morning.', 'pain_heel')).toBe('present');
    expect(stateOf('The back of my ankle is sore.', 'back_pain')).toBeUndefined();
    expect(stateOf('My achilles is stiff and sore.', 'pain_heel')).toBe('present');
    expect(stateOf('My back is sore.', 'back_pain')).toBe('present');
  });

  it('"back and leg pain" names back pain', () => {
    expect(stateOf('Back and leg pain most nights.', 'back_pain')).toBe('present');
  });

  it('"can\'t sleep for my hip" is hip pain', () => {
    expect(stateOf("Can't sleep for my left hip.", 'pain_hip_groin')).toBe('present');
  });
});

describe('signs and history told in lay words', () => {
  it('a hard tender line under the skin is a clotted surface vein, named or not', () => {
    expect(stateOf('There is a hard, sore line up the inside of my calf.', 'tender_cord_vein')).toBe(
      'present',
    );
    expect(stateOf('A firm red cord runs up my shin.', 'tender_cord_vein')).toBe('present');
  });

  it('feeling that comes back when sat on the edge of the bed is relief by dangling', () => {
    const text = 'My toes go numb in bed; sitting on the edge of the bed, the feeling comes back.';
    expect(stateOf(text, 'relief_dangling_leg')).toBe('present');
    expect(
      stateOf('If I sit on the edge of the bed the cramp comes back.', 'relief_dangling_leg'),
    ).toBeUndefined();
  });

  it('struggling to walk after a fall is a weight-bearing problem; without an injury it is not', () => {
    expect(stateOf('He fell off a ladder and is struggling to walk.', 'unable_to_bear_weight')).toBe(
      'present',
    );
    expect(stateOf('I am struggling to walk far these days.', 'unable_to_bear_weight')).toBeUndefined();
  });

  it('"now the leg is going weak" and "getting weak" are weakness still coming on', () => {
    expect(stateOf('Pain in my thigh and now the leg is going weak.', 'progressive_weakness')).toBe(
      'present',
    );
    expect(stateOf('My legs are getting weak.', 'progressive_weakness')).toBe('present');
    expect(stateOf('My legs are not getting weak.', 'progressive_weakness')).not.toBe('present');
  });

  it('a cancer history stays present when the person says it is all clear', () => {
    expect(stateOf('Had bowel cancer 3 years ago, all clear now.', 'cancer_history')).toBe('present');
  });
});

describe('more lay wording from held-out set 4 and role-play set 2', () => {
  it('"takes the edge off" after an anti-inflammatory is relief by it', () => {
    expect(stateOf('Ibuprofen takes the edge off at night.', 'relief_anti_inflammatory')).toBe('present');
    expect(stateOf("Ibuprofen doesn't help at all.", 'relief_anti_inflammatory')).toBe('absent');
  });

  it('a toe or foot weak to lift is weak pulling up (foot drop screen)', () => {
    expect(stateOf('My big toe is weak lifting it up.', 'foot_drop')).toBe('present');
  });

  it('a pulled hamstring is an injury and a thigh pain', () => {
    expect(stateOf('I tore my hamstring playing rugby.', 'recent_leg_injury')).toBe('present');
    expect(stateOf('My hamstring aches in bed.', 'pain_buttock_thigh')).toBe('present');
  });

  it('a side of the thigh named with a symptom is the thigh', () => {
    expect(stateOf('Tingling on the outside of my thigh.', 'pain_buttock_thigh')).toBe('present');
    expect(stateOf('A mole on the outside of my thigh.', 'pain_buttock_thigh')).toBeUndefined();
  });

  it('pain that wakes the person is night pain; waking an hour after sleep is its own finding', () => {
    expect(stateOf('My ankles ache and wake me up.', 'evening_night_worse')).toBe('present');
    expect(stateOf('My toes burn and wake me an hour after I fall asleep.', 'evening_night_worse')).not.toBe(
      'present',
    );
  });
});

describe('persistence ("won\'t go away") negates relief only', () => {
  it('relief said not to come is absent; the symptom itself stays present', () => {
    expect(stateOf("The pain doesn't go away when I walk about.", 'relief_walking')).toBe('absent');
    expect(stateOf("It won't go away if I hang my leg out of bed.", 'relief_dangling_leg')).toBe('absent');
    expect(stateOf("Walking about helps but the ache won't go away.", 'relief_walking')).toBe('present');
  });
});

const voiceOf = (text: string) => understand(text).voice;

describe('lay wording from held-out set 5 (under-triaged through reading misses)', () => {
  it('"out of puff" and a sharp pain on a deep breath are breathlessness / pleuritic chest pain', () => {
    expect(stateOf('Since Monday I get out of puff walking to the shop.', 'chest_pain_or_breathless')).toBe(
      'present',
    );
    expect(
      stateOf('It stabs under my left ribs whenever I take a deep breath in.', 'chest_pain_or_breathless'),
    ).toBe('present');
    expect(stateOf("I can't get my breath going up the hill since Sunday.", 'chest_pain_or_breathless')).toBe(
      'present',
    );
    // Said on exertion with nothing that makes it new, it is left open for the screen to ask (held-out set 7).
    expect(stateOf("I can't get my breath going up the hill.", 'chest_pain_or_breathless')).toBe('unknown');
    expect(stateOf('No pain when I breathe in.', 'chest_pain_or_breathless')).toBe('absent');
  });

  it('a hedged cause in a later sentence does not negate the breathlessness', () => {
    const text =
      'I have been short of puff on the stairs since yesterday. Probably just the tablets making me feel tired.';
    expect(stateOf(text, 'chest_pain_or_breathless')).toBe('present');
  });

  it('"the pills ran out" is not running', () => {
    expect(stateOf('I stopped the injections when the pack ran out.', 'muscle_overuse')).toBeUndefined();
    expect(stateOf('I ran 10 miles on Sunday.', 'muscle_overuse')).toBe('present');
  });

  it('a tackle or stamp to the shin is an injury; a broken wrist is not a leg injury', () => {
    expect(stateOf('Got a late tackle on my left shin in the match.', 'recent_leg_injury')).toBe('present');
    expect(stateOf('Someone stamped on my ankle at rugby.', 'recent_leg_injury')).toBe('present');
    expect(stateOf('Years ago I broke my wrist.', 'recent_leg_injury')).toBeUndefined();
  });

  it('hard, tight and shiny together is a tense compartment, not a cramp', () => {
    const text = 'The front of my lower leg has gone solid, tight and shiny.';
    expect(stateOf(text, 'tense_swollen_muscle')).toBe('present');
    expect(stateOf(text, 'sudden_muscle_contraction')).toBeUndefined();
    expect(stateOf('My calf goes rock hard for a minute then lets go.', 'sudden_muscle_contraction')).toBe(
      'present',
    );
  });

  it('painkillers that do nothing, or pain worse than a fracture, after a knock are out of proportion', () => {
    expect(
      stateOf(
        'Got kicked on the shin. I took paracetamol and ibuprofen but they have not touched it.',
        'pain_out_of_proportion',
      ),
    ).toBe('present');
    expect(
      stateOf('After the tackle the pain is worse than when I fractured my arm.', 'pain_out_of_proportion'),
    ).toBe('present');
    expect(stateOf('The pain is worse than when I broke my arm.', 'pain_out_of_proportion')).toBeUndefined();
  });

  it('mid-back and between-the-shoulder-blades pain is back pain; band pain round the ribs too', () => {
    expect(stateOf('An ache between my shoulder blades for weeks.', 'back_pain')).toBe('present');
    expect(stateOf('Sore in the middle of the back.', 'back_pain')).toBe('present');
    expect(stateOf('Sometimes it wraps around my ribcage like a belt, in my back too.', 'back_pain')).toBe(
      'present',
    );
    expect(stateOf('It feels like a tight band round my chest.', 'heavy_tired_legs')).toBeUndefined();
  });

  it('a cough or sneeze that catches the back is spinal pain worse on straining', () => {
    expect(stateOf('When I sneezed it caught me right in the back.', 'back_pain_worse_cough_strain')).toBe(
      'present',
    );
  });

  it('"worse lying flat" said after back pain, with no leg in the sentence, is spinal pain lying down', () => {
    const text = 'I have pain in the middle of my back. It is worse lying flat so I sleep sitting up.';
    expect(stateOf(text, 'spinal_pain_night_lying')).toBe('present');
    expect(stateOf('My calf hurts. It is worse lying flat.', 'spinal_pain_night_lying')).toBeUndefined();
  });

  it('a thermometer reading of 38 or more is a fever; sweating through the sheets is night sweats', () => {
    expect(stateOf('The thermometer showed 38.2 this evening.', 'fever')).toBe('present');
    expect(stateOf('My temp was 101 last night.', 'fever')).toBe('present');
    expect(stateOf('The thermometer said 36.8.', 'fever')).toBe('absent');
    expect(stateOf('I have been sweating through my pyjamas.', 'weight_loss_night_sweats')).toBe('present');
  });
});

describe('lay wording from role-play set 3 (openings and read-backs)', () => {
  it('a foot or feet that keep someone up or drive them mad hurt', () => {
    expect(stateOf('her foot keeps her awake', 'pain_feet_toes')).toBe('present');
    expect(stateOf('my feet drive me crazy in bed', 'pain_feet_toes')).toBe('present');
    expect(stateOf('my feet drive me crazy in bed', 'bilateral_symptoms')).toBe('present');
  });

  it('"pain down my leg" radiates', () => {
    expect(stateOf('shooting pain right down my leg', 'pain_radiates_down_leg')).toBe('present');
    expect(stateOf('aching down the leg most evenings', 'pain_radiates_down_leg')).toBe('present');
  });

  it('a leg that has "gone funny" or is "killing me" tonight is a new complaint', () => {
    expect(stateOf("my dad's leg went weird this evening", 'onset_within_two_weeks')).toBe('present');
    expect(stateOf('my leg is killing me today', 'onset_within_two_weeks')).toBe('present');
  });

  it('a vein that hurts keeps the surface-clot question open', () => {
    expect(stateOf('a vein on my calf is sore', 'tender_cord_vein')).toBe('present');
    expect(stateOf('painful veins on the back of my knee', 'tender_cord_vein')).toBe('present');
  });

  it('a relative\'s knee that "is bad" is knee pain', () => {
    expect(stateOf("mum's knee has been awful all day", 'pain_knee')).toBe('present');
  });

  it('"legs" with a complaint and no other finding is both legs', () => {
    expect(stateOf('my legs are awful in the evenings', 'bilateral_symptoms')).toBe('present');
    expect(stateOf('my legs hurt most of the day', 'bilateral_symptoms')).toBe('present');
  });

  it('feeling awful in oneself is being unwell; a leg that feels awful is the pain', () => {
    expect(stateOf('bad back and I feel terrible', 'fever')).toBe('present');
    expect(stateOf('my legs feel awful', 'fever')).toBeUndefined();
  });

  it('bedtime and being woken again and again are night symptoms', () => {
    expect(stateOf('legs are awful by bedtime', 'evening_night_worse')).toBe('present');
    expect(stateOf('my calf keeps waking me', 'nightly_sleep_disruption')).toBe('present');
    expect(stateOf('my calf keeps waking me', 'evening_night_worse')).toBe('present');
  });

  it('"back\'s gone again" is back pain', () => {
    expect(stateOf("my back's gone again", 'back_pain')).toBe('present');
    expect(stateOf('backs playing up', 'back_pain')).toBe('present');
  });

  it('restless sleep is not the urge to move; restless legs are', () => {
    expect(stateOf('restless in bed most nights', 'urge_to_move_legs')).toBeUndefined();
    expect(stateOf("he can't settle tonight", 'urge_to_move_legs')).toBeUndefined();
    expect(stateOf('my legs get restless in the evening', 'urge_to_move_legs')).toBe('present');
    expect(stateOf('I have to get up and move my legs', 'urge_to_move_legs')).toBe('present');
  });

  it('a calf that "went tight" is not a cramp; a muscle that pulls tight is', () => {
    expect(stateOf('my calf went tight and sore', 'sudden_muscle_contraction')).toBeUndefined();
    expect(stateOf('my calf pulls tight then lets go', 'sudden_muscle_contraction')).toBe('present');
  });

  it('"on fire" of one hot joint is not nerve burning; burning feet with tingling are', () => {
    expect(stateOf('my big toe joint is on fire, red and swollen', 'burning_pain')).toBeUndefined();
    expect(stateOf('my feet are on fire with pins and needles', 'burning_pain')).toBe('present');
  });

  it('a self-diagnosis guess names no symptom', () => {
    expect(stateOf('could it be a trapped nerve?', 'pain_radiates_down_leg')).toBeUndefined();
    expect(stateOf('I have a trapped nerve in my back', 'pain_radiates_down_leg')).toBe('present');
  });

  it("a relative's opening that asks what to do is in the relative's voice", () => {
    expect(voiceOf('my wife is in terrible pain, what should I do')).toBe('other');
    expect(voiceOf('my wife says I should see someone about my calf')).toBe('self');
    expect(voiceOf('my mum had clots, could I have one? my calf is swollen')).toBe('self');
    expect(voiceOf('my son has hurt his knee, should I take him to A&E')).toBe('other');
  });
});

describe('misreadings in the other held-out set 5 failures', () => {
  it('a crampy pain on walking that goes when the person stops is claudication, not a night cramp', () => {
    const text = 'I get a crampy ache in my hip and thigh when I walk briskly, it eases once I stop.';
    expect(stateOf(text, 'calf_pain_walking_relieved_standing_still')).toBe('present');
    expect(stateOf(text, 'sudden_muscle_contraction')).toBeUndefined();
  });

  it('pressing a tender spot on the shin is not calf-vein tenderness', () => {
    expect(
      stateOf('There is one sore spot on my shin bone, it hurts if I press it.', 'calf_tender_along_veins'),
    ).toBeUndefined();
    expect(stateOf('My calf is sore when I press it.', 'calf_tender_along_veins')).toBe('present');
  });

  it('"swollen from the knee down" does not place the pain in the knee; a reddish swollen leg is red', () => {
    expect(stateOf('My left leg has swollen from the knee down.', 'pain_knee')).toBeUndefined();
    expect(stateOf('The leg is swollen below the knee and a bit reddish.', 'one_leg_warm_red')).toBe(
      'present',
    );
  });

  it('a guessed stress fracture and a falling simile are not injuries', () => {
    expect(stateOf('Might it be a stress fracture?', 'recent_leg_injury')).toBeUndefined();
    expect(
      stateOf('My legs twitch as I doze off, as if I was falling down stairs.', 'recent_leg_injury'),
    ).toBe(undefined);
    expect(stateOf('I fell down the stairs on Friday.', 'recent_leg_injury')).toBe('present');
  });

  it('an operation dated to a past decade is not recent surgery', () => {
    expect(stateOf('I had an operation on my knee back in the 80s.', 'recent_surgery_or_bedridden')).toBe(
      undefined,
    );
    expect(stateOf('I had an operation on my knee last week.', 'recent_surgery_or_bedridden')).toBe(
      'present',
    );
  });

  it('a heavy load is not a heavy leg', () => {
    expect(stateOf('I carry a heavy bag of tools all day.', 'heavy_tired_legs')).toBeUndefined();
    expect(stateOf('My legs feel heavy by the evening.', 'heavy_tired_legs')).toBe('present');
  });

  it('"jimmy legs" and having to keep moving them are the urge to move', () => {
    expect(stateOf('I get the jimmy legs in bed.', 'urge_to_move_legs')).toBe('present');
    expect(stateOf('I have to keep kicking and stretching my legs.', 'urge_to_move_legs')).toBe('present');
  });

  it('warm water trickling down the calf after a pop is not a crawling feeling', () => {
    expect(
      stateOf(
        'Something popped behind my knee, then it felt like water running down my calf.',
        'creeping_crawling_sensation',
      ),
    ).toBeUndefined();
  });

  it('morning heel pain on getting up is not soreness after a cramp', () => {
    expect(stateOf('My heel hurts when I get up in the morning.', 'muscle_sore_afterwards')).toBeUndefined();
    expect(stateOf('Cramp at night and my calf is tender in the morning.', 'muscle_sore_afterwards')).toBe(
      'present',
    );
  });
});

describe('numbness up to the ankles', () => {
  it('is the extent of stocking numbness, not numbness climbing; up to the knees still counts', () => {
    expect(
      stateOf('Both feet tingle, pins and needles up to the ankles.', 'ascending_numbness'),
    ).toBeUndefined();
    expect(stateOf('Tingling in both legs up to my knees since Monday.', 'ascending_numbness')).toBe(
      'present',
    );
  });
});

describe('breathlessness said to be long-standing or building up (held-out set 5)', () => {
  it('is the gradual, heart kind (same day), not the sudden chest alarm (ambulance)', () => {
    const longStanding = "She also gets very out of breath but that's been a while.";
    expect(stateOf(longStanding, 'breathless_lying_flat_or_gradual')).toBe('present');
    expect(stateOf(longStanding, 'chest_pain_or_breathless')).toBeUndefined();
    const paraphrase = "He's been getting more and more breathless walking to the toilet.";
    expect(stateOf(paraphrase, 'breathless_lying_flat_or_gradual')).toBe('present');
    expect(stateOf(paraphrase, 'chest_pain_or_breathless')).toBeUndefined();
  });

  it('breathlessness that came on lately stays the chest alarm', () => {
    expect(stateOf('Suddenly out of breath since yesterday.', 'chest_pain_or_breathless')).toBe('present');
    expect(stateOf('Short of breath for a few hours.', 'chest_pain_or_breathless')).toBe('present');
  });
});

describe('symptoms timed to a new medicine, found by role-play (secondary cramps never led)', () => {
  it('reads the timing in lay words, with the medicine class', () => {
    const text = 'Ever since my GP bumped up my water pills I wake up with my calves knotting.';
    expect(stateOf(text, 'began_after_new_medicine')).toBe('present');
    expect(stateOf(text, 'takes_diuretic')).toBe('present');
    expect(stateOf('My legs have ached since the doctor upped my statin.', 'began_after_new_medicine')).toBe(
      'present',
    );
    expect(
      stateOf(
        'My husband says his cramps started after the doctor put him on new tablets.',
        'began_after_new_medicine',
      ),
    ).toBe('present');
  });

  it('does not read cramps that came first, or a painkiller taken for them, as timed to a medicine', () => {
    expect(
      stateOf('I had cramps for years before I started the water tablets.', 'began_after_new_medicine'),
    ).not.toBe('present');
    expect(
      stateOf('Since the cramps started I have been taking ibuprofen tablets.', 'began_after_new_medicine'),
    ).not.toBe('present');
    expect(stateOf('Since I started running my calves cramp.', 'began_after_new_medicine')).not.toBe(
      'present',
    );
  });
});

describe('the thyroid named before its state (item: secondary cramps led by the trigger)', () => {
  it('reads "my thyroid is underactive" and "thyroid\'s a bit low" as thyroid symptoms', () => {
    expect(stateOf('My thyroid is underactive and I get leg cramps at night.', 'thyroid_symptoms')).toBe(
      'present',
    );
    expect(stateOf("The doctor says my thyroid's a bit low. Calves cramp in bed.", 'thyroid_symptoms')).toBe(
      'present',
    );
  });

  it('a thyroid said to be fine is not thyroid symptoms', () => {
    expect(stateOf('My thyroid was checked and it is normal.', 'thyroid_symptoms')).not.toBe('present');
  });
});

describe('a lump or swelling on a bone (bone tumour, stress fracture; S443, S347)', () => {
  it('reads a lump on or over the bone as present', () => {
    for (const text of [
      'Hard lump on the bone just above my knee, aches at night.',
      'There is a lump on my knee bone and it is getting bigger.',
      "I've noticed a firm swelling over the bone there, about the size of a golf ball.",
      'My son has a bony lump on his shin.',
    ])
      expect(stateOf(text, 'bone_lump'), text).toBe('present');
  });

  it('negated, it is absent; ankle swelling and a lump behind the knee are not a bone lump', () => {
    expect(stateOf('There is no lump on the bone.', 'bone_lump')).toBe('absent');
    expect(stateOf('Swelling over my ankle bones in the evening.', 'bone_lump')).toBeUndefined();
    expect(stateOf('A soft lump behind my knee.', 'bone_lump')).toBeUndefined();
  });
});

describe('a bone-strengthening medicine (atypical femoral fracture, S363)', () => {
  it('reads the medicine as takes_bisphosphonate and as osteoporosis', () => {
    for (const text of [
      'Been on alendronic acid for 9 years.',
      'I have a Prolia injection every 6 months.',
    ]) {
      expect(stateOf(text, 'takes_bisphosphonate'), text).toBe('present');
      expect(stateOf(text, 'osteoporosis'), text).toBe('present');
    }
  });
});

describe('night pain denied with the time first (claudication accounts over-triaged as rest pain)', () => {
  it('reads "at night its fine mostly", "in bed it\'s fine" and "sleep like a log" as no night pain', () => {
    expect(stateOf('My calf hurts when I walk fast. At night its fine mostly.', 'evening_night_worse')).toBe(
      'absent',
    );
    expect(stateOf("My calf aches walking uphill. In bed it's fine.", 'evening_night_worse')).toBe('absent');
    expect(stateOf('I sleep like a log.', 'nightly_sleep_disruption')).toBe('absent');
  });

  it('"fine at first" in bed does not deny night pain', () => {
    expect(stateOf("In bed it's fine at first, then my foot burns.", 'evening_night_worse')).not.toBe(
      'absent',
    );
  });
});

describe('rest-pain features answered in passing (neuropathy and stenosis accounts over-triaged)', () => {
  it('hanging the feet out of bed that "makes no difference" is no relief by dangling', () => {
    expect(
      stateOf(
        'I tried hanging them out the side of the bed like I read on here but it makes no difference.',
        'relief_dangling_leg',
      ),
    ).toBe('absent');
    expect(stateOf('I hang my foot over the edge of the bed and that helps.', 'relief_dangling_leg')).toBe(
      'present',
    );
  });

  it('warm feet answer the cold-foot question; a cold leg beside them is still present', () => {
    expect(stateOf('His feet are warm and look normal to me.', 'cool_limb')).toBe('absent');
    expect(stateOf('My feet are warm but my left leg is cold.', 'cool_limb')).toBe('present');
  });
});

describe('back pain at night in plain words (spinal metastases after a cancer; lookalikes C2)', () => {
  it('reads a back that "has ached at night" or "hurts when I lie down" as back pain at night', () => {
    const ached = 'For a month my back has ached at night.';
    expect(stateOf(ached, 'back_pain')).toBe('present');
    expect(stateOf(ached, 'spinal_pain_night_lying')).toBe('present');
    expect(stateOf('My lower back hurts at night when I lie down.', 'spinal_pain_night_lying')).toBe(
      'present',
    );
    expect(stateOf('Now there is pain in my spine at night.', 'spinal_pain_night_lying')).toBe('present');
  });

  it('a tumour removed is a cancer history, a benign one is not', () => {
    expect(stateOf('I had a tumour removed from my bowel last year.', 'cancer_history')).toBe('present');
    expect(stateOf('I had a benign tumour removed from my bowel.', 'cancer_history')).toBeUndefined();
  });
});

describe('a replaced joint gone hot and swollen, in lay words (septic arthritis in a prosthesis, S341)', () => {
  it('reads "my hip was replaced" as a prosthetic joint', () => {
    expect(stateOf('My hip was replaced last year.', 'prosthetic_joint')).toBe('present');
    expect(stateOf('Her knee got replaced in 2019.', 'prosthetic_joint')).toBe('present');
  });

  it('reads "boiling hot, puffed up" of a replaced joint as a hot swollen joint', () => {
    expect(
      stateOf(
        'New knee fitted in 2019. Woke up with it boiling hot, puffed up and agony.',
        'hot_swollen_joint',
      ),
    ).toBe('present');
  });
});

describe('a cramp considered and set aside ("I thought it was a cramp but it doesn\'t go away")', () => {
  it('reads the cramp as absent, so a pain that stays is not talked away as cramp', () => {
    expect(
      stateOf(
        "My calf feels tight. I thought it was a cramp but it doesn't go away.",
        'sudden_muscle_contraction',
      ),
    ).toBe('absent');
    expect(stateOf('I get cramps in my calf at night.', 'sudden_muscle_contraction')).toBe('present');
  });
});
