import type { UrgencyLevel } from './types.js';

export interface UrgencyDescription {
  readonly level: UrgencyLevel;
  /** Lower is more urgent. */
  readonly rank: number;
  readonly label: string;
  /** The action, in plain words, for a person. */
  readonly action: string;
  readonly clinicianLabel: string;
}

export const urgencyDescriptions: Readonly<Record<UrgencyLevel, UrgencyDescription>> = {
  emergency_ambulance: {
    level: 'emergency_ambulance',
    rank: 0,
    label: 'Emergency: call an ambulance',
    action: 'Call an ambulance now (112 / 911 / 999).',
    clinicianLabel: 'Emergency, ambulance transfer',
  },
  emergency: {
    level: 'emergency',
    rank: 1,
    label: 'Emergency',
    action: 'Go to an emergency department now.',
    clinicianLabel: 'Emergency department assessment now',
  },
  consultation_24: {
    level: 'consultation_24',
    rank: 2,
    label: 'See a doctor within 24 hours',
    action: 'See a doctor within 24 hours (today if you can).',
    clinicianLabel: 'Same-day / within 24 h assessment',
  },
  consultation: {
    level: 'consultation',
    rank: 3,
    label: 'See a doctor',
    action: 'Book an appointment with a doctor in the coming days.',
    clinicianLabel: 'Routine consultation',
  },
  self_care: {
    level: 'self_care',
    rank: 4,
    label: 'Self-care',
    action: 'You can look after this at home; see a doctor if it gets worse or keeps coming back.',
    clinicianLabel: 'Self-care with safety-netting',
  },
};

/** True when `a` is at least as urgent as `b`. */
export function atLeastAsUrgent(a: UrgencyLevel, b: UrgencyLevel): boolean {
  return urgencyDescriptions[a].rank <= urgencyDescriptions[b].rank;
}

export function moreUrgent(a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel {
  return atLeastAsUrgent(a, b) ? a : b;
}

/** What this tool is and is not; shown wherever advice is given. */
export const disclaimer =
  'nightleg is a decision-support tool, not a diagnosis. It suggests how urgently to seek care and which causes are worth discussing with a doctor. It cannot examine you. If you feel very unwell or are worried, seek medical help whatever it says.';
