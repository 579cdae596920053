import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/** Reader gaps found by role-play set 14, second pass (issue #14). Our own wordings, never a story's sentences. */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('relief by an anti-inflammatory said verb first (S351)', () => {
  it.each([
    'the ache in my shin goes completely with ibuprofen',
    'it clears up after naproxen every time',
    'my leg pain disappears with anti-inflammatories',
  ])('%s → relief_anti_inflammatory present', (text) => {
    expect(stateOf(text, 'relief_anti_inflammatory')).toBe('present');
  });
  it('a denied relief is not read as relief', () => {
    expect(stateOf('it never goes away even with ibuprofen', 'relief_anti_inflammatory')).not.toBe('present');
  });
});

describe('the outside of the hip without "my" is the outer hip', () => {
  it.each(['aching on the outside of hip when i lie on it', 'sore on outer side of hip at night'])(
    '%s',
    (text) => {
      expect(stateOf(text, 'pain_outer_hip')).toBe('present');
    },
  );
});

describe('a leg that has gone weak is weakness come on (S301)', () => {
  it.each(['my calf aches at night and the leg has gone weak', 'both legs have gone weak this month'])(
    '%s → progressive_weakness present',
    (text) => {
      expect(stateOf(text, 'progressive_weakness')).toBe('present');
    },
  );
});

describe('the sleeper reports kicking the bed partner', () => {
  it.each(['my husband says i kick him all night', 'apparently i kick her in my sleep every night'])(
    '%s → leg_jerks_in_sleep_seen present, the writer is the patient',
    (text) => {
      expect(stateOf(text, 'leg_jerks_in_sleep_seen')).toBe('present');
      expect(understand(text).voice).toBe('self');
    },
  );
  it('a carer who handles the relative still writes for them', () => {
    expect(understand('my mum has cramps and i rub her calf at night').voice).toBe('other');
  });
});

describe('the back named with the legs as one complaint', () => {
  it.each(['his back and both legs are awful at night', 'my back and legs have been terrible in bed'])(
    '%s → back_pain present',
    (text) => {
      expect(stateOf(text, 'back_pain')).toBe('present');
    },
  );
});

describe('kept up at night by the foot places it in the foot', () => {
  it.each(['she is up all night with her foot', 'i was awake half the night with my toes'])('%s', (text) => {
    expect(stateOf(text, 'pain_feet_toes')).toBe('present');
  });
});
