import { finding } from './define.js';

/** Joints and bones. */
export const jointsBonesFindings = [
  finding(
    'joint_pain_swelling',
    'other_causes',
    'Is the pain centred on a joint (big toe, ankle, knee) that is swollen or stiff?',
    'Articular pain / swelling',
    'Joint problems such as arthritis or gout can also hurt at night.',
    ['S60', 'S155', 'S161'],
  ),
  finding(
    'morning_stiffness',
    'other_causes',
    'Are your joints stiff for a long time in the morning?',
    'Prolonged morning stiffness',
    'Morning stiffness points to inflammatory arthritis.',
    ['S155'],
  ),
  finding(
    'bony_point_tenderness',
    'other_causes',
    'Is there one spot on a bone that hurts when you press it?',
    'Focal bony tenderness',
    'Pain at one point on a bone needs checking for other causes.',
    ['S142', 'S155'],
  ),
  finding(
    'recent_leg_injury',
    'other_causes',
    'Did you injure the leg recently (a fall, knock or fracture)?',
    'Recent trauma',
    'An injury can explain the pain, and a swollen injured leg can build up dangerous pressure.',
    ['S136', 'S142'],
  ),
];
