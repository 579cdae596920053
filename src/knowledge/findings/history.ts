import type { AskIf } from '../types.js';
import { finding } from './define.js';

/**
 * When asking about a recent bloodstream infection makes sense: IDSA ties it to new or worsening back pain, with or
 * without fever (S313), and fever, injecting drugs, a weak immune system, a recent infection and a tender spine
 * are the named pointers to a spine infection (S313, S315). "New" is read as started or much worse within two weeks
 * (onset_within_two_weeks; a model setting), or as getting steadily worse (back_pain_getting_worse, S301, S313).
 * Not for back pain of long or unknown standing with none of these (set 10: years of sciatica, stenosis or
 * widespread pain found the question out of place).
 */
const spineInfectionInPlay: AskIf = {
  anyOf: [
    {
      anyPresent: [
        'fever',
        'systemic_illness',
        'injects_drugs',
        'immunosuppressed',
        'recent_infection',
        'spinal_tenderness',
        // Back pain getting steadily worse counts like new back pain: IDSA's "new or worsening" (S313), and
        // progressive spinal pain is a CG75 red flag (S301).
        'back_pain_getting_worse',
      ],
    },
    { allPresent: ['back_pain', 'onset_within_two_weeks'] },
    { allPresent: ['mid_back_band_pain', 'onset_within_two_weeks'] },
  ],
};

