import { describe, expect, it } from 'vitest';
import type { FindingId } from '../knowledge/index.js';
import { understand } from './index.js';

/**
 * Lay wording of red-flag findings, built from lay vocabulary (lookalikes.md section C, NHS and patient pages),
 * never from a fixture's sentences (issue #12 item 3): verbs, British and American nouns, a relative's voice,
 * tenses and misspellings. One table per finding: stated forms must be read present (or kept open as
 * "possibly"); denials and a neighbour's words must never be read present.
 */
const reading = (text: string, id: FindingId) => understand(text).findings.find((f) => f.id === id);
const readOpen = (text: string, id: FindingId) => {
  const r = reading(text, id);
  return r?.state === 'present' || r?.possibly === true;
};

describe('swallowing_or_speech_difficulty', () => {
  it.each([
    "He can't swallow properly since this morning and his legs are weak.",
    "Her words are slurred and she's choking on drinks.",
    'Food keeps getting stuck in my throat now.',
    'My speech has gone funny and I keep coughing when I drink.',
    'Mum is struggling to swallow her food and her voice sounds weird.',
    'He keeps choking when he eats.',
    "I'm finding it hard to get food down.",
    'Drinks go down the wrong way all the time now.',
    "My face feels droopy on one side and I'm drooling.",
    'she is slurring her words',
    'dificulty swalowing since yesterday',
    'he cant talk properly, his words come out mumbled',
    'I can barely swallow.',
    'Swallowing has become really difficult.',
    "My tongue feels thick and I can't get my words out.",
    "Dad's been having trouble getting his words out since yesterday.",
    'she keeps choking on her own spit',
    'his voice has gone really weak and nasal',
    "I'm struggling to swallow and my legs are tingling.",
    'difficulty swallowing and talking',
    'trouble swallowing',
    'She was choking on her tea this morning.',
    "I couldn't swallow my dinner last night.",
    "He sounds drunk but he hasn't had a drink.",
    "Swallowing feels weird, like my throat isn't working.",
    'Her speach is slurred.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'swallowing_or_speech_difficulty')).toBe(true);
  });
  it.each([
    'No trouble swallowing or talking.',
    'She swallows fine and her speech is normal.',
    'I have trouble swallowing tablets so I take liquid painkiller.',
    "His speech is clear and he's eating and drinking normally.",
    "I haven't had any problem swallowing.",
    'I find it hard to swallow my big tablets.',
    "I can't talk to my GP until next week.",
    'I cough when I lie down at night.',
    'My cough is worse when I drink cold water.',
    'Hard to swallow my big tablets, so I take the liquid.',
  ])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'swallowing_or_speech_difficulty')?.state).not.toBe('present');
  });
});

describe('unable_to_bear_weight', () => {
  it.each([
    "I can't put any weight on my left leg.",
    "I can't stand on it at all.",
    "He can't walk on that leg since the fall.",
    "I've been hobbling about since I fell off the ladder.",
    'I had to hop to the car after I twisted it.',
    "Since the fall she won't put her foot to the ground.",
    "I can't take my weight on the right leg.",
    'It gives way as soon as I try to stand on it.',
    "I'm unable to walk since the fall yesterday.",
    'Impossible to walk on it after I went over on it.',
    'He has to be carried to the bathroom since he fell.',
    'I cant weight bare on it',
    "I couldn't get up after the fall and still can't stand.",
    "I can't walk on my leg.",
    "She can't bear to put her foot down.",
    'Too painful to put weight through it.',
    'I can only get around on crutches since I fell.',
    "I fell down the stairs and now I can't put my foot down.",
    "Since I slipped on the ice, I can't stand up on my right leg.",
    "He's not able to put any weight through his left leg.",
    "I can't weight bear since I fell.",
    "She's not been able to walk since she fell yesterday.",
    'cant put wieght on my leg',
    "I'm hopping everywhere since I landed on it badly.",
    "It's impossible to stand on my left foot.",
    'I can barely stand on it.',
    "I'm having to crawl up the stairs since the fall.",
    "He can't get up on his feet since he fell.",
    "Couldn't put my foot to the floor after I twisted it.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'unable_to_bear_weight')).toBe(true);
  });
  it.each([
    'I can walk on it fine.',
    'I can still put weight on it, it just aches.',
    "I can't sleep on it at night.",
    "I'm able to stand and walk normally.",
    "I can't lie on that side.",
    'no problem walking on it',
    "I can't stand on tiptoe for long.",
    "I can't stand for long at work because of the ache.",
    "I can't walk very far because my calf cramps.",
    "My legs won't stay still at night.",
    "I can't sleep on it because it aches.",
    "I can't lie on my left side at night.",
    "I can't walk far before my calves ache, then it goes off after a rest.",
    "I can't stand still for long in a queue.",
    "I can't walk as far as I used to.",
    "I won't walk the dog at night because it's dark.",
    'I can walk on it and stand on it without a problem after the fall.',
    "I can't stand the pain at night.",
  ])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'unable_to_bear_weight')?.state).not.toBe('present');
  });
});

