/**
 * Spanish wording of the knowledge (findings, screening groups, causes, urgency levels, triage rules), keyed
 * by id. One file for both faces: the server answers `lang=es` with it, and the web app's Spanish chunk
 * imports it (so the English first page does not carry it). Ids missing here fall back to English.
 */
import type { KnowledgeWording } from './types.js';

export const spanishKnowledge: KnowledgeWording = {
  findings: {
    pain_feet_toes: {
      q: '¿Lo nota en los pies o en los dedos de los pies?',
      why: 'La mala circulación en reposo suele doler en los dedos y en la parte delantera del pie.',
      s: 'Lo nota en los pies o los dedos',
      c: 'Dolor en antepié / dedos',
    },
    pain_calf: {
      q: '¿Lo nota en la pantorrilla (la parte de atrás de la pierna, bajo la rodilla)?',
      why: 'Los calambres nocturnos afectan sobre todo al músculo de la pantorrilla.',
      s: 'Lo nota en la pantorrilla',
      c: 'Dolor gemelar',
    },
    pain_radiates_down_leg: {
      q: '¿El dolor o el hormigueo baja desde la zona lumbar o la nalga por la pierna (por detrás, por el lado o por delante)?',
      why: 'Un dolor que recorre la pierna apunta a una raíz nerviosa irritada en la columna.',
      s: 'Dolor u hormigueo que baja desde la espalda o la nalga por la pierna',
      c: 'Dolor irradiado (ciático)',
    },
    pain_buttock_thigh: {
      q: '¿Lo nota en las nalgas o los muslos (por encima de la rodilla)?',
      why: 'El estrechamiento del canal de la columna suele dar síntomas por encima de la rodilla.',
      s: 'Lo nota en nalgas o muslos',
      c: 'Síntomas en nalgas / muslos, por encima de la rodilla',
    },
    back_pain: {
      q: '¿Tiene también dolor en la parte baja de la espalda?',
      why: 'El dolor de espalda junto con dolor de pierna sugiere que el problema empieza en la columna.',
      s: 'Dolor lumbar',
      c: 'Lumbalgia',
    },
    bilateral_symptoms: {
      q: '¿Lo nota en las dos piernas?',
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
      q: '¿Nota los dos pies dormidos, con ardor u hormigueo, de la misma forma en los dos lados?',
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
      q: '¿Es un dolor sordo, profundo o pulsátil, más que un espasmo repentino, sea constante o solo a ratos, por ejemplo al caminar?',
      why: 'Un dolor sordo es como se suele sentir la falta de riego, en reposo o al caminar, aunque muchas causas duelen así.',
      s: 'Dolor sordo o profundo',
      c: 'Dolor profundo',
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
      q: 'Cuando llega un calambre (el músculo que se tensa, no un dolor continuo), ¿dura desde unos segundos hasta varios minutos y luego se pasa?',
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
      q: '¿Aparece solo después de llevar un rato acostado (una hora o más), y no nada más acostarse?',
      why: 'El dolor por mala circulación en reposo aparece tras un rato tumbado.',
      s: 'Aparece tras una hora o más acostado',
      c: 'Inicio 1-2 h tras el decúbito',
    },
    evening_night_worse: {
      q: '¿Las molestias son peores por la tarde-noche o por la noche que durante el día?',
      why: 'Las piernas inquietas siguen el reloj del cuerpo y empeoran por la tarde y la noche.',
      s: 'Peor por la tarde-noche o por la noche',
      c: 'Predominio vespertino / nocturno',
    },
    starts_at_rest: {
      q: '¿Las molestias aparecen o empeoran siempre que está quieto, tanto sentado como acostado?',
      why: 'Las piernas inquietas empiezan durante el reposo o la inactividad.',
      s: 'Empieza o empeora en reposo',
      c: 'Inicio o empeoramiento en reposo / inactividad',
    },
    sudden_severe_pain: {
      q: 'En las últimas dos semanas, ¿le empezó de repente un dolor fuerte en la pierna que sigue siendo fuerte (no un calambre que dura minutos, ni un pinchazo al lesionarse que pasó a ser un dolor sordo, ni solo una articulación roja e hinchada como el dedo gordo)?',
      why: 'Un dolor fuerte y repentino necesita atención urgente: puede ser un coágulo o una arteria tapada.',
      s: 'Dolor fuerte y repentino que no se pasa',
      c: 'Dolor intenso súbito persistente en la pierna (no una sola articulación inflamada)',
    },
    onset_within_two_weeks: {
      q: '¿Empezó o empeoró mucho en las dos últimas semanas?',
      why: 'Los síntomas nuevos o que empeoran rápido se tratan con más urgencia.',
      s: 'Empezó o empeoró mucho en las dos últimas semanas',
      c: 'Inicio agudo (< 2 semanas)',
    },
    symptoms_over_two_weeks: {
      q: '¿Le pasa casi todas las noches desde hace dos semanas o más?',
      why: 'Un dolor en reposo de dos semanas o más forma parte de la definición de isquemia grave de la pierna.',
      s: 'Casi todas las noches desde hace dos semanas o más',
      c: 'Persistente > 2 semanas',
    },
    nightly_sleep_disruption: {
      q: '¿Le despierta, o no le deja dormir, casi todas las noches (si solo ha pasado una noche, responda que no)?',
      why: 'Un dolor que estropea el sueño noche tras noche debe revisarlo un médico.',
      s: 'Casi todas las noches, le quita el sueño',
      c: 'Síntomas nocturnos recurrentes con alteración del sueño',
    },
    worse_end_of_day_standing: {
      q: 'Durante el día, ¿va a más cuanto más tiempo pasa de pie, de modo que por la tarde, antes de acostarse, está peor (si está peor en los primeros pasos de la mañana, conteste que no)?',
      why: 'Los síntomas de las venas se acumulan a lo largo del día estando de pie.',
      s: 'Peor al final del día o tras estar de pie',
      c: 'Empeora con la bipedestación prolongada / al final del día',
    },
    calf_pain_walking_relieved_standing_still: {
      q: '¿Al caminar le aparece dolor en la pantorrilla que se le pasa al pararse y quedarse de pie quieto un minuto o dos, sin sentarse (si caminar se lo provoca pero no ha notado qué pasa al quedarse quieto de pie, diga que no está seguro)?',
      why: 'Un dolor al caminar que se pasa al pararse de pie sugiere arterias de la pierna estrechadas.',
      s: 'Dolor de pantorrilla al caminar que cede al pararse',
      c: 'Claudicación intermitente (vascular)',
    },
    pain_standing_walking_relieved_sitting: {
      q: 'Cuando aparece al estar de pie o caminar, ¿se alivia solo al sentarse o inclinarse hacia delante (quedarse quieto de pie no basta)?',
      why: 'El estrechamiento de la columna da síntomas de pie que se alivian al doblar la columna hacia delante.',
      s: 'Aparece de pie o caminando; se alivia al sentarse o inclinarse',
      c: 'Claudicación neurógena',
    },
    worse_lying_flat: {
      q: '¿El dolor o las molestias de la pierna empeoran más tumbado boca arriba que acostado de lado y encogido?',
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
      q: '¿Se alivian las molestias mientras sigue moviendo las piernas, y vuelven cuando para?',
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
      q: '¿Mejora cuando la parte baja de la espalda queda algo doblada hacia delante: acurrucado de lado con las rodillas encogidas, boca arriba con las rodillas dobladas sobre almohadas, o con la cabecera de la cama elevada (si la eleva solo para respirar mejor, no es esto)?',
      why: 'Doblar la columna hacia delante abre un canal espinal estrecho.',
      s: 'Mejora acurrucado, con la espalda doblada',
      c: 'Alivio con la flexión lumbar',
    },
    relief_changing_position: {
      q: '¿Se le pasa enseguida con solo cambiar de postura?',
      why: 'Un nervio comprimido por la postura al dormir se recupera rápido al moverse.',
      s: 'Se pasa enseguida al cambiar de postura',
      c: 'Se resuelve al cambiar de posición',
    },
    relief_leg_elevation: {
      q: '¿Se alivia al poner los pies y la parte baja de las piernas en alto (en un taburete, o sobre almohadas con las piernas estiradas)?',
      why: 'Los síntomas de las venas mejoran con las piernas en alto; el dolor por mala circulación empeora.',
      s: 'Se alivia con las piernas en alto',
      c: 'Alivio con la elevación',
    },
    pain_unrelieved_by_position: {
      q: '¿Sigue igual en cualquier postura, tumbado, sentado o de pie (aquí no importa si le alivian las pastillas)?',
      why: 'Un dolor que no se alivia con ninguna postura es una señal de alarma.',
      s: 'Igual en cualquier postura',
      c: 'Dolor que no se modifica con la posición',
    },
    cool_limb: {
      q: '¿El pie o la pierna que le molesta suele estar frío al tacto, o más frío que el otro?',
      why: 'Un pie frío es uno de los signos más claros de mala circulación.',
      s: 'El pie o la pierna que duele está más frío',
      c: 'Frialdad del miembro (asimétrica)',
    },
    skin_shiny_pale_or_bluish_red: {
      q: '¿La piel del pie o de la parte baja de la pierna se ha vuelto brillante, pálida o de un rojo azulado oscuro a lo largo de semanas o meses?',
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
      q: '¿Se le ha puesto negra alguna zona de piel de los dedos o del pie, o se ha vuelto una zona o un borde oscuro, seco y duro (por ejemplo, alrededor de una llaga)?',
      why: 'La piel negra indica tejido que se está muriendo y necesita atención pronto.',
      s: 'Piel negra en los dedos o el pie',
      c: 'Gangrena / necrosis',
    },
    one_leg_swollen: {
      q: 'Sin contar una sola articulación hinchada, un bulto pequeño o una hinchazón que tiene desde hace meses o años: ¿se le ha hinchado una pierna o una pantorrilla (más que la otra) en las últimas semanas?',
      why: 'La hinchazón de una pierna puede ser un coágulo (trombosis venosa profunda).',
      s: 'Una pierna hinchada',
      c: 'Edema unilateral de la pierna',
    },
    one_leg_warm_red: {
      q: 'Dejando aparte un pie que está más frío que el otro o que solo se pone rojo al dejarlo colgar: ¿una parte de la pierna que le molesta (una zona de piel, una articulación, una vena) está más roja, o más caliente al tacto, que el mismo sitio de la otra pierna (si las dos piernas se ven y se notan igual, la respuesta es no)?',
      why: 'Una pierna más caliente o más roja que la otra puede ser un coágulo o una infección de la piel.',
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
      q: '¿Ve venas superficiales nuevas y marcadas (no varices) en la pierna que le molesta?',
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
    temporal_arteritis_signs: {
      q: '¿Ha tenido alguna de estas cosas como un problema nuevo: dolor de cabeza en un lado de la cabeza, el cuero cabelludo dolorido, dolor de mandíbula al masticar, o visión borrosa o pérdida de visión?',
      why: 'Junto con dolor en muslos o caderas, puede ser una arteria inflamada que puede dañar la vista: hay que verlo el mismo día.',
      s: 'Dolor de cabeza nuevo, cuero cabelludo dolorido, dolor de mandíbula al masticar o visión borrosa',
      c: 'Signos de arteritis de células gigantes',
    },
    chest_pain_or_breathless: {
      q: 'En los últimos días, ¿ha tenido aunque sea una de estas cosas: un dolor nuevo en el pecho; falta de aire que apareció de repente, en minutos u horas (no una respiración que ha empeorado poco a poco, ni solo estando tumbado); tos con sangre; desmayarse (perder el conocimiento de repente, aunque sea un momento; dormir la borrachera o el efecto de drogas no cuenta)?',
      why: 'Junto con síntomas en la pierna, puede indicar que un coágulo ha llegado a los pulmones.',
      s: 'Dolor en el pecho, falta de aire, tos con sangre o desmayo',
      c: 'Dolor torácico / disnea / hemoptisis / síncope',
    },
    sudden_cold_pale_leg: {
      q: '¿Se le ha puesto de repente, en las últimas horas o días, la pierna o el pie frío, pálido, azulado o con manchas?',
      why: 'Una pierna que de repente está fría y pálida puede indicar una arteria tapada: es una urgencia.',
      s: 'Pierna o pie de repente frío, pálido o azulado',
      c: 'Miembro frío, pálido o moteado de forma aguda',
    },
    saddle_numbness: {
      q: '¿Tiene adormecimiento u hormigueo (pérdida de sensibilidad o pinchazos, no dolor ni escozor) alrededor de las nalgas, los genitales o la cara interna de los muslos (la zona que apoyaría en un sillín)?',
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
      q: 'En los últimos días, ¿se le han debilitado de nuevo las dos piernas, de modo que estar de pie, caminar o subir escaleras le cuesta de repente (no solo cansancio o decaimiento)?',
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
      q: '¿Una pierna, o las dos, se va debilitando a lo largo de días, semanas o meses, de modo que la nota débil o le falla (por ejemplo, en las escaleras, al levantarse de una silla, o no puede levantar la punta del pie; si solo le frenan el dolor o la rigidez, la respuesta es no; si el pie se le cayó de golpe y no se ha debilitado más desde entonces, conteste no aquí, porque el pie que arrastra o golpea el suelo se pregunta aparte; y si no sabe decirlo, diga que no está seguro)?',
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
      q: '¿Ha tenido fiebre en los últimos días (calor con tiritona, o 38 °C o más)?',
      why: 'La fiebre con una pierna roja indica que la infección puede estar extendiéndose.',
      s: 'Fiebre en los últimos días',
      c: 'Fiebre / afectación sistémica',
    },
    systemic_illness: {
      q: '¿Tiene ahora aunque sea una de estas cosas: confusión, o tanta somnolencia que cuesta mantenerse despierto (no solo cansancio tras malas noches); sensación de ir a desmayarse, o tanto mareo al ponerse de pie que tiene que volver a sentarse o acostarse; respiración muy rápida; vómitos una y otra vez; piel con manchas, gris o cenicienta?',
      why: 'Con una pierna roja, caliente o infectada, pueden indicar que la infección está afectando a todo el cuerpo.',
      s: 'Confusión, mareo, respiración rápida, vómitos o piel cenicienta',
      c: 'Toxicidad sistémica (confusión, presíncope / hipotensión, taquipnea, vómitos, piel moteada o cenicienta)',
    },
    pain_out_of_proportion: {
      q: 'En los últimos uno o dos días, ¿la pierna duele mucho más de lo que aparenta (con una escayola: más de lo que justifica la lesión)?',
      why: 'Un dolor intenso con poco que ver puede ser una infección profunda grave o presión dentro de los músculos.',
      s: 'Dolor mucho peor de lo que se ve',
      c: 'Dolor desproporcionado a los signos (agudo)',
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
      q: '¿Ha tenido un infarto, un ictus, un stent o un bypass en el corazón, o le han dicho que tiene estrechadas las arterias de las piernas?',
      why: 'Si una arteria está estrechada, a menudo también lo están otras.',
      s: 'Infarto, ictus, stent o bypass, o arterias de las piernas estrechadas',
      c: 'Enfermedad aterosclerótica conocida',
    },
    atrial_fibrillation: {
      q: '¿Tiene el corazón irregular (fibrilación auricular)?',
      why: 'Un latido irregular puede soltar coágulos que tapan una arteria de la pierna.',
      s: 'Latido irregular (fibrilación auricular)',
      c: 'Fibrilación auricular',
    },
    recent_surgery_or_bedridden: {
      q: '¿Le han operado en las últimas 12 semanas o ha pasado más de 3 días casi todo el tiempo tumbado (en la cama o en un sofá)?',
      why: 'Las operaciones y el reposo en cama aumentan mucho el riesgo de coágulos en las piernas.',
      s: 'Operación reciente o reposo en cama',
      c: 'Cirugía mayor reciente / encamamiento > 3 días',
    },
    leg_cast_or_paralysis: {
      q: '¿Ha tenido hace poco la pierna inmovilizada con escayola, bota o férula, o la tiene paralizada o débil por un ictus?',
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
    one_sided_blistering_rash: {
      q: '¿Le ha salido una erupción de manchas rojas o ampollas pequeñas en un solo lado del cuerpo, donde le quema o le hormiguea?',
      why: 'Una franja de ampollas en un lado donde antes quemaba u hormigueaba la piel es típica del herpes zóster, cuyo tratamiento funciona mejor si se empieza en 3 días.',
      s: 'Ampollas en un solo lado',
      c: 'Erupción vesicular dermatómica unilateral',
    },
    previous_gout: {
      q: '¿Ha tenido gota antes, o le dijeron que un ataque anterior en una articulación era gota?',
      why: 'La gota vuelve: la mayoría de los ataques son en personas que ya tuvieron uno.',
      s: 'Gota anterior',
      c: 'Crisis de gota previa (gota conocida)',
    },
    known_fibromyalgia: {
      q: '¿Le ha dicho un médico que tiene fibromialgia?',
      why: 'Un diagnóstico ya hecho hace probable un brote del mismo dolor, aunque no descarta otra causa.',
      s: 'Fibromialgia diagnosticada',
      c: 'Fibromialgia conocida (diagnóstico previo)',
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
    cancer_history: {
      q: '¿Ha tenido alguna vez un cáncer?',
      why: 'El dolor de espalda o de hueso en alguien que ha tenido cáncer debe revisarse por si se ha extendido a los huesos o la columna.',
      s: 'Ha tenido cáncer (ahora o en el pasado)',
      c: 'Antecedente de cáncer',
    },
    immunosuppressed: {
      q: '¿Toma medicamentos que debilitan las defensas (corticoides en pastillas, metotrexato, quimioterapia) o tiene una enfermedad que las debilita?',
      why: 'Con las defensas bajas son más probables las infecciones profundas de la columna, las articulaciones y la piel.',
      s: 'Defensas debilitadas por medicamentos o enfermedad',
      c: 'Inmunosupresión',
    },
    injects_drugs: {
      q: '¿Se inyecta drogas, o lo ha hecho en los últimos meses?',
      why: 'Inyectarse drogas hace más probables las infecciones de la columna, las articulaciones, la piel y las venas.',
      s: 'Se inyecta drogas',
      c: 'Uso de drogas por vía parenteral',
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
      q: '¿Ha estado la parte de fuera de la rodilla bajo presión últimamente por alguna de estas causas (sí si se da cualquiera): sentarse a menudo con las piernas cruzadas, pasar mucho tiempo de rodillas o en cuclillas, o perder mucho peso rápidamente?',
      why: 'Cruzar las piernas, arrodillarse o ponerse en cuclillas, o perder la grasa que protege la rodilla, hace presión sobre el nervio de esa zona.',
      s: 'Presión en la parte de fuera de la rodilla: piernas cruzadas, mucho tiempo de rodillas o en cuclillas, o pérdida rápida de peso',
      c: 'Compresión en la cabeza del peroné: cruzar las piernas, arrodillamiento o cuclillas prolongados, pérdida de peso rápida',
    },
    takes_diuretic: {
      q: '¿Toma una pastilla para orinar (diurético)?',
      why: 'Algunos diuréticos hacen más probables los calambres.',
      s: 'Toma un diurético',
      c: 'Diurético',
    },
    takes_oestrogen: {
      q: '¿Toma la píldora anticonceptiva combinada o terapia hormonal sustitutiva (THS)?',
      why: 'La píldora combinada y la terapia hormonal hacen más probables los coágulos en las piernas.',
      s: 'Toma la píldora combinada o THS',
      c: 'Anticonceptivo con estrógenos o THS',
    },
    takes_bisphosphonate: {
      q: '¿Toma un medicamento para fortalecer los huesos, como ácido alendrónico, risedronato, ácido zoledrónico o denosumab?',
      why: 'Tomados durante años, los medicamentos para fortalecer los huesos pueden causar, rara vez, una fisura poco habitual en el fémur, que suele doler en el muslo o la ingle semanas antes.',
      s: 'Toma un medicamento para fortalecer los huesos',
      c: 'Bifosfonato o denosumab',
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
      q: '¿El dolor por el que consulta está en una articulación (dedo gordo, tobillo, rodilla o cadera), de modo que mover esa articulación o apoyar el peso en ella le duele más, aunque el dolor también se extienda más allá de ella (si no sabe decir si es la articulación o los músculos de alrededor, diga que no está seguro)?',
      why: 'Los problemas de las articulaciones, como la artrosis o la gota, también pueden doler por la noche.',
      s: 'Dolor en una articulación',
      c: 'Dolor / tumefacción articular',
    },
    morning_stiffness: {
      q: '¿Tiene las articulaciones rígidas durante mucho rato por la mañana?',
      why: 'La rigidez matutina apunta a una artritis inflamatoria.',
      s: 'Rigidez articular prolongada por la mañana',
      c: 'Rigidez matutina prolongada',
    },
    bony_point_tenderness: {
      q: '¿Hay un punto concreto de un hueso que le duele al apretarlo (si el hueso duele a lo largo, como toda la espinilla, y no en un punto, conteste no; si no lo ha apretado, diga que no está seguro)?',
      why: 'El dolor en un punto de un hueso hay que revisarlo por si hay otras causas.',
      s: 'Un punto de un hueso duele al apretarlo',
      c: 'Dolor óseo focal a la palpación',
    },
    bone_lump: {
      q: '¿Hay un bulto duro o una hinchazón sobre el hueso donde le duele?',
      why: 'Un bulto o una hinchazón sobre un hueso, con dolor de hueso, hay que verlo con una radiografía: puede ser un crecimiento del hueso o una fractura de estrés.',
      s: 'Un bulto duro o hinchazón sobre el hueso',
      c: 'Tumefacción o masa ósea',
    },
    weight_loss_night_sweats: {
      q: '¿Ha tenido alguna de estas cosas: una pérdida de peso que no se explica (no por dieta ni por hacer más ejercicio), o sudores nocturnos que empapan las sábanas?',
      why: 'El dolor nocturno con pérdida de peso o sudores necesita que un médico busque otras causas.',
      s: 'Pérdida de peso o sudores nocturnos intensos',
      c: 'Pérdida de peso inexplicada / sudoración nocturna',
    },
    'criteria:wells': { s: 'Escala de Wells: coágulo probable', c: 'Escala de Wells: TVP probable' },
    recent_leg_injury: {
      q: 'En las últimas semanas, ¿se ha hecho daño en la propia pierna por una caída, un golpe o una torcedura, se ha dado un tirón o distensión en un músculo de ella, ha notado que algo se rompía o cedía en ella (por ejemplo, de rodillas o al levantar peso), o se ha roto un hueso (sin contar una operación, ni solo un arañazo o un corte en la piel)?',
      why: 'Una lesión puede explicar el dolor, y una pierna lesionada e hinchada puede acumular una presión peligrosa.',
      s: 'Lesión reciente en la pierna',
      c: 'Traumatismo reciente',
    },
    hot_swollen_joint: {
      q: '¿Tiene una articulación que de repente está caliente, roja, hinchada y le duele mucho al moverla?',
      why: 'Una articulación caliente e hinchada puede ser gota, pero hay que descartar el mismo día una infección de la articulación.',
      s: 'Una articulación caliente, roja e hinchada',
      c: 'Monoartritis aguda caliente',
    },
    bone_pain_night: {
      q: '¿Es un dolor profundo en el propio hueso que le despierta por la noche, aunque esté quieto?',
      why: 'El dolor de hueso en reposo o por la noche es una señal de alarma: conviene hacer una radiografía.',
      s: 'Dolor profundo de hueso que despierta por la noche',
      c: 'Dolor óseo nocturno en reposo',
    },
    relief_anti_inflammatory: {
      q: '¿El ibuprofeno o la aspirina le quitan el dolor casi por completo?',
      why: 'Un dolor nocturno de hueso que se quita con ibuprofeno o aspirina es típico de un pequeño tumor benigno del hueso.',
      s: 'El ibuprofeno o la aspirina quitan el dolor',
      c: 'Alivio marcado con AINE / aspirina',
    },
    training_increase: {
      q: '¿Ha aumentado hace poco la carrera, las marchas, el entrenamiento o el deporte?',
      why: 'Un aumento brusco del entrenamiento puede causar una fractura por estrés.',
      s: 'Ha aumentado hace poco la carrera o el entrenamiento',
      c: 'Aumento reciente de la carga de entrenamiento',
    },
    recent_infection: {
      q: '¿Ha tenido diarrea, una gastroenteritis, o una infección de pecho o de garganta en las últimas semanas?',
      why: 'La inflamación de los nervios (Guillain-Barré) y las infecciones de la columna pueden aparecer unas semanas después de una infección.',
      s: 'Gastroenteritis o infección de pecho o garganta en las últimas semanas',
      c: 'Infección gastrointestinal o respiratoria reciente',
    },
    recent_bloodstream_infection: {
      q: '¿En los últimos meses ha tenido una infección en la sangre (sepsis o septicemia), una infección en el sitio de un gotero o catéter, o una infección de una válvula del corazón (endocarditis) (un absceso en la piel o una zona de inyección infectada cuenta solo si le dijeron que la infección había pasado a la sangre)?',
      why: 'Los gérmenes que han pasado a la sangre pueden asentarse en los huesos y discos de la columna.',
      s: 'Infección en la sangre, de un catéter o endocarditis en los últimos meses',
      c: 'Bacteriemia, infección de catéter o endocarditis reciente',
    },
    ascending_numbness: {
      q: '¿El hormigueo o el adormecimiento empezó en los dos pies (o las manos) y ha ido subiendo en horas o días?',
      why: 'Un hormigueo que sube desde los dos pies en días puede ser una inflamación de los nervios que necesita atención urgente.',
      s: 'Hormigueo o adormecimiento que sube desde los dos pies',
      c: 'Síntomas sensitivos ascendentes',
    },
    weakness_rising_over_days: {
      q: '¿Las piernas se le han ido debilitando día a día en los últimos días, de modo que le cuesta cada vez más caminar o subir escaleras?',
      why: 'Una debilidad que empeora de un día para otro necesita atención urgente.',
      s: 'Piernas cada día más débiles',
      c: 'Debilidad rápidamente progresiva (días)',
    },
    tense_swollen_muscle: {
      q: '¿El músculo de la pantorrilla o de la espinilla está hinchado y se nota tenso y duro, como un tambor?',
      why: 'Un músculo tenso, duro e hinchado tras una lesión o una escayola puede indicar una presión peligrosa dentro de la pierna.',
      s: 'Un músculo hinchado, tenso y duro',
      c: 'Compartimento muscular tenso y tumefacto',
    },
    pain_moving_toes: {
      q: '¿Mover los dedos o el pie (o que alguien se los mueva con cuidado) empeora mucho el dolor de la pantorrilla o la espinilla?',
      why: 'El dolor al mover los dedos es un signo precoz de presión dentro de los músculos de la pierna.',
      s: 'Dolor mucho peor al mover los dedos o el pie',
      c: 'Dolor al estiramiento pasivo del compartimento',
    },
    long_lie: {
      q: 'Antes de que empezara, ¿estuvo tumbado o sentado en la misma postura muchas horas sin moverse, por ejemplo tras desmayarse, una caída, beber mucho o tomar drogas?',
      why: 'Pasar horas tumbado sobre una pierna sin moverse puede aplastar los músculos y subir la presión dentro de ellos.',
      s: 'Muchas horas inmóvil en la misma postura',
      c: 'Inmovilización prolongada en una postura',
    },
    tight_cast_or_bandage: {
      q: '¿Nota demasiado apretada una escayola, férula o venda de la pierna?',
      why: 'Una escayola o venda apretada puede aumentar la presión en los músculos de la pierna.',
      s: 'Escayola o venda demasiado apretada',
      c: 'Yeso o vendaje compresivo',
    },
    back_or_belly_pain_sudden: {
      q: '¿Le empezó de repente un dolor fuerte, desgarrador, en la espalda, la tripa o el pecho?',
      why: 'Un dolor brusco y desgarrador en la espalda o la tripa puede indicar que la arteria principal se ha roto o se está rompiendo: es una emergencia.',
      s: 'Dolor brusco, fuerte o desgarrador en la espalda o la tripa',
      c: 'Dolor dorsal, abdominal o torácico súbito e intenso (desgarrante)',
    },
    spinal_pain_night_lying: {
      q: '¿El dolor de espalda empeora por la noche o al tumbarse boca arriba, hasta impedirle dormir?',
      why: 'El dolor de espalda nocturno que impide dormir es una señal de alarma, sobre todo si ha tenido cáncer.',
      s: 'Dolor de espalda por la noche o tumbado que impide dormir',
      c: 'Dolor raquídeo nocturno / en decúbito que impide el sueño',
    },
    back_pain_getting_worse: {
      q: '¿El dolor de espalda ha ido empeorando poco a poco durante días o semanas, en vez de mejorar?',
      why: 'Un dolor de espalda que no deja de empeorar es una señal de alarma, sobre todo si ha tenido cáncer.',
      s: 'Dolor de espalda que va empeorando',
      c: 'Dolor raquídeo progresivo',
    },
    back_pain_worse_cough_strain: {
      q: '¿El dolor de espalda empeora al toser, estornudar o hacer fuerza en el baño?',
      why: 'El dolor de espalda que empeora al toser o hacer fuerza puede venir de una presión dentro de la columna.',
      s: 'Dolor de espalda peor al toser, estornudar o hacer fuerza',
      c: 'Dolor raquídeo que empeora con Valsalva',
    },
    spinal_tenderness: {
      q: '¿Le duele un punto de la columna al apretarlo o darle golpecitos?',
      why: 'Un punto doloroso en la columna puede indicar una infección o un tumor en una vértebra.',
      s: 'Un punto doloroso en la columna',
      c: 'Dolor a la palpación de apófisis espinosas',
    },
    swallowing_or_speech_difficulty: {
      q: '¿Le cuesta tragar, hablar con claridad o respirar?',
      why: 'La dificultad para tragar, hablar o respirar junto con debilidad necesita una ambulancia.',
      s: 'Dificultad para tragar, hablar o respirar',
      c: 'Síntomas bulbares / respiratorios',
    },
    dusky_skin_blisters: {
      q: '¿La piel de la zona que duele se ha vuelto morada, gris u oscura, o le han salido ampollas?',
      why: 'La piel morada, gris o con ampollas con un dolor intenso puede ser una infección profunda peligrosa.',
      s: 'Piel morada, gris o con ampollas',
      c: 'Piel violácea / oscura o ampollas (bullas)',
    },
    prosthetic_joint: {
      q: '¿Tiene una prótesis (articulación artificial) de cadera o de rodilla?',
      why: 'Una articulación artificial se infecta con más facilidad.',
      s: 'Tiene una prótesis de cadera o rodilla',
      c: 'Prótesis articular',
    },
    unable_to_bear_weight: {
      q: '¿No puede apoyar el peso en la pierna ni dar unos pasos?',
      why: 'No poder apoyar la pierna puede indicar un hueso roto o una articulación infectada.',
      s: 'No puede apoyar el peso en la pierna',
      c: 'Incapacidad para la carga',
    },
    osteoporosis: {
      q: '¿Le han dicho que tiene los huesos frágiles (osteoporosis), o toma un medicamento para fortalecer los huesos como el ácido alendrónico?',
      why: 'Los huesos frágiles pueden romperse con un golpe mínimo o sin golpe.',
      s: 'Huesos frágiles (osteoporosis) o medicación para los huesos',
      c: 'Osteoporosis / tratamiento con bifosfonatos',
    },
    pain_knee: {
      q: '¿Lo nota en la rodilla o alrededor de ella?',
      why: 'El dolor centrado en la rodilla apunta a la articulación (como la artrosis) más que a músculos, nervios o vasos.',
      s: 'Dolor en la rodilla o a su alrededor',
      c: 'Gonalgia',
    },
    pain_hip_groin: {
      q: '¿Lo nota en lo profundo de la cadera o la ingle?',
      why: 'El dolor profundo en la ingle apunta a la propia articulación de la cadera, como la artrosis.',
      s: 'Dolor profundo en la cadera o la ingle',
      c: 'Dolor de cadera / inguinal',
    },
    pain_shin: {
      q: '¿Lo nota en la parte delantera de la pierna, sobre el hueso de la espinilla?',
      why: 'El dolor sobre el hueso de la espinilla apunta al propio hueso (una fractura por sobrecarga o, rara vez, un tumor óseo) o a una periostitis tibial, más que al músculo de la pantorrilla o a sus venas.',
      s: 'Dolor en la espinilla',
      c: 'Dolor tibial',
    },
    shoulder_girdle_stiffness: {
      q: '¿Le duelen y se le ponen rígidos también los dos hombros, no solo las caderas o los muslos, sobre todo al levantarse por la mañana?',
      why: 'El dolor y la rigidez de los dos hombros y las dos caderas en mayores de 50 años, peor por la mañana, es típico de la polimialgia, una causa que esta herramienta no modela; necesita un análisis y un médico pronto.',
      s: 'Hombros y caderas rígidos por la mañana',
      c: 'Dolor y rigidez matutina de cintura escapular bilateral',
    },
    heel_pain_first_steps: {
      q: '¿El dolor bajo el talón es peor en los primeros pasos por la mañana o al levantarse tras estar sentado, y mejora al andar?',
      why: 'El dolor de talón peor en los primeros pasos tras el reposo es típico de la fascitis plantar, una causa que esta herramienta no modela.',
      s: 'Dolor de talón en los primeros pasos',
      c: 'Talalgia plantar de primeros pasos',
    },
    forefoot_pebble_pain: {
      q: '¿Tiene un dolor quemante o punzante en la planta delantera del pie o entre dos dedos, como si pisara una piedrecita?',
      why: 'Un ardor entre dos dedos, como una piedrecita bajo el pie y peor con zapato estrecho o de tacón, es típico del neuroma de Morton, una causa que esta herramienta no modela.',
      s: 'Dolor entre los dedos, como una piedrecita',
      c: 'Dolor interdigital del antepié',
    },
    toes_red_itchy_after_cold: {
      q: '¿Se le han puesto los dedos de los pies rojos o morados, con picor o hinchados después del frío, y le arden al calentarse?',
      why: 'Los dedos rojos o morados que pican tras el frío y arden al calentarse son típicos de los sabañones, una causa que esta herramienta no modela.',
      s: 'Dedos rojos y con picor tras el frío',
      c: 'Perniosis (sabañones)',
    },
    calf_pull_during_exertion: {
      q: '¿Empezó de golpe durante el ejercicio o un esfuerzo brusco, con un tirón o un chasquido en la pantorrilla, o como si le hubieran dado una patada?',
      why: 'Un tirón o chasquido repentino en la pantorrilla durante un esfuerzo, con un moratón que puede bajar al tobillo, es típico de una rotura muscular; si la pantorrilla está hinchada hay que descartar un coágulo.',
      s: 'Tirón repentino en la pantorrilla al hacer esfuerzo',
      c: 'Dolor súbito de pantorrilla durante esfuerzo (distensión o rotura muscular)',
    },
    outer_thigh_numb_patch: {
      q: '¿Tiene una zona en la parte externa del muslo que le arde, le hormiguea o está dormida, sin debilidad?',
      why: 'Una zona que arde o está dormida en la cara externa del muslo, peor de pie o con un cinturón apretado y sin debilidad, es típica de un nervio de la piel atrapado (meralgia parestésica), una causa que esta herramienta no modela.',
      s: 'Zona dormida o que arde en la parte externa del muslo',
      c: 'Parestesia en territorio del nervio femorocutáneo lateral',
    },
    leg_jerks_in_sleep_seen: {
      q: '¿Alguien que duerme cerca de usted ha visto que sus piernas dan sacudidas o patadas una y otra vez mientras duerme?',
      why: 'Las sacudidas repetidas de las piernas durante el sueño que usted no nota son movimientos periódicos de las extremidades: acompañan a las piernas inquietas o forman por sí solos un trastorno del sueño que esta herramienta no modela.',
      s: 'Sacudidas de piernas vistas durante el sueño',
      c: 'Movimientos periódicos de extremidades presenciados',
    },
    mid_back_band_pain: {
      q: '¿Tiene dolor en la mitad o la parte alta de la espalda, o una banda de dolor alrededor del pecho o la barriga?',
      why: 'El dolor en la mitad de la espalda, o una banda de dolor alrededor del cuerpo, es una señal de alarma tras un cáncer (la columna); en un solo lado y con erupción es un herpes zóster.',
      s: 'Dolor en la mitad de la espalda o en banda',
      c: 'Dolor dorsal o en banda (dermatómico) del tronco',
    },
    pain_heel: {
      q: '¿Lo nota en el talón?',
      why: 'El dolor bajo el talón, peor en los primeros pasos tras el reposo, suele ser una fascitis plantar, una causa que esta herramienta no modela.',
      s: 'Dolor en el talón',
      c: 'Talalgia',
    },
    pain_outer_hip: {
      q: '¿Lo nota en la parte externa de la cadera, sobre el hueso que sobresale?',
      why: 'El dolor en la parte externa de la cadera suele venir de los tendones de esa zona, no de la articulación ni de la espalda.',
      s: 'Dolor en la parte externa de la cadera',
      c: 'Dolor lateral de cadera (trocánter mayor)',
    },
    pain_lying_on_side: {
      q: '¿Empeora al acostarse sobre el lado que duele?',
      why: 'El dolor al acostarse sobre la cadera dolorida es típico de un problema de los tendones de la parte externa de la cadera.',
      s: 'Empeora al acostarse sobre el lado dolorido',
      c: 'Dolor en decúbito lateral sobre el lado afectado',
    },
    joint_stiffness_after_rest: {
      q: '¿La articulación está rígida tras el reposo o al levantarse, y se suelta en menos de media hora?',
      why: 'La rigidez breve tras el reposo es típica de la artrosis; la rigidez matutina larga apunta a otros problemas articulares.',
      s: 'Articulación rígida tras el reposo, que se suelta en menos de media hora',
      c: 'Rigidez breve (≤30 min) tras inactividad',
    },
    joint_grinding: {
      q: '¿Le cruje, chasquea o raspa la rodilla o la cadera al moverla?',
      why: 'Una articulación que cruje o raspa es frecuente en la artrosis.',
      s: 'La articulación cruje o raspa',
      c: 'Crepitación',
    },
    swelling_behind_knee: {
      q: '¿Tiene un bulto o hinchazón detrás de la rodilla?',
      why: 'Una hinchazón detrás de la rodilla puede ser un quiste; si se rompe, parece un coágulo en la pierna.',
      s: 'Bulto o hinchazón detrás de la rodilla',
      c: 'Tumefacción poplítea (quiste de Baker)',
    },
    fluid_trickling_down_calf: {
      q: '¿Notó que algo se rompía o cedía detrás de la rodilla y luego como agua tibia que le bajaba por dentro de la pantorrilla?',
      why: 'Un quiste detrás de la rodilla que se rompe puede notarse como un chasquido y luego como agua que baja por la pantorrilla; aun así hace falta una ecografía para descartar un coágulo.',
      s: 'Chasquido detrás de la rodilla y sensación de líquido bajando por la pantorrilla',
      c: 'Chasquido poplíteo súbito con sensación de líquido descendiendo por la pantorrilla',
    },
    ankle_bruise_without_knock: {
      q: 'Desde que empezó el dolor o la hinchazón de la pierna, ¿le ha salido un moratón alrededor del tobillo o en el pie sin haberse dado un golpe?',
      why: 'El líquido o la sangre de un quiste roto detrás de la rodilla, o de un desgarro del gemelo, baja y se ve como un moratón en el tobillo.',
      s: 'Moratón en el tobillo o el pie sin golpe',
      c: 'Equimosis en tobillo / pie sin traumatismo (signo de la media luna)',
    },
    breathless_lying_flat_or_gradual: {
      q: '¿Respira peor de lo habitual desde hace días o semanas: le falta más el aire, o se ahoga al tumbarse y antes no (necesita más almohadas o se despierta jadeando)?',
      why: 'Una falta de aire que va a más, o que aparece al tumbarse, con los tobillos hinchados puede ser líquido por el corazón; hay que revisarlo hoy.',
      s: 'Falta de aire progresiva o al tumbarse',
      c: 'Disnea progresiva / ortopnea / disnea paroxística nocturna',
    },
    tender_cord_vein: {
      q: '¿Tiene un cordón rojo, duro y doloroso a lo largo de una vena superficial?',
      why: 'Una vena dura y dolorida bajo la piel es un coágulo en una vena superficial, que puede acompañarse de un coágulo profundo.',
      s: 'Una vena superficial roja, dura y dolorosa',
      c: 'Cordón venoso superficial doloroso (tromboflebitis superficial)',
    },
    widespread_pain: {
      q: '¿Tiene dolor en muchas partes del cuerpo: en ambos lados, y por encima de la cintura (brazos, hombros o cuello) además de por debajo?',
      why: 'El dolor en muchas partes del cuerpo apunta a un problema de dolor generalizado más que a un problema de la pierna.',
      s: 'Dolor en muchas partes del cuerpo',
      c: 'Dolor crónico generalizado',
    },
    unrefreshing_sleep_fatigue: {
      q: '¿Se despierta sin descansar y se siente agotado casi todos los días?',
      why: 'El cansancio y el sueño que no descansa suelen acompañar a los problemas de dolor generalizado.',
      s: 'Se despierta sin descansar y agotado',
      c: 'Fatiga / sueño no reparador',
    },
    muscle_aches_both_legs: {
      q: '¿Le duelen, pesan o están rígidos los músculos grandes de ambas piernas (muslos o pantorrillas)?',
      why: 'El dolor de los músculos grandes de ambos lados, y no un calambre, puede deberse a un medicamento como una estatina.',
      s: 'Dolor o pesadez de los músculos grandes de ambas piernas',
      c: 'Mialgia proximal simétrica',
    },
    statin_started_recently: {
      q: '¿Empezó una estatina, o le subieron la dosis, en los últimos meses?',
      why: 'El dolor muscular por estatinas suele empezar en las primeras semanas o meses tras empezarla o subir la dosis.',
      s: 'Empezó o subió una estatina en los últimos meses',
      c: 'Estatina iniciada o aumentada recientemente',
    },
    began_after_new_medicine: {
      q: '¿Empezaron las molestias de las piernas pocas semanas después de empezar un medicamento nuevo o de cambiarle la dosis?',
      why: 'Algunos medicamentos, como los diuréticos, los inhaladores de acción larga y las estatinas, pueden provocar calambres o dolores musculares poco después de empezarlos o de subir la dosis.',
      s: 'Empezó tras un medicamento nuevo o un cambio de dosis',
      c: 'Inicio en las semanas tras empezar o cambiar un medicamento',
    },
    dark_urine: {
      q: '¿Su orina se ha vuelto marrón oscura o del color de la cola?',
      why: 'La orina oscura con dolor muscular puede indicar destrucción muscular, que necesita atención urgente.',
      s: 'Orina marrón oscura o color cola',
      c: 'Orina oscura (posible mioglobinuria)',
    },
    thyroid_symptoms: {
      q: 'En los últimos meses, ¿ha notado al menos dos de estas cosas, sin que las explique un embarazo: cansancio poco habitual; más frío que otras personas; aumento de peso; piel seca?',
      why: 'Un tiroides poco activo puede causar calambres y dolor muscular; un análisis de sangre lo comprueba.',
      s: 'Cansancio, frío, aumento de peso o piel seca (tiroides)',
      c: 'Síntomas de hipotiroidismo',
    },
  },
  groups: {
    screen_clot_infection: {
      text: '¿Le pasa ahora alguna de estas cosas?',
      why: 'Pueden ser señales de un coágulo en la pierna o en los pulmones, o de una infección que se extiende, que necesitan atención hoy o de inmediato.',
    },
    screen_circulation: {
      text: '¿Ha notado alguna de estas cosas en la pierna o el pie que le molesta?',
      why: 'Pueden indicar que el riego de la pierna está bloqueado o es críticamente bajo, o que se está acumulando presión dentro de la pierna.',
    },
    screen_nerves: {
      text: '¿Tiene alguna de estas cosas?',
      why: 'Pueden indicar que los nervios de la columna o de la pierna están muy comprimidos y necesitan atención pronto.',
    },
    screen_red_flags: {
      text: '¿Le pasa ahora alguna de estas cosas?',
      why: 'Son señales de alarma de un coágulo, una infección que se extiende, una arteria bloqueada, nervios de la columna comprimidos, o de una causa (una infección, un cáncer, una lesión) que un médico debe revisar sea cual sea la causa.',
    },
    history_clot: {
      text: '¿Le pasa alguna de estas cosas?',
      why: 'Hacen más probable un coágulo en la pierna; los médicos las cuentan en la escala de Wells.',
    },
    history_circulation: {
      text: '¿Le pasa alguna de estas cosas?',
      why: 'Hacen más probables las arterias estrechadas y el daño de los nervios de los pies.',
    },
    history_medicines: {
      text: '¿Cuáles de estos medicamentos toma de forma habitual? Marque todos los que correspondan.',
      why: 'Algunos medicamentos pueden provocar calambres, piernas inquietas o dolor muscular, o hacer más probable un coágulo; un médico puede revisarlos o cambiarlos.',
    },
    history_cramp_triggers: {
      text: '¿Le ocurre alguna de estas cosas?',
      why: 'Un tiroides poco activo, la falta de sales, el embarazo y la diálisis pueden provocar calambres; un médico puede revisarlos.',
    },
    screen_warning_signs: {
      text: '¿Le pasa alguna de estas cosas?',
      why: 'Con dolor nocturno, hacen más probable una infección, un cáncer o una lesión, así que debe verle un médico sea cual sea la causa.',
    },
    complaint_where: {
      text: '¿Dónde lo nota (dolor, entumecimiento o cualquier otra sensación)? Marque todo lo que corresponda.',
      why: 'Dónde lo nota es la primera pista de la causa: dedos y pies, pantorrilla, espinilla, talón, muslos, rodilla, cadera, o bajando desde la espalda.',
    },
    complaint_what: {
      text: '¿Cómo es? Marque todo lo que corresponda (si nada encaja, no marque ninguna).',
      why: 'Ardor, dolor sordo, latigazos, calambres u hormigueo apuntan a causas distintas.',
    },
    complaint_when: {
      text: '¿Cuándo aparece o empeora? Marque todo lo que corresponda (no son solo para algo que pasa todas las noches: si solo le ha pasado una vez, conteste por esa vez, por ejemplo si empezó tras una o dos horas en la cama; si no se le ha quitado desde que empezó, marque solo lo que lo empeora; si el dolor aparece solo al caminar, no es ninguna de estas opciones, y sentarse con las piernas cruzadas o arrodillarse se pregunta aparte; si nada encaja, no marque ninguna).',
      why: 'Si aparece tras un rato acostado, siempre que está quieto, o acostado en una postura, ayuda a distinguir las causas.',
    },
    complaint_relief: {
      text: '¿Qué lo alivia? Marque todo lo que corresponda (si tiene más de un tipo de dolor en la pierna, marque lo que alivie cualquiera de ellos; si no ha notado nada que lo alivie, conteste «no sé»).',
      why: 'Lo que alivia es una de las mejores pistas: dejar colgar la pierna, caminar, mover las piernas, estirar, cambiar de postura, quedarse de pie quieto tras caminar, sentarse o inclinarse hacia delante, o que nada lo alivie.',
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
    spinal_metastases: {
      name: 'Cáncer extendido a la columna que presiona la médula o los nervios',
      clinicianName: 'Metástasis vertebrales / compresión medular metastásica',
      selfCare:
        'Si ha tenido cáncer, llame hoy a su equipo de oncología. Vaya a urgencias de inmediato si nota las piernas débiles o adormecidas, le cuesta más caminar o cambia su forma de orinar o de ir al baño. Mientras tanto, evite doblar y girar la espalda.',
    },
    spinal_infection: {
      name: 'Infección en la columna (hueso, disco o absceso)',
      clinicianName: 'Osteomielitis vertebral / espondilodiscitis / absceso epidural',
      selfCare:
        'Vaya hoy a urgencias: el dolor de espalda con fiebre necesita análisis y una prueba de imagen. Si nota las piernas débiles o adormecidas, o cambios al orinar o en el intestino, llame a una ambulancia.',
    },
    guillain_barre_syndrome: {
      name: 'Síndrome de Guillain-Barré (nervios inflamados tras una infección)',
      clinicianName: 'Síndrome de Guillain-Barré',
      selfCare:
        'Vaya ahora a urgencias. Llame a una ambulancia si le cuesta respirar, tragar o hablar, o si no puede mover las piernas.',
    },
    compartment_syndrome: {
      name: 'Presión acumulada dentro de los músculos de la pierna (síndrome compartimental)',
      clinicianName: 'Síndrome compartimental agudo',
      selfCare:
        'Llame ahora a una ambulancia. Afloje cualquier venda o ropa apretada y mantenga la pierna a la altura del corazón, no más alta.',
    },
    necrotising_fasciitis: {
      name: 'Infección profunda que se extiende muy rápido (fascitis necrosante)',
      clinicianName: 'Infección necrosante de partes blandas (fascitis necrosante)',
      selfCare: 'Llame a una ambulancia o vaya ahora a urgencias. No conduzca usted.',
    },
    septic_arthritis: {
      name: 'Infección dentro de una articulación (artritis séptica)',
      clinicianName: 'Artritis séptica',
      selfCare:
        'Que le vean hoy, o vaya ahora a urgencias si tiene fiebre o se encuentra mal: hay que analizar el líquido de la articulación antes de dar antibióticos. Mientras tanto, mantenga la articulación en reposo.',
    },
    bone_tumour: {
      name: 'Un tumor en un hueso (benigno, cáncer de hueso o cáncer extendido al hueso)',
      clinicianName: 'Tumor óseo: osteoma osteoide, sarcoma óseo primario, metástasis óseas, mieloma',
      selfCare:
        'Vea a un médico en los próximos días y pida una radiografía. Si ha tenido cáncer o no puede apoyar la pierna, que le vean hoy. Un analgésico como el ibuprofeno puede aliviar mientras tanto.',
    },
    fracture: {
      name: 'Un hueso roto, una fractura por estrés o una fractura por huesos frágiles',
      clinicianName: 'Fractura (traumática, por estrés o por insuficiencia, fractura femoral atípica)',
      selfCare:
        'Vea a un médico para hacer una radiografía; si no puede apoyar la pierna tras una caída o un golpe, que le vean hoy. Deje de correr o la actividad que lo provocó y descanse la pierna; las muletas ayudan.',
    },
    aortic_disease: {
      name: 'Desgarro, rotura u obstrucción de la arteria principal del cuerpo (aorta)',
      clinicianName:
        'Síndrome aórtico agudo: disección, rotura de aneurisma o embolia en silla de montar con isquemia de las piernas',
      selfCare:
        'Llame ahora a una ambulancia (112 / 911 / 999). No conduzca usted. Quédese tumbado y quieto mientras espera.',
    },
    knee_osteoarthritis: {
      name: 'Desgaste de la rodilla (artrosis)',
      clinicianName: 'Artrosis de rodilla',
      selfCare:
        'Mantenga la rodilla en movimiento: el ejercicio para fortalecer los muslos es lo que más ayuda, y perder peso si le sobra. Un gel antiinflamatorio puede aliviar el dolor. Consulte si la rodilla se pone caliente, roja e hinchada, o si tiene fiebre.',
    },
    hip_osteoarthritis: {
      name: 'Desgaste de la cadera (artrosis)',
      clinicianName: 'Artrosis de cadera',
      selfCare:
        'Manténgase activo: el ejercicio para fortalecer los músculos de la cadera es lo que más ayuda, y perder peso si le sobra. Un analgésico sencillo puede ayudarle a seguir activo.',
    },
    trochanteric_pain_syndrome: {
      name: 'Dolor en la parte externa de la cadera (tendón o bursa)',
      clinicianName: 'Síndrome del dolor trocantéreo mayor (tendinopatía glútea / bursitis trocantérea)',
      selfCare:
        'Acostarse sobre el lado dolorido lo empeora, así que intente evitarlo por ahora. Siga caminando pero reduzca lo que lo provoca durante un tiempo. Consulte si no mejora en unas semanas.',
    },
    gout: {
      name: 'Gota (cristales en una articulación)',
      clinicianName: 'Crisis aguda de gota',
      selfCare:
        'Deje la articulación en reposo, sin la ropa de cama encima, y enfríela con una bolsa de hielo envuelta en un paño. Consulte por un primer ataque. Si tiene fiebre o se encuentra mal, hágase ver con urgencia: la articulación podría estar infectada.',
    },
    fibromyalgia: {
      name: 'Fibromialgia (dolor prolongado en todo el cuerpo)',
      clinicianName: 'Fibromialgia',
      selfCare:
        'El ejercicio regular y suave, aumentado poco a poco, reduce el dolor. Consulte para confirmarlo y descartar otras causas; el dolor en una sola pierna no se explica por esto.',
    },
    statin_muscle_symptoms: {
      name: 'Dolor muscular por una estatina (medicamento para el colesterol)',
      clinicianName: 'Síntomas musculares asociados a estatinas',
      selfCare:
        'No deje la estatina por su cuenta: hable con su médico o farmacéutico, que puede pedir un análisis y cambiar la dosis o el medicamento. Si la orina se vuelve marrón oscura o los músculos se debilitan mucho, pida ayuda urgente.',
    },
    secondary_cramps: {
      name: 'Calambres con una causa tratable (un medicamento, el tiroides, las sales, el embarazo)',
      clinicianName:
        'Calambres secundarios (fármacos, hipotiroidismo, alteraciones electrolíticas, cirrosis, embarazo, diálisis)',
      selfCare:
        'Estire el músculo tirando de los dedos del pie hacia usted, o apóyese sobre la pierna. Pregunte si algún medicamento puede causarlos; no deje un medicamento recetado por su cuenta. Un análisis puede revisar las sales, el tiroides y el hígado.',
    },
    bakers_cyst_rupture: {
      name: 'Quiste roto detrás de la rodilla (quiste de Baker roto)',
      clinicianName: 'Quiste de Baker (poplíteo) roto (seudotromboflebitis)',
      selfCare:
        'Hágase una ecografía de la pierna hoy: un quiste roto y un coágulo se parecen, y pueden darse a la vez. No se dé masajes en la pantorrilla hasta descartar un coágulo.',
    },
    superficial_thrombophlebitis: {
      name: 'Coágulo en una vena superficial (tromboflebitis superficial)',
      clinicianName: 'Trombosis venosa superficial (tromboflebitis superficial)',
      selfCare:
        'Hágase ver hoy: algunas personas con esto tienen también un coágulo profundo y puede hacer falta una ecografía. Mientras tanto, no se dé masajes en la pierna y siga caminando con suavidad.',
    },
    intermittent_claudication: {
      name: 'Arterias estrechas de la pierna que duelen al caminar (claudicación)',
      clinicianName: 'Claudicación intermitente (enfermedad arterial periférica sin dolor en reposo)',
      selfCare:
        'Siga caminando: caminar hasta que el dolor sea casi máximo, descansar y volver a caminar varias veces por semana aumenta la distancia. Si fuma, dejarlo es lo más importante. Hágase ver el mismo día si el dolor aparece en reposo o el pie se pone frío, pálido o azulado.',
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
    giant_cell_arteritis_signs: {
      reason:
        'Un dolor de cabeza nuevo, el cuero cabelludo dolorido, dolor de mandíbula al masticar o cambios en la vista pueden indicar una arteria inflamada que puede dañar la vista: acuda hoy mismo a urgencias.',
      clinicianReason:
        'Posible arteritis de células gigantes (10–20 % de la polimialgia): valoración el mismo día, VSG/PCR, valorar corticoides antes de la biopsia.',
    },
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
        'La debilidad en las dos piernas puede indicar que los nervios de la columna están muy comprimidos o inflamados.',
      clinicianReason:
        'Debilidad bilateral de las piernas: descartar síndrome de cola de caballo, compresión medular o radicular por una metástasis o un absceso epidural, y síndrome de Guillain-Barré.',
    },
    clot_in_lung_signs_breathless_lying_flat: {
      reason:
        'La hinchazón o el dolor en una pierna junto con falta de aire puede significar que un coágulo ha llegado a los pulmones.',
      clinicianReason:
        'Signos de TVP unilateral con disnea (aunque sea ortopnea): sospecha de embolia pulmonar hasta demostrar lo contrario.',
    },
    breathless_lying_flat_or_gradual: {
      reason:
        'Que le falte cada vez más el aire desde hace días o semanas, o ahogarse al tumbarse, puede ser líquido acumulado porque el corazón no bombea bien: hable hoy con un médico. Si empieza de repente, si le cuesta respirar incluso sentado o tiene dolor en el pecho, llame a una ambulancia.',
      clinicianReason:
        'Disnea progresiva / ortopnea / DPN (con edemas periféricos): sospecha de insuficiencia cardiaca; valoración el mismo día, NT-proBNP, ECG, función renal (NICE NG106: ecocardiograma y especialista en 2 semanas si NT-proBNP > 2.000 ng/L); ingreso si disnea en reposo.',
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
    cancer_back_pain_with_neuro_signs: {
      reason:
        'El dolor de espalda con adormecimiento, debilidad o dolor que baja por la pierna en alguien que ha tenido cáncer puede indicar que la médula está comprimida. Necesita una prueba hoy.',
      clinicianReason:
        'Cáncer previo + dolor raquídeo + síntomas neurológicos: sospecha de compresión medular metastásica; contactar de inmediato, RM de toda la columna en 24 h (CG75, QS56).',
    },
    cancer_with_new_leg_weakness: {
      reason:
        'Una debilidad nueva o creciente de las piernas en alguien que ha tenido cáncer debe revisarse hoy.',
      clinicianReason:
        'Antecedente de cáncer + debilidad o dificultad para caminar: urgencia oncológica hasta descartar compresión medular (CG75).',
    },
    back_pain_fever_with_spinal_risk: {
      reason:
        'El dolor de espalda con fiebre, y la columna dolorosa al tacto, el consumo de drogas inyectadas, las defensas bajas o una infección reciente, puede ser una infección de la columna. Vaya hoy a urgencias.',
      clinicianReason:
        'Dolor de espalda nuevo + fiebre con dolor vertebral a la palpación o un factor de riesgo (drogas por vía parenteral, inmunosupresión, infección reciente): sospecha de osteomielitis vertebral / absceso epidural; hemocultivos, VSG/PCR, RM (IDSA 2015).',
    },
    back_pain_fever_with_neuro_signs: {
      reason:
        'El dolor de espalda con fiebre y adormecimiento, debilidad o cambios al orinar puede ser una infección que comprime la médula. Llame a una ambulancia.',
      clinicianReason:
        'Dolor de espalda + fiebre + déficit neurológico: absceso epidural hasta demostrar lo contrario (IDSA: RM, hemocultivos).',
    },
    back_pain_after_bloodstream_infection: {
      reason:
        'Un dolor de espalda nuevo después de una infección en la sangre, de un gotero o de una válvula del corazón puede ser una infección de la columna, aun sin fiebre. Vaya hoy a urgencias.',
      clinicianReason:
        'Dolor de espalda nuevo tras bacteriemia, infección de catéter o endocarditis: sospecha de osteomielitis vertebral / absceso epidural (IDSA 2015); hemocultivos, VSG/PCR, RM.',
    },
    back_pain_after_bloodstream_infection_with_neuro_signs: {
      reason:
        'El dolor de espalda después de una infección en la sangre, con adormecimiento, debilidad o cambios al orinar nuevos, puede ser una infección que comprime la médula. Llame a una ambulancia.',
      clinicianReason:
        'Dolor de espalda tras bacteriemia + déficit neurológico: absceso epidural hasta demostrar lo contrario (IDSA: RM, hemocultivos).',
    },
    ascending_numbness_or_weakness: {
      reason:
        'Un hormigueo o una debilidad que sube desde los pies, o unas piernas cada día más débiles, deben valorarse hoy en urgencias.',
      clinicianReason:
        'Síntomas sensitivos o debilidad ascendentes que progresan en días: descartar Guillain-Barré y compresión medular.',
    },
    weak_legs_after_infection: {
      reason:
        'Que las dos piernas se debiliten unas semanas después de una gastroenteritis o una infección respiratoria puede indicar que los nervios están inflamados (síndrome de Guillain-Barré). Vaya a urgencias ahora.',
      clinicianReason:
        'Debilidad bilateral de las piernas tras una infección digestiva o respiratoria reciente: descartar síndrome de Guillain-Barré (unos dos tercios siguen a una infección); ENG, LCR, capacidad vital.',
    },
    bulbar_symptoms: {
      reason: 'La dificultad para tragar, hablar o respirar con debilidad necesita una ambulancia ahora.',
      clinicianReason:
        'Síntomas bulbares o respiratorios: riesgo de insuficiencia respiratoria (Guillain-Barré) o ictus; llamar al 112.',
    },
    tense_compartment_after_injury_or_cast: {
      reason:
        'Un músculo tenso, duro e hinchado tras una lesión, una escayola o mucho tiempo inmóvil puede indicar una presión peligrosa dentro de la pierna. Llame a una ambulancia.',
      clinicianReason:
        'Compartimento tenso tras traumatismo, yeso o inmovilización: síndrome compartimental hasta descartarlo; descompresión en 1 h (BOAST).',
    },
    passive_stretch_pain_after_injury_or_cast: {
      reason:
        'El dolor al mover los dedos o el pie tras una lesión, una escayola o mucho tiempo inmóvil puede indicar una presión peligrosa dentro de la pierna. Llame a una ambulancia.',
      clinicianReason:
        'Dolor al estiramiento pasivo tras traumatismo, yeso o inmovilización: signo precoz de síndrome compartimental (BOAST).',
    },
    disproportionate_pain_after_injury_or_cast: {
      reason:
        'Un dolor mucho mayor de lo esperado tras una lesión, una escayola o mucho tiempo inmóvil puede indicar una presión peligrosa dentro de la pierna. Llame a una ambulancia.',
      clinicianReason:
        'Dolor desproporcionado tras traumatismo, yeso o inmovilización: signo precoz de síndrome compartimental (BOAST).',
    },
    disproportionate_pain_with_tense_or_stretch_pain: {
      reason:
        'Un dolor mucho mayor de lo esperado con un músculo tenso e hinchado, o dolor al mover los dedos, puede indicar una presión peligrosa dentro de la pierna, incluso sin lesión. Llame a una ambulancia.',
      clinicianReason:
        'Dolor desproporcionado con compartimento tenso o dolor al estiramiento pasivo: probabilidad de síndrome compartimental en torno al 68% con dos hallazgos (Ulmer); signos precoces BOAST.',
    },
    tight_cast_or_bandage: {
      reason: 'Una escayola o venda que aprieta demasiado debe revisarse y aflojarse hoy.',
      clinicianReason:
        'Yeso o vendaje compresivo: abrir hasta la piel y revisar (BOAST: causa conocida de síndrome compartimental).',
    },
    disproportionate_pain_with_wound_or_infection: {
      reason:
        'Un dolor mucho peor de lo que se ve junto a un corte, una herida o una zona roja, o con fiebre, puede ser una infección profunda que se extiende rápido. Llame a una ambulancia; no conduzca usted.',
      clinicianReason:
        'Dolor desproporcionado con puerta de entrada, eritema o signos sistémicos: infección necrosante de partes blandas hasta descartarla.',
    },
    dusky_skin_or_blisters_with_severe_pain: {
      reason:
        'La piel morada, gris o con ampollas con dolor intenso, enrojecimiento o fiebre puede ser una infección profunda que se extiende rápido. Llame a una ambulancia.',
      clinicianReason:
        'Ampollas / piel oscura o grisácea con dolor, eritema o signos sistémicos: infección necrosante de partes blandas.',
    },
    dusky_skin_or_blisters: {
      reason:
        'La piel que se vuelve morada, gris o con ampollas en una pierna dolorida debe revisarse de inmediato.',
      clinicianReason: 'Ampollas o coloración violácea: descartar infección necrosante e isquemia.',
    },
    hot_swollen_joint: {
      reason:
        'Una articulación caliente, roja e hinchada debe verse hoy: puede ser una infección de la articulación, que hay que descartar.',
      clinicianReason:
        'Monoartritis aguda caliente: artritis séptica hasta demostrar lo contrario; artrocentesis antes de antibióticos (BSR 2006).',
    },
    hot_swollen_joint_with_fever_or_prosthesis: {
      reason:
        'Una articulación caliente e hinchada con fiebre, malestar, una prótesis o las defensas bajas puede ser una infección de la articulación. Vaya ahora a urgencias.',
      clinicianReason:
        'Monoartritis caliente con fiebre, afectación sistémica, prótesis, drogas por vía parenteral o inmunosupresión: sospecha de artritis séptica, derivación inmediata.',
    },
    bone_pain_at_night: {
      reason:
        'Un dolor profundo de hueso que le despierta por la noche debe revisarlo un médico, normalmente con una radiografía.',
      clinicianReason:
        'Dolor óseo persistente o nocturno en reposo: radiografía para descartar tumor óseo (NICE CG27).',
    },
    lump_on_a_bone: {
      reason:
        'Un bulto o una hinchazón sobre un hueso debe revisarlo un médico, normalmente con una radiografía.',
      clinicianReason:
        'Tumefacción ósea sin explicación: radiografía (NG12: radiografía muy urgente de acceso directo en jóvenes; NHS: consultar al médico por un bulto en un hueso).',
    },
    bone_pain_night_after_cancer: {
      reason:
        'El dolor de hueso nocturno en alguien que ha tenido cáncer debe verse hoy: el cáncer puede extenderse al hueso.',
      clinicianReason:
        'Dolor óseo nocturno con antecedente de cáncer: descartar metástasis ósea y fractura patológica inminente.',
    },
    cannot_bear_weight_after_cancer: {
      reason:
        'No poder apoyar la pierna tras haber tenido cáncer puede indicar un hueso debilitado o roto por el cáncer. Vaya ahora a urgencias.',
      clinicianReason:
        'Incapacidad para la carga con antecedente de cáncer: sospecha de fractura patológica, radiografía inmediata (CG27).',
    },
    shingles_rash: {
      reason:
        'Una franja de ampollas en un lado del cuerpo donde la piel quemaba u hormigueaba puede ser herpes zóster (culebrilla): consulte hoy, porque su tratamiento funciona mejor si se empieza en los 3 días siguientes a la erupción.',
      clinicianReason:
        'Erupción vesicular dermatómica unilateral con dolor neuropático: herpes zóster; antivirales en las 72 h desde la erupción (NHS).',
    },
    fall_with_thin_bones: {
      reason:
        'Un dolor nuevo tras una caída o un golpe en alguien con huesos frágiles puede ser un hueso roto, aunque sea pequeño, en la cadera, la pelvis o la columna. Hágase una radiografía hoy.',
      clinicianReason:
        'Osteoporosis con traumatismo de baja energía reciente: sospecha de fractura por fragilidad o insuficiencia (cadera, pelvis, sacro, columna); radiografía inmediata (CG27), TC o RM si es negativa y persiste la sospecha.',
    },
    cannot_bear_weight: {
      reason:
        'No poder apoyar el peso en la pierna puede ser un hueso roto (incluso sin caída si los huesos son frágiles) o una articulación infectada. Que le vean hoy.',
      clinicianReason:
        'Incapacidad para la carga: descartar fractura (traumática, por insuficiencia, patológica) y artritis séptica; radiografía, TC o RM si es negativa y persiste la sospecha.',
    },
    thigh_or_groin_pain_on_bone_medicine: {
      reason:
        'Un dolor en el muslo o la ingle mientras toma un medicamento para fortalecer los huesos puede ser la primera señal de una fisura poco común del fémur, antes de que se rompa. Pida cita con su médico ahora (no espere a su próxima revisión) y pregunte por una radiografía de ambos fémures; si no puede apoyar el peso en la pierna, que le vean ahora.',
      clinicianReason:
        'Dolor en muslo o ingle con bifosfonato o denosumab: sospecha de fractura femoral atípica incompleta (el dolor prodrómico es frecuente y debe estudiarse, S363); radiografía precoz de ambos fémures completos (los cambios contralaterales a menudo progresan, S363; ante sospecha de fractura espontánea, radiografía inmediata, CG27 S348); RM o gammagrafía si es normal y persiste la sospecha (S355).',
    },
    cannot_bear_weight_on_bone_medicine: {
      reason:
        'No poder apoyar el peso en la pierna mientras toma un medicamento para fortalecer los huesos puede significar que el fémur se ha roto. Vaya a urgencias ahora; no intente caminar con esa pierna.',
      clinicianReason:
        'Incapacidad para la carga con bifosfonato o denosumab: sospecha de fractura femoral atípica completa o inminente (S363); radiografía inmediata de ambos fémures (S348) y valoración por traumatología (localización de alto riesgo, S355).',
    },
    bone_tenderness_after_training_increase: {
      reason:
        'Un punto doloroso en un hueso tras aumentar la carrera o el entrenamiento puede ser una fractura por estrés: deje de entrenar y vea a un médico.',
      clinicianReason:
        'Dolor óseo focal tras aumentar el entrenamiento: sospecha de lesión ósea por estrés (radiografía; RM si es negativa).',
    },
    sudden_back_or_belly_pain: {
      reason:
        'Un dolor brusco, fuerte o desgarrador en la espalda o la tripa, sobre todo con una pierna fría o débil, puede indicar que la arteria principal se ha roto. Llame a una ambulancia.',
      clinicianReason:
        'Dolor dorsal o abdominal brusco e intenso: descartar disección aórtica y rotura de aneurisma (NHS: 999; ADD-RS).',
    },
    dark_urine_on_statin: {
      reason:
        'La orina marrón oscura mientras toma una estatina puede indicar destrucción muscular que puede dañar los riñones: pida ayuda médica ahora.',
      clinicianReason:
        'Orina oscura (posible mioglobinuria) en tratamiento con estatinas: descartar rabdomiólisis por estatinas (CK, creatinina, análisis de orina).',
    },
    dark_urine_with_muscle_pain: {
      reason:
        'La orina marrón oscura con dolor muscular, tras un ejercicio intenso o si toma una estatina, puede indicar destrucción muscular que puede dañar los riñones: pida ayuda médica ahora.',
      clinicianReason:
        'Dolor muscular con orina oscura (posible mioglobinuria), tras esfuerzo o con estatinas: descartar rabdomiólisis (CK, creatinina, análisis de orina).',
    },
    burst_cyst_signs_with_calf_signs: {
      reason:
        'Un chasquido detrás de la rodilla con líquido que baja por la pantorrilla, o un moratón en el tobillo tras el dolor de pantorrilla, puede ser un quiste roto, pero un coágulo se ve igual: hágase una ecografía hoy.',
      clinicianReason:
        'Chasquido poplíteo con sensación de líquido hacia la pantorrilla, o equimosis en tobillo / pie sin traumatismo (signo de la media luna): quiste de Baker roto, pero la TVP puede coexistir y parecerse; eco-Doppler en el día.',
    },
    swelling_behind_knee_with_calf_signs: {
      reason:
        'Una hinchazón detrás de la rodilla con la pantorrilla dolorida o hinchada puede ser un quiste roto o un coágulo; solo una ecografía los distingue, así que hágase ver hoy.',
      clinicianReason:
        'Tumefacción poplítea con dolor o edema de pantorrilla: quiste de Baker roto y TVP se parecen y pueden coexistir; eco-Doppler en el día.',
    },
    tender_cord_vein_needs_scan: {
      reason:
        'Una vena dura y dolorida puede ocultar un coágulo más profundo, y su extensión no se puede valorar en casa: hágase ver hoy.',
      clinicianReason:
        'Tromboflebitis superficial: extensión y proximidad a la unión safenofemoral desconocidas por la anamnesis; 10-25 % con TVP/TEP concomitante. Valoración en el día, eco-Doppler si es proximal, ≥5 cm o dudosa (CKS).',
    },
    fever: {
      reason:
        'La fiebre o los escalofríos con dolor de pierna pueden indicar una infección; debe verle un médico hoy.',
      clinicianReason:
        'Fiebre con dolor de pierna o espalda: descartar infección de partes blandas, articular, ósea o vertebral (valoración en el día).',
    },
    systemic_illness: {
      reason:
        'La confusión, el mareo al ponerse de pie, la respiración rápida o los vómitos con dolor de pierna necesitan atención urgente ahora.',
      clinicianReason:
        'Alteración mental nueva, presíncope / hipotensión, taquipnea o vómitos: criterios de alto riesgo de NICE NG51; valoración urgente por sepsis.',
    },
    back_pain_with_fever: {
      reason:
        'El dolor de espalda con fiebre puede ser una infección de la columna, que necesita atención hospitalaria hoy.',
      clinicianReason:
        'Dolor lumbar nuevo con fiebre: sospecha de osteomielitis vertebral / absceso epidural (IDSA 2015): hemocultivos, VSG/PCR, RM.',
    },
    back_pain_with_infection_risk: {
      reason:
        'El dolor de espalda en quien se inyecta drogas o tiene las defensas bajas puede ser una infección de la columna, que necesita atención hospitalaria hoy.',
      clinicianReason:
        'Dolor lumbar con uso de drogas por vía parenteral o inmunosupresión: factores de riesgo de absceso epidural; VSG/PCR, RM.',
    },
    infection_risk_with_fever: {
      reason:
        'La fiebre en quien se inyecta drogas o tiene las defensas bajas puede ser una infección grave y necesita atención hospitalaria ahora.',
      clinicianReason:
        'Fiebre con uso de drogas por vía parenteral o inmunosupresión: descartar infección profunda o sepsis.',
    },
    hot_joint_with_fever: {
      reason:
        'Una articulación hinchada y dolorosa con fiebre puede ser una infección de la articulación, que necesita atención hospitalaria ahora.',
      clinicianReason:
        'Articulación caliente e hinchada con fiebre: artritis séptica mientras no se demuestre lo contrario (BSR 2006).',
    },
    cancer_history_with_weight_loss: {
      reason:
        'El dolor de pierna o de espalda con pérdida de peso en quien ha tenido cáncer debe verlo un médico en menos de un día, por si el cáncer ha vuelto o se ha extendido a un hueso.',
      clinicianReason:
        'Antecedente de cáncer con pérdida de peso y dolor nocturno o en reposo: descartar recidiva y metástasis ósea o vertebral (criterios CG27 y NG12; CG75 si hay dolor vertebral): radiografía / RM y analítica.',
    },
    active_cancer_with_weight_loss: {
      reason:
        'El dolor de pierna o de espalda con pérdida de peso en quien ha tenido cáncer debe verlo un médico en menos de un día, por si el cáncer ha vuelto o se ha extendido a un hueso.',
      clinicianReason:
        'Antecedente de cáncer con pérdida de peso y dolor nocturno o en reposo: descartar recidiva y metástasis ósea o vertebral (criterios CG27 y NG12; CG75 si hay dolor vertebral): radiografía / RM y analítica.',
    },
    cancer_history_with_back_pain: {
      reason:
        'El dolor de espalda en quien ha tenido cáncer debe verlo un médico en menos de un día, por si se ha extendido a la columna.',
      clinicianReason:
        'Dolor lumbar con antecedente de cáncer: sospecha de metástasis vertebrales (NICE CG75).',
    },
    active_cancer_with_back_pain: {
      reason:
        'El dolor de espalda en quien tiene cáncer debe verlo un médico en menos de un día, por si se ha extendido a la columna.',
      clinicianReason: 'Dolor lumbar con cáncer activo: sospecha de metástasis vertebrales (NICE CG75).',
    },
    cancer_history_with_back_pain_and_nerve_symptoms: {
      reason:
        'El dolor de espalda con entumecimiento, debilidad o cambios al orinar en quien ha tenido cáncer puede indicar compresión de la médula: vaya al hospital ahora.',
      clinicianReason:
        'Dolor lumbar, antecedente de cáncer y síntomas neurológicos: sospecha de compresión medular metastásica (NICE CG75).',
    },
    active_cancer_with_back_pain_and_nerve_symptoms: {
      reason:
        'El dolor de espalda con entumecimiento, debilidad o cambios al orinar en quien tiene cáncer puede indicar compresión de la médula: vaya al hospital ahora.',
      clinicianReason:
        'Dolor lumbar, cáncer activo y síntomas neurológicos: sospecha de compresión medular metastásica (NICE CG75).',
    },
    cancer_history_with_spinal_pain_night_lying_and_nerve_symptoms: {
      reason:
        'El dolor de espalda nocturno que no deja dormir, con entumecimiento, debilidad o cambios al orinar, en quien ha tenido cáncer puede indicar compresión de la médula: vaya al hospital ahora.',
      clinicianReason:
        'Dolor raquídeo, antecedente de cáncer y síntomas neurológicos: sospecha de compresión medular metastásica (NICE CG75).',
    },
    cancer_history_with_back_pain_worse_cough_strain_and_nerve_symptoms: {
      reason:
        'El dolor de espalda que empeora al toser o hacer fuerza, con entumecimiento, debilidad o cambios al orinar, en quien ha tenido cáncer puede indicar compresión de la médula: vaya al hospital ahora.',
      clinicianReason:
        'Dolor raquídeo, antecedente de cáncer y síntomas neurológicos: sospecha de compresión medular metastásica (NICE CG75).',
    },
    active_cancer_with_spinal_pain_night_lying_and_nerve_symptoms: {
      reason:
        'El dolor de espalda nocturno que no deja dormir, con entumecimiento, debilidad o cambios al orinar, en quien tiene cáncer puede indicar compresión de la médula: vaya al hospital ahora.',
      clinicianReason:
        'Dolor raquídeo, cáncer activo y síntomas neurológicos: sospecha de compresión medular metastásica (NICE CG75).',
    },
    cancer_history_with_mid_back_band_pain_and_nerve_symptoms: {
      reason:
        'El dolor en la mitad de la espalda o en banda alrededor del tronco, con entumecimiento, debilidad o cambios al orinar, en quien ha tenido cáncer puede indicar compresión de la médula: vaya al hospital ahora.',
      clinicianReason:
        'Dolor dorsal o en banda, antecedente de cáncer y síntomas neurológicos: sospecha de compresión medular metastásica (NICE CG75).',
    },
    active_cancer_with_mid_back_band_pain_and_nerve_symptoms: {
      reason:
        'El dolor en la mitad de la espalda o en banda alrededor del tronco, con entumecimiento, debilidad o cambios al orinar, en quien tiene cáncer puede indicar compresión de la médula: vaya al hospital ahora.',
      clinicianReason:
        'Dolor dorsal o en banda, cáncer activo y síntomas neurológicos: sospecha de compresión medular metastásica (NICE CG75).',
    },
    active_cancer_with_back_pain_worse_cough_strain_and_nerve_symptoms: {
      reason:
        'El dolor de espalda que empeora al toser o hacer fuerza, con entumecimiento, debilidad o cambios al orinar, en quien tiene cáncer puede indicar compresión de la médula: vaya al hospital ahora.',
      clinicianReason:
        'Dolor raquídeo, cáncer activo y síntomas neurológicos: sospecha de compresión medular metastásica (NICE CG75).',
    },
    diabetic_foot_gangrene: {
      reason:
        'La piel negra o muerta en el pie de una persona con diabetes necesita atención hospitalaria ahora.',
      clinicianReason:
        'Pie diabético con gangrena: amenaza para la extremidad (NICE NG19): derivación inmediata a urgencias.',
    },
    diabetic_foot_ulcer_infected_or_ischaemic: {
      reason:
        'Una llaga en el pie de una persona con diabetes, con signos de infección o de mala circulación, necesita atención hospitalaria ahora.',
      clinicianReason:
        'Úlcera de pie diabético con infección o isquemia: amenaza para la extremidad (NICE NG19): derivación inmediata.',
    },
    new_cool_numb_or_weak_limb: {
      reason:
        'Una pierna que en las últimas dos semanas se ha quedado fría y entumecida o débil puede tener la arteria tapada: llame a una ambulancia.',
      clinicianReason:
        'Extremidad fría de inicio reciente (< 2 semanas) con déficit sensitivo o motor: isquemia aguda.',
    },
    warning_sign_history: {
      reason:
        'El dolor nocturno de pierna en quien ha tenido cáncer, tiene las defensas bajas, se inyecta drogas o se ha lesionado la pierna debe verlo un médico.',
      clinicianReason:
        'Dolor nocturno con antecedentes de alarma (cáncer, inmunosupresión, drogas por vía parenteral, traumatismo): no apto para autocuidado.',
    },
  },
  criteria: {
    wells: { name: 'Escala de Wells para trombosis venosa profunda (modificada, 2003)' },
    irlssg: { name: 'Criterios diagnósticos IRLSSG 2012 del síndrome de piernas inquietas' },
    cramps: { name: 'Calambres nocturnos de las piernas (criterios ICSD-3, en esencia)' },
    abi: { name: 'Índice tobillo-brazo (ITB)' },
    clti: { name: 'Isquemia crónica que amenaza la extremidad (AHA/ACC 2016)' },
    fontaine: { name: 'Clasificación de Fontaine' },
    rutherford: { name: 'Clasificación de Rutherford' },
    stenosis: {
      name: 'Estenosis de canal lumbar frente a claudicación vascular: cocientes de verosimilitud',
    },
  },
  criterionWords: {
    likely: 'probable',
    unlikely: 'improbable',
    undetermined: 'indeterminado',
    low: 'baja',
    moderate: 'moderada',
    high: 'alta',
    met: 'cumple los criterios',
    not_met: 'no cumple los criterios',
    unknown: 'sin decidir',
    possible: 'posible',
    probable: 'probable',
  },
  aboutOther: 'Sobre la persona por la que consulta:',
  disclaimer:
    'nightleg es una herramienta de ayuda a la decisión, no un diagnóstico. Indica con qué urgencia buscar atención y qué causas conviene comentar con un médico. No puede explorarle. Si se encuentra muy mal o está preocupado, busque atención médica diga lo que diga.',
};
