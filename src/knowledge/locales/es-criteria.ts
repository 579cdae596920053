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
  /**
   * The instruments' reason lines, matched whole after their item labels are already in Spanish; the first
   * pattern that matches words the line. A line no pattern matches stays English.
   */
  readonly reasonLines: readonly (readonly [RegExp, (groups: readonly string[]) => string])[];
  /** The spinal-stenosis likelihood-ratio lines: features that are not items, targets, and the line. */
  readonly stenosisLines: {
    readonly features: Readonly<Record<string, string>>;
    readonly targets: Readonly<Record<string, string>>;
    readonly line: (feature: string, lr: string, target: string, favours: boolean) => string;
  };
  /** Item labels by `instrument.item` (the criteria's own ids). */
  readonly items: Readonly<Record<string, string>>;
  /** The one plain sentence for the person, rebuilt from each instrument's result. */
  readonly patient: {
    readonly wells: (
      band: 'likely' | 'unlikely' | 'undetermined',
      points: string,
      known: number,
      total: number,
    ) => string;
    /** `bound`: "at least" or "at most" for a range; empty for an exact score. */
    readonly points: (n: number, bound: 'exact' | 'atLeast' | 'atMost') => string;
    readonly irlssg: (status: string, met: number, doctorExcludes: boolean) => string;
    readonly cramps: (status: string, met: number, doctorExcludes: boolean) => string;
    readonly clti: Readonly<Record<string, string>>;
    readonly stenosis: Readonly<Record<string, string>>;
    readonly fontaine: (stage: string, settled: boolean) => string;
    readonly rutherford: (category: string, settled: boolean) => string;
  };
}

const fontainePlain: Readonly<Record<string, string>> = {
  I: 'sin síntomas por la circulación',
  IIa: 'dolor de pierna al caminar, después de una distancia bastante larga',
  IIb: 'dolor de pierna al caminar, después de una distancia corta',
  III: 'dolor en reposo porque a la pierna le llega poca sangre',
  IV: 'llagas o piel que se muere porque a la pierna le llega poca sangre',
};

const rutherfordPlain: Readonly<Record<string, string>> = {
  0: 'sin síntomas por la circulación',
  1: 'dolor de pierna leve al caminar',
  2: 'dolor de pierna moderado al caminar',
  3: 'dolor de pierna intenso al caminar',
  4: 'dolor en reposo porque a la pierna le llega poca sangre',
  5: 'una llaga pequeña o una zona de piel que se muere porque a la pierna le llega poca sangre',
  6: 'mucho tejido que se muere porque a la pierna le llega poca sangre',
};