describe('spinal_tenderness', () => {
  it.each([
    "There's one spot on my spine that's really tender when I press it.",
    'When the doctor pushed on my backbone I nearly jumped off the couch.',
    'A bone in my lower back is sore to touch.',
    "It's tender right over the bones in my back.",
    'Pressing on the knobbly bits of my spine hurts like hell.',
    'My back is really tender to touch right in the middle.',
    'It hurts when you tap on my spine.',
    'The bump on my spine is sore when I lean back against a chair.',
    'My wife pressed on my lower spine and I almost hit the ceiling.',
    "There's a really tender point on my backbone.",
    'Tapping along my spine makes me flinch.',
    "My spine is so tender I can't lean against the sofa.",
    'The doctor pressed my spine and it was very tender.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'spinal_tenderness')).toBe(true);
  });
  it.each([
    "My spine isn't tender when pressed.",
    'No tenderness over my back.',
    'Pressing on my calf hurts.',
    'My back aches when I stand.',
    "Touching my spine doesn't hurt at all.",
  ])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'spinal_tenderness')?.state).not.toBe('present');
  });
});

describe('joint_pain_swelling', () => {
  it.each([
    "My knee has swollen up and it's really painful.",
    'His ankle joint is puffy and hot.',
    "My knee's ballooned and I can't bend it.",
    "There's fluid on my knee and it aches.",
    'The knee blew up overnight.',
    'My joints are swollen and stiff.',
    'Her hip joint is very painful.',
    'My knee swelled up and it hurts to bend it.',
    "Mum's knee is all swollen and sore.",
    'His ankle joint has gone big and stiff.',
    "I've got painful swollen knees.",
    'The joint at the base of my big toe is throbbing.',
    'My knee is puffy and aches.',
    "Her knee is really swollen and she can't straighten it.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'joint_pain_swelling')).toBe(true);
  });
  it.each(['My joints are fine.', 'No swelling in the knee.', 'Her ankle has ballooned since yesterday.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'joint_pain_swelling')?.state).not.toBe('present');
    },
  );
});

describe('recent_infection', () => {
  it.each([
    'My husband had a nasty bug with vomiting last week and now his legs are weak.',
    "She's just had a urine infection.",
    'I was poorly with a chesty cough a few weeks back.',
    'I had a dodgy tummy after a takeaway ten days ago.',
    'I got food poisining on holiday.',
    'I had a nasty chest infection a couple of weeks ago.',
    'She had a bad tummy upset last week.',
    'He was sick with a virus about ten days ago.',
    "I've just got over the flu.",
    'I had a really bad cold last week.',
    'He was poorly with sickness and diarrhoea a fortnight ago.',
    'I had covid two weeks back.',
    'I was on antibiotics for a chest infection last month.',
    'She had a temperature and a cough a couple of weeks ago.',
    "I've had the runs for a few days last week.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'recent_infection')).toBe(true);
  });
  it.each(['No recent infections or illnesses.', 'I had a fever years ago.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'recent_infection')?.state).not.toBe('present');
    },
  );
});

describe('statin_started_recently', () => {
  it.each([
    'Dad was started on a cholesterol tablet three weeks ago and his legs ache.',
    'My doctor switched my statin last month.',
    'I recently went on atorvastatin.',
    'The doctor started me on atorvastatin six weeks ago.',
    'I went on a statin last month.',
    'I was put on cholesterol tablets a few weeks ago.',
    "They've just put my simvastatin up.",
    'My GP gave me a statin about a month ago.',
    "I've been on rosuvastatin since March and this started soon after.",
    'He began taking cholesterol pills recently.',
    'I was prescribed atorvastatin two months ago.',
    'My statin dose was increased recently.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'statin_started_recently')).toBe(true);
  });
  it.each(["I'm not on a statin.", "I've been on atorvastatin for ten years.", 'I take simvastatin.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'statin_started_recently')?.state).not.toBe('present');
    },
  );
});

