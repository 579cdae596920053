import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triageRules } from '../knowledge/index.js';
import { understand } from './index.js';

/** Red flags: findings in rules that send a person to a doctor within 24 h or to emergency care. */
const redFlags = new Set(
  triageRules
    .filter(
      (r) => r.level === 'emergency_ambulance' || r.level === 'emergency' || r.level === 'consultation_24',
    )
    .flatMap((r) => [...r.all, ...(r.any ?? [])]),
);

const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

/** For every red flag: sentences that must read as present, and negated ones that must never read as present. */
const phrasings: Record<string, { present: string[]; negated: string[] }> = {
  chest_pain_or_breathless: {
    present: [
      'I have chest pain.',
      "I'm short of breath since this morning.",
      'I coughed up blood and nearly fainted.',
    ],
    negated: [
      'No chest pain.',
      "I'm not breathless at all.",
      'I have never coughed up blood and I have no chest pain.',
    ],
  },
  one_leg_swollen: {
    present: [
      'My left calf is swollen.',
      'One leg is swollen.',
      'The right leg is clearly bigger than the left.',
    ],
    negated: ['My leg is not swollen.', 'No swelling in my calf.', 'Both legs look the same.'],
  },
  one_leg_warm_red: {
    present: ['My right calf is red and warm.', 'The shin is hot to touch.', 'My leg has gone red.'],
    negated: ['My leg is not red or warm.', 'No redness.', "The calf isn't hot."],
  },
  calf_tender_along_veins: {
    present: [
      'My calf is tender.',
      'The calf is very tender when I press it.',
      'There is tenderness in my calf.',
    ],
    negated: [
      "My calf isn't tender.",
      'No tenderness in the calf.',
      'The calf is not tender when I squeeze it.',
    ],
  },
  whole_leg_swollen: {
    present: [
      'My whole leg is swollen.',
      'The leg is swollen from the ankle up to the thigh.',
      'The entire leg has swollen up.',
    ],
    negated: [
      'The whole leg is not swollen.',
      "My entire leg isn't swollen, just the ankle.",
      'No swelling of the whole leg.',
    ],
  },
  pitting_oedema: {
    present: [
      'When I press my shin it leaves a dent.',
      'Pressing the swelling leaves a dent.',
      'I have pitting oedema.',
    ],
    negated: ["Pressing my shin doesn't leave a dent.", 'No pitting.', 'There is no dent when I press it.'],
  },
  sudden_cold_pale_leg: {
    present: [
      'My foot suddenly went cold and white.',
      'My leg has gone pale and icy cold.',
      'The foot has turned mottled blue.',
    ],
    negated: ["My leg doesn't feel cold.", 'My foot is not cold or pale.', 'No sudden coldness in the leg.'],
  },
  sudden_severe_pain: {
    present: [
      'Sudden severe pain in my leg an hour ago.',
      'The pain came on out of nowhere and it is excruciating.',
      'Suddenly terrible pain in the calf.',
    ],
    negated: [
      'No sudden severe pain.',
      "I haven't had any sudden, severe pain.",
      'There was never a sudden terrible pain.',
    ],
  },
  cool_limb: {
    present: [
      'My right foot is colder than the left.',
      'My feet are freezing.',
      'The leg feels cold to touch.',
    ],
    negated: ["My leg doesn't feel cold.", 'My feet are not cold.', 'The legs are the same temperature.'],
  },
  numbness_tingling: {
    present: ['I have pins and needles in my foot.', 'My toes are numb.', "I can't feel my toes."],
    negated: ['No pins and needles.', 'Not tingling or numb.', 'There is no numbness.'],
  },
  progressive_weakness: {
    present: [
      'My leg is getting weaker every week.',
      'The weakness is getting worse.',
      'The leg has become weaker over the past few weeks.',
    ],
    negated: ['No weakness.', 'My leg is not getting weaker.', 'There is no progressive weakness.'],
  },
  foot_drop: {
    present: [
      'My foot slaps on the floor when I walk.',
      "I can't lift the front of my foot.",
      'My toes catch on the ground.',
    ],
    negated: ['No foot drop.', 'My foot does not drag.', 'I can lift my foot fine, no dragging.'],
  },
  saddle_numbness: {
    present: [
      'I have numbness around my bottom.',
      "I can't feel the toilet paper when I wipe.",
      'Numb between my legs.',
    ],
    negated: [
      'No numbness down below.',
      'I have no numbness around my back passage.',
      'There is no saddle numbness.',
    ],
  },
  bladder_bowel_change: {
    present: ["I've wet myself twice.", "I can't pee properly.", 'I have lost control of my bowels.'],
    negated: ['I have not lost control of my bladder.', 'Bladder and bowels are normal.', 'No incontinence.'],
  },
  weakness_both_legs: {
    present: ['Both my legs have gone weak.', 'My legs are giving way.', 'Weakness in both legs.'],
    negated: ["Legs aren't weak.", 'No weakness in my legs.', 'My legs are not weak at all.'],
  },
  pain_out_of_proportion: {
    present: [
      'The pain is way worse than it looks.',
      'The skin is going dusky grey with blisters.',
      'The pain is out of proportion.',
    ],
    negated: ['The pain is not worse than it looks.', 'The pain is not out of proportion.', 'No dusky skin.'],
  },
  fever: {
    present: ['I have a fever.', 'I feel shivery and feverish.', 'I have a temperature of 38.5.'],
    negated: ['No fever or chills.', "I don't feel feverish.", 'I have not had a temperature.'],
  },
  non_healing_sore: {
    present: [
      "There's a sore on my heel that won't heal.",
      'I have an ulcer on my toe.',
      'A blister that never healed.',
    ],
    negated: ['No ulcers.', 'I have no sores on my feet.', "There isn't an ulcer."],
  },
  black_or_dying_skin: {
    present: [
      'My toe has gone black.',
      'There is gangrene on my foot.',
      'Black skin on the tips of my toes.',
    ],
    negated: ["The skin on my toes isn't black.", 'No black toes.', 'No gangrene.'],
  },
  relief_dangling_leg: {
    present: [
      'Hanging my leg over the side of the bed helps.',
      'The only thing that helps is hanging my foot down.',
      'It gets better if I sleep in the armchair.',
    ],
    negated: [
      'Nothing relieves it, not even hanging my foot down.',
      "Hanging my leg down doesn't help.",
      'Hanging my foot over the edge makes no difference.',
    ],
  },
  spreading_redness: {
    present: [
      'The redness is spreading.',
      'The red patch is getting bigger every day.',
      'The red area is spreading up my leg.',
    ],
    negated: [
      "The redness isn't spreading.",
      'No spreading redness.',
      'The red patch is not getting bigger.',
    ],
  },
  systemic_illness: {
    present: [
      "I feel dizzy when I stand up and my wife says I'm muddled.",
      "I've been vomiting since this morning.",
      "I'm breathing really fast and I'm confused.",
      'I nearly passed out when I got up.',
    ],
    negated: [
      "I'm not confused and I haven't been sick.",
      'No dizziness or vomiting.',
      'I am not breathing fast and I have not fainted when I stand.',
      "I don't feel faint or light-headed.",
    ],
  },
  recent_leg_injury: {
    present: ['I fell off a ladder.', 'I broke my ankle last month.', 'I injured my leg playing rugby.'],
    negated: ['No injury to my leg.', 'I have not injured my leg.', "I didn't fall."],
  },
  bony_point_tenderness: {
    present: [
      'There is one spot on the bone that is tender.',
      'Tender spot on my shin bone.',
      'The shin bone is tender when I press it.',
    ],
    negated: [
      'The bone is not tender.',
      'No tender spot on the bone.',
      "There isn't any tenderness on the bone.",
    ],
  },
  // Findings that are red flags only in combination (warning-sign rules, issue 11).
  back_pain: {
    present: ['I have low back pain.', 'My back hurts as well.', 'The pain starts in my lower back.'],
    negated: ['No back pain.', 'My back is fine.', "I don't have any back pain."],
  },
  cancer_history: {
    present: ['I had breast cancer five years ago.', 'I was treated for prostate cancer.'],
    negated: ['I have never had cancer.', 'No history of cancer.'],
  },
  active_cancer: {
    present: ['I am having chemotherapy for lung cancer.', 'I have cancer at the moment.'],
    negated: ['I have never had cancer.', 'No cancer.'],
  },
  immunosuppressed: {
    present: ['I take steroid tablets every day.', 'I am on methotrexate.'],
    negated: ['I am not on steroids.', "I don't take any medicines that lower immunity."],
  },
  injects_drugs: {
    present: ['I inject heroin.', 'I have been injecting drugs.'],
    negated: ['I have never injected drugs.', "I don't use drugs."],
  },
  diabetes: {
    present: ['I have diabetes.', 'I am diabetic.', 'I have type 2 diabetes.'],
    negated: ['I do not have diabetes.', 'Not diabetic.'],
  },
  joint_pain_swelling: {
    present: ['My knee joint is swollen.', 'The big toe joint is swollen.'],
    negated: ['No joint swelling.', 'My joints are not swollen.'],
  },
  onset_within_two_weeks: {
    present: ['It started three days ago.', 'It began last week.'],
    negated: ['It has been going on for months.', 'I have had it for years.'],
  },
  weight_loss_night_sweats: {
    present: ['I have lost weight without trying.', 'I wake up drenched in sweat at night.'],
    negated: ['No weight loss or night sweats.', "I haven't lost any weight."],
  },
};