const toRuleOut = (doctorExcludes: boolean) =>
  doctorExcludes ? 'un médico tiene que descartar otras causas' : 'algunos aún no se saben';

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
    oneCause: (name) => `No se puede descartar una causa que necesita este nivel de atención: ${name}.`,
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
  reasonLines: [
    [/^Met: (.+)$/, ([x]) => `Cumplido: ${x}`],
    [/^Not met: (.+)$/, ([x]) => `No cumplido: ${x}`],
    [/^Unknown: (.+)$/, ([x]) => `Sin datos: ${x}`],
    [/^(.+): ([+-]\d+)$/, ([x, p]) => `${x}: ${p}`],
    [/^(.+): unknown \(0 or ([+-]\d+)\)$/, ([x, p]) => `${x}: sin datos (0 o ${p})`],
    [
      /^(.+): not applied \(0\) without a clinician's judgement$/,
      ([x]) => `${x}: no aplicado (0) sin el juicio de un clínico`,
    ],
    [
      /^Clinical criterion met: ischaemic rest pain\.$/,
      () => 'Criterio clínico cumplido: dolor isquémico en reposo.',
    ],
    [/^Clinical criterion met: tissue loss\.$/, () => 'Criterio clínico cumplido: pérdida de tejido.'],
    [
      /^Clinical criterion met: ischaemic rest pain and tissue loss\.$/,
      () => 'Criterio clínico cumplido: dolor isquémico en reposo y pérdida de tejido.',
    ],
    [
      /^Clinical criterion not met: no ischaemic rest pain and no tissue loss\.$/,
      () => 'Criterio clínico no cumplido: sin dolor isquémico en reposo ni pérdida de tejido.',
    ],
    [
      /^Clinical criterion unknown: rest pain or tissue loss not yet established\.$/,
      () => 'Criterio clínico sin datos: aún no consta dolor en reposo ni pérdida de tejido.',
    ],
    [/^Chronic: present for at least 2 weeks\.$/, () => 'Crónico: presente durante al menos 2 semanas.'],
    [
      /^Not chronic: present for less than 2 weeks\.$/,
      () => 'No crónico: presente durante menos de 2 semanas.',
    ],
    [/^Duration unknown \(needs ≥ 2 weeks\)\.$/, () => 'Duración desconocida (se necesitan ≥ 2 semanas).'],
    [
      /^Arterial occlusive disease objectively proven\.$/,
      () => 'Enfermedad arterial oclusiva demostrada objetivamente.',
    ],
    [
      /^Arterial occlusive disease not shown on objective testing\.$/,
      () => 'Las pruebas objetivas no muestran enfermedad arterial oclusiva.',
    ],
    [
      /^Arterial disease not yet objectively proven \(ABI, TBI or imaging needed\)\.$/,
      () => 'Enfermedad arterial aún no demostrada objetivamente (se necesita ITB, ITD o imagen).',
    ],
    [/^Tissue loss present: stage IV\.$/, () => 'Pérdida de tejido: estadio IV.'],
    [
      /^Ischaemic rest pain present: at least stage III\.$/,
      () => 'Dolor isquémico en reposo: al menos estadio III.',
    ],
    [
      /^Claudication without a walking distance: IIa or IIb\.$/,
      () => 'Claudicación sin distancia caminada conocida: IIa o IIb.',
    ],
    [
      /^Claudication at (\d+) m \(cut-off (\d+) m\): (IIa|IIb)\.$/,
      ([d, c, s]) => `Claudicación a los ${d} m (punto de corte ${c} m): ${s}.`,
    ],
    [
      /^Tissue loss of unknown extent: category 5 or 6\.$/,
      () => 'Pérdida de tejido de extensión desconocida: categoría 5 o 6.',
    ],
    [/^Major tissue loss: category 6\.$/, () => 'Pérdida de tejido mayor: categoría 6.'],
    [/^Minor tissue loss: category 5\.$/, () => 'Pérdida de tejido menor: categoría 5.'],
    [
      /^Ischaemic rest pain present: at least category 4\.$/,
      () => 'Dolor isquémico en reposo: al menos categoría 4.',
    ],
    [
      /^Claudication of unknown severity: category 1, 2 or 3\.$/,
      () => 'Claudicación de gravedad desconocida: categoría 1, 2 o 3.',
    ],
    [/^mild claudication\.$/, () => 'Claudicación leve.'],
    [/^moderate claudication\.$/, () => 'Claudicación moderada.'],
    [/^severe claudication\.$/, () => 'Claudicación grave.'],
    [/^claudication unknown\.$/, () => 'Claudicación intermitente: sin datos.'],
    [/^restPain unknown\.$/, () => 'Dolor isquémico en reposo: sin datos.'],
    [/^tissueLoss unknown\.$/, () => 'Pérdida de tejido isquémica: sin datos.'],
    [
      /^Nadeau cluster \(LR\+ 13\) incomplete: needs shopping-cart sign, above-knee symptoms, standing trigger and relief by sitting\.$/,
      () =>
        'Agrupación de Nadeau (LR+ 13) incompleta: necesita signo del carrito, síntomas por encima de la rodilla, desencadenante al estar de pie y alivio al sentarse.',
    ],
  ],
  stenosisLines: {
    features: {
      'Age > 70': 'Edad > 70',
      'Age < 60': 'Edad < 60',
      'Symptoms NOT triggered by standing alone': 'Síntomas NO desencadenados solo por estar de pie',
      'Shopping-cart sign + symptoms above the knee + triggered by standing + relieved by sitting':
        'Signo del carrito + síntomas por encima de la rodilla + desencadenados al estar de pie + alivio al sentarse',
    },
    targets: {
      'lss syndrome': 'síndrome de estenosis de canal lumbar',
      'neurogenic claudication': 'claudicación neurógena',
      'vascular claudication': 'claudicación vascular',
    },
    line: (feature, lr, target, favours) =>
      `${feature}: LR ${lr} para ${target} (${favours ? 'a favor de' : 'en contra de'} la estenosis de canal).`,
  },
  items: {
    'wells.activeCancer':
      'Cáncer activo (en tratamiento o tratado en los últimos 6 meses, o en cuidados paliativos)',
    'wells.paralysisOrCast': 'Parálisis, paresia o inmovilización reciente de la pierna con yeso',
    'wells.bedriddenOrSurgery':
      'Encamamiento > 3 días, o cirugía mayor en las últimas 12 semanas con anestesia general o regional',
    'wells.deepVeinTenderness': 'Dolor localizado a la palpación en el trayecto del sistema venoso profundo',
    'wells.entireLegSwollen': 'Hinchazón de toda la pierna',
    'wells.calfSwelling':
      'Aumento del perímetro de la pantorrilla > 3 cm respecto al lado asintomático (medido 10 cm bajo la tuberosidad tibial)',
    'wells.pittingOedema': 'Edema con fóvea limitado a la pierna sintomática, o mayor en ella',
    'wells.collateralVeins': 'Venas superficiales colaterales (no varicosas)',
    'wells.previousDvt':
      'Trombosis venosa profunda previa documentada (ítem añadido en la escala modificada de 2003)',
    'wells.alternativeDiagnosisAsLikely':
      'Diagnóstico alternativo al menos tan probable como la trombosis venosa profunda',
    'cramps.painfulHardening':
      'A. Sensación dolorosa en la pierna o el pie con endurecimiento o tensión muscular súbita e involuntaria',
    'cramps.duringTimeInBed':
      'B. Las contracciones dolorosas ocurren durante el tiempo en la cama, desde la vigilia o el sueño',
    'cramps.reliefByStretching':
      'C. El dolor se alivia con el estiramiento enérgico de los músculos afectados, que libera la contracción',
    'cramps.notBetterExplained':
      'D. No se explica mejor por otro trastorno del sueño, médico o neurológico, un medicamento o una sustancia (lo confirma un clínico)',
    'irlssg.urgeToMove':
      '1. Necesidad de mover las piernas, normalmente acompañada o causada por sensaciones molestas y desagradables en ellas',
    'irlssg.worseAtRest':
      '2. La necesidad y las sensaciones empiezan o empeoran durante el reposo o la inactividad (tumbado o sentado)',
    'irlssg.reliefByMovement':
      '3. La necesidad y las sensaciones se alivian en parte o del todo con el movimiento, al menos mientras dura',
    'irlssg.eveningOrNight':
      '4. La necesidad y las sensaciones en reposo ocurren solo, o empeoran, por la tarde-noche o la noche',
    'irlssg.notSolelyAnotherCondition':
      '5. No se explican solo por otra enfermedad o conducta (mialgia, estasis venosa, edema de piernas, artritis, calambres, incomodidad postural, golpeteo habitual del pie)',
    'irlssg.episodesPerWeek':
      'Frecuencia de los síntomas sin tratamiento, veces por semana durante el último año',
    'irlssg.lifetimeEpisodes': 'Episodios sintomáticos a lo largo de la vida',
    'fontaine.claudication': 'Claudicación intermitente',
    'fontaine.claudicationDistanceM': 'Distancia caminada sin dolor (m)',
    'fontaine.restPain': 'Dolor isquémico en reposo',
    'fontaine.tissueLoss': 'Pérdida de tejido isquémica (úlcera que no cura o gangrena)',
    'rutherford.claudication': 'Claudicación intermitente',
    'rutherford.claudicationSeverity': 'Gravedad de la claudicación (leve / moderada / grave)',
    'rutherford.restPain': 'Dolor isquémico en reposo',
    'rutherford.tissueLoss': 'Pérdida de tejido isquémica (úlcera que no cura o gangrena)',
    'rutherford.tissueLossExtent':
      'Extensión de la pérdida de tejido (menor: úlcera distal / gangrena focal; mayor: por encima del nivel transmetatarsiano)',
    'clti.restPain': 'Dolor isquémico en reposo',
    'clti.tissueLoss': 'Herida o úlcera que no cura, o gangrena, en una o ambas piernas',
    'clti.atLeastTwoWeeks': 'Presente durante al menos 2 semanas (crónico)',
    'clti.arterialDiseaseProven':
      'Enfermedad arterial oclusiva demostrada objetivamente (p. ej., ITB, ITD, imagen)',
    'stenosis.age': 'Edad (años)',
    'stenosis.painTriggeredByStandingAlone': 'Síntomas desencadenados solo por estar de pie',
    'stenosis.shoppingCartSign':
      'Signo del carrito de la compra (alivio al inclinarse hacia delante sobre un carrito)',
    'stenosis.symptomsAboveKnee': 'Síntomas por encima de la rodilla',
    'stenosis.reliefBySitting': 'Los síntomas se alivian al sentarse',
    'stenosis.calfSymptomsRelievedByStandingStill':
      'Los síntomas de la pantorrilla se alivian al quedarse de pie quieto',
    'stenosis.noPainWhenSeated': 'Sin dolor estando sentado',
    'stenosis.improvesBendingForward': 'Los síntomas mejoran al inclinarse hacia delante',
    'stenosis.bilateralButtockOrLegPain': 'Dolor bilateral en nalgas o piernas',
    'stenosis.wideBasedGait': 'Marcha con base amplia',
    'stenosis.abnormalRomberg': 'Prueba de Romberg alterada',
  },
  patient: {
    points: (n, bound) => {
      const p = `${n} ${Math.abs(n) === 1 ? 'punto' : 'puntos'}`;
      return bound === 'atLeast' ? `al menos ${p}` : bound === 'atMost' ? `como mucho ${p}` : p;
    },
    wells: (band, points, known, total) =>
      band === 'likely'
        ? `Según la escala de Wells (${points}), es probable que haya un coágulo en la pierna, así que un médico debería revisarla el mismo día, normalmente con una ecografía.`
        : band === 'unlikely'
          ? `Según la escala de Wells (${points}), es poco probable que haya un coágulo en la pierna, aunque un médico puede hacer un análisis de sangre (dímero D) para asegurarse.`
          : `La escala de Wells para coágulos aún no se puede cerrar (${known} de ${total} ítems conocidos); algunos ítems necesitan que un médico explore la pierna.`,
    irlssg: (status, met, doctorExcludes) =>
      status === 'met'
        ? 'Sus respuestas cumplen los cinco criterios del síndrome de piernas inquietas.'
        : status === 'not_met'
          ? 'Sus respuestas no cumplen los criterios del síndrome de piernas inquietas.'
          : `Por ahora sus respuestas cumplen ${met} de los 5 criterios del síndrome de piernas inquietas; ${toRuleOut(doctorExcludes)}.`,
    cramps: (status, met, doctorExcludes) =>
      status === 'met'
        ? 'Sus respuestas cumplen los criterios de los calambres nocturnos en las piernas.'
        : status === 'not_met'
          ? 'Sus respuestas no encajan con los criterios de los calambres nocturnos en las piernas.'
          : `Por ahora sus respuestas cumplen ${met} de los 4 criterios de los calambres nocturnos en las piernas; ${toRuleOut(doctorExcludes)}.`,
    clti: {
      met: 'Sus datos cumplen la definición de una falta de riego grave y duradera que amenaza la pierna (isquemia crónica que amenaza la extremidad), que necesita pronto un especialista vascular.',
      not_met:
        'Sus datos no cumplen la definición de isquemia crónica que amenaza la extremidad (falta de riego grave y duradera en la pierna).',
      unknown:
        'Aún no se sabe si se trata de una isquemia crónica que amenaza la extremidad; para ello hacen falta pruebas de las arterias de la pierna y que un médico le explore.',
    },
    stenosis: {
      for_lss:
        'Algunas de sus respuestas apuntan más a un estrechamiento del canal de la columna en la parte baja de la espalda (estenosis de canal) que a un estrechamiento de las arterias de la pierna.',
      against_lss_vascular:
        'Sus respuestas apuntan más a un estrechamiento de las arterias de la pierna que a un estrechamiento del canal de la columna en la parte baja de la espalda.',
      against_lss:
        'Sus respuestas apuntan en contra de un estrechamiento del canal de la columna en la parte baja de la espalda (estenosis de canal).',
      conflicting:
        'Sus respuestas apuntan a la vez a favor y en contra de un estrechamiento del canal de la columna; la exploración de un médico puede distinguirlo de un estrechamiento de las arterias de la pierna.',
      none: 'Aún no se sabe lo suficiente para distinguir un estrechamiento del canal de la columna de un estrechamiento de las arterias de la pierna.',
    },
    fontaine: (stage, settled) =>
      settled
        ? `Si la causa es un estrechamiento de las arterias de la pierna, sus síntomas corresponden al estadio ${stage} de Fontaine: ${fontainePlain[stage]}.`
        : `El estadio de Fontaine aún no se puede cerrar; si la causa es un estrechamiento de las arterias de la pierna, es al menos el estadio ${stage} (${fontainePlain[stage]}).`,
    rutherford: (category, settled) =>
      settled
        ? `Si la causa es un estrechamiento de las arterias de la pierna, sus síntomas corresponden a la categoría ${category} de Rutherford: ${rutherfordPlain[category]}.`
        : `La categoría de Rutherford aún no se puede cerrar; si la causa es un estrechamiento de las arterias de la pierna, es al menos la categoría ${category} (${rutherfordPlain[category]}).`,
  },
};
