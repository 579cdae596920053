/**
 * Spanish wording of each cause's advice (src/knowledge/conditions/*.ts `advice`, by item index) and of the
 * reasons advice is withheld (`avoid`, by advice kind). The English stays the source of truth: an item added
 * there without Spanish here fails src/knowledge/locales/es-advice.test.ts. Emergency numbers keep the English
 * form ("999 / 911 / 112"): the web app swaps in the reader's number.
 */
import type { AdviceKind } from '../types.js';

export interface AdviceWording {
  /** The advice items in the order of the condition's `advice`. */
  readonly advice: readonly string[];
  /** Why advice of a kind is withheld while this cause is in play (`avoid[].reason`). */
  readonly avoid?: Readonly<Partial<Record<AdviceKind, string>>>;
}

/** Advice wording by condition id. */
export type AdviceTable = Readonly<Record<string, AdviceWording>>;

export const spanishAdvice: AdviceTable = {
  nocturnal_leg_cramps: {
    advice: [
      'Estire la pantorrilla tirando de los dedos del pie hacia usted, o póngase de pie y camine.',
      'Un masaje o el calor pueden ayudar.',
      'Siga bebiendo suficiente líquido. No se recomienda la quinina.',
    ],
  },
  restless_legs_syndrome: {
    advice: [
      'Caminar o estirarse puede aliviar un episodio.',
      'Un masaje o un baño caliente pueden aliviar un episodio.',
      'Reduzca la cafeína y el alcohol por la tarde-noche.',
      'Pida a un médico que le mire el hierro y si algún medicamento que toma puede estar empeorándolo.',
    ],
  },
  arterial_rest_pain: {
    advice: [
      'Hasta que le vean, dormir con el pie más bajo (en un sillón, o con la cabecera de la cama elevada) puede aliviar el dolor.',
      'Proteja el pie de golpes y presiones, y no use almohadillas térmicas en él.',
      'Deje de fumar.',
    ],
    avoid: {
      raise_leg:
        'Elevar la pierna puede empeorar el dolor por mala circulación: con las arterias estrechadas, el pie necesita la gravedad para recibir sangre.',
      heat: 'Las almohadillas térmicas pueden quemar un pie con mala circulación y aumentan la sangre que necesita.',
    },
  },
  acute_limb_ischemia: {
    advice: [
      'No espere: llame a una ambulancia.',
      'Mantenga la pierna quieta y horizontal o algo más baja; no la caliente ni la frote.',
    ],
    avoid: {
      raise_leg:
        'No eleve una pierna cuyo riego puede estar bloqueado: al elevarla baja la presión con la que llega la sangre al pie.',
      heat: 'No caliente una pierna cuyo riego puede estar bloqueado: el calor aumenta la sangre que necesitan los tejidos y puede quemar la piel dormida.',
    },
  },
  deep_vein_thrombosis: {
    advice: [
      'Hágase revisar hoy. No se dé masajes en la pierna.',
      'Si le falta el aire o tiene dolor en el pecho, llame a una ambulancia.',
    ],
    avoid: {
      massage:
        'No se dé masajes en una pierna que puede tener un coágulo: se han descrito casos de un coágulo que llegó al pulmón durante un masaje de la pierna o poco después.',
      heat: 'El calor se deja para cuando se haya descartado un coágulo: no trata ni un coágulo ni una infección, y una pierna caliente es en sí una señal que debe ver un médico (una norma de esta herramienta).',
    },
  },
  cellulitis: {
    advice: [
      'Que le vean hoy: la celulitis necesita antibióticos.',
      'Marque con un bolígrafo el borde del enrojecimiento para ver si se extiende, y mantenga la pierna en alto.',
    ],
    avoid: {
      heat: 'No se aplique calor en una pierna que puede estar infectada: el calor y un enrojecimiento que se extiende son señales que un médico debe ver hoy.',
      wait: 'Una infección no se debe dejar para que se cure sola: necesita antibióticos y puede extenderse rápido.',
      massage:
        'No se dé masajes en una pierna roja, caliente e hinchada: puede ser una infección o un coágulo.',
    },
  },
  lumbar_spinal_stenosis: {
    advice: [
      'Dormir de lado encogido, o con una almohada bajo las rodillas o la cabecera de la cama elevada, alivia los nervios.',
      'Siga caminando mientras se encuentre cómodo; inclinarse hacia delante (sobre un carrito o un bastón) ayuda.',
    ],
  },
  lumbar_radiculopathy: {
    advice: [
      'Manténgase activo sin forzar; busque una postura para dormir que lo alivie (de lado, con una almohada entre las rodillas).',
      'Un analgésico sencillo puede ayudar.',
      'Pida ayuda enseguida si nota adormecimiento alrededor del ano o los genitales, o cambios al orinar o al hacer de vientre.',
    ],
  },
  cauda_equina_syndrome: {
    advice: ['Vaya ahora a urgencias: esto necesita una resonancia urgente.'],
  },
  peroneal_neuropathy: {
    advice: [
      'Evite cruzar las piernas o tumbarse apoyando la parte externa de la rodilla; suele mejorar cuando deja de haber presión.',
    ],
  },
  peripheral_neuropathy: {
    advice: [
      'Mírese los pies cada día por si hay cortes o llagas que quizá no note. Un arco para la cama evita que las sábanas rocen los pies doloridos.',
      'Pregunte a un médico por el tratamiento.',
    ],
  },
  venous_insufficiency: {
    advice: [
      'Ponga las piernas en alto al descansar, camine a menudo y evite estar de pie quieto mucho rato.',
      'Las medias de compresión pueden ayudar (pregunte antes si tiene problemas de circulación).',
    ],
  },
  spinal_metastases: {
    advice: [
      'Si ha tenido cáncer, llame hoy a su equipo de oncología o a su teléfono de atención oncológica urgente por este dolor de espalda.',
      'Vaya enseguida a urgencias si las piernas se le debilitan o se le duermen, le cuesta más caminar o nota cambios al orinar o al hacer de vientre.',
      'Hasta que le valoren, evite agacharse y girar la espalda.',
    ],
    avoid: {
      wait: 'Esperar a ver si mejora puede costar la capacidad de caminar: la columna necesita una resonancia en menos de un día.',
    },
  },
  spinal_infection: {
    advice: [
      'Vaya hoy a urgencias: el dolor de espalda con fiebre necesita análisis de sangre y una prueba de imagen.',
      'Si las piernas se le debilitan o se le duermen, o nota cambios al orinar o al hacer de vientre, llame a una ambulancia.',
    ],
    avoid: {
      wait: 'Una infección de la columna puede comprimir los nervios en horas; el retraso es la principal causa de daño.',
      heat: 'El calor en una espalda infectada puede ocultar cómo evoluciona y no la cura.',
    },
  },
  guillain_barre_syndrome: {
    advice: [
      'Vaya ahora a urgencias: una debilidad o un hormigueo que sube desde los pies en pocos días hay que revisarlo enseguida.',
      'Llame a una ambulancia si le cuesta respirar, tragar o hablar, o no puede mover las piernas.',
    ],
    avoid: {
      wait: 'La debilidad puede llegar a los músculos de la respiración en pocos días; no se debe vigilar en casa.',
    },
  },
  compartment_syndrome: {
    advice: [
      'Llame ahora a una ambulancia: la presión en los músculos después de una lesión o una escayola necesita una operación en pocas horas.',
      'Afloje cualquier vendaje o ropa apretada; mantenga la pierna a la altura del corazón, no muy elevada.',
    ],
    avoid: {
      raise_leg: 'Elevar la pierna por encima del corazón reduce la sangre que llega a un músculo a presión.',
      compression: 'Las medias o los vendajes apretados aumentan aún más la presión en el músculo.',
      wait: 'El músculo empieza a morir en unas 6 horas sin tratamiento.',
    },
  },
  necrotising_fasciitis: {
    advice: ['Llame a una ambulancia o vaya ahora a urgencias. No conduzca usted.'],
    avoid: {
      wait: 'Esta infección se extiende en horas; esperar a ver si los antibióticos o el reposo ayudan es peligroso.',
      heat: 'El calor no cura una infección profunda y puede retrasar la atención.',
      massage: 'Frotar una pierna con una infección profunda duele y no ayuda.',
    },
  },
  septic_arthritis: {
    advice: [
      'Que le vean hoy, o vaya ahora a urgencias si tiene fiebre o se encuentra mal: hay que analizar el líquido de la articulación antes de dar antibióticos.',
      'Mientras tanto, deje la articulación en reposo.',
    ],
    avoid: {
      wait: 'Una articulación infectada puede dañarse en pocos días, y la infección puede pasar a la sangre.',
      massage:
        'Una articulación caliente e hinchada no se debe frotar ni ejercitar hasta descartar una infección.',
    },
  },
  bone_tumour: {
    advice: [
      'Vaya al médico pronto (en unos días) y pida una radiografía: un dolor de hueso que le despierta por la noche hay que revisarlo.',
      'Si ha tenido cáncer, o no puede apoyar peso en la pierna, que le vean hoy.',
      'Mientras tanto, un analgésico sencillo como el ibuprofeno puede aliviarlo.',
    ],
    avoid: {
      wait: 'Un dolor de hueso nocturno que se repite se debe radiografiar, no vigilar.',
    },
  },
  fracture: {
    advice: [
      'Vaya al médico para hacerse una radiografía. Si no puede apoyar peso en la pierna después de una caída o un golpe, que le vean hoy.',
      'Deje de correr o la actividad que lo provocó y descanse la pierna; unas muletas ayudan si le duele al caminar.',
      'Mientras tanto, un analgésico sencillo puede ayudar.',
    ],
    avoid: {
      keep_active:
        'Seguir corriendo o entrenando con una fractura por estrés convierte una pequeña fisura en una rotura peor.',
      stretch: 'Estirar o hacer ejercicio a pesar del dolor de hueso puede empeorar una fractura.',
    },
  },
  aortic_disease: {
    advice: [
      'Llame ahora a una ambulancia (999 / 911 / 112). No conduzca usted. Túmbese quieto mientras espera.',
    ],
    avoid: {
      wait: 'Una aorta desgarrada o rota es mortal en pocas horas sin cirugía.',
      heat: 'El calor en la barriga, la espalda o una pierna fría no ayuda y puede quemar la piel con poco riego.',
      massage: 'Frotar una pierna fría no le devuelve el riego.',
    },
  },
  knee_osteoarthritis: {
    advice: [
      'Mantenga la rodilla en movimiento: lo que más ayuda es el ejercicio regular para fortalecer los músculos del muslo y, si tiene sobrepeso, perder peso.',
      'Un gel antiinflamatorio aplicado en la rodilla puede aliviar el dolor.',
      'Vaya al médico si la rodilla se pone caliente, roja e hinchada, o si tiene fiebre.',
    ],
  },
  hip_osteoarthritis: {
    advice: [
      'Manténgase activo: lo que más ayuda es el ejercicio regular para fortalecer los músculos de alrededor de la cadera y, si tiene sobrepeso, perder peso.',
      'Un analgésico sencillo puede ayudarle a mantenerse activo; pregunte en la farmacia cuál le conviene.',
    ],
  },
  trochanteric_pain_syndrome: {
    advice: [
      'Tumbarse sobre el lado que duele lo empeora, así que intente evitarlo por ahora.',
      'Siga caminando, pero durante un tiempo reduzca lo que lo provoca (escaleras, paseos largos); un analgésico sencillo puede ayudar.',
      'Vaya al médico o al fisioterapeuta si no mejora en unas semanas.',
    ],
  },
  gout: {
    advice: [
      'Deje la articulación en reposo, evite que la ropa de cama la toque y enfríela con una bolsa de hielo envuelta en un paño.',
      'Vaya al médico si es el primer ataque: se trata con antiinflamatorios, colchicina o unos días de corticoides.',
      'Si tiene fiebre o se encuentra mal y tiene una articulación caliente e hinchada, hágase revisar con urgencia: la articulación puede estar infectada.',
    ],
  },
  fibromyalgia: {
    advice: [
      'El ejercicio suave y regular, aumentándolo poco a poco, reduce el dolor.',
      'Vaya al médico para confirmarlo y descartar otras causas; esto no explica un dolor en una sola pierna.',
    ],
  },
  statin_muscle_symptoms: {
    advice: [
      'No deje la estatina por su cuenta: hable con su médico o farmacéutico, que quizá le pida un análisis de sangre y le cambie la dosis o el medicamento.',
      'Si la orina se le pone marrón oscura o los músculos se le quedan muy débiles, pida ayuda médica urgente.',
    ],
  },
  secondary_cramps: {
    advice: [
      'Estire el músculo tirando de los dedos del pie hacia usted, o apóyese de pie sobre esa pierna; frotarlo puede ayudar.',
      'Pregunte a su médico o farmacéutico si algún medicamento que toma puede causar los calambres; no deje un medicamento recetado por su cuenta.',
      'Un análisis de sangre puede revisar las sales, el tiroides y el hígado.',
      'Que le vean con urgencia si un calambre dura más de 10 minutos y no se alivia al moverse.',
    ],
  },
  bakers_cyst_rupture: {
    advice: [
      'Hágase hoy una ecografía de la pierna: un quiste roto y un coágulo se parecen, y puede haber los dos.',
      'No se dé masajes en la pantorrilla hasta que se haya descartado un coágulo.',
    ],
    avoid: {
      massage:
        'Una pantorrilla hinchada y dolorosa puede tener un coágulo hasta que una ecografía demuestre lo contrario; se han descrito coágulos en el pulmón después de un masaje.',
    },
  },
  superficial_thrombophlebitis: {
    advice: [
      'Hágase revisar hoy: entre 1 de cada 4 y 1 de cada 10 personas con esto tienen también un coágulo profundo, y puede hacer falta una ecografía.',
      'Hasta entonces, no se dé masajes en la pierna. Siga caminando sin forzar.',
    ],
    avoid: {
      massage:
        'Un coágulo en una vena superficial puede ir con un coágulo profundo; se han descrito coágulos en el pulmón después de un masaje.',
    },
  },
  intermittent_claudication: {
    advice: [
      'Siga caminando: caminar hasta que el dolor esté casi en su punto máximo, descansar y volver a caminar, varias veces por semana, aumenta la distancia que puede recorrer.',
      'Si fuma, dejarlo es lo más importante que puede hacer.',
      'Vaya a su médico para que le revise los pulsos de las piernas y la tensión. Pida ayuda el mismo día si el dolor aparece en reposo o en la cama, o si el pie se pone frío, pálido o azulado.',
    ],
  },
  other: {
    advice: [
      'Un médico puede explorarle para encontrar la causa.',
      'Mientras tanto, un analgésico sencillo y el reposo pueden ayudar.',
    ],
  },
};

