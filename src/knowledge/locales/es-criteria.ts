/**
 * Spanish wording the pipeline puts on an assessment besides the knowledge tables of es.ts: the triage
 * reasons the engine words from figures (probability, safety net, Wells), the Wells factor among a cause's
 * findings, and the validated instruments' item labels, coverage, reason lines, notes, proxies and summaries
 * (src/pipeline/localise.ts rebuilds them from each result's fields). The English in src/engine and
 * src/criteria stays the source: a line this file does not know stays English.
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
  /**
   * Fixed clinician lines of the instruments (notes, and the proxy wording of items filled from findings), by
   * their English text. A line missing here stays English.
   */
  readonly clinicianLines: Readonly<Record<string, string>>;
  /** Clinician meaning of each Fontaine stage and Rutherford category (with its grade), for the clinician line. */
  readonly padStages: {
    readonly fontaine: Readonly<Record<string, string>>;
    readonly rutherford: Readonly<Record<string, string>>;
  };
  /** Item labels by `instrument.item` (the criteria's own ids). */
  readonly items: Readonly<Record<string, string>>;
  /**
   * Clinician notes that carry a figure of the result: matched whole, the first pattern that matches words
   * the note. A note no pattern matches (and not in `clinicianLines`) stays English.
   */
  readonly noteLines: readonly (readonly [RegExp, (groups: readonly string[]) => string])[];
  /** The clinician sentence of the triage reasons the engine words from figures, rebuilt from their parts. */
  readonly clinicianReasons: {
    /** `level`: the level's clinician label; `carriers`: "<cause> <posterior>" already in Spanish. */
    readonly probability: (
      level: string,
      mass: string,
      threshold: string,
      carriers: readonly string[],
    ) => string;
    readonly unclear: (top: string, below: string) => string;
    readonly screenIncomplete: (ids: string) => string;
    readonly screenPositive: (ids: string) => string;
    /** `best`: "<cause id> ln LR <support>", or null when no self-limiting cause has support. */
    readonly noBenignCause: (best: string | null) => string;
    readonly noWarningSigns: (condition: string, support: string) => string;
    readonly wellsLikely: (score: string) => string;
    /** A red flag the person was unsure of: the rule's own lines in Spanish, with the doubted findings. */
    readonly possible: (doubted: string, ruleClinicianReason: string) => string;
    readonly possibleReason: (ruleReason: string) => string;
  };
  /** IRLSSG course specifier, by course: the short word of the clinician line and the meaning of the reason. */
  readonly irlssgCourse: Readonly<Record<string, { readonly short: string; readonly meaning: string }>>;
  /** The spinal-stenosis clinician sentence: lean, strength and the applicable features with their LRs. */
  readonly stenosisSummary: (
    lean: 'for_lss' | 'against_lss' | 'conflicting' | 'none',
    strength: string | null,
    features: readonly string[],
  ) => string;
  /** The ankle-brachial and toe-brachial index: bands, sides, arteries and the sentences built from them. */
  readonly abi: {
    readonly side: Readonly<Record<string, string>>;
    readonly artery: Readonly<Record<string, string>>;
    readonly bands: Readonly<
      Record<string, { readonly range: string; readonly meaning: string; readonly plain: string }>
    >;
    readonly severe: (below: string) => string;
    readonly severePlain: string;
    readonly tbi: (abnormal: boolean) => string;
    readonly toePlain: (abnormal: boolean) => string;
    readonly arm: (pressure: number, side: string) => string;
    readonly ankle: (side: string, pressure: number | null, artery: string | null) => string;
    readonly clinician: (armPressure: number, sides: readonly string[], pad: boolean | null) => string;
    readonly patient: (sides: readonly string[]) => string;
  };
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

/** A figure as Spanish writes it: decimal comma ("0.43" → "0,43"). */
const decimal = (figure: string) => figure.replace(/(\d)\.(\d)/g, '$1,$2');