/** History and risk factors (they change how likely a cause is; most are linked to no symptom). */
export const historyFindings = [
  finding(
    'diabetes',
    'history',
    'Do you have diabetes?',
    'Diabetes mellitus',
    'Diabetes raises the risk of poor circulation and nerve damage.',
    ['S43', 'S150'],
  ),
  finding(
    'smoker',
    'history',
    'Do you smoke, or did you smoke for many years?',
    'Smoking',
    'Smoking is one of the strongest risks for narrowed leg arteries.',
    ['S43', 'S53'],
  ),
  finding(
    'high_blood_pressure',
    'history',
    'Do you have high blood pressure?',
    'Hypertension',
    'High blood pressure adds to the risk of narrowed arteries.',
    ['S43'],
  ),
  finding(
    'known_arterial_disease',
    'history',
    'Have you had a heart attack, a stroke, a heart stent or bypass, or been told your leg arteries are narrowed?',
    'Known atherosclerotic disease',
    'Narrowing in one artery often means narrowing elsewhere.',
    ['S44', 'S51'],
  ),
  finding(
    'atrial_fibrillation',
    'history',
    'Do you have an irregular heartbeat (atrial fibrillation)?',
    'Atrial fibrillation',
    'An irregular heartbeat can throw clots that block a leg artery.',
    ['S202'],
  ),
  finding(
    'recent_surgery_or_bedridden',
    'history',
    // Bedridden (Wells, S1/S3) as a person lives it: mostly lying down, on a sofa as well as in bed (set 8).
    'Have you had an operation in the last 12 weeks, or spent more than 3 days mostly lying down (in bed or on a sofa)?',
    'Recent major surgery / bedridden > 3 days',
    'Surgery and bed rest are strong risks for leg clots.',
    ['S6', 'S3'],
  ),
  finding(
    'leg_cast_or_paralysis',
    'history',
    // A boot or splint that keeps the leg still is immobilisation too (clinical.md: recent immobilisation).
    'Has the leg recently been kept still in a plaster cast, boot or splint, or is it paralysed or weak from a stroke?',
    'Paralysis, paresis or recent plaster cast',
    'A leg that cannot move is at risk of clots.',
    ['S1', 'S3'],
  ),
  finding(
    'recent_long_journey',
    'history',
    'Have you travelled for 4 hours or more (flight, car, coach) in the last 8 weeks?',
    'Recent long-haul travel',
    'Long journeys raise the risk of leg clots for a few weeks.',
    ['S203'],
  ),
  finding(
    'previous_dvt',
    'history',
    'Have you had a blood clot in a leg or lung before?',
    'Previous DVT / PE',
    'A previous clot makes another more likely.',
    ['S6', 'S3'],
  ),
  finding(
    'active_cancer',
    'history',
    'Are you being treated for cancer, or were you in the last 6 months?',
    'Active cancer',
    'Cancer and its treatment make clots more likely.',
    ['S6', 'S1'],
  ),
  finding(
    'pregnant_or_postpartum',
    'history',
    'Are you pregnant or have you given birth in the last 6 weeks?',
    'Pregnancy / postpartum',
    'Pregnancy makes clots, cramps and restless legs more likely.',
    ['S8', 'S70', 'S86'],
    // Asked of women of child-bearing age only (product policy, not a clinical number).
    { askIf: { sex: 'female', age: { min: 18, max: 55 } } },
  ),
  finding(
    'kidney_failure_dialysis',
    'history',
    'Do you have kidney failure or dialysis?',
    'Chronic kidney disease / haemodialysis',
    'Kidney failure often causes restless legs and cramps.',
    ['S71', 'S86'],
  ),
  finding(
    'iron_deficiency',
    'history',
    'Have you been told you are low in iron or anaemic?',
    'Iron deficiency',
    'Low iron is linked to restless legs.',
    ['seed:L13', 'S69'],
  ),
  finding(
    'family_history_rls',
    'history',
    'Does anyone in your family have restless legs?',
    'Family history of RLS',
    'Restless legs often run in families.',
    ['S67', 'S73'],
  ),
  finding(
    'dehydration_or_heavy_sweating',
    'history',
    'Have you been dehydrated, sweating a lot, or told your salts (potassium, magnesium) are low?',
    'Volume depletion / electrolyte disturbance',
    'Dehydration and low salts make cramps more likely.',
    ['seed:L11', 'S88'],
  ),
  finding(
    'muscle_overuse',
    'history',
    'Did you exercise hard or use your leg muscles more than usual recently?',
    'Muscle fatigue / overuse',
    'Tired muscles cramp more easily.',
    ['seed:L11'],
  ),
  finding(
    'recent_weight_loss_or_leg_crossing',
    'history',
    // One idea, pressure on the nerve at the outside of the knee, with its causes listed and "yes if any" said
    // outright (role-play set 9: a man who had gained weight could not tell which half to answer).
    'Has the outside of your knee been under pressure lately from any one of these (yes if any applies): often sitting with your legs crossed, long periods kneeling or squatting, or losing a lot of weight quickly?',
    'Pressure at the fibular head: habitual leg crossing, prolonged kneeling or squatting, rapid weight loss',
    'Crossing the legs, kneeling or squatting, or losing the fat padding at the knee, presses on the nerve there.',
    ['S121', 'S123'],
  ),
  finding(
    'cancer_history',
    'history',
    'Have you ever been treated for cancer?',
    'History of cancer (current or past)',
    'Back or bone pain in someone who has had cancer needs checking for spread to the bones or spine.',
    ['S142', 'S301'],
    {
      askBeforeStopping: {
        causes: ['spinal_metastases', 'bone_tumour'],
        reason:
          'In a person with cancer, progressive or night spinal pain calls for MSCC discussion within 24 h [S301]; a cancer history is a red flag for bone pain [S142].',
        sources: ['S301', 'S142'],
      },
    },
  ),
  finding(
    'immunosuppressed',
    'history',
    'Do you take medicines that weaken the immune system (such as steroid tablets, methotrexate or chemotherapy), or have a condition that does?',
    'Immunosuppression',
    'A weak immune system makes deep infections of the spine, joints and skin more likely.',
    ['S315', 'S317'],
    {
      askBeforeStopping: {
        causes: ['spinal_infection', 'septic_arthritis'],
        reason:
          'Immunocompromise is one of the risk factors present in 98% of spinal epidural abscesses (21% of ED controls) [S315]; a named risk factor for septic arthritis [S342].',
        sources: ['S315', 'S342'],
      },
    },
  ),
  finding(
    'injects_drugs',
    'history',
    'Do you inject drugs, or have you in the last few months?',
    'Injecting drug use',
    'Injecting drugs makes infections of the spine, joints, skin and veins more likely.',
    ['S315', 'S317', 'S342'],
    {
      askBeforeStopping: {
        causes: ['spinal_infection', 'septic_arthritis'],
        reason:
          'Injecting drug use is one of the risk factors present in 98% of spinal epidural abscesses (21% of ED controls) [S315]; a named risk factor for septic arthritis [S342].',
        sources: ['S315', 'S342'],
      },
    },
  ),
  finding(
    'training_increase',
    'history',
    'Have you recently stepped up running, marching, training or sport?',
    'Recent increase in training load',
    'A sudden increase in training can cause a stress fracture.',
    ['S355', 'S358'],
    {
      // Asked before stopping once a tender spot on a bone is told: the pair is when a stress fracture is
      // thought of (role-play set 15: a runner's tender shin was never asked about her mileage).
      askIf: { anyPresent: ['bony_point_tenderness'] },
      askBeforeStopping: {
        causes: ['fracture'],
        reason:
          'A stress fracture is thought of when there is focal bony tenderness or swelling after a recent increase in training [S355]; running on converts a low-grade injury into a higher-grade one [S357].',
        sources: ['S355', 'S357'],
      },
    },
  ),
  finding(
    'recent_infection',
    'history',
    'Have you had diarrhoea, a stomach bug, or a chest or throat infection in the last few weeks?',
    'Recent gastrointestinal or respiratory infection',
    'Nerve inflammation (Guillain–Barré) and spine infections can follow an infection a few weeks earlier.',
    ['S324', 'S325', 'S315'],
    {
      askBeforeStopping: {
        causes: ['guillain_barre_syndrome', 'spinal_infection'],
        reason:
          'About two-thirds with Guillain–Barré report a gut or chest infection in the preceding weeks [S325], which makes it more likely [S324]; distant infection is a named risk factor for spinal epidural abscess [S315].',
        sources: ['S325', 'S324', 'S315'],
      },
    },
  ),
  finding(
    // IDSA names a bloodstream infection or endocarditis, not a chest or stomach bug, as the trigger of a spine
    // infection (S313); a distant infection and an indwelling line are named risk factors for an abscess (S315).
    'recent_bloodstream_infection',
    'history',
    // A skin abscess is a distant infection, not a bloodstream one: the question says when it counts (set 11).
    'In the last few months, have you had an infection in the blood (sepsis or blood poisoning), an infected drip or line site, or an infection of a heart valve (endocarditis) (a skin abscess or an infected injection site counts only if you were told the infection had got into your blood)?',
    'Recent bacteraemia, line infection or endocarditis',
    'Germs that have been in the blood can settle in the bones and discs of the spine.',
    ['S313', 'S315'],
    { askIf: spineInfectionInPlay },
  ),
  finding(
    'thyroid_symptoms',
    'other_causes',
    // Several signs of one condition: tiredness alone is too common to count, so the question asks for two or
    // more of them (a model setting for the wording, not a number from the sources).
    // "Not explained by a pregnancy": pregnancy itself brings tiredness and weight gain (set 8).
    'Over the last few months, have you had at least two of these, not explained by a pregnancy: feeling unusually tired; feeling the cold more than other people; putting on weight; dry skin?',
    'Symptoms of hypothyroidism',
    'An underactive thyroid can cause cramps and aching muscles; a blood test checks it.',
    ['S394', 'S398'],
  ),
  finding(
    'previous_gout',
    'history',
    'Have you had gout before, or been told an earlier joint attack was gout?',
    'Previous gout flare (known gout)',
    'Gout comes back: most attacks are in people who have had one before.',
    ['S436', 'S381'],
  ),
  finding(
    'known_fibromyalgia',
    'history',
    'Has a doctor told you that you have fibromyalgia?',
    'Known fibromyalgia (previous diagnosis)',
    'A diagnosis already made makes a flare of the same pain likely, though it does not rule out another cause.',
    ['S384', 'S385'],
  ),
];
