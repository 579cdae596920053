import type { SpanishLexiconTable } from './types.js';

const bedtime =
  'acostarme|acuesto|me_acuesto|acostada|acostado|dormirme|me_duermo|dormir|meterme_en_la_cama|me_meto_en_la_cama|irme_a_la_cama|tumbarme|me_tumbo|echarme|me_echo';
/** The symptom spoils sleep (said anywhere in the text). */
const wakesMe =
  'me_despierta|me_despiertan|me_despertaba|me_despierto|me_desvela|me_desvelo|no_puedo_dormir|no_me_deja_dormir|no_me_dejan_dormir|no_duermo|no_descanso|no_pego_ojo|sin_dormir|agotada|agotado|destrozada|destrozado|reventada|reventado';

const backWords =
  'espalda|columna|lumbar|lumbares|rinones|lumbago|dolor_de_espalda|entre_los_omoplatos|entre_las_paletillas|cintura';
const atNight =
  'noche|noches|por_la_noche|de_noche|acostad*|tumbad*|al_acostarme|al_tumbarme|boca_arriba|en_la_cama|en_horizontal|echad*';
const nightWorse =
  'peor|empeora|empeoran|me_despierta|me_despiertan|me_desvela|no_me_deja_dormir|no_puedo_dormir|no_duermo|no_pego_ojo|insoportable|no_puedo_tumbarme|no_puedo_acostarme|no_aguanto|mas_fuerte|duele_mas';
const onSide =
  'de_lado|sobre_ese_lado|sobre_el_lado|sobre_la_cadera|del_lado_que_duele|del_lado_malo|sobre_esa_cadera|de_ese_lado|sobre_ella|sobre_el_lado_que_duele|de_costado|sobre_el_costado|del_lado_izquierdo|del_lado_derecho|sobre_el_lado_izquierdo|sobre_el_lado_derecho';
const nsaid =
  'ibuprofeno|ibuprofenos|espidifen|dalsy|neobrufen|nurofen|advil|aspirina|naproxeno|antiinflamatorio|antiinflamatorios|antinflamatorio|antinflamatorios|diclofenaco|voltaren|dexketoprofeno|enantyum|ketoprofeno|meloxicam|celecoxib|aines|etoricoxib|arcoxia';

/** No pain in bed or at night ("en la cama bien", "de noche no me duele"): claudication's story. */
const nightPainDenied = [
  {
    p: 'en_la_cama|por_la_noche|de_noche|por_las_noches ~1 estoy_bien|sin_dolor|ni_me_entero|ni_lo_noto',
    state: 'absent',
  },
  {
    p: 'en_la_cama|por_la_noche|de_noche|por_las_noches ~1 no_me_duele|no_me_molesta|no_duele|nunca_me_duele',
    state: 'absent',
  },
  { p: 'no_me_duele|no_me_molesta|nunca_me_duele ~2 en_la_cama|por_la_noche|de_noche', state: 'absent' },
] as const;

