import { describe, expect, it } from 'vitest';
import { findings } from '../../../knowledge/index.js';
import { understand } from '../../understand.js';
import { lexicon, missingFromSpanishLexicon } from './lexicon/index.js';
import { wordClasses } from './words.js';

const read = (text: string) =>
  Object.fromEntries(
    understand(text, 'es').findings.map((f) => [f.id, f.side ? `${f.state}:${f.side}` : f.state]),
  );

describe('Spanish lexicon', () => {
  it('has an entry for every catalog finding', () => {
    expect(missingFromSpanishLexicon()).toEqual([]);
    expect(lexicon.size).toBe(findings.length);
  });

  it('is written without accents (the reader folds them), so no pattern can silently never match', () => {
    const sources = [...lexicon.values()].flatMap((l) =>
      l.patterns.map((p) => (typeof p === 'string' ? p : p.p)),
    );
    for (const s of [...sources, ...Object.values(wordClasses)]) expect(s).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('Spanish reader', () => {
  it('reads accents present or missing alike', () => {
    expect(read('me duele la pantorrilla y está hinchada')).toEqual(
      read('me duele la pantorrilla y esta hinchada'),
    );
    expect(read('tengo la pantorilla inchada').one_leg_swollen).toBe('present');
  });

  it('negates with no / sin / ni / nunca / tampoco, within the clause', () => {
    expect(read('No tengo fiebre ni dolor en el pecho')).toMatchObject({
      fever: 'absent',
      chest_pain_or_breathless: 'absent',
    });
    expect(read('sin fiebre').fever).toBe('absent');
    expect(read('nunca he tenido trombosis').previous_dvt).toBe('absent');
    expect(read('Tampoco tengo la pierna hinchada').one_leg_swollen).toBe('absent');
    expect(read('no tengo fiebre y me falta el aire')).toMatchObject({
      fever: 'absent',
      chest_pain_or_breathless: 'present',
    });
    expect(read('No tengo ninguna herida, pero la pierna está roja y caliente').one_leg_warm_red).toBe(
      'present',
    );
  });

  it('leaves hedged findings open (creo que, a lo mejor, puede que, no sé si, a trailing "creo")', () => {
    expect(read('creo que tengo fiebre').fever).toBe('unknown');
    expect(read('a lo mejor tengo algo de fiebre').fever).toBe('unknown');
    expect(read('puede que la pierna esté más caliente').one_leg_warm_red).toBe('unknown');
    expect(read('no sé si tengo la pierna hinchada').one_leg_swollen).toBe('unknown');
    expect(read('no tengo fiebre, creo').fever).toBe('unknown');
  });

  it('does not take "no puedo dormir" or "sin fuerza" as negations of what follows', () => {
    expect(read('las piernas se me quedan sin fuerza y no controlo el pis').bladder_bowel_change).toBe(
      'present',
    );
  });

  it('reads time: desde hace, hace, llevo, de repente', () => {
    expect(read('desde hace 3 semanas me duele la pantorrilla').symptoms_over_two_weeks).toBe('present');
    expect(read('me duele el gemelo desde hace cuatro días').onset_within_two_weeks).toBe('present');
    expect(read('llevo así tres meses con dolor en la nalga').symptoms_over_two_weeks).toBe('present');
    expect(read('de repente un dolor insoportable en la pierna').sudden_severe_pain).toBe('present');
    expect(read('calambres en los gemelos por las noches').evening_night_worse).toBe('present');
  });

  it('reads the side: la pierna izquierda, el pie derecho, las dos piernas', () => {
    expect(read('me duele la pantorrilla izquierda').pain_calf).toBe('present:left');
    expect(read('me duelen los dedos del pie derecho').pain_feet_toes).toBe('present:right');
    expect(read('calambres en las dos piernas').bilateral_symptoms).toBe('present');
  });

  it('keeps a relative’s own history apart, but reads a relative who reports or writes for the patient', () => {
    expect(read('Mi madre tuvo una trombosis').previous_dvt).toBeUndefined();
    expect(read('mi marido dice que tengo la pierna hinchada').one_leg_swollen).toBe('present');
    expect(read('A mi padre le duele la pantorrilla, la tiene hinchada').one_leg_swollen).toBe('present');
  });

  it('is bounded on long and hostile input', () => {
    const long = 'no tengo fiebre ni '.repeat(3000);
    expect(understand(long, 'es').truncated).toBe(true);
    expect(() => understand('constructor __proto__ toString hasOwnProperty', 'es')).not.toThrow();
  });
});
