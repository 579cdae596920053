import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * Red-flag phrasings written blind (issue #12): what the reader learned from the dev half of
 * eval/language/red-flag-phrasings-*.json, tested in our own wordings. The dev half itself is scored at the end.
 */
const stateOf = (text: string, id: string) => understand(text).findings.find((f) => f.id === id)?.state;

/** Each of these, said alone ("I have X."), is read as the red-flag finding beside it. */
const redFlagItems: readonly (readonly [string, string])[] = [
  ['fever', 'fever'],
  ['a high temperature', 'fever'],
  ['rigors', 'fever'],
  ['confusion', 'systemic_illness'],
  ['vomiting', 'systemic_illness'],
  ['chest pain', 'chest_pain_or_breathless'],
  ['shortness of breath', 'chest_pain_or_breathless'],
  ['cuts', 'skin_break_or_wound'],
  ['open wounds', 'skin_break_or_wound'],
  ['colds', 'recent_infection'],
  ['sore throats', 'recent_infection'],
  ['tummy bugs', 'recent_infection'],
  ['dark urine', 'dark_urine'],
  ['slurred speech', 'swallowing_or_speech_difficulty'],
  ['trouble swallowing', 'swallowing_or_speech_difficulty'],
  ['night sweats', 'weight_loss_night_sweats'],
  ['pale skin', 'skin_shiny_pale_or_bluish_red'],
];
const fillers = ['', 'recent ', 'any '];

describe('a negation carries over a whole list', () => {
  it.each(redFlagItems)('"I have %s." is read as %s (the items are red flags said alone)', (item, id) => {
    expect(stateOf(`I have ${item}.`, id)).toBe('present');
  });

  it('property: red-flag words in a denied list are never read present', () => {
    const negators = [
      'no',
      'not had any',
      'never had',
      'without',
      "he hasn't had any",
      'she denies',
      'there was no',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...negators),
        fc.constantFrom(...fillers),
        fc.uniqueArray(fc.constantFrom(...redFlagItems), {
          minLength: 2,
          maxLength: 6,
          selector: (x) => x[0],
        }),
        fc.constantFrom(' or ', ' nor ', ' and ', ', or ', ', and ', ', '),
        (negator, filler, items, last) => {
          const words = items.map((x) => x[0]);
          const text = `${negator} ${filler}${words.slice(0, -1).join(', ')}${words.length > 2 ? last : last.replace(',', '')}${words.at(-1)}`;
          const read = understand(text).findings;
          for (const [, id] of items)
            expect(read.find((f) => f.id === id)?.state, `${text} → ${id}`).not.toBe('present');
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['Thankfully no shivers, no chest pain, sickness or slurring of words.', 'chest_pain_or_breathless'],
    ['She has had no coughs, colds, sore throats or stomach upsets lately.', 'recent_infection'],
    ['Never any cuts, grazes, insect bites or open wounds on that leg.', 'skin_break_or_wound'],
    ['No fever, chills, sweats, dizziness or leg swelling.', 'one_leg_swollen'],
  ])('"%s" → %s not present', (text, id) => {
    expect(stateOf(text, id)).not.toBe('present');
  });

  it('a list after a statement is not denied by an earlier negation', () => {
    expect(stateOf('No fever, my leg is swollen, hot and red.', 'one_leg_swollen')).toBe('present');
    expect(stateOf("He hasn't been poorly, the calf is swollen.", 'one_leg_swollen')).toBe('present');
  });

  it('back pain eased by lying down is not night or lying spinal pain', () => {
    expect(
      stateOf('The backache eases off once I lie down and I sleep fine.', 'spinal_pain_night_lying'),
    ).not.toBe('present');
    expect(stateOf('My back pain is much worse lying down at night.', 'spinal_pain_night_lying')).toBe(
      'present',
    );
  });
});
