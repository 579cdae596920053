import type { Citation } from './sources.js';
import type { UrgencyLevel } from './types.js';

/**
 * "When to get help": the warning signs a person should act on whatever the result says, grouped by what to
 * do. Shown after every result by every face (the CLI renders it; the web app's English list is read from
 * here, its Spanish one is in web/src/i18n/es.ts). Each sign cites the rule sources it comes from.
 */
export interface SafetyNetSign {
  readonly text: string;
  readonly sources: readonly Citation[];
  /** Set when part of the wording is a model setting the sources do not give. */
  readonly note?: string;
}

export interface SafetyNetGroup {
  readonly level: UrgencyLevel;
  /** What to do, in plain words, introducing the signs. */
  readonly title: string;
  readonly signs: readonly SafetyNetSign[];
}

export const safetyNetIntro = 'Whatever this result says, get help if anything below happens.';

export const safetyNet: readonly SafetyNetGroup[] = [
  {
    level: 'emergency_ambulance',
    title: 'Call an ambulance (112 / 911 / 999) at once if you have:',
    signs: [
      {
        text: 'chest pain, sudden breathlessness, coughing blood or fainting',
        sources: ['S11', 'S12', 'S13'],
      },
      {
        text: 'a leg or foot that suddenly turns cold, pale, blue or mottled',
        sources: ['S48', 'S51', 'S136'],
      },
      { text: 'sudden severe leg pain with numbness or weakness', sources: ['S48', 'S49', 'S51'] },
    ],
  },
  {
    level: 'emergency',
    title: 'Go to an emergency department at once if you have:',
    signs: [
      {
        text: 'numbness around your bottom or genitals, or new trouble with your bladder or bowels',
        sources: ['S130', 'S134'],
      },
      { text: 'weakness in both legs', sources: ['S130', 'S135'] },
      {
        text: 'pain far worse than anything you can see, or blistering, grey or dusky skin',
        sources: ['S139', 'S136', 'S138'],
      },
    ],
  },
  {
    level: 'consultation_24',
    title: 'See a doctor today if:',
    signs: [
      { text: 'one leg becomes swollen, warm or red', sources: ['seed:L15'] },
      {
        text: 'a red, hot, painful area is spreading, or you have a fever',
        sources: ['S139', 'S143', 'S144'],
      },
      {
        text: 'a sore on your foot does not heal, or skin turns black',
        sources: ['seed:L16', 'S143', 'S144'],
      },
      { text: 'your foot starts to drag or your leg gets weaker', sources: ['seed:L16', 'S125', 'S120'] },
    ],
  },
  {
    level: 'consultation',
    title: 'Book an appointment if:',
    signs: [
      { text: 'the pain keeps coming back or spoils your sleep most nights', sources: ['seed:L16'] },
      {
        text: 'it is not better after two weeks, or it is getting worse',
        sources: ['seed:L16'],
        note: 'model setting: the sources give no interval; two weeks is a conventional review point',
      },
    ],
  },
];
