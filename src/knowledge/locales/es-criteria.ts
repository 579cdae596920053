/**
 * Spanish wording the pipeline puts on an assessment besides the knowledge tables of es.ts: the triage
 * reasons the engine words from figures (probability, safety net, Wells), the Wells factor among a cause's
 * findings, and each instrument's coverage line. The English in src/engine and src/criteria stays the source.
 */
export interface CriteriaWording {
  /** Short instrument names for the coverage line, by instrument id. */
  readonly coverageLabel: Readonly<Record<string, string>>;
  /** "{label}: {known} de {total} {noun}"; the noun with its agreeing participle, by the English noun. */
  readonly coverageNoun: Readonly<Record<string, string>>;
  readonly wellsFactor: {
    readonly label: string;
    readonly clinicianTerm: (atLeast: number, risk: number) => string;
  };
  /** Person-facing triage reasons by reason id (the kinds whose English carries figures or names). */
  readonly reasons: {
    readonly oneCause: (name: string) => string;
    readonly causes: (names: readonly string[]) => string;
    readonly unclear: string;
    readonly screenIncomplete: (count: number) => string;
    readonly warningSign: string;
    readonly noBenignCause: string;
    readonly noWarningSigns: (name: string) => string;
    readonly wellsLikely: string;
  };
}

export const spanishCriteria: CriteriaWording = {
  coverageLabel: {
    wells: 'Wells',
    irlssg: 'IRLSSG',
    cramps: 'Calambres nocturnos',
    abi: 'ITB',
    clti: 'CLTI',
    fontaine: 'Fontaine',
    rutherford: 'Rutherford',
    stenosis: 'Estenosis de canal frente a claudicación vascular',
  },
  coverageNoun: {
    items: 'ítems conocidos',
    criteria: 'criterios conocidos',
    pressures: 'presiones conocidas',
  },
  wellsFactor: {
    label: 'Escala de Wells: coágulo probable',
    clinicianTerm: (atLeast, risk) =>
      `Escala de Wells ≥ ${atLeast} (riesgo publicado de alrededor del ${risk} %)`,
  },
  reasons: {
    oneCause: (name) => `No se puede descartar: ${name}, y necesita este nivel de atención.`,
    causes: (names) =>
      `No se pueden descartar causas que necesitan este nivel de atención: ${names.join('; ')}.`,
    unclear: 'Ninguna causa destaca claramente, así que conviene que le vea un médico.',
    screenIncomplete: (count) =>
      `Aún faltan respuestas a preguntas sobre señales de alarma (${count}), así que no se puede aconsejar cuidarse en casa.`,
    warningSign: 'Tiene al menos una señal de alarma, así que conviene que le vea un médico.',
    noBenignCause:
      'Sus respuestas no apuntan claramente a una causa leve, así que conviene que le vea un médico.',
    noWarningSigns: (name) =>
      `No se han encontrado señales de alarma, y sus respuestas encajan con: ${name}, que normalmente se puede cuidar en casa.`,
    wellsLikely:
      'Sus respuestas puntúan como «coágulo probable» en la escala de Wells, así que debería hacerse una ecografía en las próximas 24 horas.',
  },
};
