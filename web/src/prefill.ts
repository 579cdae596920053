import type { EvidenceItem, Profile } from './types.js';

/** What a link from a clinical system may fill in (docs/cds-hooks.md): `/?age=67&sex=female&evidence=a,b`. */
export interface Prefill {
  readonly profile: Profile | null;
  /** Findings the record shows as present; sent first, so the person's own answers win. */
  readonly evidence: readonly EvidenceItem[];
}

const findingId = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * Read the prefill query. Only well-formed values are taken: an age 18–120, `female` or `male`, finding ids
 * (at most 30); anything else is ignored and left for the person to enter. The start screen still shows
 * age and sex for the person to confirm.
 */
export function readPrefill(search: string): Prefill {
  const params = new URLSearchParams(search);
  const age = Number(params.get('age'));
  const sex = params.get('sex');
  const ids = (params.get('evidence') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => findingId.test(s));
  const evidence = [...new Set(ids)].slice(0, 30).map((id): EvidenceItem => ({ id, state: 'present' }));
  const validAge = Number.isInteger(age) && age >= 18 && age <= 120;
  const validSex = sex === 'female' || sex === 'male';
  return {
    profile: validAge && validSex ? { age, sex, text: '' } : null,
    evidence,
  };
}