/** When it happens, what brings it on, and what eases it. Durations (onset, two weeks) are read by time.ts. */
export const when: SpanishLexiconTable = {
  wakes_after_hour_or_two: [
    `hora|horas|horita|horitas ~4 despues ~3 de ~2 ${bedtime}`,
    'hora_o_dos|un_par_de_horas|una_hora_o_dos|un_par_de_horitas|a_las_dos_horas|a_la_hora|al_rato ~~8 dormid*|acostad*|de_acostarme|de_dormirme|me_despierta',
    'me_despierta|me_despierto|me_despiertan ~~6 hora_o_dos|un_par_de_horas|a_las_dos_horas|a_la_hora|al_rato_de_dormirme|horas_despues',
    'no_nada_mas_acostarme|no_enseguida|no_al_momento ~~6 despierta|despierto',
  ],
  evening_night_worse: [
    {
      p: 'noche|noches|nocturno|nocturna|nocturnos|nocturnas|madrugada|madrugadas|anochecer|a_la_hora_de_dormir|al_irme_a_dormir',
      notAfter: ['=anoche', '=una', '=esa', '=otra', '=esta', '=buenas', '=la_otra'],
      positiveOnly: true,
      negWindow: 3,
    },
    { p: '# ~1 de_la_madrugada|de_la_manana|am', positiveOnly: true },
    'peor|empeora|empeoran|aumenta|mas_fuerte ~3 por_la_noche|por_las_noches|de_noche|en_la_noche|a_la_noche|por_la_tarde|al_atardecer|al_acostarme|en_la_cama',
    { p: 'solo|solamente|nada_mas ~2 por_la_noche|por_las_noches|de_noche|en_la_cama', positiveOnly: true },
    { p: 'de_dia_bien|durante_el_dia_bien|de_dia_nada|de_dia_estoy_bien', positiveOnly: true },
    { p: 'por_la_noche|de_noche|por_las_noches ~2 igual|no_es_peor|no_empeora|lo_mismo', state: 'absent' },
    { p: 'no_es_peor_por_la_noche|no_empeora_por_la_noche|no_de_noche|nunca_de_noche', state: 'absent' },
    ...nightPainDenied,
  ],
  starts_at_rest: [
    {
      p: 'cuando|en_cuanto|nada_mas|al|si|mientras ~2 me_acuesto|me_tumbo|me_echo|me_siento|estoy_sentad*|estoy_acostad*|estoy_tumbad*|estoy_quiet*|descanso|reposo|acostarme|tumbarme|sentarme|echarme|relajo|me_relajo',
      notBefore: [
        'boca_arriba',
        'boca_abajo',
        'de_lado',
        'en_horizontal',
        'se_me_pasa',
        'se_pasa',
        'se_me_quita',
        'se_quita',
        'mejora',
        'alivia',
        'se_calma',
        'se_alivia',
      ],
    },
    {
      p: 'cuando|mientras|si ~2 estoy_en_la_cama|estoy_en_cama|me_meto_en_la_cama|estoy_acostad*|estoy_tumbad*',
      notBefore: ['boca_arriba', 'boca_abajo', 'de_lado'],
    },
    'en_reposo|estando_quiet*|al_estar_quiet*|en_la_cama_quiet*|quiet*_en_la_cama|sin_moverme|cuando_paro|cuando_estoy_parada|al_descansar|descansando|en_el_sofa|viendo_la_tele|viendo_tele|en_el_cine|en_el_avion|en_el_coche_mucho_rato|sentada_mucho_rato|sentado_mucho_rato',
    'sentad*|acostad*|tumbad*|echad* ~2 quiet*|mucho_rato|un_rato|sin_moverme',
    'dolor_en_reposo|duele_en_reposo|incluso_en_reposo|hasta_en_reposo|aun_en_reposo',
    'al_meterme_en_la_cama|al_irme_a_la_cama|nada_mas_acostarme|en_cuanto_me_acuesto|cuando_me_meto_en_la_cama|al_apoyar_la_cabeza_en_la_almohada',
  ],
  episode_seconds_to_minutes: [
    'dura|duran|duraba|duro|durar ~3 @num ~2 @shortdur',
    'dura|duran|duraba ~2 segundos|minutos|un_minuto|unos_minutos|unos_segundos|poco|un_rato',
    '@num ~2 @shortdur ~2 y_se_pasa|y_se_va|y_se_quita|y_luego_se_pasa|como_mucho|maximo|o_asi',
    'unos|un_par_de|pocos|algunos|varios ~1 segundos|minutos|minutitos ~~6 se_pasa|se_va|se_quita|pasa|cede|afloja|suelta|dura',
    'se_pasa|se_va|se_quita|cede|afloja|se_suelta ~3 en|a_los|tras|despues_de ~2 @num ~2 @shortdur',
    'va_y_viene|van_y_vienen|viene_y_va|se_pasa_enseguida|se_pasa_rapido|pocos_segundos|unos_segundos|unos_minutos|un_par_de_minutos',
  ],
  onset_within_two_weeks: [
    {
      p: 'reciente|recien_empezado|acaba_de_empezar|acaba_de_aparecer|empezo_hace_poco|desde_hace_poco|hace_poco|estos_dias|estos_ultimos_dias',
      positiveOnly: true,
      notAfter: ['=de', '=lo'],
    },
  ],
  symptoms_over_two_weeks: [
    {
      p: 'hace_tiempo|desde_hace_tiempo|hace_mucho|hace_mucho_tiempo|mucho_tiempo|desde_siempre|de_toda_la_vida|toda_la_vida|cronico|cronica|de_siempre|hace_anos|desde_hace_anos|hace_meses|desde_hace_meses|hace_semanas|desde_hace_semanas|temporadas|por_epocas|de_hace_tiempo|un_tiempo',
      positiveOnly: true,
    },
  ],
  nightly_sleep_disruption: [
    '@nightly ~~10 @sleepword',
    '@sleepword ~~10 @nightly',
    `${wakesMe} ~~8 @nightly`,
    { p: '@nightly', positiveOnly: true, withinText: wakesMe },
    { p: 'todas_las_noches|cada_noche|casi_todas_las_noches|noche_tras_noche', weak: true },
    {
      p: 'afecta|quita|interrumpe|arruina|estropea|fastidia ~3 sueno|descanso|el_sueno|las_noches',
      weak: true,
    },
    // Sueño perdido por el síntoma, en palabras corrientes ("casi no duermo por el dolor", "no puedo dormir bien",
    // "paso la noche en vela"): dicho junto al síntoma.
    ...[
      'casi|apenas ~1 no ~1 duermo|duerme|dormir|pego_ojo|descanso',
      'apenas|casi_nada ~1 duermo|duerme|dormido|he_dormido|descanso',
      'no ~1 puedo|puede|consigo|logro ~1 dormir ~1 bien|nada|tranquila|tranquilo',
      'no ~1 pego|pega|pegue ~1 ojo',
      'noche|noches|noches_enteras ~1 en_vela|en_blanco',
      'no ~1 duermo|duerme|descanso|descansa ~1 bien|nada',
      'sueno ~2 es|esta ~1 fatal|horrible|malisimo|muy_malo|roto',
    ].map((p) => ({
      p,
      positiveOnly: true as const,
      withinSentence:
        'dolor|dolores|duele|duelen|calambre|calambres|pierna|piernas|pie|pies|rodilla|cadera|hormigueo|ardor|quemazon',
    })),
    {
      p: 'duermo ~2 bien|normal|perfectamente|de_maravilla|del_tiron|toda_la_noche',
      state: 'absent',
      // "No duermo bien": se niega el sueño, no el problema ("no duermo" no es una negación).
      notAfter: ['no', 'casi', 'apenas', 'nunca'],
    },
    ...nightPainDenied,
    { p: 'una_vez ~1 al ~1 mes|ano', state: 'absent' },
    { p: 'una_vez|dos_veces|un_par_de_veces|alguna_vez ~1 a_la|por ~1 semana', state: 'absent' },
    {
      p: 'de_vez_en_cuando|muy_de_vez_en_cuando|rara_vez|alguna_noche|alguna_que_otra_noche',
      state: 'absent',
    },
  ],
  worse_end_of_day_standing: [
    'final_del_dia|fin_del_dia|final_de_la_jornada|al_final_de_la_tarde|acabar_el_dia|termino_de_trabajar|despues_de_trabajar|despues_del_trabajo|al_volver_del_trabajo|al_salir_de_trabajar|tras_la_jornada|por_la_tarde_noche',
    'de_pie|parada|parado ~4 todo_el_dia|muchas_horas|horas|mucho_tiempo|mucho_rato|todo_el_turno|en_el_trabajo',
    'trabajo|trabaja|curro ~3 de_pie|parada|parado',
    'despues_de ~1 estar_de_pie|estar_parada|estar_parado|un_dia_largo|una_jornada',
  ],
  calf_pain_walking_relieved_standing_still: [
    '@walk ~~10 pararme|me_paro|paro|parar|me_detengo|detenerme|quedarme_quiet*|me_quedo_quiet*|descansar ~~8 @relief|se_pasa|se_me_pasa|se_quita|se_me_quita|pasa|minuto|minutos|poco',
    '@walk ~~8 # ~1 metros|cuadras|manzanas|pasos|km ~~10 @calf|@pain|parar|pararme',
    '@calf|@pain ~~8 @walk ~~8 # ~1 metros|cuadras|manzanas|pasos',
    '@calf|@pain|@cramp ~~8 a_los|despues_de|tras ~3 # ~1 metros|cuadras|manzanas|pasos ~~10 parar|pararme|me_paro|me_detengo|quedarme_quiet*|descansar',
    'claudicacion|claudicacion_intermitente|enfermedad_de_los_escaparates|mirar_escaparates|mirando_escaparates|escaparates',
    '@walk ~~8 tengo_que_parar|tengo_que_pararme|me_tengo_que_parar|debo_parar|me_obliga_a_parar|me_obliga_a_pararme',
    { p: '@pain|@calf ~4 al|cuando|si ~2 camino|caminar|ando|andar', weak: true },
  ],
  pain_standing_walking_relieved_sitting: [
    '@standwalk ~~14 tengo_que_sentarme|necesito_sentarme|me_tengo_que_sentar|sentarme|me_siento_y|agacharme|inclinarme|echarme_hacia_adelante|doblarme|apoyarme_en_el_carro|apoyada_en_el_carro|apoyado_en_el_carro',
    '@standwalk ~~14 sentarme|sentandome|sentada|sentado ~3 @relief',
    'sentarme|sentandome|agacharme|inclinarme|inclinandome|doblarme ~~8 @relief ~~12 @standwalk',
    'inclinad*|agachad*|doblad*|apoyad* ~4 carro|carrito|andador|hacia_adelante ~~6 @relief|mejor|aguanto',
    'estenosis|estenosis_de_canal|estenosis_espinal|canal_estrecho|canal_lumbar_estrecho',
    { p: '@pain ~4 al|cuando|si ~2 estar_de_pie|estoy_de_pie|camino|caminar|ando|andar', weak: true },
  ],

  // --- position
  worse_lying_flat: [
    'tumbad*|acostad*|echad*|en_horizontal|plano|plana|boca_arriba|en_la_cama|estirad* ~4 peor|empeora|mas_dolor|duele_mas|es_peor',
    'peor|empeora|duele_mas ~4 tumbad*|acostad*|echad*|en_horizontal|boca_arriba|acostarme|tumbarme',
    'al_acostarme|al_tumbarme|cuando_me_acuesto|cuando_me_tumbo ~~6 peor|empeora|duele_mas|aumenta',
  ],
  worse_leg_raised: [
    '@up|subir|subo|levantar|levanto|elevar|elevo|en_alto|encima_de_almohad* ~~6 peor|empeora|duele_mas|mas_dolor|palidece|blanco|blanca',
    'peor|empeora|duele_mas ~~6 en_alto|levantad*|elevad*|subir_la_pierna|subo_la_pierna|subir_las_piernas|levanto_la_pierna',
  ],
  pressure_at_knee: [
    'cruzo|cruzar|cruzando|cruzadas|cruzada ~3 piernas|pierna',
    'piernas_cruzadas|pierna_cruzada|con_las_piernas_cruzadas',
    'apoyo|apoyar|presion|aprieto ~4 rodilla|lado_de_la_rodilla|la_rodilla_contra',
    'duermo|dormir ~4 de_lado ~4 rodilla|rodillas',
    'arrodillad*|de_rodillas|en_cuclillas|agachad*_mucho',
  ],

  // --- relief
  relief_dangling_leg: [
    'colgar|cuelgo|colgando|colgada|colgado|sacar|saco|dejar_caer|dejo_caer|bajar|bajo|poner_abajo ~4 pierna|piernas|pie|pies|fuera_de_la_cama|por_fuera|por_el_borde|del_borde',
    'pierna|piernas|pie|pies ~4 colgando|colgada|colgado|fuera_de_la_cama|por_fuera_de_la_cama|por_el_borde|hacia_abajo',
    'fuera_de_la_cama|por_el_borde_de_la_cama|del_borde_de_la_cama|al_borde_de_la_cama|sentad*_en_el_borde|duermo_sentad*|dormir_sentad*|en_el_sillon ~~8 @relief|mejor|alivio|dormir|duermo',
    '@relief ~3 si|cuando|al ~2 los_bajo|las_bajo|la_bajo|lo_bajo|bajarlos|bajarlas|bajarla|los_cuelgo|las_cuelgo|la_cuelgo',
    '@relief ~~6 colgando|colgar|cuelgo|fuera_de_la_cama|sentad*_en_el_borde|dormir_en_el_sillon|duermo_en_el_sillon',
  ],
  relief_walking: [
    '@walk|levantarme|me_levanto|ponerme_de_pie|me_pongo_de_pie ~~6 @relief|mejor|alivio|se_pasa|se_me_pasa|se_quita|se_me_quita',
    '@relief ~~6 @walk|levantarme|me_levanto|ponerme_de_pie',
    'tengo_que_levantarme|me_tengo_que_levantar|me_levanto ~2 a|y|para ~1 caminar|andar|dar_una_vuelta|pasear',
  ],
  relief_moving_legs: [
    'mover|muevo|moverlas|moviendolas|moviendo|menear|meneo|patalear|pataleo|sacudir|sacudo|estirar|estiro|estirarlas ~~6 @relief|mejor|alivio|se_pasa|se_me_pasa|se_quita|se_me_quita|calma',
    '@relief ~~6 mover|muevo|moverlas|moviendolas|moviendo|menear|patalear|sacudir|estirar',
    'solo_se_calma_moviendo|solo_si_las_muevo|mientras_las_muevo|mientras_me_muevo|al_moverlas|cuando_las_muevo',
  ],
  relief_stretching_muscle: [
    // "no puedo apoyar el pie" is not bearing weight, not a stretch that eases a cramp.
    {
      p: 'estirar|estiro|estiramiento|estirando|estirarlo|estirarla|tirar|tiro|tirando|jalar|jalo|jalando|flexionar|flexiono|apoyar|apoyo|pisar|piso ~~6 dedos|punta|pie|gemelo|musculo|pantorrilla|talon|suelo|frio',
      notAfter: ['no_puedo', 'no_podia', 'no_pude', 'no_puede', 'ni', 'apenas', 'sin_poder'],
    },
    'dedos|punta_del_pie|pie ~3 hacia_mi|hacia_arriba|hacia_atras|para_arriba|para_atras',
    '@relief ~~6 estirar|estiro|estirando|estiramiento|pisar_el_suelo|apoyar_el_pie',
    'estirar|estiro|estirando|estiramiento ~~6 @relief|se_pasa|se_quita|se_suelta|suelta|afloja|cede',
  ],
  relief_curling_up_or_head_raised: [
    'hecha_un_ovillo|hecho_un_ovillo|en_posicion_fetal|acurrucad*|encogid*|hecha_una_bola|hecho_una_bola|de_lado_encogid*',
    'cabecero|cabecera|almohadas|almohadones|incorporad*|semisentad*|medio_sentad* ~~6 @relief|mejor|alivio|duermo',
    '@relief ~~6 acurrucad*|encogid*|ovillo|posicion_fetal|incorporad*|semisentad*',
  ],
  relief_changing_position: [
    'cambiar|cambio|cambiando|darme_la_vuelta|me_doy_la_vuelta|dar_vueltas|girarme|me_giro ~3 de ~1 postura|posicion|lado ~~6 @relief|mejor|se_pasa|se_me_pasa|se_quita|se_me_quita',
    '@relief ~~6 cambiar_de_postura|cambio_de_postura|cambiar_de_posicion|cambio_de_posicion|me_doy_la_vuelta|cambio_de_lado',
  ],
  relief_leg_elevation: [
    'subir|subo|subirlas|levantar|levanto|levantarlas|elevar|elevo|poner|pongo|con ~3 piernas|pierna|pies|las|la ~3 en_alto|arriba|sobre_almohad*|encima_de_almohad*|elevad*|levantad*|sobre_un_cojin|en_un_cojin ~~8 @relief|mejor|alivio|se_baja|baja|desinflan|deshincha',
    '@relief ~~6 piernas_en_alto|pies_en_alto|pierna_en_alto|levantar_las_piernas|subir_las_piernas|elevar_las_piernas|con_las_piernas_en_alto|con_los_pies_en_alto',
    'piernas_en_alto|pies_en_alto|pierna_en_alto ~~6 @relief|mejor|alivio|se_baja|desinflan|deshincha',
  ],
  pain_unrelieved_by_position: [
    '@pain ~4 no_se_me_quita|no_se_quita|no_se_me_pasa|no_se_pasa|no_mejora|no_cede|no_se_alivia ~3 con_nada|de_ninguna_manera|en_ninguna_postura|en_ninguna_posicion|me_ponga_como_me_ponga|haga_lo_que_haga',
    'no_se_me_quita|no_se_quita|no_se_me_pasa|no_se_pasa|no_se_alivia|no_mejora ~2 con_nada|de_ninguna_manera|en_ninguna_postura|en_ninguna_posicion',
    'nada_me_lo_quita|nada_me_alivia|nada_lo_alivia|nada_me_lo_alivia',
    'ninguna_postura|ninguna_posicion|ninguna_manera|no_hay_postura|no_hay_posicion|no_encuentro_postura|no_encuentro_posicion|me_ponga_como_me_ponga|haga_lo_que_haga|de_cualquier_forma|en_cualquier_postura|en_cualquier_posicion|da_igual_la_postura|da_igual_como_me_ponga|igual_en_cualquier',
    'postura|posicion ~4 no_cambia|da_igual|no_mejora|no_hace_nada|no_ayuda|igual',
  ],

  // --- look-alikes: back, hip and what eases it
  spinal_pain_night_lying: [
    { p: `${backWords} ~~10 ${atNight}`, withinSentence: nightWorse },
    { p: `${atNight} ~~10 ${backWords}`, withinSentence: nightWorse },
    // Plain pain at night or lying down ("me duele la espalda por la noche cuando me acuesto", "dolor en la columna
    // por las noches"), as in English (lookalikes C2: back pain with night or lying, S310).
    `me_duele|me_dolia|dolor_en|dolor_de|me_molesta ~2 la|el|mi ~1 ${backWords} ~4 por_la_noche|por_las_noches|de_noche|al_acostarme|al_tumbarme|cuando_me_acuesto|cuando_me_tumbo|en_la_cama`,
    `no_puedo|no_podia ~2 tumbarme|acostarme|echarme|estar_tumbad*|estar_acostad*|dormir_boca_arriba|ponerme_boca_arriba ~~8 ${backWords}`,
    `duermo|dormir|dormia|tengo_que_dormir ~2 sentad*|en_el_sillon|en_una_silla|en_el_sofa|incorporad* ~~8 ${backWords}`,
  ],
  pain_lying_on_side: [
    `no_puedo|no_podia|me_cuesta|imposible ~3 dormir|acostarme|tumbarme|echarme|estar|apoyarme|dormirme ~2 ${onSide}`,
    {
      p: `acostad*|tumbad*|echad*|dormir|duermo|durmiendo|acostarme|tumbarme|me_acuesto|me_tumbo|me_echo|me_pongo|ponerme|me_giro|me_doy_la_vuelta|girarme ~3 ${onSide} ~~6 @pain|peor|empeora|me_despierta|me_despiertan|insoportable|no_aguanto|duele_mas|me_mata|mas_dolor`,
      notInSentence: '@relief',
    },
    `@pain|peor|empeora|duele_mas|me_despierta ~4 al|cuando|si ~2 acostarme|tumbarme|me_acuesto|me_tumbo|me_pongo|ponerme|me_giro|dormir|duermo|me_echo|echarme ~3 ${onSide}`,
    'no_puedo_dormir_de_lado|no_puedo_acostarme_de_lado|no_puedo_tumbarme_de_lado|no_puedo_dormir_sobre_ese_lado|no_me_puedo_acostar_de_lado|no_me_puedo_tumbar_de_lado|no_me_puedo_echar_de_lado',
  ],
  relief_anti_inflammatory: [
    `${nsaid} ~~8 @relief|me_lo_quita|lo_quita|me_quita_el_dolor|desaparece|mano_de_santo|milagro|me_va_bien|me_va_genial|santo_remedio`,
    `@relief|lo_unico|la_unica ~~6 ${nsaid}`,
    {
      p: `${nsaid} ~~6 no_me_hace_nada|no_hace_nada|ni_me_hace_nada|no_me_sirve|no_sirve|no_me_ayuda|no_ayuda|no_me_funciona|no_funciona|no_me_alivia|no_alivia|no_me_lo_quita|como_si_nada|ni_cosquillas`,
      state: 'absent',
    },
  ],
};