describe('training_increase', () => {
  it.each([
    "I've been doing a lot more running lately.",
    "I've signed up for a marathon and upped my miles.",
    'I started the couch to five k.',
    "I've gone from running twice a week to every day.",
    "I've been doubling my runs to get ready for a half marathon.",
    'I recently took up running.',
    "I've started going to the gym every day and doing lots of running.",
    "I've just started a new exercise class five times a week.",
    "I've been walking much further than usual since I got a dog.",
    "I've been pushing myself harder at training.",
    'I started jogging three weeks ago.',
    'I upped my mileage last month.',
    "I've increased my running.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'training_increase')).toBe(true);
  });
  it.each([
    "I haven't changed my training at all.",
    "I've had more pain than usual this month.",
    'My legs ache more when walking.',
    "I've increased my painkillers.",
  ])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'training_increase')?.state).not.toBe('present');
  });
});

describe('tight_cast_or_bandage', () => {
  it.each([
    'My leg is in plaster and it feels really tight now.',
    'The pot on my leg is too tight.',
    "The cast feels like it's crushing my leg.",
    'The plaster cast feels too tight.',
    'My toes are going purple under the plaster.',
    'The bandage is cutting into my leg.',
    'The cast is squeezing my leg and my foot is swelling out of it.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'tight_cast_or_bandage')).toBe(true);
  });
  it.each([
    'The cast feels comfortable, not tight.',
    'My boots feel tight since my ankles swelled.',
    'My compression stockings are tight.',
    'The sheet brushes my leg and it stings.',
    'I put a pot of tea on and my leg felt tight.',
  ])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'tight_cast_or_bandage')?.state).not.toBe('present');
  });
});

describe('calf_tender_along_veins', () => {
  it.each([
    "If I touch the back of my calf it's really tender.",
    'His calf is tender when you squeeze it.',
    'The calf is sore to press.',
    "It's tender when I press along the inside of my calf.",
    'My calf is sore to touch down the back.',
    'Squeezing the calf really hurts.',
    'The back of my leg is tender along the vein.',
    'Pressing on the calf makes me wince.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'calf_tender_along_veins')).toBe(true);
  });
  it.each([
    "My calf isn't tender to touch.",
    'Pressing my shin bone hurts.',
    'Rubbing my calf helps the cramp.',
  ])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'calf_tender_along_veins')?.state).not.toBe('present');
  });
});

describe('whole_leg_swollen', () => {
  it.each([
    'My leg has swollen right up from top to bottom.',
    'The whole leg is fatter than the other one.',
    'My whole leg has swollen up, from the foot to the top of the thigh.',
    'The entire leg is puffy.',
    'His leg is swollen all the way up.',
    'The whole of her left leg is fat and swollen compared to the other.',
    'My leg is swollen right up to the groin.',
    'His leg is swollen from the ankle right up to the hip.',
    'The entire left leg has blown up.',
    'All of my leg is puffy, not just the ankle.',
    'Her whole leg has gone up like a balloon.',
    'My whole leg is twice as big as the other one.',
    'the hole leg is swolen',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'whole_leg_swollen')).toBe(true);
  });
  it.each(["It's only my ankle that's swollen, not the whole leg."])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'whole_leg_swollen')?.state).not.toBe('present');
    },
  );
});

describe('pitting_oedema', () => {
  it.each([
    'Pushing my thumb into my ankle leaves a dip.',
    'When I press my shin it stays indented.',
    'When I press my ankle it leaves a dent.',
    'If you push on the swelling the finger mark stays.',
    'My shin stays dimpled after I press it.',
    'My socks leave deep marks and pressing leaves a hole.',
    'pressing my leg leaves an indent for ages',
    'My husband pressed his thumb into my shin and it left a pit.',
    'When I push on my ankle the dent takes a while to fill back in.',
    'Her legs hold the imprint of my finger.',
    'You can push your finger in and it leaves a hollow.',
    'The swelling is squishy and keeps the mark when pressed.',
    'If i press on it theres a dent that stays for a minute.',
    'My sock lines stay in my legs for hours.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'pitting_oedema')).toBe(true);
  });
  it.each([
    "Pressing the swelling doesn't leave a dent.",
    'I pressed the button and left it on.',
    'Pressing on the knot in my calf helps.',
  ])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'pitting_oedema')?.state).not.toBe('present');
  });
});

