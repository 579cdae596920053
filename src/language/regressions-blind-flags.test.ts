import { readFileSync } from 'node:fs';
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

describe('stated signs in lay words (own wordings of the families learned from the dev half)', () => {
  it.each([
    ['Since Friday his shin has puffed right up and is hard as a rock.', 'tense_swollen_muscle'],
    ['If she points her foot the pain goes way worse, right through the roof.', 'pain_moving_toes'],
    [
      'It came on in a flash on Monday while I was gardening and it has been agony all week.',
      'sudden_severe_pain',
    ],
    ['There is only a small graze on the ankle but the pain is off the charts.', 'pain_out_of_proportion'],
    ['His leg is swollen from top to bottom.', 'whole_leg_swollen'],
    ['When I poke the swollen ankle it stays dented for ages.', 'pitting_oedema'],
    [
      'Over the past 4 days my legs have gone weak and it is worse each morning.',
      'weakness_rising_over_days',
    ],
    ['The pins and needles keep creeping up from my toes.', 'ascending_numbness'],
    ['I have gone numb down there and around my bottom.', 'saddle_numbness'],
    ['My husband is having chemotherapy for lymphoma at the moment.', 'active_cancer'],
    ['She was told the infection from her port line was in her blood.', 'recent_bloodstream_infection'],
    ['The doctor put me on cholesterol pills in the spring.', 'statin_started_recently'],
    ['I have brittle bones and broke my wrist last year.', 'osteoporosis'],
    ['I went over on my ankle stepping off the kerb.', 'recent_leg_injury'],
    ['I grazed my shin against the car door on Sunday.', 'skin_break_or_wound'],
    ["My dad's breathing is very fast and shallow tonight.", 'systemic_illness'],
    ['A coughing fit sets my back off and the pain shoots down.', 'back_pain_worse_cough_strain'],
    ['His back is much worse in bed so he has been sleeping in the recliner.', 'spinal_pain_night_lying'],
    ['I went from once a week at the gym to every day.', 'training_increase'],
    ['It began after the sickness bug going around school.', 'recent_infection'],
  ])('"%s" → %s read present', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('a denied cramp in the sentence does not hide a sudden severe pain ("not a cramp")', () => {
    expect(
      stateOf('All of a sudden an agonising pain in my calf, definitely not a cramp.', 'sudden_severe_pain'),
    ).toBe('present');
  });

  it("a relative's past illness alone is not read as theirs now", () => {
    expect(stateOf('My dad had cancer twenty years ago.', 'active_cancer')).not.toBe('present');
  });
});

/** The dev half of the blind red-flag phrasings (eval/language/red-flag-phrasings-dev.json), scored as the eval does. */
describe('red-flag phrasings written blind, dev half', () => {
  interface Phrasing {
    readonly finding: string;
    readonly text: string;
    readonly expect: 'present' | 'absent';
  }
  const phrasings: Phrasing[] = JSON.parse(
    readFileSync(new URL('../../eval/language/red-flag-phrasings-dev.json', import.meta.url), 'utf8'),
  );
  const scored = phrasings.map((p) => {
    const reading = understand(p.text).findings.find((f) => f.id === p.finding);
    return {
      p,
      present: reading?.state === 'present',
      open: reading?.state === 'present' || reading?.possibly === true,
    };
  });

  it('no denial is read present', () => {
    const fired = scored.filter((s) => s.p.expect === 'absent' && s.present).map((s) => s.p.text);
    expect(fired).toEqual([]);
  });

  it('stated signs read (present or kept open) do not fall below the floor reached', () => {
    // Floor measured with `npx tsx eval/language/red-flags.ts dev` (180 of 192); raise it when the reader improves.
    const read = scored.filter((s) => s.p.expect === 'present' && s.open).length;
    expect(read).toBeGreaterThanOrEqual(180);
  });
});