/** One investigation in Spanish: `name` for the clinician, `patientName` for the person. */
export interface InvestigationWording {
  readonly name: string;
  readonly patientName: string;
}

/**
 * Spanish wording of each cause's investigations (src/knowledge/conditions/*.ts `investigations`, by index).
 * A cause not listed here has its investigations left out of a Spanish result rather than shown in English.
 */
/** Each cause's investigations by index (a cause left out has them left out, never shown in English). */
export type InvestigationTable = Readonly<Record<string, readonly InvestigationWording[]>>;

export const spanishInvestigations: InvestigationTable = {
  nocturnal_leg_cramps: [
    {
      name: 'Habitualmente ninguna; si se sospecha una causa secundaria: urea y electrolitos, calcio, magnesio, TSH, glucosa, función hepática, CK',
      patientName: 'Normalmente ninguna prueba; análisis de sangre si algo más puede causar los calambres',
    },
  ],
  restless_legs_syndrome: [
    {
      name: 'Ferritina sérica y saturación de transferrina (hierro si ferritina ≤75 µg/L o IST <20 %)',
      patientName: 'Un análisis de sangre de las reservas de hierro',
    },
    {
      name: 'Revisión de la medicación (antihistamínicos sedantes, antidepresivos serotoninérgicos, mirtazapina, antagonistas dopaminérgicos)',
      patientName: 'Una revisión de los medicamentos que toma',
    },
  ],
  venous_insufficiency: [
    {
      name: 'Ecografía dúplex de las venas de la pierna (reflujo), en un servicio vascular si hay síntomas o cambios en la piel',
      patientName: 'Una ecografía de las venas de la pierna',
    },
  ],
  peripheral_neuropathy: [
    {
      name: 'Análisis para buscar la causa: HbA1c o glucosa en ayunas, vitamina B12, electroforesis de proteínas séricas',
      patientName: 'Análisis de sangre de azúcar, vitamina B12 y proteínas',
    },
    {
      name: 'Estudios de conducción nerviosa si la causa es desconocida',
      patientName: 'Pruebas del funcionamiento de los nervios',
    },
  ],
  peroneal_neuropathy: [
    {
      name: 'Estudios de conducción nerviosa y EMG para localizar un pie caído nuevo',
      patientName: 'Pruebas del funcionamiento de los nervios y los músculos',
    },
  ],
  lumbar_radiculopathy: [
    {
      name: 'RM lumbar urgente solo con signos de alarma (anestesia en silla de montar, alteración esfinteriana, déficit bilateral)',
      patientName: 'Una resonancia urgente de la espalda solo si aparecen señales de alarma',
    },
  ],
  lumbar_spinal_stenosis: [
    {
      name: 'RM lumbar urgente solo con signos de alarma (anestesia en silla de montar, alteración esfinteriana, déficit bilateral)',
      patientName: 'Una resonancia urgente de la espalda solo si aparecen señales de alarma',
    },
  ],
  cauda_equina_syndrome: [
    {
      name: 'RM lumbar urgente, idealmente en las 4 h siguientes a la petición',
      patientName: 'Una resonancia urgente de la espalda',
    },
    {
      name: 'Residuo posmiccional (≥200 mL hace más probable el síndrome; un volumen menor no lo descarta)',
      patientName: 'Una ecografía de la vejiga después de orinar',
    },
  ],
  arterial_rest_pain: [
    {
      name: 'Índice tobillo-brazo (≤0,90 anormal; >1,40 arterias no compresibles)',
      patientName: 'Medidas de la tensión arterial en los tobillos y los brazos',
    },
    {
      name: 'Índice dedo-brazo / presión en el dedo (si ITB >1,40; tobillo ≤50 o dedo ≤30 mmHg apoya isquemia crítica)',
      patientName: 'Medidas de la tensión arterial en los dedos del pie',
    },
  ],
  acute_limb_ischemia: [
    {
      name: 'Valoración vascular inmediata; Doppler arterial y venoso portátil para la clase de Rutherford',
      patientName: 'Una revisión urgente del riego sanguíneo por un equipo vascular',
    },
  ],
  deep_vein_thrombosis: [
    {
      name: 'Escala de Wells de dos niveles',
      patientName: 'Una lista de comprobación del riesgo de coágulo',
    },
    {
      name: 'Dímero D si Wells "improbable" (negativo descarta TVP); no basta para descartarla si "probable"',
      patientName: 'Un análisis de sangre de la coagulación',
    },
    {
      name: 'Ecografía de compresión (dúplex) de las venas de la pierna, el mismo día',
      patientName: 'Una ecografía de las venas de la pierna',
    },
  ],
  cellulitis: [
    {
      name: 'Diagnóstico clínico; valoración hospitalaria si hay afectación sistémica (confusión, taquicardia, taquipnea, hipotensión) o signos de fascitis necrosante, artritis séptica u osteomielitis',
      patientName: 'Normalmente ninguna; revisión en el hospital si se encuentra muy mal',
    },
  ],
  aortic_disease: [
    {
      name: 'Angio-TC de aorta',
      patientName: 'Un TAC urgente de la arteria principal',
    },
    {
      name: 'ADD-RS con dímero D (ADD-RS 0 y dímero D < 500 ng/mL hacen improbable la disección)',
      patientName: 'Una escala de riesgo y un análisis de sangre',
    },
    {
      name: 'Ecografía aórtica a pie de cama (mayores de 60: antes de atribuirlo a cólico renal o lumbalgia)',
      patientName: 'Una ecografía de la barriga',
    },
  ],
  bakers_cyst_rupture: [
    {
      name: 'Ecografía dúplex de las venas de la pierna (puede coexistir una TVP) con ecografía de la fosa poplítea y la pantorrilla',
      patientName: 'Una ecografía de las venas de la pierna y de la parte de atrás de la rodilla',
    },
  ],
  bone_tumour: [
    {
      name: 'Radiografía simple del hueso doloroso',
      patientName: 'Una radiografía',
    },
    {
      name: 'TC (nidus de osteoma osteoide) o RM',
      patientName: 'Un TAC o una resonancia',
    },
    {
      name: 'Edad ≥ 60: hemograma, calcio, VSG o viscosidad plasmática; electroforesis de proteínas séricas y cadenas ligeras libres',
      patientName: 'Análisis de sangre, también para el mieloma',
    },
  ],
  compartment_syndrome: [
    {
      name: 'Medición de la presión compartimental (ΔP = diastólica − presión compartimental < 30 mmHg)',
      patientName: 'Una medida de la presión dentro del músculo',
    },
    {
      name: 'Creatina cinasa (CK)',
      patientName: 'Un análisis de sangre de daño muscular',
    },
  ],
  fibromyalgia: [
    {
      name: 'Criterios ACR 2016: índice de dolor generalizado y escala de gravedad de síntomas (válidos junto a otros diagnósticos)',
      patientName: 'Preguntas sobre dónde le duele, lo cansado que está y cómo duerme',
    },
  ],
  fracture: [
    {
      name: 'Radiografía simple (repetir a las 2-3 semanas si es negativa)',
      patientName: 'Una radiografía',
    },
    {
      name: 'RM (o gammagrafía ósea) si se necesita una respuesta pronto',
      patientName: 'Una resonancia',
    },
    {
      name: 'TC del sacro si se sospecha fractura por insuficiencia',
      patientName: 'Un TAC',
    },
  ],
  gout: [
    {
      name: 'Urato sérico (≥360 µmol/L lo apoya; repetir 2 semanas después del ataque si es menor)',
      patientName: 'Un análisis de sangre del ácido úrico',
    },
    {
      name: 'Artrocentesis para cristales (y para descartar artritis séptica) si hay dudas; radiografía, ecografía o TC de doble energía si no es posible',
      patientName:
        'Sacar líquido de la articulación con una aguja, o una prueba de imagen, si la causa no está clara',
    },
  ],
  guillain_barre_syndrome: [
    {
      name: 'Estudios de conducción nerviosa',
      patientName: 'Una prueba de cómo los nervios transmiten las señales',
    },
    {
      name: 'Punción lumbar (proteínas y células en LCR)',
      patientName: 'Una prueba del líquido que rodea la columna',
    },
    {
      name: 'Control de la capacidad vital',
      patientName: 'Pruebas de la respiración',
    },
  ],
  hip_osteoarthritis: [
    {
      name: 'Exploración clínica (rotación interna de la cadera, criterios ACR); radiografía de cadera si es atípico; VSG',
      patientName: 'Una exploración de la cadera, a veces una radiografía o un análisis de sangre',
    },
  ],
  intermittent_claudication: [
    {
      name: 'Índice tobillo-brazo (ITB); valoración del riesgo cardiovascular (lípidos, HbA1c, tensión arterial)',
      patientName: 'Medidas de la tensión arterial en los tobillos y los brazos',
    },
  ],
  knee_osteoarthritis: [
    {
      name: 'Diagnóstico clínico (NG226: 45 años o más, dolor con la actividad, rigidez ≤30 min); radiografía solo si es atípico',
      patientName: 'Una exploración; una radiografía solo si algo no encaja',
    },
  ],
  necrotising_fasciitis: [
    {
      name: 'Exploración quirúrgica urgente',
      patientName: 'Una operación urgente para ver el tejido',
    },
    {
      name: 'Análisis LRINEC (PCR, leucocitos, hemoglobina, sodio, creatinina, glucosa); una puntuación baja no lo descarta',
      patientName: 'Análisis de sangre',
    },
    {
      name: 'Hemocultivos',
      patientName: 'Análisis de sangre para infección',
    },
  ],
  secondary_cramps: [
    {
      name: 'Urea y electrolitos, calcio, magnesio, función tiroidea (TSH), glucosa, función hepática, CK (solo si se sospecha una causa)',
      patientName: 'Análisis de sangre de sales, tiroides, azúcar, hígado y músculos',
    },
    {
      name: 'Revisión de la medicación (diuréticos, salbutamol y agonistas beta de acción larga, nifedipino, estatinas, otros)',
      patientName: 'Una revisión de sus medicamentos',
    },
  ],
  septic_arthritis: [
    {
      name: 'Artrocentesis antes de los antibióticos: tinción de Gram, cultivo, microscopía de cristales',
      patientName: 'Tomar una muestra de líquido de la articulación',
    },
    {
      name: 'Hemocultivos',
      patientName: 'Análisis de sangre para infección',
    },
    {
      name: 'Recuento de leucocitos, VSG y PCR',
      patientName: 'Análisis de sangre de inflamación',
    },
  ],
  spinal_infection: [
    {
      name: 'Hemocultivos (dos tandas)',
      patientName: 'Análisis de sangre para infección (cultivos)',
    },
    {
      name: 'VSG y PCR',
      patientName: 'Análisis de sangre de inflamación',
    },
    {
      name: 'RM de columna',
      patientName: 'Una resonancia de la columna',
    },
  ],
  spinal_metastases: [
    {
      name: 'RM de toda la columna',
      patientName: 'Una resonancia de toda la columna',
    },
  ],
  statin_muscle_symptoms: [
    {
      name: 'Creatina cinasa (CK); >10 veces el LSN = miopatía, >40 veces el LSN con insuficiencia renal o mioglobinuria = rabdomiólisis',
      patientName: 'Un análisis de sangre de daño muscular (CK)',
    },
    {
      name: 'TSH (el hipotiroidismo aumenta el riesgo de síntomas musculares); función renal si la CK está elevada',
      patientName: 'Un análisis de tiroides y otro de riñón',
    },
  ],
  superficial_thrombophlebitis: [
    {
      name: 'Ecografía dúplex (urgente si cerca de la ingle / unión safenofemoral, ≥5 cm, muslo y pantorrilla, o dudosa); el dímero D no es útil',
      patientName: 'Una ecografía de las venas de la pierna',
    },
  ],
  trochanteric_pain_syndrome: [
    {
      name: 'Diagnóstico clínico (dolor a la presión sobre el trocánter mayor); ecografía o RM solo si no está claro',
      patientName: 'Una exploración de la cadera',
    },
  ],
};
