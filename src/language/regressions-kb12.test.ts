import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/** Readings added for issue #12 (kb12): a burst Baker's cyst in lay words, and a vaguely placed mid-back pain. */
const stateOf = (text: string, id: string, lang: 'en' | 'es' = 'en') =>
  understand(text, lang).findings.find((f) => f.id === id)?.state;

describe("a burst Baker's cyst: the pop, the water down the calf (S437, S454), the ankle bruise (S402)", () => {
  it.each([
    'Kneeling in the garden I felt a pop behind the knee, then it was like water trickling down my calf.',
    'Something went behind my knee and then it felt like warm fluid running down inside my leg.',
    "My Baker's cyst has burst.",
  ])('reads %j as the burst', (text) => {
    expect(stateOf(text, 'fluid_trickling_down_calf')).toBe('present');
  });
  it.each([
    "This morning there's a purple bruise coming out round my ankle bone, and I never banged it.",
    'Now the ankle has gone black and blue.',
  ])('reads %j as the ankle bruise', (text) => {
    expect(stateOf(text, 'ankle_bruise_without_knock')).toBe('present');
  });
  it('does not take a sprained ankle for it', () => {
    expect(stateOf('I sprained my ankle and it is bruised.', 'ankle_bruise_without_knock')).toBeUndefined();
  });
  it('reads the Spanish wording', () => {
    expect(
      stateOf(
        'Noté un chasquido detrás de la rodilla y luego como agua bajando por la pantorrilla.',
        'fluid_trickling_down_calf',
        'es',
      ),
    ).toBe('present');
    expect(stateOf('Me ha salido un moratón en el tobillo.', 'ankle_bruise_without_knock', 'es')).toBe(
      'present',
    );
  });
});

describe('a middle or lower-middle back pain is read as the thoracic feature (CG75, S301)', () => {
  it.each([
    "I've had a nagging pain in my lower-middle back for six weeks.",
    'My middle back aches at night.',
  ])('reads %j', (text) => {
    expect(stateOf(text, 'mid_back_band_pain')).toBe('present');
  });
  it('keeps a plain low back pain as back pain only', () => {
    expect(stateOf('My lower back aches.', 'mid_back_band_pain')).toBeUndefined();
  });
});
