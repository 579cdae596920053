import type { AskIf } from '../types.js';
import { finding, painNotPresupposed } from './define.js';

/**
 * What follows a burst cyst behind the knee or a torn calf muscle (a trickle, a bruise at the ankle) is not asked
 * once both calf pain and a swollen leg were denied (role-play set 9 had it asked of three people with neither).
 * Not narrower: both raise the urgency on their own (burst_cyst_signs_with_calf_signs), so while the calf is not
 * yet asked about they stay askable, worded to stand alone.
 */
const calfTrouble: AskIf = { notAllAbsent: ['pain_calf', 'one_leg_swollen'] };

/**
 * "Since the pain or swelling began" needs one of them: after an opening that is neither (leg jerks a bed partner
 * saw, numbness alone) it waits until a pain is reported or the leg is swollen (role-play set 14).
 */
const calfTroubleSincePainOrSwelling: AskIf = {
  ...calfTrouble,
  anyOf: [
    ...(painNotPresupposed.anyOf ?? []),
    { anyPresent: ['one_leg_swollen', 'whole_leg_swollen', 'both_ankles_swollen'] },
  ],
};

/** Joints and bones. */
export const jointsBonesFindings = [
  finding(
    'joint_pain_swelling',
    'other_causes',
    // One idea: where the pain is. "…that is swollen or stiff" made it two (role-play sets 6 and 7: a swollen
    // knee with calf pain, ankles swollen with fluid, a thigh-bone ache could not answer it).
    // "The pain you are asking about": old knee arthritis beside a new calf pain could not answer it (set 8).
    // "Rather than" forced a choice on pain in the hip and down the thigh (set 10): pain in a joint and beyond is a yes.
    // "In a joint itself" could not be told from a muscle or nerve ache deep in the hip or thigh (set 12): what moving
    // the joint or standing on it does is something a person notices, and is what marks a joint's pain.
    // Stiffness of both hips and thighs could not be placed in the joint or the muscles (set 13): the text says
    // what to answer then.
    'Is the pain you are asking about in a joint (the big toe, ankle, knee or hip), so that moving that joint or putting your weight on it makes it hurt more, even if the pain also spreads beyond the joint (if you cannot tell whether it is the joint or the muscles around it, say you are not sure)?',
    'Articular pain / swelling',
    'Joint problems such as arthritis or gout can also hurt at night.',
    ['S60', 'S155', 'S161'],
    { askIf: painNotPresupposed },
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
    // Focal tenderness: a whole shin tender all along could not answer "one spot" (role-play set 13).
    'Is there one spot on a bone that hurts when you press it (if the bone is tender all along, such as the whole shin, rather than at one spot, answer no; if you have not pressed it, say you are not sure)?',
    'Focal bony tenderness',
    'Pain at one point on a bone needs checking for other causes.',
    ['S142', 'S155'],
  ),
  finding(
    'recent_leg_injury',
    'other_causes',
    // A pulled muscle and a scratch could not be placed (set 13): a strain is an injury to the leg; a scratch or cut
    // in the skin is the way in for an infection, asked as skin_break_or_wound.
    'In the last few weeks, did you hurt the leg itself in a fall, knock or twist, pull or strain a muscle in it, feel something tear or give in it (for example while kneeling or lifting), or break a bone in it (not counting an operation, or only a scratch or cut in the skin)?',
    'Recent trauma',
    'An injury can explain the pain, and a swollen injured leg can build up dangerous pressure.',
    ['S136', 'S142'],
  ),
  finding(
    'hot_swollen_joint',
    'signs',
    'Is one joint suddenly hot, red and swollen, and very painful to move?',
    'Acute hot swollen joint',
    'A hot, swollen joint can be gout, but an infection in the joint must be ruled out the same day.',
    ['S341', 'S383'],
  ),
  finding(
    'bone_pain_night',
    'character',
    'Is it a deep pain in the bone itself that wakes you at night, even when you lie still?',
    'Nocturnal bone pain at rest',
    'Bone pain at rest or at night is a warning sign that a bone should be X-rayed.',
    ['S348', 'S349', 'S142'],
  ),
  finding(
    'bone_lump',
    'signs',
    'Is there a hard lump or swelling on the bone where it hurts?',
    'Bony swelling / mass',
    'A lump or swelling on a bone, with bone pain, should be X-rayed: it can be a bone growth or a stress fracture.',
    ['S443', 'S347', 'S355'],
    { askIf: painNotPresupposed },
  ),
  finding(
    'relief_anti_inflammatory',
    'relief',
    'Does ibuprofen or aspirin make the pain go away almost completely?',
    'Marked relief with NSAIDs / aspirin',
    'A night bone ache that ibuprofen or aspirin takes away is typical of a small benign bone growth.',
    ['S351'],
    { askIf: painNotPresupposed },
  ),
  finding(
    'unable_to_bear_weight',
    'signs',
    'Are you unable to put weight on the leg or take a few steps?',
    'Unable to bear weight',
    'Not being able to stand on the leg can mean a broken bone or an infected joint.',
    ['S355', 'S445', 'S353'],
  ),
  finding(
    'spinal_tenderness',
    'signs',
    'Does one spot on your spine hurt when it is pressed or tapped?',
    'Localised spinal tenderness',
    'A tender spot on the spine can mean an infection or a growth in a spinal bone.',
    ['S301', 'S314'],
  ),
  finding(
    'prosthetic_joint',
    'history',
    'Do you have an artificial (replaced) hip or knee joint?',
    'Prosthetic joint',
    'A replaced joint is more likely to become infected.',
    ['S341', 'S346'],
    {
      askBeforeStopping: {
        causes: ['septic_arthritis'],
        reason:
          'A joint prosthesis is one of the few useful risk factors for septic arthritis [S346] (also BSR list [S342]).',
        sources: ['S346', 'S342'],
      },
    },
  ),
  finding(
    'osteoporosis',
    'history',
    'Have you been told you have thin bones (osteoporosis), or do you take a bone-strengthening medicine such as alendronic acid?',
    'Osteoporosis / bisphosphonate treatment',
    'Thin bones can crack with little or no injury.',
    ['S361', 'S362', 'S363'],
    {
      askBeforeStopping: {
        causes: ['fracture'],
        reason:
          'Insufficiency fractures occur in osteoporotic bone [S362]; thigh or groin pain in anyone on a bisphosphonate warrants investigation [S363].',
        sources: ['S362', 'S363'],
      },
    },
  ),
  finding(
    'pain_knee',
    'location',
    'Do you feel it in or around your knee?',
    'Knee pain',
    'Pain centred on the knee points to the knee joint (such as arthritis) rather than the muscles, nerves or blood vessels.',
    ['S371', 'S441'],
  ),
  finding(
    'pain_hip_groin',
    'location',
    'Do you feel it deep in your hip or groin?',
    'Hip / groin pain',
    'Pain deep in the groin or hip joint points to the hip joint itself, such as arthritis.',
    ['S375', 'S380'],
  ),
  finding(
    'pain_shin',
    'location',
    'Do you feel it in the front of your lower leg, over the shin bone?',
    'Shin (tibial) pain',
    'Pain over the shin bone points to the bone itself (a stress fracture, or rarely a bone growth) or to shin splints, rather than the calf muscle or its veins.',
    ['S355', 'S351', 'S410'],
  ),
  finding(
    'pain_heel',
    'location',
    'Do you feel it in your heel?',
    'Heel pain',
    'Pain under the heel, worst with the first steps after rest, is usually plantar fasciitis, a cause this tool does not model.',
    ['S415'],
  ),
  finding(
    'pain_outer_hip',
    'location',
    'Do you feel it on the outer side of your hip, over the bony point?',
    'Lateral hip pain (over the greater trochanter)',
    'Pain on the outside of the hip usually comes from the tendons there, not from the hip joint or the back.',
    ['S377', 'S379'],
  ),
  finding(
    'pain_lying_on_side',
    'position',
    'Is it worse when you lie on the sore side?',
    'Pain lying on the affected side',
    'Pain from lying on the sore hip is typical of a tendon problem on the outside of the hip.',
    ['S377', 'S379'],
    { askIf: painNotPresupposed },
  ),
  finding(
    'joint_stiffness_after_rest',
    'other_causes',
    'Is the joint stiff after resting or first thing in the morning, easing within half an hour?',
    'Short-lived (≤30 min) inactivity / morning stiffness',
    'Brief stiffness after rest is typical of osteoarthritis; long morning stiffness points to other joint problems.',
    ['S371', 'S380', 'S441'],
  ),
  finding(
    'joint_grinding',
    'other_causes',
    // Names the joints (knee and hip arthritis are its causes): "the joint" was undefined for a calf pain (set 11).
    'Does your knee or hip grind, crackle or grate when you move it?',
    'Crepitus',
    'A grating or crunching joint is common in osteoarthritis.',
    ['S441'],
  ),
  finding(
    'swelling_behind_knee',
    'signs',
    'Is there a lump or swelling behind your knee?',
    "Popliteal swelling (Baker's cyst)",
    'A swelling behind the knee can be a fluid-filled cyst; if it bursts it looks just like a clot in the leg.',
    ['S402', 'S437'],
  ),
  finding(
    'fluid_trickling_down_calf',
    'signs',
    'Did you feel something pop or give behind the knee, then a feeling like warm water trickling down inside the calf?',
    'Sudden popliteal "pop" with a sensation of fluid tracking down the calf',
    'A cyst behind the knee that bursts can feel like a pop and then water running down the calf; a scan is still needed to rule out a clot.',
    ['S437', 'S454'],
    { askIf: calfTrouble },
  ),
  finding(
    'ankle_bruise_without_knock',
    'signs',
    'Since the pain or swelling in your leg began, has a bruise come out around the ankle or on the foot without a knock?',
    'Ecchymosis at the ankle / foot without trauma (crescent sign)',
    'Fluid or blood leaking from a burst cyst behind the knee, or from a torn calf muscle, tracks down and shows as a bruise at the ankle.',
    ['S402', 'S454', 'S480'],
    { askIf: calfTroubleSincePainOrSwelling },
  ),
  finding(
    'shoulder_girdle_stiffness',
    'other_causes',
    'Do both your shoulders ache and stiffen as well, not only your hips or thighs, worst first thing in the morning?',
    'Bilateral shoulder-girdle aching and morning stiffness',
    'Aching and stiffness of both shoulders and both hips in someone over 50, worst in the morning, is typical of polymyalgia, a cause this tool does not model; it needs a blood test and a doctor soon.',
    ['S418', 'S419'],
  ),
  finding(
    'heel_pain_first_steps',
    'other_causes',
    'Is the pain under your heel worst with your first steps in the morning or after sitting, easing as you walk?',
    'First-step plantar heel pain',
    'Heel pain worst with the first steps after rest is typical of plantar fasciitis, a cause this tool does not model.',
    ['S415'],
    { askIf: painNotPresupposed },
  ),
];
