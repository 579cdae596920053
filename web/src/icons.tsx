import type { ComponentChildren } from 'preact';
import type { UrgencyLevel } from './types.js';

/** Decorative line icon: the text next to it always says the same thing. */
function Icon({ size = 40, cls, children }: { size?: number; cls: string; children: ComponentChildren }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      class={cls}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width={2}
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}

/** A different icon per urgency level, so the level never depends on colour alone. */
export function UrgencyIcon({ level }: { level: UrgencyLevel }) {
  switch (level) {
    case 'emergency_ambulance':
      // a telephone: call now
      return (
        <Icon cls="icon">
          <path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z" />
        </Icon>
      );
    case 'emergency':
      // a warning triangle
      return (
        <Icon cls="icon">
          <path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
          <line x1="12" y1="9" x2="12" y2="13" />
          <line x1="12" y1="17" x2="12.01" y2="17" />
        </Icon>
      );
    case 'consultation_24':
      // a clock
      return (
        <Icon cls="icon">
          <circle cx="12" cy="12" r="10" />
          <polyline points="12 6 12 12 16 14" />
        </Icon>
      );
    case 'consultation':
      // a calendar
      return (
        <Icon cls="icon">
          <rect x="3" y="4" width="18" height="18" rx="2" />
          <line x1="16" y1="2" x2="16" y2="6" />
          <line x1="8" y1="2" x2="8" y2="6" />
          <line x1="3" y1="10" x2="21" y2="10" />
        </Icon>
      );
    default:
      // a house with a tick
      return (
        <Icon cls="icon">
          <path d="M3 10.5 12 3l9 7.5" />
          <path d="M5 9.5V21h14V9.5" />
          <path d="M9.5 15.5l2 2 3.5-4" />
        </Icon>
      );
  }
}

export function Check() {
  return (
    <Icon size={20} cls="mark mark-yes">
      <polyline points="20 6 9 17 4 12" />
    </Icon>
  );
}

export function Cross() {
  return (
    <Icon size={20} cls="mark mark-no">
      <line x1="18" y1="6" x2="6" y2="18" />
      <line x1="6" y1="6" x2="18" y2="18" />
    </Icon>
  );
}
