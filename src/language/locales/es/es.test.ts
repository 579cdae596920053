import { describe, expect, it } from 'vitest';
import { findings } from '../../../knowledge/index.js';
import { LanguageInputError, maxTextLength } from '../../input.js';
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
    for (const s of [...sources, ...wordClasses.values()]) expect(s).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('Spanish reader', () => {
  it('reads night pain denied ("en la cama estoy bien", "de noche no me duele") as absent, and stated as present', () => {
    for (const text of [
      'Me duele la pantorrilla al caminar, en la cama estoy bien.',
      'De noche no me duele.',
    ]) {
      expect(read(text).evening_night_worse, text).toBe('absent');
      expect(read(text).nightly_sleep_disruption, text).toBe('absent');
    }
    expect(read('Por la noche me duele bien fuerte.').evening_night_worse).toBe('present');
  });

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

  it('reads symptoms timed to a new medicine, and a denial of any new medicine', () => {
    expect(
      read('Desde que empecé las pastillas de orinar tengo calambres por la noche.').began_after_new_medicine,
    ).toBe('present');
    expect(
      read('Me pusieron un medicamento nuevo y luego empezaron los calambres.').began_after_new_medicine,
    ).toBe('present');
    expect(read('No he empezado ninguna medicación nueva.').began_after_new_medicine).toBe('absent');
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

  it('reads text up to the limit whole, with a red flag at its end, and refuses longer text (never cuts it)', () => {
    const chunk = 'no tengo fiebre ni la pierna hinchada, ';
    const atLimit = `${chunk.repeat(Math.floor(maxTextLength / chunk.length) - 1)}y no puedo orinar.`;
    expect(atLimit.length).toBeLessThanOrEqual(maxTextLength);
    const u = understand(atLimit, 'es');
    expect(u.truncated).toBe(false);
    expect(u.analysedLength).toBe(atLimit.length);
    expect(u.findings.find((f) => f.id === 'bladder_bowel_change')?.state).toBe('present');
    const over = `${atLimit} ${'x'.repeat(maxTextLength)}`;
    expect(() => understand(over, 'es')).toThrow(LanguageInputError);
    expect(() => understand(over, 'es')).toThrow(new RegExp(`limit is ${maxTextLength}`));
  });

  it('reads every Object.prototype name as an ordinary word, and a long word in bounded work', () => {
    const names = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];
    for (const name of names) {
      const u = understand(
        `${name} me da calambres en la pantorrilla por la noche ${name}, sin hinchazón`,
        'es',
      );
      expect(u.findings.map((f) => f.id)).toContain('sudden_muscle_contraction');
      expect(u.findings.find((f) => f.id === 'one_leg_swollen')?.state).toBe('absent');
    }
    const tail = ' calambres en la pantorrilla';
    expect(
      understand(`${'a'.repeat(maxTextLength - tail.length)}${tail}`, 'es').findings.map((f) => f.id),
    ).toContain('sudden_muscle_contraction');
  });
});

describe('Spanish thyroid wording with the gland named first', () => {
  it('reads "la tiroides la tengo baja" and "el tiroides no me funciona bien"', () => {
    expect(read('La tiroides la tengo baja y me dan calambres por la noche.').thyroid_symptoms).toBe(
      'present',
    );
    expect(read('El tiroides no me funciona bien y tengo calambres.').thyroid_symptoms).toBe('present');
  });
});

describe('Spanish bone lump', () => {
  it('reads "un bulto duro en el hueso" as present and its negation as absent', () => {
    expect(read('Tengo un bulto duro en el hueso de la espinilla.').bone_lump).toMatch(/^present/);
    expect(read('No tengo ningún bulto en el hueso.').bone_lump).toMatch(/^absent/);
  });
});

describe('Spanish bone-strengthening medicine', () => {
  it('reads "tomo ácido alendrónico" as takes_bisphosphonate', () => {
    expect(read('Tomo ácido alendrónico desde hace años.').takes_bisphosphonate).toBe('present');
  });
});

describe('Spanish back pain at night in plain words', () => {
  it('reads "me duele la espalda por la noche" and "dolor en la columna por las noches" as spinal pain at night', () => {
    expect(read('Me duele la espalda por la noche cuando me acuesto.').spinal_pain_night_lying).toBe(
      'present',
    );
    expect(read('Tengo dolor en la columna por las noches.').spinal_pain_night_lying).toBe('present');
  });
});

describe('Spanish: a past normal anaemia test and an operation asked about are not history (held-out set 6 rules)', () => {
  const stateEs = (text: string, id: string) =>
    understand(text, 'es').findings.find((f) => f.id === id)?.state;
  it('reads them as not present, and the stated ones as present', () => {
    expect(stateEs('Me miraron la anemia en un análisis y salió todo normal.', 'iron_deficiency')).not.toBe(
      'present',
    );
    expect(stateEs('Tengo anemia desde hace años.', 'iron_deficiency')).toBe('present');
    expect(stateEs('¿Hay algo aparte de la cirugía?', 'recent_surgery_or_bedridden')).toBeUndefined();
    expect(stateEs('¿Necesitaría una operación?', 'recent_surgery_or_bedridden')).toBeUndefined();
    expect(stateEs('Me operaron de la cadera hace una semana.', 'recent_surgery_or_bedridden')).toBe(
      'present',
    );
  });
});