describe('chest_pain_or_breathless', () => {
  it.each([
    "I'm breathless even sitting still.",
    "He says his chest feels heavy and he can't get his breath.",
    'Short of breath since last night.',
    "I've got a pain in my chest and can't catch my breath.",
    "He's really short of breath since this morning.",
    'My chest feels tight and I get puffed out easily now.',
    "She's been gasping for air.",
    'It hurts to breathe in.',
    "I'm breathless and coughing up blood.",
    'sharp pain in my chest when i breath in',
    "He's struggling to breathe.",
    "I can't get enough air in.",
    "My breathing has gone funny and I've got a pain in my chest.",
    "She's breathing really fast and says her chest hurts.",
    "I'm wheezy and breathless since this morning.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'chest_pain_or_breathless')).toBe(true);
  });
  it.each(['No chest pain and breathing is fine.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'chest_pain_or_breathless')?.state).not.toBe('present');
  });
});

describe('breathless_lying_flat_or_gradual', () => {
  it.each([
    'I can only sleep on three pillows because of my breathing.',
    "Lying flat I can't breathe.",
    "I can't breathe when I lie flat so I sleep propped up on pillows.",
    'I need three pillows or I get short of breath.',
    'I wake up at night gasping for air.',
    "I've been getting more and more breathless over the last few months.",
    'He has to sleep sitting up in his chair to breathe.',
    "I can't lie down flat without getting breathless.",
    "He has to sleep propped up or he can't breathe.",
    "I've got more and more out of breath over the past weeks.",
    "My breathing's been getting worse for a couple of months.",
    'I wake up fighting for breath.',
    'Lying down makes me short of breath.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'breathless_lying_flat_or_gradual')).toBe(true);
  });
  it.each(['I can lie flat without getting breathless.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'breathless_lying_flat_or_gradual')?.state).not.toBe('present');
  });
});

describe('back_pain_worse_cough_strain', () => {
  it.each([
    'Coughing makes my lower back scream.',
    'A sneeze nearly floors me, my back goes.',
    'It hurts my back to cough.',
    'My back pain is much worse when I cough or sneeze.',
    'Sneezing sends a bolt through my back.',
    'It kills my back when I strain on the toilet.',
    'Coughing makes the pain in my spine shoot.',
    'When I laugh or cough my lower back hurts like mad.',
    'Bearing down on the loo makes my back pain worse.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'back_pain_worse_cough_strain')).toBe(true);
  });
  it.each(["Coughing doesn't affect my back."])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'back_pain_worse_cough_strain')?.state).not.toBe('present');
  });
});

describe('pain_moving_toes', () => {
  it.each([
    'Wiggling my toes is excruciating.',
    'The pain shoots up my leg when I move my toes.',
    "It's agony if I try to wiggle my toes.",
    'Moving his foot makes him scream.',
    'The nurse bent my toes back and I nearly passed out with the pain.',
    "I can't move my toes without terrible pain.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'pain_moving_toes')).toBe(true);
  });
  it.each(['Moving my toes is fine.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'pain_moving_toes')?.state).not.toBe('present');
  });
});

describe('one_sided_blistering_rash', () => {
  it.each([
    "I've come out in a blistery rash down one side of my leg.",
    "There's a band of red spots with blisters round my side.",
    "I've got a band of blisters on one side of my back and down my leg.",
    'A stripy rash with little blisters has come out on my thigh.',
    "I think it might be shingles, there's a blistery rash.",
    'A painful rash of fluid-filled spots along one side.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'one_sided_blistering_rash')).toBe(true);
  });
  it.each(['No rash or blisters.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'one_sided_blistering_rash')?.state).not.toBe('present');
  });
});

describe('ankle_bruise_without_knock', () => {
  it.each([
    'Bruising round my ankle came up on its own.',
    "My ankle is bruised but I don't remember knocking it.",
    "There's a bruise round my ankle but I never banged it.",
    'Bruising appeared around the ankle for no reason.',
    "My ankle has gone black and blue and I didn't knock it.",
    'A big purple bruise came up by my ankle bone out of nowhere.',
    "I've got bruising around the ankle and I haven't hurt it.",
    "A bruise has appeared round her ankle bone, she hasn't fallen.",
    "The ankle's gone purple like a bruise, no injury.",
    'bruising has come out on my ankle without any injury',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'ankle_bruise_without_knock')).toBe(true);
  });
  it.each(['No bruising around the ankle.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'ankle_bruise_without_knock')?.state).not.toBe('present');
  });
});

