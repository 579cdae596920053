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
    'Does each attack last from a few seconds to several minutes and then pass?',
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
];
