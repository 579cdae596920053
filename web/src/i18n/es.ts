import type { Dict, Ui } from './types.js';

/** Interfaz en español (trato de usted). */
const ui: Ui = {
  appName: 'nightleg',
  tagline: 'Dolor de piernas por la noche o al estar acostado',
  skipLink: 'Saltar al contenido principal',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  themeToDark: 'Tema oscuro',
  themeToLight: 'Tema claro',
  settings: 'Opciones de visualización',

  startTitle: 'Dolor de piernas al acostarse o por la noche',
  startIntro:
    'Responda unas preguntas breves: se tarda unos dos minutos. Verá con qué urgencia buscar atención, las causas probables, qué puede ayudar ahora y un resumen para enseñar a su médico.',
  emergencyNote:
    'Si tiene dolor en el pecho o le cuesta respirar, o una pierna que de repente está fría, pálida o azulada, no use esta herramienta: llame ahora a una ambulancia (112 / 911 / 999).',
  aboutTitle: 'Qué es y qué no es esta herramienta',
  aboutItems: [
    'Es una ayuda a la decisión para adultos cuyo dolor de piernas empieza o empeora al acostarse o por la noche.',
    'No es un diagnóstico. No puede explorarle y no sustituye a un médico.',
    'Sin cuenta, sin cookies, sin seguimiento. Sus respuestas se quedan en esta página y solo se envían para calcular el resultado; no se guarda nada.',
  ],
  ageLabel: 'Su edad en años',
  ageHint: 'Para adultos de 18 años o más.',
  ageRequired: 'Escriba su edad en años, por ejemplo 54.',
  ageAdult:
    'nightleg es para adultos (18 años o más). Si un niño o adolescente tiene dolor de piernas, consulte a un médico, enfermero o farmacéutico, y pronto si el dolor está en una sola pierna, aparece por la mañana o se acompaña de cojera, fiebre, cansancio, pérdida de peso, una articulación hinchada o un punto doloroso en un hueso.',
  ageMax: 'Escriba una edad de 120 o menos.',
  sexLegend: 'Sexo',
  sexHint: 'Algunas causas son más frecuentes en mujeres o en hombres.',
  female: 'Mujer',
  male: 'Hombre',
  sexRequired: 'Elija mujer u hombre.',
  textLabel: 'Descríbalo con sus propias palabras (opcional)',
  textHint:
    'Por ejemplo: «por la noche me da un calambre en la pantorrilla unos minutos y estirar me alivia». Así puede ahorrarse preguntas. No escriba su nombre ni otros datos personales.',
  textCount: '{count} de {max} caracteres',
  textTooLong:
    'Su descripción tiene {count} caracteres; el límite es {max}. Acórtela, con los síntomas más importantes primero. Nunca se corta nada sin avisarle.',
  startButton: 'Empezar',
  starting: 'Empezando…',
  formErrors: 'Revise el formulario:',

  questionOf: 'Pregunta {n}',
  moreToGo: 'quedan unas {m}',
  almostDone: 'casi hemos terminado',
  progressLabel: 'Progreso',
  phaseScreen: 'Primero, señales de alarma',
  phaseHistory: 'Sus antecedentes de salud',
  phaseDifferential: 'Buscando la causa',
  whyAsked: '¿Por qué me lo preguntan?',
  yes: 'Sí',
  no: 'No',
  dontKnow: 'No lo sé',
  chooseAll: 'Marque todas las que correspondan y pulse Continuar.',
  continue: 'Continuar',
  noneOfThese: 'Ninguna de estas',
  chooseOne: 'Marque al menos una, o pulse «Ninguna de estas» o «No lo sé».',
  back: 'Atrás',
  loading: 'Cargando…',
  understoodTitle: 'Lo que hemos entendido de su descripción',
  understoodNone: 'No hemos podido reconocer síntomas en su descripción, así que se los preguntaremos.',
  understoodFailed: 'No hemos podido leer su descripción ahora, así que se lo preguntaremos.',
  understoodRest: 'No lo hemos entendido, así que se lo preguntaremos:',
  understoodYes: 'Sí',
  understoodNo: 'No',
  understoodUnknown: 'No está claro',
  left: 'izquierda',
  right: 'derecha',
  both: 'ambos lados',
  errorTitle: 'Algo ha fallado',
  networkError:
    'No se ha podido conectar con el servidor de nightleg. Compruebe su conexión y vuelva a intentarlo.',
  retry: 'Volver a intentar',
  announceQuestion: 'Pregunta {n}: {text}',
  announceResult: 'Su resultado está listo: {label}',

  resultLevel: 'Urgencia',
  reasonsTitle: 'Por qué le damos este consejo',
  causesTitle: 'Causas probables',
  causesIntro:
    'Primero cualquier causa a la que apunte un signo de alarma; después, la más probable. Son posibilidades para comentar con un médico, no un diagnóstico.',
  ruleOutFirst:
    'Un signo de alarma apunta a esta causa: hay que descartarla primero, sea cual sea su probabilidad.',
  chance: '{p} % de probabilidad',
  chanceLabel: 'Probabilidad estimada: {p} por ciento',
  pointsFor: 'A favor',
  pointsAgainst: 'En contra (respondió que no)',
  fromPriors: 'Sobre todo por lo frecuente que es a su edad.',
  helpsTitle: 'Qué puede ayudar ahora',
  helpsFor: 'Si se trata de: {name}',
  seekTitle: 'Cuándo pedir ayuda',
  seekIntro: 'Diga lo que diga este resultado, pida ayuda si ocurre algo de lo siguiente.',
  seekAmbulanceTitle: 'Llame a una ambulancia (112 / 911 / 999) si tiene:',
  seekAmbulance: [
    'dolor en el pecho, falta de aire repentina, tos con sangre o desmayo',
    'una pierna o un pie que de repente se pone frío, pálido, azulado o con manchas',
    'dolor fuerte y repentino en la pierna con adormecimiento o debilidad',
  ],
  seekEmergencyTitle: 'Vaya ahora a urgencias si tiene:',
  seekEmergency: [
    'adormecimiento alrededor de las nalgas o los genitales, o problemas nuevos para orinar o controlar el intestino',
    'debilidad en las dos piernas',
    'un dolor mucho peor de lo que se ve, o piel con ampollas, grisácea u oscura',
  ],
  seekTodayTitle: 'Vea a un médico hoy si:',
  seekToday: [
    'una pierna se hincha, se calienta o se pone roja',
    'una zona roja, caliente y dolorosa se extiende, o tiene fiebre',
    'una herida del pie no se cura, o la piel se pone negra',
    'el pie empieza a arrastrarse o la pierna se debilita',
  ],
  seekBookTitle: 'Pida cita con su médico si:',
  seekBook: [
    'el dolor vuelve una y otra vez o no le deja dormir casi todas las noches',
    'no mejora en dos semanas o va a peor',
  ],
  doctorTitle: 'Para su médico',
  doctorIntro: 'Enseñe, imprima o copie este resumen para un médico, enfermero o farmacéutico.',
  copy: 'Copiar resumen',
  copied: 'Resumen copiado.',
  copyFailed: 'No se ha podido copiar. Seleccione el texto y cópielo usted.',
  print: 'Imprimir resumen',
  summaryTitle: 'Resumen de nightleg: dolor de piernas en reposo o nocturno',
  summaryPatient: 'Paciente',
  summaryAge: 'Edad',
  summaryYears: '{n} años',
  summarySex: 'Sexo',
  summaryUrgency: 'Urgencia',
  summaryRules: 'Qué la determina (reglas y fuentes)',
  summaryPresent: 'Presente',
  summaryAbsent: 'Ausente',
  summaryUnknown: 'Desconocido',
  summaryNone: 'nada',
  summaryFromText: 'de la descripción',
  summaryCriteria: 'Criterios y escalas',
  summaryItemsKnown: '{known} de {total} ítems conocidos',
  summaryDifferential: 'Diagnóstico diferencial (probabilidad estimada)',
  summaryRuleOut: 'signo de alarma: descartar primero',
  summaryProbability: 'Probabilidad',
  summaryCondition: 'Entidad',
  summaryDescription: 'Con sus palabras',
  summarySources: 'Fuentes',
  summaryGenerated: 'Generado por nightleg el {date}.',
  summaryDisclaimer:
    'Ayuda a la decisión a partir de las respuestas de la persona, sin exploración: no es un diagnóstico.',
  startAgain: 'Empezar de nuevo',
  changeAnswer: 'Cambiar mi última respuesta',
  disclaimerTitle: 'Importante',

  reasonProbability: 'Es posible que se trate de: {name} ({p} %), y suele necesitar este nivel de atención.',
  reasonProbabilityClinician: '{name}: probabilidad posterior {p} ≥ umbral {t}.',
  reasonUnclear: 'Ninguna causa destaca claramente, así que conviene que le vea un médico.',
  reasonUnclearClinician: 'Probabilidad posterior máxima por debajo del umbral: cuadro indiferenciado.',
  reasonNoWarning: 'No hay señales de alarma y las causas probables se suelen poder cuidar en casa.',
  reasonNoWarningClinician: 'Sin signos de alarma; ninguna entidad supera su umbral de urgencia.',

  disclaimer:
    'nightleg es una herramienta de ayuda a la decisión, no un diagnóstico. Indica con qué urgencia buscar atención y qué causas conviene comentar con un médico. No puede explorarle. Si se encuentra muy mal o está preocupado, busque atención médica diga lo que diga.',
};

