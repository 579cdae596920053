import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * Issue #12, held-out narrative set 16: misses of the reader fixed by mechanism. Our own wordings, never the set's
 * sentences.
 */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

describe('"passed out" from drink or drugs is not a faint, but stays open for the screen', () => {
  it.each([
    'I got really drunk at a wedding and passed out in a chair, now my foot tingles.',
    'He blacked out after a night out and woke with his arm dead.',
    'Passed out on the floor after too many pints and my calf is sore.',
  ])('"%s" → fainting left unknown', (text) => {
    expect(stateOf(text, 'chest_pain_or_breathless')).toBe('unknown');
  });

  it.each([
    'I passed out in the supermarket queue this morning and my calf is swollen.',
    'She blacked out on the stairs yesterday, her leg has been puffy since the flight.',
    'I collapsed at work and my thigh is swollen.',
  ])('"%s" → a faint, the red flag', (text) => {
    expect(stateOf(text, 'chest_pain_or_breathless')).toBe('present');
  });
});

describe('injecting a street drug named in brackets or after a comma', () => {
  it.each([
    'My brother is 35 and injects (mostly heroin).',
    'She has been injecting again, heroin this time.',
    'He injected (crack and heroin) for years.',
  ])('"%s" → injects drugs', (text) => {
    expect(stateOf(text, 'injects_drugs')).toBe('present');
  });

  it.each([
    'I inject insulin (the long-acting one) at night.',
    'She injects her blood thinner, heparin, every evening.',
  ])('"%s" → a medicine, not drug use', (text) => {
    expect(stateOf(text, 'injects_drugs')).not.toBe('present');
  });
});