describe('red-flag safety', () => {
  it('has phrasings for every red-flag finding', () => {
    expect(Object.keys(phrasings).sort()).toEqual([...redFlags].sort());
  });

  for (const [id, { present, negated }] of Object.entries(phrasings)) {
    describe(id, () => {
      it.each(present)('reads "%s" as present', (text) => {
        expect(stateOf(text, id)).toBe('present');
      });
      it.each(negated)('never reads "%s" as present', (text) => {
        expect(stateOf(text, id)).not.toBe('present');
      });
    });
  }
});

/** Noun phrases for red flags that read as present on their own. */
const redFlagPhrases: [string, string][] = [
  ['chest_pain_or_breathless', 'chest pain'],
  ['chest_pain_or_breathless', 'shortness of breath'],
  ['one_leg_swollen', 'swelling in my left calf'],
  ['one_leg_warm_red', 'redness or warmth in my leg'],
  ['calf_tender_along_veins', 'tenderness in my calf'],
  ['whole_leg_swollen', 'swelling of the whole leg'],
  ['pitting_oedema', 'pitting oedema'],
  ['sudden_cold_pale_leg', 'sudden coldness of my foot'],
  ['sudden_severe_pain', 'sudden severe pain'],
  ['cool_limb', 'cold feet'],
  ['numbness_tingling', 'pins and needles'],
  ['numbness_tingling', 'numbness in my toes'],
  ['progressive_weakness', 'progressive weakness'],
  ['foot_drop', 'foot drop'],
  ['saddle_numbness', 'saddle numbness'],
  ['bladder_bowel_change', 'incontinence'],
  ['weakness_both_legs', 'weakness in both legs'],
  ['fever', 'fever'],
  ['fever', 'chills'],
  ['systemic_illness', 'confusion'],
  ['systemic_illness', 'vomiting'],
  ['systemic_illness', 'dizziness when I stand up'],
  ['non_healing_sore', 'ulcer on my foot'],
  ['black_or_dying_skin', 'gangrene'],
  ['relief_dangling_leg', 'relief from hanging my leg down'],
  ['spreading_redness', 'spreading redness'],
  ['recent_leg_injury', 'fracture'],
  ['bony_point_tenderness', 'tender spot on the bone'],
];
const cues = [
  'no',
  'not',
  'never',
  'without',
  'denies',
  "I don't have",
  'I do not have',
  "I haven't had",
  'there is no',
  "there's no",
  'never had',
  'I have not had',
  'free of',
  'no sign of',
  'neither',
];
const before = ['', 'I am 70. ', 'My back aches. ', 'Hello doctor. ', 'I have had this for weeks. '];
const after = ['', '.', ', thanks.', '. My back aches.', ' at all.', ' at night.'];

describe('negation property', () => {
  it('each phrase reads as present without the cue', () => {
    for (const [id, phrase] of redFlagPhrases)
      expect(stateOf(`I have ${phrase}.`, id), phrase).toBe('present');
  });

  it('a negation cue before a red-flag phrase never yields present', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...redFlagPhrases),
        fc.constantFrom(...cues),
        fc.constantFrom(...before),
        fc.constantFrom(...after),
        fc.boolean(),
        ([id, phrase], cue, pre, post, upper) => {
          const sentence = `${pre}${cue} ${phrase}${post}`;
          const text = upper ? sentence.toUpperCase() : sentence;
          return stateOf(text, id) !== 'present';
        },
      ),
      { numRuns: 600 },
    );
  });
});
