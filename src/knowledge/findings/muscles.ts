import { finding } from './define.js';

/** The cramp's details are asked only once a cramp (or one of its features) has been reported. */
const cramp = {
  anyPresent: [
    'sudden_muscle_contraction',
    'episode_seconds_to_minutes',
    'muscle_sore_afterwards',
    'relief_stretching_muscle',
  ],
};

/** Muscles: cramps. */
export const musclesFindings = [
  finding(
    'sudden_muscle_contraction',
    'character',
    'Does a muscle suddenly tighten or knot up, so hard you can feel it?',
    'Involuntary painful muscle contraction',
    'A sudden hard knot in the muscle is the hallmark of a cramp.',
    ['seed:L11', 'S80'],
  ),
  finding(
    'episode_seconds_to_minutes',
    'timing',
    // Names the attack: a constant ache with occasional cramps could not tell which "attack" was meant (set 10);
    // asked only once a cramp is reported (`cramp`), so it asks about the cramp, not the ache.
    'When a cramp comes (the muscle tightening, not a constant ache), does it last from a few seconds to several minutes and then pass?',
    'Episodes of seconds to about 10 minutes',
    'Cramps come and go within minutes; other causes last longer.',
    ['seed:L11', 'S81', 'S83'],
    { askIf: cramp },
  ),
  finding(
    'muscle_sore_afterwards',
    'character',
    'Is the muscle sore for hours afterwards?',
    'Residual muscle soreness',
    'A muscle that stays sore after an attack suggests a cramp.',
    ['S74', 'S83'],
    { askIf: cramp },
  ),
  finding(
    'relief_stretching_muscle',
    'relief',
    'Does forcefully stretching the muscle (pulling your toes up) release it?',
    'Relief by stretching the muscle',
    'Stretching releases a cramp.',
    ['S80', 'S74'],
    { askIf: cramp },
  ),
  finding(
    'tense_swollen_muscle',
    'alarm',
    'Is the calf or shin muscle swollen and feels tight and hard, like a tense drum?',
    'Tense, swollen muscle compartment',
    'A tight, hard, swollen muscle after an injury or cast can mean dangerous pressure inside the leg.',
    ['S136', 'S330'],
  ),
  finding(
    'pain_moving_toes',
    'signs',
    'Does moving your toes or foot (or someone gently moving them) make the calf or shin pain much worse?',
    'Pain on passive stretch of the compartment',
    'Pain when the toes are moved is an early sign of pressure building in the leg muscles.',
    ['S330', 'S136'],
  ),
  finding(
    'tight_cast_or_bandage',
    'signs',
    'Is a plaster cast, splint or bandage on the leg feeling too tight?',
    'Constricting cast or dressing',
    'A tight cast or bandage can build up pressure in the leg muscles.',
    ['S330', 'S331'],
  ),
  finding(
    'long_lie',
    'history',
    // BOAST names prolonged immobilisation as a cause of compartment syndrome (S330): hours lain in one position
    // (collapsed, drunk, drugged, after a fall), not Wells' bedridden > 3 days (recent_surgery_or_bedridden).
    'Before this started, did you lie or sit in one position for many hours without moving, for example after collapsing, a fall, drinking heavily or taking drugs?',
    'Prolonged immobilisation in one position (long lie)',
    'Lying on a leg for hours without moving can crush the muscles and build up pressure inside them.',
    ['S330', 'S331'],
  ),
  finding(
    'muscle_aches_both_legs',
    'character',
    'Do the big muscles of both legs (thighs or calves) ache, feel heavy or stiff?',
    'Symmetrical proximal myalgia',
    'Aching of the big muscles on both sides, rather than a cramp, can come from a medicine such as a statin.',
    ['S389', 'S392'],
  ),
  finding(
    'dark_urine',
    'signs',
    'Has your urine turned dark brown or cola-coloured?',
    'Dark urine (possible myoglobinuria)',
    'Dark urine with aching muscles can mean muscle breakdown, which needs urgent care.',
    ['S388', 'S440'],
  ),
  finding(
    'widespread_pain',
    'location',
    'Do you have pain in many parts of your body: on both sides, and above the waist (arms, shoulders or neck) as well as below it?',
    'Chronic widespread pain',
    'Pain in many parts of the body points to a whole-body pain condition rather than a problem in the leg.',
    ['S384', 'S439'],
  ),
  finding(
    'unrefreshing_sleep_fatigue',
    'other_causes',
    'Do you wake up unrefreshed and feel exhausted most days?',
    'Fatigue / unrefreshing sleep',
    'Tiredness and sleep that does not refresh often come with whole-body pain conditions.',
    ['S384', 'S439'],
  ),
  finding(
    'calf_pull_during_exertion',
    'history',
    'Did it start suddenly during exercise or a sudden effort, with a pull or pop in the calf, or as if kicked there?',
    'Sudden calf pain during exertion (muscle strain or tear)',
    'A sudden pull or pop in the calf during effort, with bruising that may track to the ankle, is typical of a calf muscle tear; a swollen calf still needs a clot ruled out.',
    ['S480', 'S404'],
  ),
];
