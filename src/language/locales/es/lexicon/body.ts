import type { SpanishLexiconTable } from './types.js';

const hipOutside =
  'parte_externa|parte_de_fuera|lado_de_fuera|lado_externo|cara_externa|por_fuera|costado|lateral';
const stiff = 'rigid*|rigidez|tiesa|tieso|tiesas|tiesos|anquilosad*|oxidad*';

/** Where it hurts and what it feels like. */
export const body: SpanishLexiconTable = {
  // --- where
  pain_feet_toes: [
    '@pain|ardor|arden|quema|queman ~4 @foot',
    '@foot ~4 @pain|arden|queman|me_arden|me_queman',
    '@foot ~~6 me_arden|me_queman|me_duelen|me_duele',
    {
      p: '@foot ~~8 y_me_duele|y_me_duelen|y_duele|y_duelen',
      notBefore: [
        'la_pierna',
        'el_gemelo',
        'la_pantorrilla',
        'la_rodilla',
        'la_espalda',
        'el_muslo',
        'los_gemelos',
        'las_piernas',
        'la_cadera',
      ],
    },
    'me_duele|me_duelen|me_arde|me_arden ~3 @foot',
  ],
  pain_calf: [
    '@pain|@cramp|tension|tirantez|pesadez ~5 @calf',
    '@calf ~5 @pain|hinch*|tenso|tensa|tirante|dura|duro|pesad*',
    { p: '@calf', weak: true },
    {
      p: 'solo|solamente|sobre_todo|mas_que_nada ~2 en_el|en_la|en_los|en_las ~1 @calf',
      withinSentence: '@pain',
    },
  ],
  pain_radiates_down_leg: [
    'baja|bajan|baja_por|recorre|corre|irradia|irradiado|irradiada|se_extiende|se_corre|llega ~6 pierna|piernas|pie|pies|rodilla|talon|gemelo|muslo',
    'desde ~4 espalda|lumbar|cintura|rinon|rinones|cadera|nalga|gluteo|culo ~6 hasta|a|por ~3 pierna|pie|rodilla|talon|dedos|tobillo',
    'ciatica|ciatico|nervio_ciatico|lumbociatica|hernia_discal|hernia_de_disco|pinzamiento|nervio_pinzado|corriente_que_baja|calambrazo_que_baja',
    'por_detras_de_la_pierna|por_el_lado_de_la_pierna|por_la_parte_de_atras ~4 baja|bajando|hasta',
  ],
  pain_buttock_thigh: [
    '@pain|@cramp|pesadez|cansancio ~4 @butt',
    '@butt ~4 @pain',
    { p: 'encima_de_la_rodilla|por_encima_de_la_rodilla', withinSentence: '@pain' },
    {
      p: 'desde ~2 la_nalga|las_nalgas|el_gluteo|la_cadera|el_culo',
      withinSentence: 'baja|bajan|baja_por|recorre|irradia|hasta',
    },
  ],
  back_pain: [
    'dolor|dolores|duele|molestia|molestias|problemas|lesion ~4 espalda|lumbar|lumbares|lumbago|cintura|rinones|columna',
    'espalda|lumbar|cintura|columna ~3 @pain',
    'lumbago|lumbalgia|dolor_lumbar|hernia_discal|hernia_de_disco',
  ],
  bilateral_symptoms: [
    'las_dos_piernas|los_dos_pies|ambas_piernas|ambos_pies|las_dos_pantorrillas|los_dos_gemelos|ambos_lados|los_dos_lados|ambas_extremidades|en_las_dos|en_ambas|en_los_dos|en_ambos',
    {
      p: 'una_sola_pierna|solo_una_pierna|solo_en_una|solamente_una|en_una_sola|solo_un_pie|solo_la_izquierda|solo_la_derecha|solo_el_izquierdo|solo_el_derecho|solo_de_un_lado|de_un_solo_lado',
      state: 'absent',
    },
  ],
  numbness_top_of_foot_outer_shin: [
    '@numb|@pain ~4 empeine|dorso_del_pie|parte_de_arriba_del_pie|encima_del_pie',
    '@numb ~5 parte_de_fuera|lado_de_fuera|parte_externa|cara_externa|lado_externo ~3 pierna|espinilla|canilla',
    'empeine|dorso_del_pie ~4 @numb|dormido|dormida',
  ],
  stocking_numbness_both_feet: [
    'como_si_llevara|como_si_tuviera|como_unos|como_con|como_calcetines|como_medias|como_un_calcetin|en_calcetin|tipo_calcetin|forma_de_calcetin ~3 calcetines|medias|calcetin|guantes|calcetas',
    '@numb|ardor|arden|queman ~4 los_dos_pies|ambos_pies|las_plantas|plantas_de_los_pies',
    'los_dos_pies|ambos_pies|las_plantas_de_los_pies|mis_pies ~4 @numb|dormidos|ardor|arden|queman',
    'neuropatia|neuropatia_diabetica|polineuropatia',
    'pies ~3 dormidos|entumecidos|adormecidos|acorchados|insensibles|como_de_corcho',
  ],

  // --- character
  burning_pain: [
    'ardor|arde|arden|ardiendo|ardian|quema|queman|quemazon|quemando|escozor|como_fuego|fuego|brasas|me_abrasa|abrasa|como_si_me_quemara|como_quemado|urente|picor_quemante',
    { p: 'quema|quemadura ~2 al_tocar', state: 'absent' },
  ],
  deep_aching_pain: [
    'dolor_sordo|dolor_profundo|sordo|profundo|constante|continuo|continuado|persistente|que_no_para|punzante_constante|machacon|me_taladra|taladrando|roe|me_roe|late|me_late|latido|latidos|pulsatil',
    { p: 'dolor|duele ~3 todo_el_dia|toda_la_noche|siempre', weak: true },
  ],
  sharp_shooting_pain: [
    'punzada|punzadas|punzante|pinchazo|pinchazos|corrientazo|corrientazos|calambrazo|descarga|descargas|descarga_electrica|como_electricidad|corriente|electrico|electrica|latigazo|latigazos|como_un_rayo|como_cuchillo|cuchillada|cuchilladas|navajazo|agudo|aguda|como_agujas_clavadas|me_clavan|clavado|clavo',
  ],
  numbness_tingling: [
    { p: '@numb', notBefore: ['por_dentro', 'dentro'] },
    { p: 'sensibilidad_normal|siento_bien|noto_bien', state: 'absent' },
  ],
  sudden_muscle_contraction: {
    notInSentence: ['no_es_un_calambre|no_es_calambre|no_es_como_un_calambre|no_parece_un_calambre'],
    patterns: [
      '@cramp',
      'musculo|gemelo|pantorrilla ~4 se_pone_duro|se_pone_dura|se_me_pone_duro|se_me_pone_dura|se_contrae|se_agarrota|se_encoge|se_sube|se_monta|se_hace_una_bola|como_una_piedra|hecho_una_piedra',
    ],
  },
  muscle_sore_afterwards: [
    'despues|luego|al_dia_siguiente|el_resto_del_dia|horas_despues|durante_horas|todo_el_dia|queda|me_queda|se_queda ~~6 dolorid*|adolorid*|agujetas|resentid*|molido|molida|como_golpeado|como_golpeada|sensible|tocad*|con_dolor|como_un_moraton|magullad*',
    'agujetas|como_agujetas|queda_resentido|queda_resentida|queda_dolorido|queda_dolorida|me_deja_dolorido|me_deja_dolorida|me_deja_molido',
  ],
  urge_to_move_legs: [
    'necesidad|necesito|ganas|impulso|urgencia|tengo_que|no_puedo_dejar_de|no_puedo_parar_de|me_obliga_a ~4 mover|moverlas|moverla|menear|patalear|estirar|sacudir|agitar',
    'piernas_inquietas|pierna_inquieta|sindrome_de_piernas_inquietas|inquietas|inquietud|no_puedo_estar_quiet*|no_paro_quiet*|no_las_puedo_tener_quietas|no_puedo_tenerlas_quietas|no_se_estan_quietas|no_se_quedan_quietas|inquieta',
    'mover|muevo|menear|meneo|patalear|pataleo ~~6 sin_parar|todo_el_rato|constantemente|todo_el_tiempo|no_puedo_evitar',
    {
      p: 'ganas|necesidad|sensacion ~4 de_moverlas|de_mover|tener_que_moverlas|de_moverme',
      negatedOnly: true,
    },
    'no_se_me_estan_quietas|no_se_estan_quietas|no_estan_quietas|no_se_me_quedan_quietas|no_se_quedan_quietas',
  ],
  creeping_crawling_sensation: [
    'hormigas|bichos|gusanos|bichitos|insectos|algo ~2 camina|caminando|corriendo|trepando|reptando|sube|subiendo|me_recorre',
    'cosquilleo|hormigueo|picor|pican|pica|picazon|corriente ~2 por_dentro',
    'por_dentro ~3 hormigueo|cosquilleo|corriente|burbujas|gaseosa|efervescente',
    'como ~2 hormigas|gaseosa|burbujas|chispas|electricidad_por_dentro|coca_cola|agua_con_gas',
    'sensacion_rara|sensaciones_raras|cosa_rara|algo_raro|desagradable_por_dentro|inquietud_por_dentro|tirantez_por_dentro|tiran_por_dentro|tironcitos',
    'reptar|reptando|trepando|hormiguean|cosquillean',
  ],
  heavy_tired_legs: [
    '@legs|@leg1 ~4 pesad*|pesan|pesa|cansad*|de_plomo|como_plomo|piedras|tirantes|cargad*|pesadez|cansancio',
    'pesadez|cansancio|piernas_cansadas|piernas_pesadas|pesadez_de_piernas|piernas_de_plomo|sensacion_de_peso',
    { p: 'pesadez|pesad*|cansad*', weak: true },
    { p: 'solo|solamente ~1 cansada|cansadas|cansado|pesada|pesadas', withinSentence: '@leg1|@legs' },
  ],
  bedclothes_hurt_feet: [
    'sabana|sabanas|manta|mantas|colcha|edredon|cobija|cobijas|frazada|sabanitas|ropa_de_cama ~~8 @pain|roce|rozar|roza|tocar|toca|no_soporto|no_aguanto|molesta|molestan|duele|duelen|insoportable',
    '@pain|no_soporto|no_aguanto|molesta|molestan ~~6 sabana|sabanas|manta|mantas|colcha|edredon|cobija|cobijas|frazada',
    'hasta_el_roce|ni_el_roce|el_mas_minimo_roce|cualquier_roce|ni_tocarlo|ni_que_me_toquen|no_soporto_que_me_toquen',
  ],

  // --- look-alikes: joints, bones and the whole body
  pain_knee: [
    {
      p: 'rodilla|rodillas|rotula|rotulas ~4 @pain|rigid*|se_bloquea|bloqueada|se_me_va|me_falla|me_fallan|se_dobla|se_me_dobla',
      notAfter: ['encima', 'debajo', 'hasta', 'bajo', 'desde', 'protesis', 'operado', 'operada'],
    },
    {
      p: '@pain ~3 en|de|alrededor_de|detras_de ~2 la|las|mi|mis|ambas|su ~1 rodilla|rodillas|rotula|rotulas',
      notBefore: ['protesis', 'operacion', 'hacia_abajo', 'para_abajo'],
    },
    'me_duele_la_rodilla|me_duelen_las_rodillas|le_duele_la_rodilla|le_duelen_las_rodillas|duele_la_rodilla|duelen_las_rodillas|dolor_de_rodilla|dolor_de_rodillas|rodilla_mala|rodillas_malas|artrosis_de_rodilla|artrosis_en_la_rodilla|artrosis_en_las_rodillas|artrosis_de_rodillas|gonartrosis|gonalgia|rodilla_dolorida|rodillas_doloridas',
  ],
  pain_hip_groin: {
    // "por fuera de la cadera" is the trochanter (pain_outer_hip), not the joint in the groin.
    notInSentence: `${hipOutside} ~3 cadera|caderas`,
    patterns: [
      {
        p: 'cadera|caderas|ingle|ingles ~4 @pain|rigid*|se_bloquea',
        notAfter: ['desde', 'hasta', 'protesis', 'externa', 'fuera', 'lado', 'a_la', 'por_la'],
        notBefore: ['hasta', 'hacia_abajo', 'para_abajo', 'baja', 'bajando', 'protesis'],
      },
      {
        p: '@pain ~3 en|de ~3 cadera|caderas|ingle|ingles',
        notBefore: ['hasta', 'hacia_abajo', 'para_abajo', 'baja', 'bajando', 'protesis', 'operacion'],
      },
      'me_duele_la_cadera|le_duele_la_cadera|me_duelen_las_caderas|dolor_de_cadera|dolor_en_la_cadera|dolor_en_la_ingle|dolor_de_ingle|dolor_inguinal|coxartrosis|artrosis_de_cadera|artrosis_en_la_cadera|cadera_mala|cadera_dolorida|dentro_de_la_cadera|profundo_en_la_cadera|en_lo_profundo_de_la_cadera',
    ],
  },
  pain_shin: [
    { p: 'espinilla|espinillas|canilla|canillas ~4 @pain', notAfter: ['dormida', 'dormidas', 'hormigueo'] },
    '@pain ~3 en|de|a_lo_largo_de ~2 la|las|mi|mis|ambas|su ~1 espinilla|espinillas|canilla|canillas',
    'periostitis_tibial|dolor_de_espinilla|dolor_en_la_espinilla|dolor_en_las_espinillas|me_duele_la_espinilla|me_duelen_las_espinillas',
  ],
  pain_heel: [
    '@pain ~3 en|de|debajo_del ~2 el|los|mi|mis|ambos|su ~1 talon|talones',
    'talon|talones ~4 @pain',
    'fascitis_plantar|espolon_calcaneo|espolon_en_el_talon|me_duele_el_talon|me_duelen_los_talones|dolor_de_talon|talalgia',
  ],
  pain_outer_hip: [
    `${hipOutside} ~3 de|del ~2 la|mi|las|mis ~1 cadera|caderas`,
    'cadera|caderas ~3 por_fuera|parte_externa|lado_de_fuera|cara_externa|por_el_lado|por_el_costado',
    'hueso_que_sobresale|hueso_que_sale|huesito_que_sobresale|saliente ~4 cadera|caderas',
    'bursitis ~3 cadera|caderas|trocanter|trocanterea',
    'trocanter|trocanterea|trocanteritis|tendinitis_del_gluteo|tendinopatia_glutea|sindrome_del_trocanter',
  ],
  widespread_pain: [
    '@pain|duele|duelen ~4 todo_el_cuerpo|por_todo_el_cuerpo|por_todas_partes|en_todas_partes|de_pies_a_cabeza|de_la_cabeza_a_los_pies|todas_las_articulaciones|todos_los_musculos|por_todos_lados|en_todos_lados|todos_los_huesos',
    {
      p: 'me_duele_todo|le_duele_todo|duele_todo|me_duele_todito',
      notBefore: [
        'el_dia',
        'el_rato',
        'la_noche',
        'el_tiempo',
        'la_pierna',
        'el_pie',
        'el_gemelo',
        'el_muslo',
        'el_lado',
        'la_semana',
      ],
    },
    'todo_el_cuerpo|por_todas_partes|por_todos_lados ~3 @pain|me_duele|duele|duelen|dolorido|dolorida|adolorido|adolorida|molido|molida',
    'fibromialgia|fibro',
    'brazos ~~6 piernas|espalda|cuello ~~6 @pain',
    '@pain ~3 brazos|hombros|cuello ~~6 piernas|espalda',
  ],
  bone_pain_night: {
    notInSentence:
      'densitometria|densidad_osea|gammagrafia|medula_osea|caldo_de_huesos|hasta_los_huesos|calado_hasta_los_huesos|hueso_con_hueso|en_los_huesos_de_frio',
    patterns: [
      'hueso|huesos|tibia|femur|hueso_de_la_espinilla|hueso_del_muslo|hueso_de_la_pierna ~~8 noche|noches|por_la_noche|de_noche|me_despierta|me_despiertan|me_desvela|en_reposo|en_la_cama|quieto|quieta|no_me_deja_dormir|no_puedo_dormir',
      'noche|noches|por_la_noche|de_noche|me_despierta|me_despiertan|me_desvela ~~8 hueso|huesos|en_el_hueso|del_hueso|tibia|femur',
    ],
  },
  back_pain_worse_cough_strain: [
    {
      p: 'peor|empeora|duele|duele_mas|me_mata|me_da|pincha|latigazo|calambrazo|@pain ~~6 al|cuando|si ~2 toso|toser|tosa|estornudo|estornudar|estornude|estornuda|hago_fuerza|hacer_fuerza|pujo|pujar|empujo|me_rio|reirme|rio|voy_al_bano|hacer_de_vientre|hago_de_vientre|hacer_caca|hago_caca|evacuar',
      withinSentence: 'espalda|columna|lumbar|lumbares|lumbago|cintura|rinones',
    },
    {
      p: 'tos|toser|toso|estornudo|estornudos|estornudar|hacer_fuerza|hago_fuerza|pujar|pujo ~~6 peor|empeora|duele_mas|me_mata|latigazo|calambrazo|pinchazo|se_dispara|se_agudiza|veo_las_estrellas',
      withinSentence: 'espalda|columna|lumbar|lumbares|lumbago|cintura|rinones',
      notBefore: ['jarabe', 'pastillas'],
    },
  ],
  joint_stiffness_after_rest: [
    `${stiff} ~4 despues_de|tras|al ~3 estar_sentad*|sentad*|estar_quiet*|descansar|reposo|estar_parad*|conducir|un_rato_sentad*|estar_en_el_coche|ver_la_tele|un_rato|un_tiempo`,
    {
      p: 'se_suelta|se_me_suelta|se_sueltan|se_afloja|se_aflojan|entra_en_calor|se_calienta|se_me_pasa|se_pasa|se_quita|se_me_quita ~~6 a_los|al_rato|en_unos|en_cuanto|despues_de|pocos_minutos|minutos|al_caminar|al_moverme|andando|caminando|arranco|me_pongo_en_marcha|echo_a_andar|al_andar',
      withinSentence: stiff,
    },
    `${stiff} ~4 levantarme|ponerme_de_pie|me_levanto|me_pongo_de_pie|al_levantarme ~3 de ~2 la_silla|una_silla|el_sofa|del_sofa|el_coche|del_coche|el_asiento`,
    `${stiff} ~~8 unos_minutos|pocos_minutos|media_hora|#_minutos|diez_minutos|quince_minutos|veinte_minutos|un_par_de_minutos|un_ratito`,
  ],
  joint_grinding: [
    'rodilla|rodillas|cadera|caderas|articulacion|articulaciones|rotula ~~6 cruje|crujen|crujido|crujidos|cruji*|chasquea|chasquean|chasquido|chasquidos|hace_ruido|hacen_ruido|ruidos|ruidito|ruiditos|rechina|rechinan|raspa|raspan|chirria|chirrian|suena|suenan|crepita|crepitan|crepitacion|truena|truenan|como_arena',
    'cruje|crujen|crujido|crujidos|chasquido|chasquidos|chasquea|rechina|rechinan|raspa|crepita|crepitacion|truenan|truena ~~6 rodilla|rodillas|cadera|caderas|articulacion|articulaciones|rotula',
    'crepitacion|crepitaciones|me_crujen_las_rodillas|me_truenan_las_rodillas|hueso_con_hueso',
  ],
  unrefreshing_sleep_fatigue: [
    'me_despierto|me_levanto|despierto|amanezco|me_levanto_por_la_manana ~4 cansad*|agotad*|reventad*|molid*|hecho_polvo|hecha_polvo|como_si_no_hubiera_dormido|sin_descansar|mas_cansad*|igual_de_cansad*|destrozad*|sin_energia',
    'siempre_cansad*|cansad*_siempre|siempre_agotad*|agotad*_siempre|cansad*_todo_el_dia|agotad*_todo_el_dia|cansad*_todo_el_tiempo|agotad*_todo_el_tiempo|cansad*_a_todas_horas|cansancio_cronico|fatiga_cronica|fatiga_constante|cansancio_constante|agotamiento_constante|agotamiento_cronico|sueno_no_reparador|sueno_poco_reparador|no_me_levanto_descansad*|nunca_me_levanto_descansad*|no_me_despierto_descansad*|nunca_me_despierto_descansad*|nunca_descanso|sin_energia_para_nada',
  ],
};