describe('sudden_severe_pain', () => {
  it.each([
    "Suddenly the pain in my leg was so bad I couldn't breathe.",
    "It came on like a switch and it's agony.",
    'All of a sudden I got the most horrendous pain in my calf.',
    'Out of nowhere my leg was in absolute agony.',
    "The pain came on suddenly and it's unbearable.",
    'He suddenly screamed with pain in his leg.',
    'A sudden excruciating pain hit my thigh an hour ago.',
    'It came on in an instant, the worst pain of my life.',
    'Sudden, really bad pain in my leg about an hour ago.',
    'I was suddenly doubled over with leg pain.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'sudden_severe_pain')).toBe(true);
  });
  it.each(['No sudden or severe pain.', 'I suddenly screamed when I saw a spider.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'sudden_severe_pain')?.state).not.toBe('present');
    },
  );
});

describe('pain_out_of_proportion', () => {
  it.each([
    'The pain is way more than the injury deserves.',
    'The pain is way worse than it should be for such a small cut.',
    'It hurts far more than the injury looks.',
    'The pain seems totally out of proportion to the graze.',
    "Painkillers aren't touching it, even morphine, and it's only a small knock.",
    "It's agony but there's hardly anything to see on the leg.",
    'The leg looks fine but the pain is unbearable.',
    "The pain is much worse than you'd expect from the little scratch.",
    "It's far more painful than it looks.",
    "The pain doesn't match how small the wound is.",
    'The cut is tiny but the pain is excruciating.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'pain_out_of_proportion')).toBe(true);
  });
  it.each(['The pain fits the bruise, nothing out of the ordinary.', 'It hurts more than it did last week.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'pain_out_of_proportion')?.state).not.toBe('present');
    },
  );
});

describe('recent_weight_loss_or_leg_crossing', () => {
  it.each([
    "I've lost a lot of weight recently.",
    "I've gone down two dress sizes since Christmas.",
    'My clothes are hanging off me.',
    "I've been dieting and I'm three stone lighter.",
    'I sit cross-legged all day at work.',
    'I always cross my legs.',
    "I've been on my knees laying a floor all week.",
    'The weight has dropped off him.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'recent_weight_loss_or_leg_crossing')).toBe(true);
  });
  it.each(["My weight hasn't changed.", 'My clothes are tight these days.', 'I sit with my legs up.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'recent_weight_loss_or_leg_crossing')?.state).not.toBe('present');
    },
  );
});

describe('black_or_dying_skin', () => {
  it.each([
    'The tip of his toe has gone black.',
    "There's a dark patch of dead skin on my heel.",
    'Her big toe is turning black and smells.',
    "My toe looks like it's dying, it's all dark.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'black_or_dying_skin')).toBe(true);
  });
  it.each(['No black patches on my feet.', 'My legs feel dead at night.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'black_or_dying_skin')?.state).not.toBe('present');
    },
  );
});

describe('foot_drop', () => {
  it.each([
    'My foot keeps slapping down when I walk.',
    'I keep tripping because my toes catch on the ground.',
    "I can't lift the front of my foot up.",
    'His foot flops down and drags.',
    "I'm scuffing the toe of my shoe.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'foot_drop')).toBe(true);
  });
  it.each([
    'No trouble lifting my foot.',
    'I tripped over the cat.',
    'I keep tripping over things in the dark.',
  ])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'foot_drop')?.state).not.toBe('present');
  });
});

describe('fever', () => {
  it.each([
    "I've been burning up and shivering.",
    "She's had a temperature of 38.5.",
    'I feel hot and cold and shivery.',
    "He's running a temp.",
    "I've had the chills and sweats all night.",
    "I'm feverish.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'fever')).toBe(true);
  });
  it.each(['No fever or temperature.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'fever')?.state).not.toBe('present');
  });
});

describe('skin_break_or_wound', () => {
  it.each([
    'I cut my shin on the garden fence last week.',
    "There's a graze on my knee that's gone angry.",
    'He scraped his leg on a rock.',
    'I got bitten by an insect on my calf.',
    'My feet have cracked skin between the toes.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'skin_break_or_wound')).toBe(true);
  });
  it.each(['There are no cuts or broken skin.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'skin_break_or_wound')?.state).not.toBe('present');
  });
});