const stenosisStrength: Readonly<Record<string, string>> = {
  strong: 'fuerte',
  moderate: 'moderada',
  weak: 'débil',
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
      `${feature}: LR ${decimal(lr)} para ${target} (${favours ? 'a favor de' : 'en contra de'} la estenosis de canal).`,
  },
  clinicianLines: {
    // Proxies (fromEvidence[].proxy and the notes that quote them).
    'clinician-confirmed input, not a finding; not given, so not taken from answers or from the tool’s own probabilities':
      'dato que confirma un clínico, no un hallazgo; no se ha dado, así que no se toma de las respuestas ni de las probabilidades de la herramienta',
    'rest pain relieved by hanging the leg down is the ischaemic pattern; a clinician must confirm it is ischaemic':
      'el dolor en reposo que se alivia al dejar colgar la pierna es el patrón isquémico; un clínico debe confirmar que es isquémico',
    'a non-healing sore or black skin; a clinician must confirm it is ischaemic tissue loss':
      'una llaga que no cura o piel negra; un clínico debe confirmar que es pérdida de tejido isquémica',
    'onset at rest lying or sitting stands in for "during time in bed"; cramps can also arise from sleep, so a "no" is not read':
      'el inicio en reposo, tumbado o sentado, sustituye a «durante el tiempo en la cama»; los calambres también pueden surgir del sueño, así que un «no» no se tiene en cuenta',
    'typical calf claudication; thigh or buttock claudication is not asked':
      'claudicación típica de pantorrilla; no se pregunta por la claudicación de muslo o nalga',
    'both legs affected, not specifically buttock or leg pain':
      'afecta a las dos piernas, no específicamente dolor de nalgas o piernas',
    'relief by curling up or raising the head of the bed (lumbar flexion in bed) stands in for improvement on bending forward':
      'el alivio al encogerse o al elevar la cabecera de la cama (flexión lumbar en la cama) sustituye a la mejoría al inclinarse hacia delante',
    'the question asks "standing or walking, eased by sitting or bending"; a "no" does not say which part failed, so the LR− 0.05 is never taken from it':
      'la pregunta es «de pie o caminando, se alivia al sentarse o inclinarse»; un «no» no dice qué parte falla, así que nunca se toma de ella el LR− 0,05',
    'same question as the standing trigger': 'la misma pregunta que el desencadenante al estar de pie',
    'one leg or calf swollen is a proxy for the > 3 cm calf circumference difference, which must be measured':
      'una pierna o pantorrilla hinchada sustituye a la diferencia de perímetro de la pantorrilla > 3 cm, que hay que medir',
    'self-reported tenderness; the item is tenderness along the deep veins on examination':
      'dolor referido por la persona; el ítem es el dolor a la palpación en el trayecto de las venas profundas en la exploración',
    'the question also counts a previous clot in the lung; the 2003 item is previously documented DVT':
      'la pregunta cuenta también un coágulo previo en el pulmón; el ítem de 2003 es la trombosis venosa profunda previa documentada',
    // Wells bands' published risk (twoLevel.risk, threeLevel.risk).
    'DVT in about 30-40% (BMJ Best Practice about 40%, RCEM over 30%); go straight to imaging, a D-dimer cannot exclude DVT':
      'Trombosis venosa profunda en alrededor del 30-40 % (BMJ Best Practice alrededor del 40 %, RCEM más del 30 %); pase directamente a la imagen, un dímero D no puede descartarla',
    'DVT in under 15%; with a negative D-dimer the 3-month DVT incidence is about 0.5%':
      'Trombosis venosa profunda en menos del 15 %; con un dímero D negativo, la incidencia a 3 meses es de alrededor del 0,5 %',
    'DVT in about 53% (LR+ 5.2)': 'Trombosis venosa profunda en alrededor del 53 % (LR+ 5,2)',
    'DVT in about 17%': 'Trombosis venosa profunda en alrededor del 17 %',
    'DVT in about 5% (LR 0.25)': 'Trombosis venosa profunda en alrededor del 5 % (LR 0,25)',
    // Notes.
    'A very low ABI or TBI alone does not make CLTI; rest pain or tissue loss must be present [S21].':
      'Un ITB o ITD muy bajo no basta para la CLTI; debe haber dolor en reposo o pérdida de tejido [S21].',
    'Rest pain or tissue loss of less than 2 weeks is not CLTI; consider acute limb ischaemia (an emergency: 6 Ps) [S51].':
      'El dolor en reposo o la pérdida de tejido de menos de 2 semanas no es CLTI; considere una isquemia aguda de la extremidad (una urgencia: las 6 P) [S51].',
    'The course specifier describes untreated symptoms and applies once the criteria are met.':
      'El especificador de curso describe los síntomas sin tratamiento y se aplica una vez cumplidos los criterios.',
    // Rutherford grade of category 6 (the result's `grade`).
    'III (some sources IV)': 'III (según algunas fuentes, IV)',
    // Ankle-brachial index notes.
    'ABI is rounded to 2 decimals (half up) before banding, so 0.905 reads as 0.91 (borderline) and 1.405 as 1.41 (non-compressible).':
      'El ITB se redondea a 2 decimales (la mitad hacia arriba) antes de asignar la banda, así que 0,905 se lee como 0,91 (límite) y 1,405 como 1,41 (no compresible).',
    'Calcified, non-compressible ankle arteries (often with diabetes or kidney disease) give a falsely normal or high ABI; measure the toe-brachial index when the ABI is > 1.40 [S21].':
      'Las arterias del tobillo calcificadas y no compresibles (frecuentes con diabetes o enfermedad renal) dan un ITB falsamente normal o alto; mida el índice dedo-brazo cuando el ITB sea > 1,40 [S21].',
    'A very low ABI or TBI alone does not establish chronic limb-threatening ischaemia, which also needs rest pain or tissue loss [S21].':
      'Un ITB o ITD muy bajo no basta por sí solo para establecer una isquemia crónica que amenaza la extremidad, que además requiere dolor en reposo o pérdida de tejido [S21].',
    'With exertional leg symptoms and a normal or borderline resting ABI (0.91-1.40), an exercise treadmill ABI is advised [S21].':
      'Con síntomas de esfuerzo en las piernas y un ITB en reposo normal o límite (0,91-1,40), se aconseja un ITB tras ejercicio en cinta [S21].',
    'Only one ankle artery was measured on a leg; the ABI uses the higher of the two, so it may be underestimated.':
      'En una pierna solo se midió una arteria del tobillo; el ITB usa la más alta de las dos, así que puede estar infraestimado.',
    'A non-compressible ABI without a toe pressure cannot show or exclude PAD on that leg.':
      'Un ITB no compresible sin presión en el dedo del pie no permite demostrar ni descartar la EAP en esa pierna.',
    'Haemodynamic CLTI range (PARC): ankle < 50 or toe < 30 mmHg with rest pain; ankle < 70 or toe < 50 mmHg with tissue loss [S27].':
      'Rango hemodinámico de CLTI (PARC): tobillo < 50 o dedo < 30 mmHg con dolor en reposo; tobillo < 70 o dedo < 50 mmHg con pérdida de tejido [S27].',
    'CLTI implies chronicity and is kept separate from acute limb ischaemia [S21].':
      'La CLTI implica cronicidad y se distingue de la isquemia aguda de la extremidad [S21].',
    'The research definition (Second European Consensus) also requires ankle pressure ≤ 50 mmHg or toe pressure ≤ 30 mmHg [S33]; the ABI instrument reports haemodynamic ranges.':
      'La definición de investigación (Segundo Consenso Europeo) exige además presión en el tobillo ≤ 50 mmHg o en el dedo ≤ 30 mmHg [S33]; el instrumento ITB informa de los rangos hemodinámicos.',
    'Criterion D is an exclusion a clinician confirms: the cramps are not better explained by another disorder, a medicine or a substance (ICSD-3 in substance, clinical.md §10.3).':
      'El criterio D es una exclusión que confirma un clínico: los calambres no se explican mejor por otro trastorno, un medicamento o una sustancia (ICSD-3 en esencia, clinical.md §10.3).',
    'Secondary causes to consider before confirming D: electrolyte disturbance, hypothyroidism, dehydration, dialysis, cirrhosis, pregnancy, peripheral vascular disease, neuropathy and drugs such as diuretics and long-acting β2-agonists [S86][S87][S88].':
      'Causas secundarias que considerar antes de confirmar D: alteraciones electrolíticas, hipotiroidismo, deshidratación, diálisis, cirrosis, embarazo, enfermedad vascular periférica, neuropatía y fármacos como diuréticos y agonistas β2 de acción prolongada [S86][S87][S88].',
    'Fontaine III-IV corresponds to Rutherford 4-6, the range of chronic limb-threatening ischaemia when arterial disease is objectively proven [S33].':
      'Fontaine III-IV corresponde a Rutherford 4-6, el rango de la isquemia crónica que amenaza la extremidad cuando la enfermedad arterial está demostrada objetivamente [S33].',
    'Staging presumes the symptoms are caused by peripheral artery disease; rest pain or ulcers from other causes (neuropathy, venous disease) do not count.':
      'La clasificación presupone que los síntomas se deben a enfermedad arterial periférica; el dolor en reposo o las úlceras por otras causas (neuropatía, enfermedad venosa) no cuentan.',
    'Criterion 5 (differential diagnosis) needs a clinician to exclude mimics; without it the other four criteria had a specificity of only 84% [S65].':
      'El criterio 5 (diagnóstico diferencial) necesita que un clínico excluya los cuadros que lo imitan; sin él, los otros cuatro criterios tenían una especificidad de solo el 84 % [S65].',
    'In very severe RLS, relief by movement (3) or evening worsening (4) may no longer be noticeable but must have been present before [S62].':
      'En el síndrome de piernas inquietas muy grave, el alivio con el movimiento (3) o el empeoramiento vespertino (4) pueden no notarse ya, pero deben haber existido antes [S62].',
    'The clinical-significance specifier is not computed: its exact IRLSSG wording was only partly seen (clinical.md §10.4).':
      'El especificador de relevancia clínica no se calcula: su redacción exacta del IRLSSG solo se vio en parte (clinical.md §10.4).',
    'Rutherford 1-3 were defined by treadmill testing; here the claudication grade is the clinician’s.':
      'Rutherford 1-3 se definieron con prueba en cinta; aquí el grado de claudicación lo da el clínico.',
    'The grade of category 6 differs between sources (III or IV); use the category [S31].':
      'El grado de la categoría 6 varía según la fuente (III o IV); use la categoría [S31].',
    'Evidence against stenosis is not evidence of PAD: confirm vascular claudication with pulses and an ABI.':
      'Los datos en contra de la estenosis no son datos a favor de la EAP: confirme la claudicación vascular con los pulsos y un ITB.',
    'Nadeau 2013 LRs compare neurogenic with vascular claudication in 53 patients; Suri 2010 LRs are for the LSS syndrome in older adults with leg pain. They are listed, not multiplied, because they are not independent.':
      'Los LR de Nadeau 2013 comparan la claudicación neurógena con la vascular en 53 pacientes; los LR de Suri 2010 son para el síndrome de estenosis de canal lumbar en adultos mayores con dolor de piernas. Se enumeran, no se multiplican, porque no son independientes.',
    'Single Nadeau attributes on their own were only weakly valid; only the absence of a standing trigger (LR− 0.05), the four-item cluster (LR+ 13) and calf relief on standing still (LR+ 20, vascular) are used [S104].':
      'Los atributos de Nadeau por separado solo tenían una validez débil; solo se usan la ausencia de desencadenante al estar de pie (LR− 0,05), la agrupación de cuatro ítems (LR+ 13) y el alivio de la pantorrilla al quedarse de pie quieto (LR+ 20, vascular) [S104].',
    'Examination items (deep-vein tenderness, leg and calf swelling, pitting oedema, collateral veins) and the alternative-diagnosis judgement must be confirmed by a clinician examining the leg.':
      'Los ítems de exploración (dolor en el trayecto venoso profundo, hinchazón de pierna y pantorrilla, edema con fóvea, venas colaterales) y el juicio sobre un diagnóstico alternativo debe confirmarlos un clínico explorando la pierna.',
    'Not applied (counted 0) until a clinician gives it: Alternative diagnosis at least as likely as DVT. nightleg never judges it from its own probabilities; a clinician who finds another diagnosis at least as likely subtracts 2.':
      'No aplicado (cuenta 0) hasta que lo dé un clínico: diagnóstico alternativo al menos tan probable como la trombosis venosa profunda. nightleg nunca lo juzga con sus propias probabilidades; un clínico que encuentre otro diagnóstico al menos tan probable resta 2.',
    'The Wells score applies to people in whom DVT is suspected (leg pain, swelling or tenderness); it does not screen people without leg signs.':
      'La escala de Wells se aplica a personas con sospecha de trombosis venosa profunda (dolor, hinchazón o dolor a la palpación en la pierna); no sirve para cribar a personas sin signos en la pierna.',
    'The Wells score is less accurate in older patients, with comorbidity and with prior VTE [S5][S6].':
      'La escala de Wells es menos precisa en pacientes mayores, con comorbilidad y con ETV previa [S5][S6].',
    'The three-level bands come from the original 1997 score (without the previous-DVT item); the two-level cut-off (≥ 2) belongs to the modified 2003 score.':
      'Los tres niveles proceden de la escala original de 1997 (sin el ítem de trombosis previa); el punto de corte de dos niveles (≥ 2) pertenece a la escala modificada de 2003.',
    'Wells ≤ 1 with a negative D-dimer was not safe in cancer patients (2.2% DVT) [S7].':
      'Wells ≤ 1 con dímero D negativo no fue seguro en pacientes con cáncer (2,2 % de trombosis) [S7].',
  },
  padStages: {
    fontaine: {
      I: 'asintomático',
      IIa: 'claudicación intermitente no incapacitante (distancia caminada por encima del punto de corte)',
      IIb: 'claudicación intermitente incapacitante (distancia caminada igual o inferior al punto de corte)',
      III: 'dolor isquémico en reposo',
      IV: 'lesiones tróficas: úlcera, necrosis o gangrena',
    },
    rutherford: {
      0: 'grado 0: asintomático',
      1: 'grado I: claudicación leve',
      2: 'grado I: claudicación moderada',
      3: 'grado I: claudicación grave',
      4: 'grado II: dolor isquémico en reposo',
      5: 'grado III: pérdida de tejido menor (úlcera que no cura, gangrena focal)',
      6: 'grado III (según algunas fuentes IV): pérdida de tejido mayor que se extiende por encima del nivel transmetatarsiano',
    },
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
    'abi.arm.left': 'Presión sistólica braquial izquierda (mmHg)',
    'abi.arm.right': 'Presión sistólica braquial derecha (mmHg)',
    'abi.ankle.left.dorsalisPedis': 'Presión sistólica de la arteria pedia izquierda (mmHg)',
    'abi.ankle.left.posteriorTibial': 'Presión sistólica de la arteria tibial posterior izquierda (mmHg)',
    'abi.ankle.right.dorsalisPedis': 'Presión sistólica de la arteria pedia derecha (mmHg)',
    'abi.ankle.right.posteriorTibial': 'Presión sistólica de la arteria tibial posterior derecha (mmHg)',
    'abi.toe.left': 'Presión sistólica del primer dedo del pie izquierdo (mmHg)',
    'abi.toe.right': 'Presión sistólica del primer dedo del pie derecho (mmHg)',
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
  noteLines: [
    [
      /^"Severe" \(ABI < ([\d.]+)\) is not a guideline-standard band: published schemes put it anywhere from < 0\.30 to < 0\.50 \(clinical\.md §2\.1\) \[S23\]\[S24\]\[S25\]\.$/,
      ([below]) =>
        `«Grave» (ITB < ${decimal(below ?? '')}) no es una banda estándar de las guías: los esquemas publicados lo sitúan entre < 0,30 y < 0,50 (clinical.md §2.1) [S23][S24][S25].`,
    ],
  ],
  clinicianReasons: {
    probability: (level, mass, threshold, carriers) =>
      `P(alguna causa que requiera ≥ ${level.toLowerCase()}) = ${decimal(mass)} ≥ ${decimal(threshold)} (${carriers.join('; ')}).`,
    unclear: (top, below) =>
      `Probabilidad a posteriori más alta ${decimal(top)}, por debajo de ${decimal(below)}: cuadro indiferenciado.`,
    screenIncomplete: (ids) => `Cribado de signos de alarma incompleto (${ids}): no se indica autocuidado.`,
    screenPositive: (ids) => `Cribado positivo (${ids}): no procede el autocuidado.`,
    noBenignCause: (best) =>
      `Ninguna causa autolimitada con apoyo positivo de sus propios hallazgos (la mejor: ${best === null ? 'ninguna' : decimal(best)} < ln 10): no procede el autocuidado.`,
    noWarningSigns: (condition, support) =>
      `Cribado completo y negativo; ${condition} apoyada por sus propios hallazgos (ln LR ${decimal(support)} ≥ ln 10); ninguna causa urgente supera su umbral de probabilidad.`,
    wellsLikely: (score) =>
      `Wells ${score} (TVP probable, ≥ 2): indicada la prueba de imagen; el dímero D no permite descartarla.`,
    possible: (doubted, rule) =>
      `Posible signo de alarma (con duda, sin confirmar: ${doubted}): ${rule} Provisional hasta que se pregunte.`,
    possibleReason: (rule) =>
      `Había una duda sobre una señal de alarma, así que cuenta como posiblemente presente hasta que se compruebe. ${rule}`,
  },
  irlssgCourse: {
    chronic_persistent: {
      short: 'crónico-persistente',
      meaning:
        'crónico-persistente: síntomas sin tratamiento de media ≥ 2 veces por semana durante el último año',
    },
    intermittent: {
      short: 'intermitente',
      meaning:
        'intermitente: síntomas sin tratamiento de media < 2 veces por semana durante el último año, con ≥ 5 episodios a lo largo de la vida',
    },
    neither: {
      short: 'ningún especificador',
      meaning: 'ningún especificador: < 2 veces por semana y menos de 5 episodios a lo largo de la vida',
    },
    undetermined: {
      short: 'indeterminado',
      meaning:
        '< 2 veces por semana; se desconoce el número de episodios a lo largo de la vida (≥ 5 para el curso intermitente)',
    },
  },
  stenosisSummary: (lean, strength, features) => {
    const leanText =
      lean === 'none'
        ? 'ningún rasgo con LR publicado'
        : `inclinación ${lean === 'for_lss' ? 'hacia la estenosis de canal' : lean === 'against_lss' ? 'en contra de la estenosis de canal' : 'contradictoria'}${strength ? ` (${stenosisStrength[strength] ?? strength})` : ''}`;
    const listed = features.length > 0 ? `; ${features.join('; ')}` : '';
    return `Estenosis de canal lumbar frente a claudicación vascular: ${leanText}${listed}; los LR se enumeran, no se combinan.`;
  },
  abi: {
    side: { left: 'pierna izquierda', right: 'pierna derecha' },
    artery: { dorsalisPedis: 'arteria pedia', posteriorTibial: 'arteria tibial posterior' },
    bands: {
      non_compressible: {
        range: '> 1,40',
        meaning: 'arterias no compresibles (calcificadas); ITB poco fiable, mida el ITD',
        plain: 'arterias rígidas que el manguito no puede comprimir, así que esta medida no es fiable',
      },
      normal: { range: '1,00-1,40', meaning: 'normal', plain: 'normal' },
      borderline: { range: '0,91-0,99', meaning: 'límite', plain: 'en el límite' },
      pad: {
        range: '≤ 0,90',
        meaning: 'patológico, diagnóstico de EAP',
        plain: 'arterias de la pierna estrechadas (enfermedad arterial periférica)',
      },
    },
    severe: (below) => `, grave < ${decimal(below)}`,
    severePlain: 'arterias de la pierna muy estrechadas (enfermedad arterial periférica)',
    tbi: (abnormal) => (abnormal ? 'patológico ≤ 0,70' : 'normal > 0,70'),
    toePlain: (abnormal) => (abnormal ? 'anómala, lo que apunta a arterias estrechadas' : 'normal'),
    arm: (pressure, side) =>
      `Presión braquial más alta: ${pressure} mmHg (brazo ${side === 'left' ? 'izquierdo' : 'derecho'}).`,
    ankle: (side, pressure, artery) =>
      pressure === null
        ? `${side}: sin presión en el tobillo.`
        : `${side}: presión más alta en el tobillo ${pressure} mmHg (${artery}).`,
    clinician: (armPressure, sides, pad) =>
      `ITB (bandas AHA/ACC 2016, presión braquial más alta ${armPressure} mmHg): ${sides.join('; ')}; EAP ${pad === true ? 'demostrada' : pad === false ? 'no demostrada' : 'indeterminada (no compresible, sin ITD)'}.`,
    patient: (sides) =>
      `Su índice tobillo-brazo (la tensión arterial en el tobillo comparada con la del brazo): ${sides.join('; ')}.`,
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
