import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

const voiceOf = (text: string) => understand(text).voice;

describe("a relative's possessive without its apostrophe (role-play set 5)", () => {
  it('"my mums leg", "dads foot", "my dads legs" are told for someone else', () => {
    expect(voiceOf('my mums leg hurts at night')).toBe('other');
    expect(voiceOf('dads foot is swollen and sore at night')).toBe('other');
    expect(voiceOf('asking about my dads legs, they ache at night')).toBe('other');
    expect(voiceOf("my mum's leg hurts at night")).toBe('other');
  });

  it("a plural elsewhere, or the writer speaking of themself, stays the writer's own account", () => {
    expect(voiceOf('my legs hurt at night, the mums at school say its cramp')).toBe('self');
    expect(voiceOf('my mums had clots, my calf is swollen and I am worried')).toBe('self');
  });
});