describe('recent_leg_injury', () => {
  it.each([
    'I whacked my shin on the coffee table.',
    'I went over on my ankle playing football.',
    'I got kicked in the calf at football.',
    'I twisted my knee on the stairs.',
    'I took a tumble down the stairs last week.',
    'I came off my bike and landed on my leg.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'recent_leg_injury')).toBe(true);
  });
  it.each([
    "I haven't injured it.",
    'The plane landed on time.',
    'I had a spill of coffee on my leg.',
    'I had a heater on all night.',
  ])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'recent_leg_injury')?.state).not.toBe('present');
  });
});

describe('bone_pain_night', () => {
  it.each([
    'The bone in my thigh aches at night and wakes me up.',
    'A deep pain in my shin bone keeps me up at night.',
    "It feels like it's in the bone and it's worst in the night.",
    'My bones ache all night.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'bone_pain_night')).toBe(true);
  });
  it.each(['No bone pain at night.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'bone_pain_night')?.state).not.toBe('present');
  });
});

describe('cancer_history', () => {
  it.each([
    'I had breast cancer five years ago.',
    'He had a tumour removed from his bowel.',
    'I finished chemo for lymphoma last year.',
    "I've had prostate cancer.",
    'I had radiotherapy for a growth in my lung.',
    "I'm in remission from leukaemia.",
    'She had a melanoma cut out.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'cancer_history')).toBe(true);
  });
  it.each(["I've never had cancer."])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'cancer_history')?.state).not.toBe('present');
  });
});

describe('recent_bloodstream_infection', () => {
  it.each([
    'I was in hospital with sepsis last month.',
    'I had blood poisoning a few weeks ago.',
    'They found an infection in my blood.',
    'He had bacteria in his blood after his operation.',
    'I had a line infection on IV antibiotics.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'recent_bloodstream_infection')).toBe(true);
  });
  it.each(['No blood infections.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'recent_bloodstream_infection')?.state).not.toBe('present');
  });
});

describe('weakness_both_legs', () => {
  it.each([
    'Both my legs have gone weak.',
    'My legs keep giving way under me.',
    "Her legs are like jelly and she can't stand.",
    "My legs won't hold me up.",
    "I've got no strength in either leg.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'weakness_both_legs')).toBe(true);
  });
  it.each(["My legs aren't weak.", 'My legs feel strong and hold me up fine.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'weakness_both_legs')?.state).not.toBe('present');
    },
  );
});

describe('back_or_belly_pain_sudden', () => {
  it.each([
    'I got a tearing pain between my shoulder blades.',
    'It felt like something ripped in my back.',
    'Sudden searing pain in my tummy going into my back.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'back_or_belly_pain_sudden')).toBe(true);
  });
  it.each(['No sudden back pain.', 'I have searing leg pain when I walk.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'back_or_belly_pain_sudden')?.state).not.toBe('present');
    },
  );
});

describe('non_healing_sore', () => {
  it.each([
    "I've got an ulcer on my ankle that won't heal.",
    "A sore on my foot that's been there for months.",
    "The wound on my shin just isn't healing.",
    "There's an open sore on my toe that keeps weeping.",
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'non_healing_sore')).toBe(true);
  });
  it.each(['No sores on my feet.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'non_healing_sore')?.state).not.toBe('present');
  });
});

describe('skin_shiny_pale_or_bluish_red', () => {
  it.each([
    'My foot goes a purply red colour when I hang it down.',
    'The skin on my shin is thin and shiny and the hair has gone.',
    'My foot turns really pale when I raise it.',
  ])('stated: "%s"', (text) => {
    expect(readOpen(text, 'skin_shiny_pale_or_bluish_red')).toBe(true);
  });
  it.each(['The skin colour is normal.'])('denied or a neighbour\'s words: "%s"', (text) => {
    expect(reading(text, 'skin_shiny_pale_or_bluish_red')?.state).not.toBe('present');
  });
});

describe('heavy_tired_legs', () => {
  it.each(['I did heavy squats on Monday and now my thigh burns.'])(
    'denied or a neighbour\'s words: "%s"',
    (text) => {
      expect(reading(text, 'heavy_tired_legs')?.state).not.toBe('present');
    },
  );
});