export const es: Dict = {
  lang: 'es',
  ui,
  findings: {
    pain_feet_toes: {
      q: '¿El dolor está sobre todo en los pies o en los dedos de los pies?',
      why: 'La mala circulación en reposo suele doler en los dedos y en la parte delantera del pie.',
      s: 'Dolor sobre todo en los pies o los dedos',
      c: 'Dolor en antepié / dedos',
    },
    pain_calf: {
      q: '¿El dolor está sobre todo en la pantorrilla (la parte de atrás de la pierna, bajo la rodilla)?',
      why: 'Los calambres nocturnos afectan sobre todo al músculo de la pantorrilla.',
      s: 'Dolor sobre todo en la pantorrilla',
      c: 'Dolor gemelar',
    },
    pain_radiates_down_leg: {
      q: '¿El dolor baja desde la zona lumbar o la nalga por detrás o por el lado de la pierna?',
      why: 'Un dolor que recorre la pierna apunta a una raíz nerviosa irritada en la columna.',
      s: 'Dolor que baja desde la espalda o la nalga por la pierna',
      c: 'Dolor irradiado (ciático)',
    },
    pain_buttock_thigh: {
      q: '¿El dolor o las molestias están sobre todo en las nalgas o los muslos, por encima de la rodilla?',
      why: 'El estrechamiento del canal de la columna suele dar síntomas por encima de la rodilla.',
      s: 'Dolor sobre todo en nalgas o muslos',
      c: 'Síntomas en nalgas / muslos, por encima de la rodilla',
    },
    back_pain: {
      q: '¿Tiene también dolor en la parte baja de la espalda?',
      why: 'El dolor de espalda junto con dolor de pierna sugiere que el problema empieza en la columna.',
      s: 'Dolor lumbar',
      c: 'Lumbalgia',
    },
    bilateral_symptoms: {
      q: '¿Le afecta a las dos piernas?',
      why: 'Algunas causas afectan a las dos piernas (estrechamiento de la columna, daño de nervios, piernas inquietas); otras, normalmente a una.',
      s: 'Afecta a las dos piernas',
      c: 'Síntomas bilaterales',
    },
    numbness_top_of_foot_outer_shin: {
      q: '¿El adormecimiento o el hormigueo está en el empeine o en la parte externa de la pierna, bajo la rodilla?',
      why: 'Esa zona de piel depende del nervio que rodea la parte externa de la rodilla.',
      s: 'Adormecimiento en el empeine o la cara externa de la pierna',
      c: 'Alteración sensitiva en territorio del peroneo común',
    },
    stocking_numbness_both_feet: {
      q: '¿Tiene los dos pies dormidos, con ardor u hormigueo, como si llevara calcetines y no los notara?',
      why: 'El daño de nervios por diabetes y otras causas empieza por igual en los dos pies.',
      s: 'Los dos pies dormidos, con ardor u hormigueo',
      c: 'Síntomas sensitivos distales simétricos (en calcetín)',
    },
    burning_pain: {
      q: '¿Es un dolor que quema?',
      why: 'El dolor quemante es típico de la mala circulación en reposo y del daño de nervios.',
      s: 'Dolor quemante',
      c: 'Dolor urente',
    },
    deep_aching_pain: {
      q: '¿Es un dolor profundo y constante, más que un espasmo repentino?',
      why: 'Un dolor profundo y persistente es como se suele sentir la falta de riego en reposo.',
      s: 'Dolor profundo y constante',
      c: 'Dolor profundo persistente',
    },
    sharp_shooting_pain: {
      q: '¿Es un dolor agudo, punzante o como una descarga eléctrica?',
      why: 'El dolor eléctrico y punzante procede de nervios irritados.',
      s: 'Dolor agudo, punzante o eléctrico',
      c: 'Dolor lancinante / eléctrico',
    },
    numbness_tingling: {
      q: '¿Tiene adormecimiento, hormigueo o sensación de pinchazos en la pierna o el pie?',
      why: 'El adormecimiento y el hormigueo indican un nervio comprimido o dañado.',
      s: 'Adormecimiento u hormigueo',
      c: 'Parestesias / hipoestesia',
    },
    sudden_muscle_contraction: {
      q: '¿Un músculo se contrae o se agarrota de repente, tan fuerte que lo nota duro?',
      why: 'Un nudo duro y repentino en el músculo es lo característico de un calambre.',
      s: 'Un músculo se agarrota de repente',
      c: 'Contracción muscular dolorosa involuntaria',
    },
    episode_seconds_to_minutes: {
      q: '¿Cada episodio dura desde unos segundos hasta varios minutos y luego se pasa?',
      why: 'Los calambres van y vienen en minutos; otras causas duran más.',
      s: 'Episodios de segundos a minutos que se pasan',
      c: 'Episodios de segundos a unos 10 minutos',
    },
    muscle_sore_afterwards: {
      q: '¿El músculo queda dolorido durante horas después?',
      why: 'Un músculo que sigue dolorido tras un episodio sugiere un calambre.',
      s: 'Músculo dolorido durante horas después',
      c: 'Dolor muscular residual',
    },
    urge_to_move_legs: {
      q: '¿Siente una necesidad de mover las piernas difícil de resistir?',
      why: 'La necesidad irresistible de moverse es lo que define el síndrome de piernas inquietas.',
      s: 'Necesidad de mover las piernas difícil de resistir',
      c: 'Urgencia para mover las piernas',
    },
    creeping_crawling_sensation: {
      q: '¿Son sensaciones de algo que sube, hormiguea, tira o burbujea dentro de las piernas?',
      why: 'Las personas con piernas inquietas describen estas sensaciones extrañas, no un espasmo.',
      s: 'Sensaciones de algo que sube o burbujea en las piernas',
      c: 'Disestesias (reptación, hormigueo)',
    },
    heavy_tired_legs: {
      q: '¿Nota las piernas pesadas, cansadas o tirantes?',
      why: 'La pesadez es un síntoma típico de los problemas de las venas.',
      s: 'Piernas pesadas, cansadas o tirantes',
      c: 'Pesadez / tirantez',
    },
    bedclothes_hurt_feet: {
      q: '¿Le duele incluso el roce de las sábanas en los pies?',
      why: 'El dolor con un roce suave por la noche es típico del daño de nervios.',
      s: 'Le duele hasta el roce de las sábanas en los pies',
      c: 'Alodinia al contacto',
    },
    wakes_after_hour_or_two: {
      q: '¿El dolor le despierta una o dos horas después de acostarse, y no nada más acostarse?',
      why: 'El dolor por mala circulación en reposo aparece tras un rato tumbado.',
      s: 'Le despierta una o dos horas después de acostarse',
      c: 'Inicio 1-2 h tras el decúbito',
    },
    evening_night_worse: {
      q: '¿Las molestias son peores por la tarde-noche o por la noche que durante el día?',
      why: 'Las piernas inquietas siguen el reloj del cuerpo y empeoran por la tarde y la noche.',
      s: 'Peor por la tarde-noche o por la noche',
      c: 'Predominio vespertino / nocturno',
    },
    starts_at_rest: {
      q: '¿Las molestias empiezan o empeoran al estar sentado o acostado sin moverse?',
      why: 'Las piernas inquietas empiezan durante el reposo o la inactividad.',
      s: 'Empieza o empeora en reposo',
      c: 'Inicio o empeoramiento en reposo / inactividad',
    },
    sudden_severe_pain: {
      q: '¿Le empezó de repente un dolor fuerte que no se pasa (no un calambre que dura minutos)?',
      why: 'Un dolor fuerte y repentino necesita atención urgente: puede ser un coágulo o una arteria tapada.',
      s: 'Dolor fuerte y repentino que no se pasa',
      c: 'Dolor intenso súbito persistente',
    },
    onset_within_two_weeks: {
      q: '¿Empezó o empeoró mucho en las dos últimas semanas?',
      why: 'Los síntomas nuevos o que empeoran rápido se tratan con más urgencia.',
      s: 'Empezó o empeoró mucho en las dos últimas semanas',
      c: 'Inicio agudo (< 2 semanas)',
    },
    symptoms_over_two_weeks: {
      q: '¿Tiene el dolor casi todas las noches desde hace dos semanas o más?',
      why: 'Un dolor en reposo de dos semanas o más forma parte de la definición de isquemia grave de la pierna.',
      s: 'Casi todas las noches desde hace dos semanas o más',
      c: 'Persistente > 2 semanas',
    },
    nightly_sleep_disruption: {
      q: '¿Le pasa casi todas las noches y no le deja dormir bien?',
      why: 'Un dolor que estropea el sueño noche tras noche debe revisarlo un médico.',
      s: 'Casi todas las noches, le quita el sueño',
      c: 'Síntomas nocturnos recurrentes con alteración del sueño',
    },
    worse_end_of_day_standing: {
      q: '¿Empeora al final del día o después de estar mucho rato de pie?',
      why: 'Los síntomas de las venas se acumulan a lo largo del día estando de pie.',
      s: 'Peor al final del día o tras estar de pie',
      c: 'Empeora con la bipedestación prolongada / al final del día',
    },
    calf_pain_walking_relieved_standing_still: {
      q: 'Al caminar, ¿le duele la pantorrilla tras una distancia más o menos fija y se le pasa en minutos al pararse, aunque siga de pie?',
      why: 'Un dolor al caminar que se pasa al pararse de pie sugiere arterias de la pierna estrechadas.',
      s: 'Dolor de pantorrilla al caminar que cede al pararse',
      c: 'Claudicación intermitente (vascular)',
    },
    pain_standing_walking_relieved_sitting: {
      q: '¿Aparece al estar de pie o caminar, y solo se alivia al sentarse o inclinarse hacia delante?',
      why: 'El estrechamiento de la columna da síntomas de pie que se alivian al doblar la columna hacia delante.',
      s: 'Aparece de pie o caminando; se alivia al sentarse o inclinarse',
      c: 'Claudicación neurógena',
    },
    worse_lying_flat: {
      q: '¿Empeora cuando se tumba boca arriba?',
      why: 'Tumbarse boca arriba extiende la columna y puede comprimir nervios en un canal estrecho.',
      s: 'Peor tumbado boca arriba',
      c: 'Empeora en decúbito supino (extensión lumbar)',
    },
    worse_leg_raised: {
      q: '¿Empeora cuando tiene la pierna en horizontal o levantada?',
      why: 'La mala circulación empeora con la pierna levantada y mejora cuando cuelga.',
      s: 'Peor con la pierna horizontal o levantada',
      c: 'Empeora con la elevación del miembro',
    },
    pressure_at_knee: {
      q: '¿Duerme apoyando la parte externa de la rodilla o cruza mucho las piernas?',
      why: 'La presión en la parte externa de la rodilla puede comprimir un nervio en esa zona.',
      s: 'Presión en la parte externa de la rodilla o cruzar las piernas',
      c: 'Compresión en la cabeza del peroné',
    },
    relief_dangling_leg: {
      q: '¿Se alivia al dejar colgar la pierna por el borde de la cama?',
      why: 'El alivio al dejar la pierna colgando es típico de la mala circulación.',
      s: 'Se alivia dejando colgar la pierna fuera de la cama',
      c: 'Alivio con el declive',
    },
    relief_walking: {
      q: '¿Se alivia al levantarse y caminar un poco?',
      why: 'Caminar alivia tanto el dolor por mala circulación en reposo como las piernas inquietas.',
      s: 'Se alivia al levantarse y caminar',
      c: 'Alivio al caminar',
    },
    relief_moving_legs: {
      q: '¿Mover o estirar las piernas alivia las molestias mientras sigue moviéndolas?',
      why: 'El alivio con el movimiento es un criterio fundamental de las piernas inquietas.',
      s: 'Se alivia moviendo o estirando las piernas',
      c: 'Alivio con el movimiento',
    },
    relief_stretching_muscle: {
      q: '¿Estirar con fuerza el músculo (tirando de los dedos del pie hacia usted) lo suelta?',
      why: 'Estirar el músculo deshace el calambre.',
      s: 'Estirar el músculo lo suelta',
      c: 'Alivio con el estiramiento muscular',
    },
    relief_curling_up_or_head_raised: {
      q: '¿Mejora al acurrucarse de lado o al elevar la cabecera de la cama?',
      why: 'Doblar la columna hacia delante abre un canal espinal estrecho.',
      s: 'Mejora acurrucado o con la cabecera elevada',
      c: 'Alivio con la flexión lumbar',
    },
    relief_changing_position: {
      q: '¿Se le pasa enseguida con solo cambiar de postura?',
      why: 'Un nervio comprimido por la postura al dormir se recupera rápido al moverse.',
      s: 'Se pasa enseguida al cambiar de postura',
      c: 'Se resuelve al cambiar de posición',
    },
    relief_leg_elevation: {
      q: '¿Se alivia al poner las piernas en alto?',
      why: 'Los síntomas de las venas mejoran con las piernas en alto; el dolor por mala circulación empeora.',
      s: 'Se alivia con las piernas en alto',
      c: 'Alivio con la elevación',
    },
    pain_unrelieved_by_position: {
      q: '¿El dolor sigue igual en cualquier postura?',
      why: 'Un dolor que no se alivia con ninguna postura es una señal de alarma.',
      s: 'Igual en cualquier postura',
      c: 'Dolor que no se modifica con la posición',
    },
    cool_limb: {
      q: '¿El pie o la pierna que duele está más frío que el otro?',
      why: 'Un pie frío es uno de los signos más claros de mala circulación.',
      s: 'El pie o la pierna que duele está más frío',
      c: 'Frialdad del miembro (asimétrica)',
    },
    skin_shiny_pale_or_bluish_red: {
      q: '¿La piel del pie o de la parte baja de la pierna está brillante, pálida o de un rojo azulado oscuro?',
      why: 'Los cambios de color de la piel aparecen cuando la circulación es mala.',
      s: 'Piel brillante, pálida o rojo azulada',
      c: 'Cambios tróficos / eritrosis / palidez',
    },
    hair_loss_leg: {
      q: '¿Ha dejado de crecerle el vello en la parte baja de la pierna o en el pie?',
      why: 'La pérdida de vello puede acompañar a la mala circulación, aunque es un signo débil.',
      s: 'Ya no crece vello en la pierna o el pie',
      c: 'Pérdida de vello en pierna / pie',
    },
    non_healing_sore: {
      q: '¿Tiene en el pie o en los dedos una herida o úlcera que no se cura?',
      why: 'Una herida que no se cura puede indicar que la circulación es críticamente baja.',
      s: 'Una herida en el pie o los dedos que no se cura',
      c: 'Úlcera que no cicatriza',
    },
    black_or_dying_skin: {
      q: '¿Se le ha puesto negra alguna zona de piel de los dedos o del pie?',
      why: 'La piel negra indica tejido que se está muriendo y necesita atención pronto.',
      s: 'Piel negra en los dedos o el pie',
      c: 'Gangrena / necrosis',
    },
    one_leg_swollen: {
      q: '¿Tiene una pierna (o pantorrilla) más hinchada que la otra?',
      why: 'La hinchazón de una pierna puede ser un coágulo (trombosis venosa profunda).',
      s: 'Una pierna hinchada',
      c: 'Edema unilateral de la pierna',
    },
    one_leg_warm_red: {
      q: '¿Tiene una pierna caliente al tacto y roja o de otro color?',
      why: 'Una pierna caliente y roja puede ser un coágulo o una infección de la piel.',
      s: 'Una pierna caliente y roja',
      c: 'Calor / eritema unilateral',
    },
    calf_tender_along_veins: {
      q: '¿Le duele la pantorrilla o la cara interna del muslo al apretar?',
      why: 'El dolor a la presión a lo largo de las venas profundas es un ítem de la escala de Wells para coágulos.',
      s: 'Pantorrilla o cara interna del muslo dolorosa al apretar',
      c: 'Dolor a la palpación del trayecto venoso profundo',
    },
    whole_leg_swollen: {
      q: '¿Está hinchada toda la pierna, del pie al muslo?',
      why: 'Una pierna entera hinchada es un ítem de la escala de Wells para coágulos.',
      s: 'Toda la pierna hinchada',
      c: 'Edema de toda la pierna',
    },
    pitting_oedema: {
      q: 'Si aprieta con un dedo la zona hinchada, ¿queda una marca hundida?',
      why: 'Una hinchazón con fóvea en una pierna es un ítem de la escala de Wells para coágulos.',
      s: 'Al apretar la hinchazón queda una marca',
      c: 'Edema con fóvea',
    },
    visible_surface_veins: {
      q: '¿Ve venas superficiales nuevas y marcadas (no varices) en la pierna que duele?',
      why: 'Las venas superficiales nuevas son un ítem de la escala de Wells para coágulos.',
      s: 'Venas superficiales nuevas en la pierna que duele',
      c: 'Venas superficiales colaterales',
    },
    both_ankles_swollen: {
      q: '¿Tiene los dos tobillos hinchados, sobre todo por la tarde?',
      why: 'La hinchazón de los dos tobillos es frecuente en los problemas de las venas.',
      s: 'Los dos tobillos hinchados',
      c: 'Edema bimaleolar',
    },
    varicose_veins: {
      q: '¿Tiene varices (venas abultadas y retorcidas)?',
      why: 'Las varices acompañan a la enfermedad venosa crónica.',
      s: 'Varices',
      c: 'Varices',
    },
    chest_pain_or_breathless: {
      q: '¿Tiene dolor en el pecho, falta de aire repentina, tos con sangre o desmayos?',
      why: 'Junto con síntomas en la pierna, puede indicar que un coágulo ha llegado a los pulmones.',
      s: 'Dolor en el pecho, falta de aire, tos con sangre o desmayo',
      c: 'Dolor torácico / disnea / hemoptisis / síncope',
    },
    sudden_cold_pale_leg: {
      q: '¿Se le ha puesto de repente la pierna o el pie frío, pálido, azulado o con manchas?',
      why: 'Una pierna que de repente está fría y pálida puede indicar una arteria tapada: es una urgencia.',
      s: 'Pierna o pie de repente frío, pálido o azulado',
      c: 'Miembro frío, pálido o moteado de forma aguda',
    },
    saddle_numbness: {
      q: '¿Tiene adormecimiento u hormigueo alrededor de las nalgas, los genitales o la cara interna de los muslos (la zona que apoyaría en un sillín)?',
      why: 'El adormecimiento en silla de montar puede indicar una compresión grave de los nervios al final de la columna.',
      s: 'Adormecimiento alrededor de las nalgas o los genitales',
      c: 'Anestesia en silla de montar',
    },
    bladder_bowel_change: {
      q: '¿Tiene problemas nuevos para orinar, escapes de orina o pérdida del control del intestino?',
      why: 'Los problemas nuevos de vejiga o intestino con dolor de espalda o pierna son una señal de urgencia.',
      s: 'Problemas nuevos de vejiga o intestino',
      c: 'Alteración esfinteriana de nueva aparición',
    },
    weakness_both_legs: {
      q: '¿Se le están debilitando las dos piernas?',
      why: 'La debilidad en las dos piernas puede indicar una compresión grave de los nervios de la columna.',
      s: 'Las dos piernas se debilitan',
      c: 'Debilidad bilateral de las piernas',
    },
    foot_drop: {
      q: '¿Arrastra el pie o le golpea el suelo, o no puede levantar la punta del pie?',
      why: 'Un pie caído nuevo necesita valoración pronto para que el nervio se recupere.',
      s: 'Arrastra el pie o no puede levantar la punta',
      c: 'Pie caído',
    },
    progressive_weakness: {
      q: '¿La pierna se va debilitando con los días o las semanas?',
      why: 'Una debilidad que sigue empeorando debe valorarse pronto.',
      s: 'La pierna se va debilitando',
      c: 'Debilidad progresiva del miembro',
    },
    spreading_redness: {
      q: '¿Tiene una zona de piel roja, caliente y dolorosa que se está extendiendo?',
      why: 'El enrojecimiento que se extiende es típico de una infección de la piel (celulitis).',
      s: 'Zona roja, caliente y dolorosa que se extiende',
      c: 'Eritema en expansión',
    },
    fever: {
      q: '¿Tiene fiebre, escalofríos o se encuentra mal en general?',
      why: 'La fiebre con una pierna roja indica que la infección puede estar extendiéndose.',
      s: 'Fiebre, escalofríos o malestar general',
      c: 'Fiebre / afectación sistémica',
    },
    systemic_illness: {
      q: '¿Está confuso o muy adormilado, se marea o se siente desfallecer al ponerse de pie, respira muy rápido o vomita?',
      why: 'Con una pierna roja, caliente o infectada, pueden indicar que la infección está afectando a todo el cuerpo.',
      s: 'Confusión, mareo, respiración rápida o vómitos',
      c: 'Toxicidad sistémica (confusión, presíncope / hipotensión, taquipnea, vómitos)',
    },
    pain_out_of_proportion: {
      q: '¿El dolor es mucho peor de lo que se ve, o la piel tiene ampollas o está grisácea u oscura?',
      why: 'Un dolor intenso con poco que ver puede ser una infección profunda grave o presión dentro de los músculos.',
      s: 'Dolor mucho peor de lo que se ve',
      c: 'Dolor desproporcionado / signos de necrosis',
    },
    skin_break_or_wound: {
      q: '¿Ha tenido un corte, una picadura o mordedura, una grieta entre los dedos o una herida en esa pierna?',
      why: 'La piel rota deja entrar bacterias.',
      s: 'Un corte, picadura o herida en la pierna',
      c: 'Puerta de entrada cutánea',
    },
    diabetes: {
      q: '¿Tiene diabetes?',
      why: 'La diabetes aumenta el riesgo de mala circulación y de daño de nervios.',
      s: 'Diabetes',
      c: 'Diabetes mellitus',
    },
    smoker: {
      q: '¿Fuma, o fumó durante muchos años?',
      why: 'El tabaco es uno de los mayores riesgos de arterias estrechadas en las piernas.',
      s: 'Fuma o fumó muchos años',
      c: 'Tabaquismo',
    },
    high_blood_pressure: {
      q: '¿Tiene la tensión arterial alta?',
      why: 'La tensión alta aumenta el riesgo de arterias estrechadas.',
      s: 'Tensión arterial alta',
      c: 'Hipertensión arterial',
    },
    known_arterial_disease: {
      q: '¿Ha tenido un infarto, un ictus, o le han dicho que tiene estrechadas las arterias de las piernas?',
      why: 'Si una arteria está estrechada, a menudo también lo están otras.',
      s: 'Infarto, ictus o arterias de las piernas estrechadas',
      c: 'Enfermedad aterosclerótica conocida',
    },
    atrial_fibrillation: {
      q: '¿Tiene el corazón irregular (fibrilación auricular)?',
      why: 'Un latido irregular puede soltar coágulos que tapan una arteria de la pierna.',
      s: 'Latido irregular (fibrilación auricular)',
      c: 'Fibrilación auricular',
    },
    recent_surgery_or_bedridden: {
      q: '¿Le han operado en las últimas 12 semanas o ha estado en cama más de 3 días?',
      why: 'Las operaciones y el reposo en cama aumentan mucho el riesgo de coágulos en las piernas.',
      s: 'Operación reciente o reposo en cama',
      c: 'Cirugía mayor reciente / encamamiento > 3 días',
    },
    leg_cast_or_paralysis: {
      q: '¿Ha tenido hace poco la pierna escayolada, o la tiene paralizada o débil por un ictus?',
      why: 'Una pierna que no se mueve tiene riesgo de coágulos.',
      s: 'Pierna escayolada hace poco o paralizada',
      c: 'Parálisis, paresia o inmovilización con yeso reciente',
    },
    recent_long_journey: {
      q: '¿Ha hecho un viaje de 4 horas o más (avión, coche, autobús) en las últimas 8 semanas?',
      why: 'Los viajes largos aumentan el riesgo de coágulos en las piernas durante unas semanas.',
      s: 'Viaje de 4 horas o más en las últimas 8 semanas',
      c: 'Viaje prolongado reciente',
    },
    previous_dvt: {
      q: '¿Ha tenido antes un coágulo en una pierna o en el pulmón?',
      why: 'Haber tenido un coágulo hace más probable otro.',
      s: 'Un coágulo anterior',
      c: 'TVP / TEP previa',
    },
    active_cancer: {
      q: '¿Está en tratamiento por un cáncer, o lo estuvo en los últimos 6 meses?',
      why: 'El cáncer y su tratamiento hacen más probables los coágulos.',
      s: 'Tratamiento de cáncer en los últimos 6 meses',
      c: 'Cáncer activo',
    },
    pregnant_or_postpartum: {
      q: '¿Está embarazada o ha dado a luz en las últimas 6 semanas?',
      why: 'El embarazo hace más probables los coágulos, los calambres y las piernas inquietas.',
      s: 'Embarazo o parto reciente',
      c: 'Embarazo / puerperio',
    },
    kidney_failure_dialysis: {
      q: '¿Tiene insuficiencia renal o está en diálisis?',
      why: 'La insuficiencia renal causa a menudo piernas inquietas y calambres.',
      s: 'Insuficiencia renal o diálisis',
      c: 'Enfermedad renal crónica / hemodiálisis',
    },
    iron_deficiency: {
      q: '¿Le han dicho que tiene el hierro bajo o anemia?',
      why: 'El hierro bajo se relaciona con las piernas inquietas.',
      s: 'Hierro bajo o anemia',
      c: 'Ferropenia',
    },
    family_history_rls: {
      q: '¿Alguien de su familia tiene piernas inquietas?',
      why: 'Las piernas inquietas suelen darse en varias personas de una misma familia.',
      s: 'Piernas inquietas en la familia',
      c: 'Antecedentes familiares de SPI',
    },
    dehydration_or_heavy_sweating: {
      q: '¿Ha estado deshidratado, ha sudado mucho o le han dicho que tiene bajas las sales (potasio, magnesio)?',
      why: 'La deshidratación y las sales bajas hacen más probables los calambres.',
      s: 'Deshidratación, mucho sudor o sales bajas',
      c: 'Depleción de volumen / alteración hidroelectrolítica',
    },
    muscle_overuse: {
      q: '¿Ha hecho ejercicio intenso o ha usado los músculos de las piernas más de lo normal últimamente?',
      why: 'Los músculos cansados tienen calambres con más facilidad.',
      s: 'Ejercicio intenso o más esfuerzo muscular de lo normal',
      c: 'Fatiga / sobrecarga muscular',
    },
    recent_weight_loss_or_leg_crossing: {
      q: '¿Ha perdido mucho peso rápidamente, o ha pasado mucho tiempo de rodillas o en cuclillas?',
      why: 'Perder la grasa que protege la rodilla, o arrodillarse, deja expuesto a la presión el nervio de esa zona.',
      s: 'Pérdida rápida de peso, o mucho tiempo de rodillas o en cuclillas',
      c: 'Pérdida de peso rápida / arrodillamiento prolongado',
    },
    takes_diuretic: {
      q: '¿Toma una pastilla para orinar (diurético)?',
      why: 'Algunos diuréticos hacen más probables los calambres.',
      s: 'Toma un diurético',
      c: 'Diurético',
    },
    takes_statin: {
      q: '¿Toma una estatina para el colesterol?',
      why: 'Las estatinas se relacionan un poco con los calambres.',
      s: 'Toma una estatina',
      c: 'Estatina',
    },
    takes_beta_agonist_inhaler: {
      q: '¿Usa un inhalador de acción prolongada para el asma o la EPOC?',
      why: 'Los inhaladores de acción prolongada se relacionan con los calambres.',
      s: 'Usa un inhalador de acción prolongada',
      c: 'Agonista beta-2 inhalado de acción prolongada',
    },
    takes_sedating_antihistamine: {
      q: '¿Toma un antihistamínico que da sueño (para dormir, la alergia o el mareo)?',
      why: 'Los antihistamínicos que dan sueño pueden desencadenar piernas inquietas.',
      s: 'Toma un antihistamínico que da sueño',
      c: 'Antihistamínico de primera generación',
    },
    takes_antidepressant_or_antipsychotic: {
      q: '¿Toma un antidepresivo, un antipsicótico o un medicamento para las náuseas como la metoclopramida?',
      why: 'Estos medicamentos pueden desencadenar o empeorar las piernas inquietas.',
      s: 'Toma un antidepresivo, antipsicótico o medicamento para las náuseas',
      c: 'Antidepresivo serotoninérgico / antagonista dopaminérgico',
    },
    joint_pain_swelling: {
      q: '¿El dolor se centra en una articulación (dedo gordo, tobillo, rodilla) hinchada o rígida?',
      why: 'Los problemas de las articulaciones, como la artrosis o la gota, también pueden doler por la noche.',
      s: 'Dolor centrado en una articulación hinchada o rígida',
      c: 'Dolor / tumefacción articular',
    },
    morning_stiffness: {
      q: '¿Tiene las articulaciones rígidas durante mucho rato por la mañana?',
      why: 'La rigidez matutina apunta a una artritis inflamatoria.',
      s: 'Rigidez articular prolongada por la mañana',
      c: 'Rigidez matutina prolongada',
    },
    bony_point_tenderness: {
      q: '¿Hay un punto concreto de un hueso que le duele al apretarlo?',
      why: 'El dolor en un punto de un hueso hay que revisarlo por si hay otras causas.',
      s: 'Un punto de un hueso duele al apretarlo',
      c: 'Dolor óseo focal a la palpación',
    },
    weight_loss_night_sweats: {
      q: '¿Ha perdido peso sin proponérselo o ha tenido sudores nocturnos que empapan?',
      why: 'El dolor nocturno con pérdida de peso o sudores necesita que un médico busque otras causas.',
      s: 'Pérdida de peso o sudores nocturnos intensos',
      c: 'Pérdida de peso inexplicada / sudoración nocturna',
    },
    'criteria:wells': { s: 'Escala de Wells: coágulo probable', c: 'Escala de Wells: TVP probable' },
    recent_leg_injury: {
      q: '¿Se ha hecho daño en la pierna hace poco (una caída, un golpe o una fractura)?',
      why: 'Una lesión puede explicar el dolor, y una pierna lesionada e hinchada puede acumular una presión peligrosa.',
      s: 'Lesión reciente en la pierna',
      c: 'Traumatismo reciente',
    },
  },
  groups: {
    screen_clot_infection: {
      text: '¿Le pasa ahora alguna de estas cosas?',
      why: 'Pueden ser señales de un coágulo en la pierna o en los pulmones, o de una infección que se extiende, que necesitan atención hoy o de inmediato.',
    },
    screen_circulation: {
      text: '¿Ha notado alguna de estas cosas en la pierna o el pie que le duele?',
      why: 'Pueden indicar que el riego de la pierna está bloqueado o es críticamente bajo, o que se está acumulando presión dentro de la pierna.',
    },
    screen_nerves: {
      text: '¿Tiene alguna de estas cosas?',
      why: 'Pueden indicar que los nervios de la columna o de la pierna están muy comprimidos y necesitan atención pronto.',
    },
    history_clot: {
      text: '¿Le pasa alguna de estas cosas?',
      why: 'Hacen más probable un coágulo en la pierna; los médicos las cuentan en la escala de Wells.',
    },
    history_circulation: {
      text: '¿Le pasa alguna de estas cosas?',
      why: 'Hacen más probables las arterias estrechadas y el daño de los nervios de los pies.',
    },
  },
  conditions: {
    nocturnal_leg_cramps: {
      name: 'Calambres nocturnos en las piernas',
      clinicianName: 'Calambres musculares nocturnos (relacionados con el sueño)',
      selfCare:
        'Estire la pantorrilla tirando de los dedos del pie hacia usted, o póngase de pie y camine; el masaje o el calor pueden ayudar. Beba suficiente líquido. No se recomienda la quinina.',
    },
    restless_legs_syndrome: {
      name: 'Síndrome de piernas inquietas',
      clinicianName: 'Síndrome de piernas inquietas (enfermedad de Willis-Ekbom)',
      selfCare:
        'Caminar, estirarse, un masaje o un baño caliente pueden aliviar un episodio. Reduzca la cafeína y el alcohol por la tarde-noche. Pida a su médico que le mire el hierro y si algún medicamento que toma puede empeorarlo.',
    },
    arterial_rest_pain: {
      name: 'Mala circulación en las arterias de la pierna (dolor en reposo)',
      clinicianName: 'Dolor isquémico en reposo / isquemia crónica que amenaza la extremidad (EAP)',
      selfCare:
        'Hasta que le vean, dormir con el pie más bajo (en un sillón, o con la cabecera de la cama elevada) puede aliviar el dolor. Proteja el pie de golpes y presiones y no use almohadillas térmicas en él. Deje de fumar.',
    },
    acute_limb_ischemia: {
      name: 'Obstrucción repentina de una arteria de la pierna',
      clinicianName: 'Isquemia aguda de la extremidad',
      selfCare:
        'No espere: llame a una ambulancia. Mantenga la pierna quieta y horizontal o algo más baja; no la caliente ni la frote.',
    },
    deep_vein_thrombosis: {
      name: 'Coágulo en una vena de la pierna (trombosis venosa profunda)',
      clinicianName: 'Trombosis venosa profunda',
      selfCare:
        'Hágase revisar hoy. No se dé masajes en la pierna. Si le falta el aire o tiene dolor en el pecho, llame a una ambulancia.',
    },
    cellulitis: {
      name: 'Infección de la piel (celulitis)',
      clinicianName: 'Celulitis',
      selfCare:
        'Que le vean hoy: la celulitis necesita antibióticos. Marque con un bolígrafo el borde del enrojecimiento para ver si se extiende, y mantenga la pierna en alto.',
    },
    lumbar_spinal_stenosis: {
      name: 'Estrechamiento del canal de la columna (estenosis de canal)',
      clinicianName: 'Estenosis de canal lumbar (claudicación neurógena)',
      selfCare:
        'Dormir de lado encogido, o con una almohada bajo las rodillas o la cabecera elevada, alivia los nervios. Siga caminando sin forzar; inclinarse hacia delante (apoyado en un carro o un bastón) ayuda.',
    },
    lumbar_radiculopathy: {
      name: 'Nervio pinzado en la zona lumbar (ciática)',
      clinicianName: 'Radiculopatía lumbar (hernia discal / ciática)',
      selfCare:
        'Manténgase activo con suavidad; busque una postura para dormir que lo alivie (de lado con una almohada entre las rodillas). Un analgésico sencillo puede ayudar. Pida ayuda de inmediato si nota adormecimiento alrededor de las nalgas o cambios al orinar o en el intestino.',
    },
    cauda_equina_syndrome: {
      name: 'Compresión grave de los nervios al final de la columna (cola de caballo)',
      clinicianName: 'Síndrome de cola de caballo',
      selfCare: 'Vaya ahora a urgencias: necesita una prueba de imagen urgente.',
    },
    peroneal_neuropathy: {
      name: 'Nervio comprimido en la rodilla',
      clinicianName: 'Atrapamiento del nervio peroneo común en la cabeza del peroné',
      selfCare:
        'Evite cruzar las piernas o apoyarse sobre la parte externa de la rodilla; suele mejorar cuando desaparece la presión.',
    },
    peripheral_neuropathy: {
      name: 'Daño de los nervios de los pies (neuropatía periférica)',
      clinicianName: 'Neuropatía periférica dolorosa (p. ej., diabética)',
      selfCare:
        'Revise sus pies a diario por si hay cortes o heridas que no note. Un arco para la cama mantiene las sábanas lejos de los pies doloridos. Pregunte a su médico por el tratamiento.',
    },
    venous_insufficiency: {
      name: 'Problemas de las venas (enfermedad venosa crónica)',
      clinicianName: 'Enfermedad venosa crónica / insuficiencia venosa',
      selfCare:
        'Ponga las piernas en alto al descansar, camine a menudo y evite estar mucho rato de pie quieto; las medias de compresión pueden ayudar (pregunte antes si tiene problemas de circulación).',
    },
    other: {
      name: 'Una causa que esta herramienta no cubre',
      clinicianName: 'Otra causa / no modelada (p. ej., artrosis, gota, lesión ósea)',
      selfCare:
        'Un médico puede explorarle para encontrar la causa. Mientras tanto, un analgésico sencillo y el reposo pueden ayudar.',
    },
  },
  urgency: {
    emergency_ambulance: {
      label: 'Llame ahora a una ambulancia',
      action: 'Llame al 112 / 911 / 999. No conduzca usted.',
      clinicianLabel: 'Emergencia, traslado en ambulancia',
    },
    emergency: {
      label: 'Vaya ahora a urgencias',
      action: 'Vaya ya. Si no puede llegar de forma segura, llame a una ambulancia (112 / 911 / 999).',
      clinicianLabel: 'Valoración inmediata en urgencias',
    },
    consultation_24: {
      label: 'Vea a un médico en 24 horas',
      action: 'Hoy si puede: llame a su médico o a un servicio de urgencias.',
      clinicianLabel: 'Valoración en el día / en 24 h',
    },
    consultation: {
      label: 'Pida cita con un médico',
      action: 'En los próximos días. Vaya antes si empeora.',
      clinicianLabel: 'Consulta programada',
    },
    self_care: {
      label: 'Autocuidado en casa',
      action: 'Puede cuidarse en casa. Vea a un médico si empeora o vuelve una y otra vez.',
      clinicianLabel: 'Autocuidado con pautas de alarma',
    },
  },
  rules: {
    clot_in_lung_signs: {
      reason:
        'Una pierna hinchada o dolorida junto con dolor en el pecho o falta de aire puede indicar que un coágulo ha llegado a los pulmones.',
      clinicianReason: 'Signos de TVP con dolor torácico / disnea: sospecha de embolia pulmonar.',
    },
    chest_symptoms_with_leg_pain: {
      reason:
        'El dolor en el pecho o la falta de aire junto con dolor de pierna necesitan valoración urgente.',
      clinicianReason:
        'Dolor torácico o disnea con dolor de pierna: descartar TEP sea cual sea la escala de Wells.',
    },
    sudden_cold_pale_leg: {
      reason:
        'Una pierna que de repente se pone fría, pálida o azulada puede indicar que su arteria está tapada. Cada hora cuenta.',
      clinicianReason: 'Isquemia aguda de la extremidad (palidez, frialdad): valoración vascular inmediata.',
    },
    sudden_severe_pain_with_limb_threat: {
      reason:
        'Un dolor fuerte y repentino con la pierna fría, adormecida o débil puede indicar una arteria tapada.',
      clinicianReason:
        'Dolor intenso súbito con frialdad, parestesias o paresia: sospecha de isquemia aguda.',
    },
    saddle_or_sphincter_symptoms: {
      reason:
        'El adormecimiento alrededor de las nalgas o los problemas nuevos de vejiga o intestino pueden indicar una compresión grave de los nervios de la columna.',
      clinicianReason:
        'Anestesia en silla de montar o alteración esfinteriana: sospecha de síndrome de cola de caballo, RM urgente.',
    },
    weakness_both_legs: {
      reason:
        'La debilidad en las dos piernas puede indicar una compresión grave de los nervios de la columna.',
      clinicianReason: 'Debilidad bilateral de las piernas: sospecha de síndrome de cola de caballo.',
    },
    sudden_severe_pain: {
      reason: 'Un dolor de pierna fuerte y repentino necesita atención inmediata.',
      clinicianReason: 'Dolor intenso súbito en la pierna: descartar TVP e isquemia aguda.',
    },
    necrotising_or_compartment_signs: {
      reason:
        'Un dolor mucho peor de lo que se ve, o piel con ampollas y oscura, puede ser una infección profunda peligrosa o presión dentro de los músculos.',
      clinicianReason:
        'Dolor desproporcionado / ampollas / piel oscura: descartar infección necrosante de partes blandas y síndrome compartimental.',
    },
    infected_ulcer_with_fever: {
      reason: 'Una herida en el pie o piel negra con fiebre puede ser una infección que se extiende.',
      clinicianReason: 'Úlcera o gangrena con signos sistémicos: infección grave del pie (IWGDF/IDSA).',
    },
    infection_with_systemic_signs: {
      reason:
        'Una pierna roja o infectada, o fiebre, con confusión, mareo, respiración rápida o vómitos puede indicar una infección grave.',
      clinicianReason:
        'Infección de partes blandas o del pie con toxicidad sistémica (qSOFA / SIRS): sepsis o infección necrosante hasta demostrar lo contrario.',
    },
    suspected_dvt: {
      reason: 'Una pierna hinchada, caliente o roja puede ser un coágulo y debe revisarse hoy.',
      clinicianReason:
        'Edema / calor / eritema unilateral: valoración de TVP en el día (Wells, dímero D, ecografía).',
    },
    tissue_loss: {
      reason:
        'Una herida que no se cura o la piel negra en el pie pueden indicar una circulación críticamente baja.',
      clinicianReason:
        'Pérdida tisular con dolor en reposo: sospecha de isquemia crónica que amenaza la extremidad (Fontaine IV / Rutherford 5-6).',
    },
    rest_pain_relieved_by_dependency: {
      reason:
        'Un dolor nocturno que solo se alivia con la pierna colgando sugiere un estrechamiento avanzado de las arterias.',
      clinicianReason:
        'Dolor en reposo que cede con el declive: sospecha de dolor isquémico en reposo (Fontaine III / Rutherford 4).',
    },
    new_weakness: {
      reason:
        'Un pie que se arrastra o una pierna que se debilita deben valorarse pronto para que el nervio se recupere.',
      clinicianReason: 'Pie caído nuevo o debilidad progresiva: valoración neurológica preferente.',
    },
    spreading_redness: {
      reason:
        'Una zona roja, caliente y dolorosa que se extiende es probablemente una infección que necesita tratamiento hoy.',
      clinicianReason:
        'Eritema en expansión: celulitis hasta que se demuestre lo contrario; antibiótico en el día.',
    },
    // Criterion reasons (src/engine/criteria.ts); {score} is taken from the API's text.
    wells_dvt_likely: {
      reason:
        'Sus respuestas puntúan como «coágulo probable» en la escala de Wells, así que debería hacerse una ecografía en las próximas 24 horas.',
      clinicianReason:
        'Wells {score} (TVP probable, ≥ 2): indicada prueba de imagen; el dímero D no permite descartarla.',
    },
    injury_with_bone_tenderness: {
      reason:
        'Un dolor en un punto concreto de un hueso tras una lesión puede ser una fractura y debe hacerse una radiografía hoy.',
      clinicianReason:
        'Traumatismo reciente con dolor óseo focal: descartar fractura (radiografía); vigilar un síndrome compartimental.',
    },
    nightly_sleep_disruption: {
      reason: 'Un dolor que aparece casi todas las noches y le quita el sueño debe comentarlo con un médico.',
      clinicianReason: 'Dolor nocturno recurrente con alteración del sueño: valoración programada.',
    },
    persistent_numbness: {
      reason: 'Un dolor que vuelve una y otra vez con adormecimiento debe revisarlo un médico.',
      clinicianReason: 'Dolor persistente con hipoestesia: valoración neurológica programada.',
    },
    skin_colour_or_temperature_change: {
      reason: 'Los cambios de color de la piel o una pierna más fría que la otra debe revisarlos un médico.',
      clinicianReason: 'Cambios de coloración o miembro frío: valorar EAP (índice tobillo-brazo).',
    },
    night_pain_with_weight_loss: {
      reason:
        'El dolor nocturno con pérdida de peso o sudores nocturnos necesita que un médico busque otras causas.',
      clinicianReason:
        'Dolor nocturno con pérdida de peso / sudoración nocturna: derivación preferente para descartar neoplasia o infección.',
    },
  },
};
