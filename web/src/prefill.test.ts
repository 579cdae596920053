import { describe, expect, it } from 'vitest';
import { readPrefill } from './prefill.js';

describe('readPrefill (links from the CDS Hooks service)', () => {
  it('reads age, sex and present findings', () => {
    expect(readPrefill('?age=71&sex=male&evidence=diabetes,smoker,takes_statin')).toEqual({
      profile: { age: 71, sex: 'male', text: '' },
      evidence: [
        { id: 'diabetes', state: 'present' },
        { id: 'smoker', state: 'present' },
        { id: 'takes_statin', state: 'present' },
      ],
    });
  });
  it("ignores malformed values and never fills a child's age", () => {
    expect(readPrefill('?age=12&sex=x&evidence=ok_id,<script>,,Bad')).toEqual({
      profile: null,
      evidence: [{ id: 'ok_id', state: 'present' }],
    });
    expect(readPrefill('')).toEqual({ profile: null, evidence: [] });
  });
});
