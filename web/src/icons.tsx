import type { UrgencyLevel } from './types.js';

const common = {
  width: 40,
  height: 40,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;

/** One icon per urgency level, so the level never depends on colour alone. */
export function UrgencyIcon({ level }: { level: UrgencyLevel }) {
  switch (level) {
    case 'emergency_ambulance':
    case 'emergency':
      return (
        <svg {...common} class="icon">
          <path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
          <line x1="12" y1="9" x2="12" y2="13" />
          <line x1="12" y1="17" x2="12.01" y2="17" />
        </svg>
      );
    case 'consultation_24':
      return (
        <svg {...common} class="icon">
          <circle cx="12" cy="12" r="10" />
          <polyline points="12 6 12 12 16 14" />
        </svg>
      );
    case 'consultation':
      return (
        <svg {...common} class="icon">
          <rect x="3" y="4" width="18" height="18" rx="2" />
          <line x1="16" y1="2" x2="16" y2="6" />
          <line x1="8" y1="2" x2="8" y2="6" />
          <line x1="3" y1="10" x2="21" y2="10" />
        </svg>
      );
    default:
      return (
        <svg {...common} class="icon">
          <path d="M3 10.5 12 3l9 7.5" />
          <path d="M5 9.5V21h14V9.5" />
          <path d="M9.5 15.5l2 2 3.5-4" />
        </svg>
      );
  }
}

export function Check() {
  return (
    <svg {...common} width={20} height={20} class="mark mark-yes">
      <polyline points="20 6 9 17 4 12" />
    </svg>
  );
}

export function Cross() {
  return (
    <svg {...common} width={20} height={20} class="mark mark-no">
      <line x1="18" y1="6" x2="6" y2="18" />
      <line x1="6" y1="6" x2="18" y2="18" />
    </svg>
  );
}
