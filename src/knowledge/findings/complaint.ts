import { canWalk, finding } from './define.js';

/** The complaint itself: where it hurts, what it feels like, when it comes and what changes it. */
export const complaintFindings = [
  finding(
    'pain_feet_toes',
    'location',
    'Do you feel it in your feet or toes?',
    'Forefoot / toe pain',
    'Poor circulation at rest usually hurts in the toes and front of the foot.',
    ['seed:L4', 'S34'],
  ),
  finding(
    'pain_calf',
    'location',
    'Do you feel it in your calf (the back of the lower leg)?',
    'Calf pain',
    'Night cramps most often hit the calf muscle.',
    ['seed:L11', 'S83'],
  ),
  finding(
    'pain_buttock_thigh',
    'location',
    'Do you feel it in your buttocks or thighs (above the knee)?',
    'Buttock / thigh symptoms above the knee',
    'Narrowing of the spinal canal usually causes symptoms above the knee.',
    ['S104', 'S106'],
  ),
  finding(
    'bilateral_symptoms',
    'location',
    'Do you feel it in both legs?',
    'Bilateral symptoms',
    'Some causes affect both legs (spinal narrowing, nerve damage, restless legs); others usually one.',
    ['S101', 'S151', 'S135'],
  ),
  finding(
    'burning_pain',
    'character',
    'Is the pain burning?',
    'Burning pain',
    'Burning pain is typical of poor circulation at rest and of nerve damage.',
    ['seed:L4', 'S35', 'S151'],
  ),
  finding(
    'deep_aching_pain',
    'character',
    // Any ache has a home here, constant or coming with walking (claudication's "cramping ache", role-play sets 8
    // and 9 found no option for it); the sudden knot of a cramp stays its own option (sudden_muscle_contraction).
    'Is it an ache (dull, deep or throbbing) rather than a sudden spasm, whether constant or only at times, such as when you walk?',
    'Deep ache',
    'An ache is how reduced blood flow often feels, at rest or on walking, though many causes ache.',
    ['seed:L4', 'S433'],
  ),
  finding(
    'sharp_shooting_pain',
    'character',
    'Is the pain sharp, shooting or like an electric shock?',
    'Lancinating / electric pain',
    'Electric, shooting pain comes from irritated nerves.',
    ['seed:L7', 'S151'],
  ),
  finding(
    'wakes_after_hour_or_two',
    'timing',
    // "An hour or two" read as exact: woken at 3 a.m., hours after lying down, could not answer (role-play set 9).
    'Does it come on only after you have been lying down for a while (an hour or more), rather than as soon as you lie down?',
    'Onset 1-2 h after lying down',
    'Circulation pain at rest builds up after some time lying flat.',
    ['seed:L4'],
  ),
  finding(
    'evening_night_worse',
    'timing',
    'Are the feelings worse in the evening or at night than during the day?',
    'Evening / night predominance',
    'Restless legs follow the body clock and peak in the evening and night.',
    ['seed:L13', 'S60'],
  ),
  finding(
    'starts_at_rest',
    'timing',
    // Rest or inactivity in any position (seed:L12, S60); lying down that brings it on while sitting up eases
    // it is poor circulation, not this (relief_dangling_leg), so the question names sitting still as well. One
    // idea: "…so that sitting up does not help" made it two (role-play set 6: cramps in bed, sitting unknown).
    'Do the feelings come on or get worse whenever you keep still, sitting still as well as lying down?',
    'Onset or worsening at rest / inactivity',
    'Restless legs start during rest or inactivity.',
    ['seed:L12', 'S60'],
  ),
  finding(
    'sudden_severe_pain',
    'alarm',
    // The leg itself (seed:L15: a clot or a blocked artery, S48). One red, hot, swollen joint such as the big
    // toe is the finding hot_swollen_joint, whose rules keep septic arthritis open (S341, S383): counting a
    // gout flare here made it an emergency, against NICE NG219's urgency for gout (S383).
    // A "ping" felt as a muscle was strained, then an ache, could not be placed (set 13): the pain must be severe
    // and stay severe, so a twinge that settled is a no and a pain that stays severe after an injury is a yes.
    'In the last two weeks, did a severe pain in the leg start suddenly and stay severe (not a cramp that passes in minutes, not a sharp twinge at an injury that settled to an ache, and not only one red, swollen joint such as the big toe)?',
    'Sudden severe persistent leg pain (not a single inflamed joint)',
    'Sudden severe pain needs urgent care: it can be a clot or a blocked artery.',
    ['seed:L15', 'S48'],
  ),
  finding(
    'onset_within_two_weeks',
    'timing',
    'Did this start or get much worse within the last two weeks?',
    'Acute onset (< 2 weeks)',
    'New or rapidly worsening symptoms are treated with more urgency.',
    ['S51', 'S130'],
  ),
  finding(
    'symptoms_over_two_weeks',
    'timing',
    'Has it been there on most nights for two weeks or more?',
    'Persistent > 2 weeks',
    'Rest pain lasting two weeks or more is part of the definition of severe limb ischaemia.',
    ['S21', 'S33'],
  ),
  finding(
    'nightly_sleep_disruption',
    'timing',
    // A recurring pattern: a first night is answered "no" by the question itself (set 8: one night, asked "most").
    'Does it wake you up, or keep you awake, on most nights (if it has happened on one night only, answer no)?',
    'Recurrent nocturnal symptoms with sleep disruption',
    'Pain that ruins sleep night after night should be checked by a doctor.',
    ['seed:L16', 'S83'],
  ),
  finding(
    'worse_lying_flat',
    'position',
    // Compared with lying curled on the side (seed:L8), so "worse when I lie down", which most people here say,
    // is not the same answer (role-play set 15: asked again after that opening).
    'Is the leg pain or discomfort worse when you lie flat on your back than when you lie curled up on your side?',
    'Worse supine (lumbar extension)',
    'Lying flat extends the spine and can squeeze nerves in a narrow spinal canal.',
    ['seed:L8'],
  ),
  finding(
    'pain_unrelieved_by_position',
    'relief',
    // Position only: a pain that tablets ease but no position does is still a yes (role-play set 15: "nothing eases
    // it" asked two things).
    'Is it the same whatever position you are in, lying, sitting or standing (whether tablets help does not matter here)?',
    'Pain not relieved by position',
    'Pain that no position relieves is a warning sign.',
    ['seed:L15', 'S48', 'S153'],
  ),
  finding(
    'relief_walking',
    'relief',
    'Does getting up and walking about ease it?',
    'Relief by walking',
    'Walking eases both circulation pain at rest and restless legs.',
    ['seed:L4', 'seed:L12'],
    { askIf: canWalk },
  ),
  finding(
    'relief_changing_position',
    'relief',
    'Does simply changing position make it go away quickly?',
    'Resolves with change of position',
    'A nerve squeezed by your sleeping position recovers quickly once you move.',
    ['seed:L9'],
  ),
  finding(
    'pain_out_of_proportion',
    'alarm',
    'In the last day or two, has the leg become much more painful than it looks (in a plaster cast: than the injury should be)?',
    'Pain out of proportion to the signs (acute)',
    'Severe pain with little to see can be a serious deep infection or pressure in the muscles.',
    ['S139', 'S136'],
  ),
];
