import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/** Reader gaps found by role-play set 14 (issue #12). Our own wordings, never a story's sentences. */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('out cold from drink or drugs is a long lie (BOAST: prolonged immobilisation, S330)', () => {
  it.each([
    'my calf is killing me, i passed out after a party last night',
    'he blacked out drunk and now his shin is rock hard',
    'she was out cold after taking drugs and woke with a swollen leg',
    'after a night out i was unconscious for a while and now my thigh hurts',
  ])('%s → long_lie present', (text) => {
    expect(stateOf(text, 'long_lie')).toBe('present');
  });

  it.each(['he fainted at a party for a few seconds', 'i passed out briefly when they took blood'])(
    'a brief faint is not a long lie: %s',
    (text) => {
      expect(stateOf(text, 'long_lie')).toBeUndefined();
    },
  );
});
