import { canWalk, finding } from './define.js';

/** Arteries: blood supply to the leg. */
export const arteriesFindings = [
  finding(
    'calf_pain_walking_relieved_standing_still',
    'timing',
    // One idea asked plainly: what standing still does is the part that tells narrowed arteries from the spine's
    // pain (which needs sitting or bending). Walking pain alone was unanswerable (set 12): say what to answer.
    'Does walking bring on pain in your calf that eases when you stop and just stand still for a minute or two, without sitting down (if walking brings it on but you have not noticed what standing still does, say you are not sure)?',
    'Intermittent (vascular) claudication',
    'Walking pain that stops when you stand still suggests narrowed leg arteries.',
    ['S104', 'S41'],
    { askIf: canWalk },
  ),
  finding(
    'worse_leg_raised',
    'position',
    'Is it worse when your leg is level or raised up?',
    'Worse with limb elevation',
    'Poor circulation gets worse when the leg is raised and better when it hangs down.',
    ['S34', 'S38'],
  ),
  finding(
    'relief_dangling_leg',
    'relief',
    'Does hanging your leg over the side of the bed ease it?',
    'Relief by dependency',
    'Relief by hanging the leg down is typical of poor circulation.',
    ['seed:L4', 'seed:L15', 'S34'],
  ),
  finding(
    'cool_limb',
    'signs',
    'Does the foot or leg that troubles you usually feel cold to the touch, or colder than the other one?',
    'Cool limb (asymmetric)',
    'A cool foot is one of the strongest signs of poor circulation.',
    ['seed:L5', 'S41'],
  ),
  finding(
    'skin_shiny_pale_or_bluish_red',
    'signs',
    'Has the skin of your foot or lower leg become shiny, pale, or a dusky bluish-red over weeks or months?',
    'Trophic skin change / rubor / pallor',
    'Skin colour changes appear when circulation is poor.',
    ['seed:L5', 'S37', 'S41'],
  ),
  finding(
    'hair_loss_leg',
    'signs',
    'Has hair stopped growing on your lower leg or foot?',
    'Loss of hair on leg / foot',
    'Hair loss can come with poor circulation, though it is a weak sign.',
    ['seed:L5', 'S42'],
  ),
  finding(
    'non_healing_sore',
    'signs',
    'Do you have a sore or ulcer on your foot or toes that is not healing?',
    'Non-healing ulcer',
    'A sore that will not heal can mean circulation is critically low.',
    ['seed:L5', 'seed:L16', 'S41'],
  ),
  finding(
    'black_or_dying_skin',
    'alarm',
    // Dying skin is often a dry, dark edge or patch before it is black (set 12: "a dry darkish edge" to a sore).
    'Has any skin on your toes or foot turned black, or become a dark, dry, hard patch or edge (for example around a sore)?',
    'Gangrene / necrosis',
    'Black skin means tissue is dying and needs prompt care.',
    ['seed:L5', 'S29'],
  ),
  finding(
    'sudden_cold_pale_leg',
    'alarm',
    'Has your leg or foot suddenly turned cold, pale, blue or mottled, within the last few hours or days?',
    'Acutely cold, pale or mottled limb',
    'A suddenly cold, pale leg can mean a blocked artery: an emergency.',
    ['S48', 'S51'],
  ),
  finding(
    'back_or_belly_pain_sudden',
    'alarm',
    'Did a severe, tearing or ripping pain suddenly start in your back, tummy or chest?',
    'Abrupt severe (tearing) back, abdominal or chest pain',
    'Sudden tearing pain in the back or tummy can mean the main artery is torn or leaking: an emergency.',
    ['S446', 'S366', 'S368'],
  ),
];
