import type { EvidenceItem } from '../engine/index.js';

/**
 * Parse `--evidence a,b,!c,?d`: a bare id is present, `!id` absent, `?id` unknown.
 * Ids are checked later by the shared case schema, so the message names the unknown id.
 */
export function parseEvidenceFlag(value: string): EvidenceItem[] {
  return value
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token.length > 0)
    .map((token) => {
      if (token.startsWith('!')) return { id: token.slice(1), state: 'absent' as const };
      if (token.startsWith('?')) return { id: token.slice(1), state: 'unknown' as const };
      return { id: token, state: 'present' as const };
    });
}
