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
  temporal_arteritis_signs: {
    present: [
      'My jaw aches when I chew.',
      'My scalp is sore when I brush my hair.',
      'My vision went blurry.',
    ],
    negated: ['No headache and my vision is fine.', 'My jaw does not hurt.', 'No blurred vision.'],
  },
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
  one_sided_blistering_rash: {
    present: [
      'A stripe of red blisters came up on just that side.',
      'I have shingles on my thigh.',
      'A band of blisters on my left thigh.',
    ],
    negated: [
      "I don't have shingles.",
      'No blisters on one side.',
      'I had shingles on my thigh two months ago.',
    ],
  },
  mid_back_band_pain: {
    present: [
      'Pain in the middle of my back since last month.',
      'A band of pain around my chest.',
      'Aching between my shoulder blades at night.',
    ],
    negated: [
      'No pain in the middle of my back.',
      "My upper back doesn't hurt.",
      'There is no band of pain around my chest.',
    ],
  },
  osteoporosis: {
    present: ['I have osteoporosis.', 'I take alendronic acid for thin bones.'],
    negated: ["I don't have osteoporosis.", 'No thin bones.'],
  },
  back_pain_worse_cough_strain: {
    present: [
      'My back pain is worse when I cough or sneeze.',
      'Straining on the toilet makes my back hurt more.',
    ],
    negated: ["Coughing doesn't make my back worse.", 'My back does not hurt more when I sneeze.'],
  },
  spinal_pain_night_lying: {
    present: ['My back pain wakes me at night.'],
    negated: ['My back pain is not worse at night.'],
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
  spinal_tenderness: {
    present: [
      'There is a tender spot on my spine.',
      'One spot on my spine is sore to press.',
      'My backbone hurts when it is pressed.',
    ],
    negated: [
      'My spine is not tender.',
      'No tender spot on my spine.',
      "There isn't any tenderness over the spine.",
    ],
  },
  recent_bloodstream_infection: {
    present: [
      'I had sepsis in the spring.',
      'The drip site got infected and it got into my blood.',
      'He was treated for endocarditis last month.',
    ],
    negated: ['I have never had sepsis.', 'No blood infection.', "He hasn't had endocarditis."],
  },
  breathless_lying_flat_or_gradual: {
    present: [
      'He gets out of breath if he lies flat.',
      'I wake up gasping for breath at night.',
      'She needs three pillows to breathe.',
    ],
    negated: [
      "I'm not breathless when I lie flat.",
      'He does not wake up gasping.',
      'No breathlessness lying flat.',
    ],
  },
  recent_infection: {
    present: [
      'I had a stomach bug three weeks ago.',
      'He had a chest infection last week.',
      'I had diarrhoea a fortnight ago.',
    ],
    negated: ['No recent infections.', "I haven't had a stomach bug or a chest infection.", 'No diarrhoea.'],
  },
  ascending_numbness: {
    present: [
      'The tingling started in both feet and is creeping up my legs.',
      'The numbness has spread up to my knees since Monday.',
      'Pins and needles started in my toes and have moved up to my thighs.',
    ],
    negated: [
      'The numbness is not spreading up my legs.',
      'No tingling creeping up from my feet.',
      "The tingling hasn't moved up at all.",
    ],
  },
  back_or_belly_pain_sudden: {
    present: [
      'I had a sudden tearing pain in my back.',
      'A ripping pain in my tummy came on suddenly.',
      'Sudden agonising pain in my belly and back.',
    ],
    negated: [
      'No sudden pain in my back or tummy.',
      'I have not had any tearing pain in my back.',
      'There was no ripping pain in my stomach.',
    ],
  },
  back_pain: {
    present: ['I have a bad back.', 'My lower back aches.', 'I have pain in my back.'],
    negated: ['No back pain.', "My back doesn't hurt.", 'I have not had any back ache.'],
  },
  bone_pain_night: {
    present: [
      'Deep bone pain in my shin wakes me at night.',
      'My thigh bone aches at night.',
      'A deep ache in the bone keeps me awake.',
    ],
    negated: [
      "The bone doesn't ache at night.",
      'No bone pain at night.',
      'There is no pain in the bone when I am in bed.',
    ],
  },
  cancer_history: {
    present: ['I had breast cancer ten years ago.', 'I had chemo for lymphoma.', "I've had prostate cancer."],
    negated: ['I have never had cancer.', 'No history of cancer.', "I haven't had chemo or cancer."],
  },
  dusky_skin_blisters: {
    present: [
      'The skin has gone purple with blisters.',
      'The red area is blistering.',
      'The skin over my calf looks dusky.',
    ],
    negated: [
      'No blisters and the skin is not purple.',
      "The skin isn't dusky.",
      'There are no blisters on my leg.',
    ],
  },
  hot_swollen_joint: {
    present: [
      'My knee is hot, red and swollen.',
      'My ankle joint is swollen and hot.',
      'A hot swollen knee since yesterday.',
    ],
    negated: ['My knee is not hot or swollen.', "The joint isn't swollen or red.", 'No hot swollen joints.'],
  },
  immunosuppressed: {
    present: ["I'm on methotrexate.", 'I take steroid tablets every day.', "I'm having chemotherapy."],
    negated: [
      'I am not on steroids or methotrexate.',
      "I don't take any immune suppressing drugs.",
      'Never had chemotherapy.',
    ],
  },
  injects_drugs: {
    present: ['He injects heroin.', 'I used to inject drugs until last month.', "I'm an IV drug user."],
    negated: ['I have never injected drugs.', "He doesn't inject drugs.", 'No IV drug use.'],
  },
  leg_cast_or_paralysis: {
    present: [
      'My leg is in plaster.',
      'My leg was in a cast until last week.',
      "I'm paralysed on my left side.",
    ],
    negated: ['My leg is not in a cast.', 'I have never had a plaster cast.', 'No cast or splint.'],
  },
  pain_moving_toes: {
    present: [
      'Moving my toes is agony.',
      'It hurts when I move my toes.',
      'When the nurse bends my foot the pain is unbearable.',
    ],
    negated: [
      "It doesn't hurt when I move my toes.",
      'Moving my toes is not painful.',
      'No pain when I wiggle my toes.',
    ],
  },
  pain_radiates_down_leg: {
    present: [
      'Sciatica down my leg.',
      'The pain shoots down the back of my leg.',
      'Pain from my buttock down to my foot.',
    ],
    negated: ['The pain does not go down my leg.', 'No sciatica.', "It doesn't shoot down my leg."],
  },
  prosthetic_joint: {
    present: ['I have a hip replacement.', 'I had my knee replaced.', "I've got an artificial knee."],
    negated: [
      'I have not had a hip or knee replacement.',
      'No joint replacements.',
      "I don't have an artificial joint.",
    ],
  },
  recent_surgery_or_bedridden: {
    present: [
      'I had an operation two weeks ago.',
      "I've been bedridden with flu.",
      'Knee replacement 3 weeks ago.',
    ],
    negated: ['I have not had any operation.', 'No recent surgery.', "I haven't been in hospital."],
  },
  skin_break_or_wound: {
    present: ['I cut my shin last week.', 'I have a cut on my leg.', 'I got bitten on the calf.'],
    negated: ['No cuts or wounds.', 'I have not cut my leg.', 'There is no wound on my leg.'],
  },
  swallowing_or_speech_difficulty: {
    present: ['It is hard to swallow.', 'My speech is slurred.', 'I keep choking on my saliva.'],
    negated: [
      'I have no trouble swallowing.',
      'My speech is not slurred.',
      'No difficulty swallowing or speaking.',
    ],
  },
  tense_swollen_muscle: {
    present: [
      'My calf is swollen and tense like a drum.',
      'My shin is swollen and rock hard.',
      'The calf feels tight as a drum and swollen.',
    ],
    negated: [
      'My calf is not swollen or tense.',
      "The muscle isn't tense or swollen.",
      'No tense swelling in my shin.',
    ],
  },
  long_lie: {
    present: [
      'I woke up on my mates floor after a heavy night.',
      'I lay on my leg for about ten hours.',
      'He was lying on the floor all night after a fall.',
    ],
    negated: [
      "I didn't lie on the floor for hours.",
      'I was not lying in one position for hours.',
      'No long lie.',
    ],
  },
  tight_cast_or_bandage: {
    present: [
      'The plaster cast feels too tight.',
      'The bandage is digging in.',
      'My cast is getting tighter.',
    ],
    negated: ['The cast is not too tight.', "The bandage doesn't feel tight.", 'No tight bandage.'],
  },
  unable_to_bear_weight: {
    present: ["I can't put any weight on my leg.", 'I cannot stand on it.', "I'm unable to weight bear."],
    negated: ['I can put weight on it.', 'I can walk on it fine.', 'I am able to bear weight.'],
  },
  // A red-flag finding through the atypical-fracture emergency rule (cannot bear weight on a bone medicine, S363).
  takes_bisphosphonate: {
    present: ["I've been on alendronate for years.", 'I have a denosumab injection every six months.'],
    negated: ["I don't take alendronic acid.", 'Never been on bone tablets.'],
  },
  weakness_rising_over_days: {
    present: [
      'My legs are getting weaker day by day.',
      'My legs have been weaker every day this week.',
      'The weakness is rapidly getting worse.',
    ],
    negated: [
      'My legs are not getting weaker day by day.',
      'No weakness over the last few days.',
      "I haven't got weaker each day.",
    ],
  },
  dark_urine: {
    present: [
      'My pee has gone dark brown.',
      'My urine looks like cola.',
      'Passing dark urine since yesterday.',
    ],
    negated: ['My urine is normal.', 'No dark urine.', "My pee isn't dark."],
  },
  muscle_aches_both_legs: {
    present: ['My thighs ache.', 'Both calves ache all the time.', 'My leg muscles are sore and stiff.'],
    negated: ["My thighs don't ache.", 'No muscle aches.', 'The muscles are not sore.'],
  },
  pain_calf: {
    present: ['My calf aches.', 'Pain in my left calf.', 'Sore calf since Monday.'],
    negated: ['No pain in my calf.', "My calf doesn't hurt.", 'Not the calf.'],
  },
  takes_statin: {
    present: ["I'm on simvastatin.", 'I take atorvastatin.', 'I take a statin for my cholesterol.'],
    negated: ["I don't take a statin.", 'Not on any statins.', 'I have never taken a statin.'],
  },
  statin_started_recently: {
    present: [
      'I started atorvastatin last month.',
      'My statin dose was doubled.',
      'The doctor increased my statin.',
    ],
    negated: ["I haven't started a statin.", "My statin dose hasn't changed.", 'No new statin.'],
  },
  recent_weight_loss_or_leg_crossing: {
    present: [
      "I've lost a lot of weight quickly.",
      "I've lost a little weight.",
      'I have been kneeling for hours every day laying a floor.',
    ],
    negated: ["I haven't lost any weight.", 'No weight loss.', "I don't kneel much."],
  },
  fluid_trickling_down_calf: {
    present: [
      'I felt a pop behind my knee.',
      'It felt like warm water trickling down inside my calf.',
      'Something gave behind the knee, like fluid running down my leg.',
    ],
    negated: [
      'No pop behind the knee.',
      "I didn't feel anything pop behind my knee.",
      'No feeling of water trickling down my calf.',
    ],
  },
  ankle_bruise_without_knock: {
    present: [
      "There's a purple bruise coming out round my ankle.",
      'Bruising around the ankle that I never banged.',
      'My ankle has gone black and blue.',
    ],
    negated: ['No bruise round the ankle.', 'There is no bruising on my foot.', "My ankle isn't bruised."],
  },
  swelling_behind_knee: {
    present: [
      'There is a lump behind my knee.',
      'Swelling at the back of my knee.',
      "I have a Baker's cyst.",
    ],
    negated: [
      'No lump behind the knee.',
      'There is no swelling behind my knee.',
      "The back of my knee isn't swollen.",
    ],
  },
  tender_cord_vein: {
    present: [
      'A vein on my calf has gone hard and tender.',
      'I have phlebitis in my leg.',
      'There is a hard red cord along a vein.',
    ],
    negated: ['No hard veins.', "The veins aren't tender.", 'No phlebitis.'],
  },
  muscle_overuse: {
    present: ['I did a long run yesterday.', 'I overdid it at the gym.', 'Went to a spin class on Monday.'],
    negated: ["I haven't been to the gym.", 'No exercise lately.', "I didn't overdo it."],
  },
  // Findings that are red flags only in combination (warning-sign rules, issue 11).
  active_cancer: {
    present: ['I am having chemotherapy for lung cancer.', 'I have cancer at the moment.'],
    negated: ['I have never had cancer.', 'No cancer.'],
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
