import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/** Reader gaps found going over role-play sets 12-14 (issue #14). Our own wordings, never a story's sentences. */
describe("a bed partner named first, then the writer's own legs: the writer is the patient", () => {
  it.each([
    'my husband says my legs twitch the whole night',
    'my partner reckons my feet jump about in bed',
    'my girlfriend says my knees keep knocking her in bed',
  ])('%s → self', (text) => {
    expect(understand(text).voice).toBe('self');
  });
  it('in Spanish, "mis piernas" after the partner is the writer too', () => {
    expect(understand('mi mujer dice que mis piernas dan patadas de noche', 'es').voice).toBe('self');
  });
  it("a relative's own legs stay the relative's account", () => {
    expect(understand('my dads legs ache every night in bed').voice).toBe('other');
    expect(understand("my mother's feet burn when she lies down").voice).toBe('other');
    expect(understand('grandma says her calves cramp at night').voice).toBe('other');
  });
});
