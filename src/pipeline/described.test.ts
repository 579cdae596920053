import { describe, expect, it } from 'vitest';
import { understand } from '../language/index.js';
import { parseCase } from '../schema/case.js';
import { checkCase } from '../schema/case-check.js';
import { describedOf } from './views.js';

describe('what the description gave is not counted as questions asked', () => {
  it('nothing described without text or a client list', () => {
    expect(describedOf(undefined, { evidence: [{ id: 'fever', state: 'absent' }] })).toBeUndefined();
  });

  it('findings read from the text, less those an explicit answer replaced', () => {
    const understood = understand('my calf is swollen and I have a fever');
    const ids = describedOf(understood, { evidence: [{ id: 'fever', state: 'absent' }] }) ?? [];
    expect(ids).toContain('one_leg_swollen');
    expect(ids).not.toContain('fever');
  });

  it('a client that sends the read-back as evidence names it in `described`', () => {
    const ids = describedOf(undefined, {
      evidence: [{ id: 'pain_calf', state: 'present' }],
      described: ['pain_calf'],
    });
    expect(ids).toEqual(['pain_calf']);
  });

  it('`described` is validated the same by the schema and the fast check', () => {
    const good = { age: 60, sex: 'female', evidence: [], described: ['pain_calf'] };
    const bad = { age: 60, sex: 'female', evidence: [], described: [3] };
    expect(parseCase(good).ok).toBe(true);
    expect(checkCase(good)?.described).toEqual(['pain_calf']);
    const parsed = parseCase(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.path).toBe('described[0]');
    expect(checkCase(bad)).toBeUndefined();
  });
});
