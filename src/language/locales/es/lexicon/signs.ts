import type { SpanishLexiconTable } from './types.js';

const joints = 'articulacion|articulaciones|gota|juanete|artritis|dedo_gordo|nudillo';
const same = 'igual|iguales|mismo_tamano|lo_mismo|simetricas|identicas';
const inflamed =
  'roja|rojo|caliente|calientes|dura|duro|tensa|tenso|dolorida|dolorido|brillante|inflamada|inflamado';
const febrile = 'fiebre|fiebres|febril|calentura|temperatura|escalofrios|tiritando|tiritona|destemplad*';
const pallid =
  'palid*|blanca|blanco|blanquecin*|azul|azulad*|morad*|amoratad*|marmore*|jaspead*|moteada|moteado|gris|grisace*|cianotic*';
const icy = 'fria|frio|helad*|congelad*|como_hielo|como_un_hielo|gelid*';

/** Back, belly and chest words for a tearing aorta. */
const trunk =
  'espalda|tripa|barriga|panza|vientre|abdomen|estomago|pecho|omoplatos|paletillas|entre_los_omoplatos|entre_las_paletillas|rinones';
/** Numbness moving up the legs over hours or days. */
const rising =
  'sube|subiendo|ha_subido|va_subiendo|fue_subiendo|se_ha_ido_subiendo|ha_ido_subiendo|avanza|avanzando|ha_avanzado|se_ha_extendido|se_extiende|extendiendose|asciende|ascendiendo|ha_ascendido';
const upper =
  'rodilla|rodillas|muslo|muslos|cintura|caderas|ingle|ingles|manos|brazos|pecho|tobillos|espinillas|pantorrillas|gemelos';
const days =
  'dia_a_dia|cada_dia|de_un_dia_para_otro|desde_ayer|desde_anteayer|en_pocos_dias|en_unos_dias|en_dos_dias|en_tres_dias|en_los_ultimos_dias|estos_ultimos_dias|de_la_noche_a_la_manana|en_cuestion_de_dias|por_dias';
const climb =
  'caminar|andar|subir_escaleras|subir_las_escaleras|subir_la_escalera|levantarme_de_la_silla|levantarme_del_sofa|ponerme_de_pie|levantarse_de_la_silla|ponerse_de_pie';
const since =
  'desde_ayer|desde_anteayer|desde_el_lunes|desde_el_martes|desde_el_miercoles|desde_el_jueves|desde_el_viernes|desde_el_sabado|desde_el_domingo|desde_esta_manana|hoy_ya|ya_hoy|en_dos_dias|en_tres_dias';
const tense =
  'tenso|tensa|tensos|tensas|como_un_tambor|como_tambor|dura_como_una_piedra|duro_como_una_piedra|dura_como_una_roca|duro_como_una_roca|a_punto_de_reventar|a_punto_de_explotar|que_va_a_reventar|que_va_a_explotar|como_si_fuera_a_reventar|como_si_fuera_a_explotar|durisima|durisimo|como_madera|acartonad*|lenosa|lenoso';
const moveVerb =
  'mover|muevo|mueva|mueve|moverlos|moverlo|mueven|me_mueven|me_mueve|doblar|doblo|flexionar|flexiono|estirar|estiro|me_estiran|me_estira|menear|meneo';
const footPart = 'los_dedos|los_deditos|los_dedos_del_pie|el_pie|el_tobillo|dedos|el_dedo';
const cast =
  'escayola|yeso|ferula|venda|vendas|vendaje|vendajes|vendado|vendada|bota_ortopedica|bota_walker|bota_de_yeso|botin_de_yeso|inmovilizacion';
const darkColour =
  'oscura|oscuro|mas_oscura|mas_oscuro|marron|marrones|marron_oscuro|color_cola|como_cola|como_la_cola|coca_cola|cocacola|como_coca_cola|color_te|como_te|como_el_te|color_cafe|como_cafe|como_el_cafe|color_conac|como_conac|color_cerveza_negra|negra|negro|rojiza|rojizo|roja|color_oxido';
const jointWord =
  'rodilla|rodillas|tobillo|tobillos|articulacion|articulaciones|dedo_gordo|juanete|muneca|codo|nudillo|cadera';
const hotRed = 'caliente|calientes|roja|rojo|rojas|enrojecid*|ardiendo|colorad*|inflamad*';
const weightBear =
  'apoyar|apoyarla|apoyarlo|apoyar_el_pie|apoyar_la_pierna|pisar|pisar_con_ella|pisar_con_el|poner_el_pie_en_el_suelo|poner_el_pie|poner_peso|cargar_peso|cargar_el_peso|echar_peso|dar_un_paso|dar_ni_un_paso|dar_un_solo_paso|dar_dos_pasos|mantenerme_en_pie|tenerme_en_pie|sostenerme_en_pie|ponerme_de_pie|caminar_con_ella|andar_con_ella';
const spine =
  'columna|vertebra|vertebras|espina_dorsal|hueso_de_la_espalda|huesos_de_la_espalda|huesito_de_la_espalda|apofisis';
const lump =
  'bulto|bultos|bultito|bultitos|bulto_blando|hinchazon|hinchad*|inflamad*|bola|bolita|pelota|quiste|abultamiento|abultad*|globo|huevo';
const backOfKnee =
  'detras_de_la_rodilla|detras_de_las_rodillas|detras_de_mi_rodilla|parte_de_atras_de_la_rodilla|atras_de_la_rodilla|por_detras_de_la_rodilla|corva|corvas|la_corva|hueco_popliteo';

/** Signs, swelling and the red flags. */
export const signs: SpanishLexiconTable = {
  temporal_arteritis_signs: [
    'mandibula|quijada ~~6 duele|dolor|molesta ~~6 masticar|mastico|comer|como',
    'cuero_cabelludo ~~6 duele|dolorido|sensible|peinarme',
    'sien|sienes ~~6 dolor|duele|punzadas',
    'vision|vista ~~6 borrosa|doble|perdi|nublada',
    'arteritis_temporal|arteritis_de_celulas_gigantes',
  ],
  // --- signs
  cool_limb: [
    {
      p: `@leg1|@legs|@foot ~4 ${icy}|mas_fria|mas_frio`,
      notBefore: ['de_repente', 'derrepente', 'de_golpe'],
    },
    { p: `${icy}|mas_fria|mas_frio ~3 @leg1|@foot`, notAfter: ['agua', 'bolsa', 'compresa', 'hielo'] },
    'mas_fria_que_la_otra|mas_frio_que_el_otro|frialdad|pies_frios|pie_frio|pierna_fria',
    {
      p: `los_tiene|las_tiene|lo_tiene|la_tiene|los_tengo|las_tengo|lo_tengo|la_tengo ~1 ${icy}|frios|frias|helados|heladas`,
      withinSentence: '@leg1|@legs|@foot',
    },
  ],
  skin_shiny_pale_or_bluish_red: [
    `piel ~4 brillante|brillosa|fina|lisa|${pallid}|rojo_amoratado|rojiza_oscura|morada|violacea`,
    `@foot|@leg1 ~4 ${pallid}|brillante|rojo_amoratado|violaceo|violacea|como_de_cera`,
    'rojo_amoratado|rojo_oscuro|color_vino|violaceo|violacea|brillante_y_fina|piel_fina|piel_brillante',
    {
      p: `se_pone|se_ponen|se_le_pone|se_le_ponen|se_me_pone|se_me_ponen|se_vuelve|se_vuelven|se_queda|se_quedan ~3 ${pallid}|rojo_oscuro|roja|rojo`,
      withinSentence: '@leg1|@legs|@foot|lo|los|la|las',
    },
  ],
  hair_loss_leg: [
    'no_me_crece|no_crece|no_le_crece|ya_no_crece|se_me_cayo|perdi|sin ~3 pelo|vello|pelos',
    'pelo|vello|pelos ~4 no_crece|se_cayo|desaparecio|ya_no_sale|no_sale|perdido|perdi',
    'piernas_sin_pelo|pierna_sin_pelo|sin_vello|perdida_de_vello|caida_de_vello',
  ],
  non_healing_sore: [
    'herida|heridas|llaga|llagas|ulcera|ulceras|lesion|lesiones|ampolla|llaguita ~~8 no_cura|no_se_cura|no_cierra|no_se_cierra|no_termina_de_curar|no_acaba_de_curar|no_sana|no_cicatriza|semanas|meses|tarda',
    'ulcera|ulceras|ulcera_varicosa|ulcera_venosa|pie_diabetico|llaga_que_no|herida_que_no',
    'no_cura|no_se_cura|no_cierra|no_cicatriza|no_sana ~~6 herida|llaga|ulcera|dedo|pie|talon',
  ],
  calf_tender_along_veins: [
    '@calf|muslo|ingle|vena|venas ~4 sensible|sensibles|duele_al_tocar|duele_al_apretar|duele_al_presionar|dolor_al_tocar|dolor_al_apretar|me_duele_al_tocar|al_tocarla|al_tocarlo|al_presionar|al_apretar|al_tacto',
    'al_tocar|al_apretar|al_presionar|si_me_toco|si_aprieto|si_la_toco|al_tacto|cuando_toco ~~6 @calf|gemelo|pantorrilla|vena|muslo',
    {
      p: 'duele|dolor|molesta ~2 al_tocarla|al_tocarlo|al_tocar|al_apretar|al_apretarla|si_la_toco|si_lo_toco|si_la_aprieto',
      withinSentence: '@calf',
    },
    'cordon|cordon_duro|vena_dura|vena_endurecida|flebitis|tromboflebitis',
  ],

  // --- swelling and veins
  one_leg_swollen: {
    notInSentence: joints,
    patterns: [
      {
        p: '@leg1 ~4 @swollen2|mas_gorda|mas_gordo|mas_grande|mas_ancha|el_doble|mas_gruesa|mas_grueso',
        notBefore: ['articulacion'],
      },
      { p: '@swollen2|mas_gorda|mas_gordo ~4 @leg1', notBefore: ['articulacion', 'articulaciones'] },
      `@leg1 ~3 ${inflamed} [,|y|e] [${inflamed}] [,|y|e] @swollen2`,
      'una ~2 pierna|pantorrilla|tobillo ~4 @swollen',
      // "La pierna izquierda me duele y está hinchada": the predicate is read in its own clause.
      {
        p: 'esta|estan|la_tengo|la_tiene|lo_tengo|lo_tiene|se_ha|se_me_ha|se_ve|se_nota|la_noto|lo_noto ~2 @swollen2',
        withinSentence: '@leg1',
        notBefore: ['los_tobillos', 'las_dos', 'ambas'],
      },
      'mas_gorda_que_la_otra|mas_gordo_que_el_otro|mas_grande_que_la_otra|mas_hinchada_que_la_otra|mas_hinchado_que_el_otro|mas_ancha_que_la_otra',
      '@swollen2 ~3 una ~1 pierna|pantorrilla|sola_pierna',
      '@leg1|una ~5 mas_grande_que|mas_gorda_que|mas_gordo_que|mas_ancha_que|mas_gruesa_que|el_doble_que|doble_que',
      '@leg1 ~4 izquierda|derecha|izquierdo|derecho ~4 @swollen2|mas_gorda|mas_gordo|mas_grande',
      {
        p: 'piernas_hinchadas|pies_hinchados|@swollen2|hinchazon',
        weak: true,
        notAfter: ['tobillos', 'pies', 'piernas', 'ambas', 'ambos', 'dos'],
        notBefore: ['tobillos', 'pies', 'piernas', 'los_tobillos', 'las_piernas', 'los_pies'],
      },
      { p: `@legs|las_dos_piernas|ambas_piernas ~3 ${same}|estan_igual|se_ven_igual`, state: 'absent' },
      {
        p: 'mismo_tamano|mismo_grosor|las_dos_iguales|ninguna_mas_gorda|ninguna_mas_grande|igual_de_gordas',
        state: 'absent',
      },
    ],
  },
  whole_leg_swollen: [
    'toda|entera|completa|toda_la ~2 pierna ~5 @swollen',
    '@swollen ~5 toda_la_pierna|pierna_entera|pierna_completa',
    'pierna ~~4 @swollen ~2 entera|entero|completa|de_arriba_abajo',
    'pierna_entera|toda_la_pierna ~3 @swollen',
    '@swollen ~~8 desde ~3 pie|tobillo|dedos ~4 hasta ~3 muslo|ingle|cadera|rodilla|arriba',
    'el_doble_de_grande|el_doble_de_gorda|doble_de_tamano|el_doble_que_la_otra',
  ],
  pitting_oedema: [
    'hoyo|hoyito|hoyuelo|hundimiento|marca|marcas|huella|agujero|se_hunde|se_queda_hundido|se_queda_hundida|queda_marcado|queda_marcada|fovea ~~6 dedo|aprieto|apretar|presiono|presionar|hundo|hundir',
    'aprieto|apretar|presiono|presionar|hundo|hundir|apretando ~~6 queda|se_queda|deja ~3 hoyo|hoyito|marca|huella|hundido|hundida|marcado|marcada',
    'fovea|edema_con_fovea|marca_de_los_calcetines|marcas_de_los_calcetines|se_marcan_los_calcetines|me_marcan_los_calcetines',
  ],
  visible_surface_veins: [
    'venas ~~6 nuevas|que_antes_no|que_no_tenia|han_salido|salieron|aparecido|aparecieron|se_marcan_mas|se_notan_mas|que_no_estaban',
    'me_han_salido|han_aparecido|aparecieron|me_salieron ~3 venas',
  ],
  both_ankles_swollen: [
    'tobillos|los_dos_tobillos|ambos_tobillos|pies_y_tobillos|tobillos_y_pies ~4 @swollen|hinchad*|gordos',
    '@swollen2 ~3 tobillos|los_dos_tobillos|ambos_tobillos|las_dos_piernas|los_dos_pies|ambos_pies|pies_y_tobillos',
    'las_dos_piernas|los_dos_pies|mis_piernas|las_piernas|los_pies|ambas_piernas ~3 @swollen2',
    'retencion_de_liquidos|retengo_liquidos|no_me_entran_los_zapatos|los_zapatos_me_aprietan|me_aprietan_los_zapatos|piernas_de_elefante',
    { p: 'piernas_hinchadas|pies_hinchados|tobillos_hinchados|@swollen2', negatedOnly: true },
  ],
  varicose_veins: [
    'varices|varice|variz|varicosas|varicosa|varicosidades|aranas_vasculares|venitas|insuficiencia_venosa',
    'venas ~4 saltonas|hinchadas|abultadas|retorcidas|gordas|marcadas|que_sobresalen|como_cuerdas',
    'operado|operada|operaron|quitaron|esclerosis|escleroterapia ~4 varices|venas',
  ],

  // --- alarm
  // A cramp that comes on suddenly is a cramp: only a stated (not denied) cramp drops the match.
  sudden_severe_pain: [
    { p: '@sudden ~~8 @pain|dolor_fortisimo|dolorazo', notWithStatedInSentence: '@cramp' },
    { p: '@sudden ~~14 @severe', notWithStatedInSentence: '@cramp' },
    { p: '@severe|dolorazo ~~8 @sudden', notWithStatedInSentence: '@cramp' },
  ],
  black_or_dying_skin: [
    'negro|negra|negros|negras|ennegrecid*|gangrena|necrosis|necrotic*|muerta|muerto|seca_y_negra ~4 dedo|dedos|piel|pie|talon|punta|una|unas',
    'dedo|dedos|piel|pie|talon|punta ~4 negro|negra|negros|negras|ennegrecid*|muerta|muerto|gangrena|necros*',
    'gangrena|necrosis|se_esta_poniendo_negro|se_esta_poniendo_negra|se_puso_negro|se_puso_negra',
  ],
  one_leg_warm_red: [
    { p: '@leg1|@foot ~4 @red|@hot|rojiza|rojo_y_caliente|roja_y_caliente', notBefore: ['ambas', 'ambos'] },
    { p: '@red|@hot ~4 @leg1', notAfter: ['agua', 'bolsa', 'ducha', 'bano'] },
    'pierna_roja|pierna_caliente|roja_y_caliente|caliente_y_roja|rojo_y_caliente|caliente_y_rojo',
    {
      p: 'esta|estan|la_tengo|la_tiene|lo_tengo|lo_tiene|se_ha_puesto|se_me_ha_puesto|se_puso|se_pone ~2 @red|@hot',
      withinSentence: '@leg1',
      notBefore: ['las_dos', 'ambas'],
    },
    { p: 'esta|estan ~2 @red ~3 ni|y|e|o ~1 @hot', withinSentence: '@leg1' },
    { p: '@leg1 ~4 color ~2 normal|bien', state: 'absent' },
  ],
  chest_pain_or_breathless: [
    'pecho|torax ~4 @pain|presion|opresion|apretado|aprieta|pinchazo|pinchazos|punzada|punzadas',
    '@pain|presion|opresion|pinchazo|pinchazos ~3 en_el_pecho|de_pecho|en_el_torax|al_respirar|cuando_respiro',
    'ahogo|me_ahogo|ahogandome|asfixia|me_asfixio|falta_de_aire|falta_el_aire|me_falta_el_aire|me_falta_aire|sin_aire|no_puedo_respirar|cuesta_respirar|me_cuesta_respirar|dificultad_para_respirar|fatiga_al_respirar|disnea|sin_aliento|respiro_mal|respirar_mal|me_canso_al_respirar|ahogos|sofoco_al_respirar|falta_de_respiracion|falta_el_aliento|me_quedo_sin_aire|quedo_sin_aire',
    'tos|toso|tosiendo|escupo|escupir|esputo ~3 sangre',
    'sangre_al_toser|tos_con_sangre',
    'desmayo|desmaye|desmayos|me_desmaye|desmayarme|me_mareo_mucho|casi_me_desmayo|perdi_el_conocimiento|perdida_de_conocimiento|sincope|me_caigo_redonda|me_caigo_redondo',
    {
      p: 'corazon|pulso|pulsaciones|palpitaciones ~3 acelerad*|a_mil|muy_rapido|rapidisimo|desbocad*|a_tope|disparad*',
      notWithStatedInSentence: febrile,
    },
    { p: 'taquicardia|palpitaciones', notWithStatedInSentence: febrile },
    {
      p: 'respiro|respirar|respiracion ~2 rapido|rapida|acelerada|agitada',
      notWithStatedInSentence: febrile,
    },
    'embolia_pulmonar|embolia|coagulo_en_el_pulmon|trombo_en_el_pulmon|tromboembolismo_pulmonar|tep',
    { p: 'respiro|respiracion|respirar ~3 bien|normal|sin_problema', state: 'absent' },
  ],
  sudden_cold_pale_leg: [
    `@sudden ~~8 ${icy}|${pallid}`,
    `${icy}|${pallid} ~~8 @sudden`,
    { p: `@leg1|@foot ~4 ${icy} ~2 ni|o|y|e ~2 ${pallid}`, negatedOnly: true },
    { p: `@leg1|@foot ~4 ${icy} ~3 y|e ~2 ${pallid}`, requiresAny: ['onset_within_two_weeks'] },
    { p: `@leg1|@foot ~4 ${pallid} ~3 y|e ~2 ${icy}`, requiresAny: ['onset_within_two_weeks'] },
    `se_me_quedo|se_quedo|se_puso|se_me_puso|se_volvio ~3 ${icy}|${pallid} ~~6 @leg1|@foot`,
    `@leg1|@foot ~~4 se_me_quedo|se_quedo|se_puso|se_me_puso|se_volvio ~3 ${icy}|${pallid}`,
  ],
  saddle_numbness: [
    '@numb|no_siento|sin_sensibilidad ~~6 entrepierna|genitales|genital|zona_genital|ano|culo|trasero|nalgas|perine|perineo|zona_intima|partes_intimas|vagina|pene|al_limpiarme|zona_del_sillin|donde_me_siento',
    'entrepierna|genitales|perine|perineo|zona_intima|partes_intimas|zona_del_sillin|al_limpiarme ~~6 @numb|no_siento|dormida|dormido',
    'anestesia_en_silla_de_montar|silla_de_montar',
    // Lay words for the seat area said first ("el culete lo tengo dormido"), and numbness likened to sitting on
    // something hard ("como cuando llevas mucho rato sentado en un banco duro"): the saddle (seed:L12).
    'culete|pompis|trasero|culo|nalgas|alrededor_del_culo|alrededor_del_ano ~~6 @numb|dormido|dormida|acorchado|acorchada|insensible',
    {
      p: 'como ~~6 sentado|sentada|sentarse ~~6 duro|dura|banco|sillin',
      withinSentence: '@numb|dormido|dormida|acorchado|acorchada',
    },
  ],
  bladder_bowel_change: [
    'no_puedo_orinar|no_puedo_hacer_pis|no_puedo_mear|no_me_sale_la_orina|retencion_de_orina|me_cuesta_orinar|me_cuesta_hacer_pis',
    'se_me_escapa|se_escapa|me_hago|perdida|perdidas|escapes|incontinencia|no_controlo|no_aguanto ~3 pis|orina|la_orina|caca|heces|el_pis|esfinter|esfinteres|vejiga|intestino',
    'orina|pis|caca|heces|vejiga|esfinter|esfinteres ~4 no_controlo|no_puedo_controlar|se_me_escapa|perdida|perdidas|problemas|cambio|cambios',
    'problemas|problema|dificultad|dificultades ~2 para ~1 orinar|hacer_pis|mear|controlar_la_orina|aguantar_el_pis',
    'incontinencia|me_hice_pis_encima|me_orine_encima|me_lo_hice_encima|me_hago_pis_encima',
    // Not feeling the need to go, or an "accident" ("tuve un accidente, ni me di cuenta de que tenía que ir").
    'me_mee|me_he_meado|me_hice_caca|me_he_hecho_caca|me_cague|me_he_cagado|se_me_escapo',
    'no_me_di_cuenta|ni_me_di_cuenta|sin_darme_cuenta|no_note|no_senti ~~6 tenia_que_ir|ganas|hacer_pis|orinar|hacer_caca|ir_al_bano|al_bano',
    'accidente ~~10 no_me_di_cuenta|ni_me_di_cuenta|sin_darme_cuenta|no_note|no_senti|no_llegue|pis|orina|caca|bano',
  ],
  weakness_both_legs: [
    'las_dos_piernas|ambas_piernas|piernas|las_piernas ~4 @weak|no_me_sostienen|no_me_aguantan|se_me_doblan|flojas|debiles|sin_fuerza',
    '@weak ~4 las_dos_piernas|ambas_piernas|en_las_piernas|de_piernas',
    { p: 'tengo_fuerza|fuerza_normal|buena_fuerza|la_fuerza_bien|fuerza_bien', state: 'absent' },
    'no_me_sostienen_las_piernas|se_me_doblan_las_piernas|me_fallan_las_piernas|se_me_van_las_piernas',
  ],
  foot_drop: [
    'arrastro|arrastrar|arrastra|arrastrando ~3 pie|pierna|punta',
    'pie ~4 cae|caido|arrastra|golpea|no_lo_puedo_levantar|no_puedo_levantar|no_levanta|no_se_levanta|plano',
    'no_puedo_levantar|no_puedo_subir|no_levanto ~3 la_punta|el_pie|los_dedos',
    'pie_caido|pie_equino|tropiezo_con_la_punta|me_tropiezo_con_el_pie|tropiezo_mucho',
  ],
  progressive_weakness: [
    'cada_dia|cada_vez|dia_a_dia|por_dias ~3 mas_debil|mas_debiles|mas_floja|mas_flojas|mas_flojo|mas_flojos|menos_fuerza|sin_fuerza',
    '@weak|fuerza ~~8 cada_vez_mas|cada_vez_menos|va_a_mas|empeorando|cada_dia_mas|cada_dia_menos|poco_a_poco|progresivamente|va_en_aumento|peor_cada_dia',
    'cada_vez_mas|cada_vez_menos|cada_dia_mas|poco_a_poco|progresivamente ~~6 @weak|fuerza|flojera|sin_fuerza',
    'pierdo_fuerza|perdiendo_fuerza|perdida_de_fuerza|voy_perdiendo_fuerza|me_estoy_quedando_sin_fuerza',
  ],
  spreading_redness: [
    '@red|mancha|zona|rojez|enrojecimiento|infeccion|celulitis|erisipela|linea|raya ~~8 se_extiende|extendiendo|se_esta_extendiendo|crece|creciendo|se_hace_mas_grande|avanza|avanzando|sube|subiendo|va_a_mas|mas_grande|se_agranda',
    'celulitis|erisipela|linfangitis|raya_roja|lineas_rojas|raya_roja_que_sube',
  ],
  fever: [
    febrile,
    'fiebre|temperatura ~2 de ~1 # ',
    'malestar_general|me_encuentro_mal|me_siento_fatal|me_siento_muy_mal|estoy_muy_malo|estoy_muy_mala|como_gripe|como_una_gripe|sudores_y_escalofrios',
    { p: 'temperatura|fiebre ~2 normal|bien', state: 'absent' },
  ],
  systemic_illness: [
    { p: 'corazon|pulso|pulsaciones ~3 acelerad*|a_mil|muy_rapido|desbocad*', withStatedInSentence: febrile },
    { p: 'taquicardia|palpitaciones', withStatedInSentence: febrile },
    'confus*|desorientad*|atontad*|aturdid*|muy_dormid*|somnolient*|no_se_donde_estoy|no_sabe_donde_esta|dice_cosas_raras|mareo_al_levantarme|me_mareo_al_levantarme|me_mareo_al_ponerme_de_pie',
    'vomit*|devuelvo|devolviendo|devolvi|arcadas|no_retengo_nada|no_tolero_nada',
    'respira|respiro|respiracion ~2 muy_rapido|muy_rapida|agitada|acelerada',
    { p: 'confus*|mareo|mareos|mareada|mareado|vomit*|somnolient*', negatedOnly: true },
  ],
  pain_out_of_proportion: [
    'mucho_mas_de_lo_que|mas_de_lo_que|mas_dolor_del_que|desproporcionad* ~3 parece|se_ve|deberia|aparenta',
    'no_se_ve_nada|no_se_ve_casi_nada|no_tiene_nada|apenas_se_ve|por_fuera_no_se_ve ~~8 @pain|@severe|dolor_horrible|insoportable',
    '@severe|insoportable ~~8 no_se_ve_nada|no_se_ve_casi_nada|no_tiene_nada|apenas_se_ve|por_fuera_no_se_ve',
    'piel ~4 gris|grisacea|ampollas|ampollada|con_ampollas|cruje|crepita|morada_oscura',
    'ampollas|ampollada ~~6 gris|grisacea|morada|oscura|insoportable|@severe',
    'sindrome_compartimental|fascitis|fascitis_necrotizante|carne_podrida',
  ],

  // --- must-not-miss conditions (read when stated, never when denied)
  // A back strained lifting or bending is a mechanical back, not a tearing aorta.
  back_or_belly_pain_sudden: {
    notInSentence:
      'al_levantar|levantando|levantar_peso|cargando|cargar_peso|me_agache|al_agacharme|agachandome|mal_gesto|mal_movimiento|me_dio_un_tiron|lumbago|moviendo_muebles|movi_un_mueble|al_estornudar',
    patterns: [
      `@sudden ~~8 @severe|desgarro|desgarrador|desgarradora|como_un_desgarro|rasgando ~~8 ${trunk}`,
      `@severe|desgarrador|desgarradora ~~6 @sudden ~~8 ${trunk}`,
      `desgarro|desgarrador|desgarradora|desgarrante|como_un_desgarro|como_si_me_desgarraran|como_si_me_rasgaran|como_si_algo_se_rompiera|como_si_se_me_rompiera|como_si_me_partieran|como_si_me_arrancaran ~~8 ${trunk}`,
      `${trunk} ~~6 desgarro|desgarrador|desgarradora|desgarrante|como_un_desgarro|como_si_me_desgarraran|como_si_me_rasgaran|como_si_algo_se_rompiera|como_si_se_me_rompiera|como_si_me_partieran|como_si_me_arrancaran`,
      'diseccion_aortica|diseccion_de_aorta|diseccion_de_la_aorta|aneurisma_roto|rotura_de_aneurisma|rotura_del_aneurisma|se_rompio_el_aneurisma|aneurisma_que_se_rompe',
    ],
  },
  tender_cord_vein: [
    'vena|venas|variz|varice|varices ~~5 dura|duras|duro|endurecid*|como_un_cordon|como_una_cuerda|como_un_cable|como_un_lapiz|nudo|nudos|dolorosa|dolorosas|sensible|sensibles|inflamad*|roja|rojas|caliente|calientes',
    'cordon|cordones|cuerda ~~6 vena|venas|variz|varice|varices',
    'vena|venas|variz|varice|varices ~~12 como_un_cordon|como_una_cuerda|como_un_cable|como_un_lapiz|endurecida|endurecidas|se_ha_endurecido|se_ha_puesto_dura|se_puso_dura|dura_y_roja|roja_y_dura',
    'vena|venas|variz|varice|varices ~~6 cordon|cordones|cuerda',
    'flebitis|tromboflebitis|trombosis_superficial|trombosis_venosa_superficial|coagulo_en_una_variz|coagulo_en_la_variz|coagulo_en_una_vena_superficial|trombo_superficial|varicoflebitis',
  ],
  ascending_numbness: {
    notInSentence:
      'anos|meses|hace_un_ano|el_ano_pasado|toda_la_vida|todas_las_noches|cada_noche|ganas_de_mover|ganas_de_moverlas|necesidad_de_mover',
    patterns: [
      `@numb ~~8 ${rising} ~~6 hasta|ya_por|ya_en|ya_me_llega|me_llega|llega|ahora_en|ahora_por ~3 ${upper}`,
      `@numb ~~8 cada_vez_mas_arriba|cada_dia_mas_arriba|mas_arriba_cada_dia|hacia_arriba_cada_dia`,
      `empezo|empezaron|comenzo|comenzaron|primero|empezo_por|empezo_en ~~4 pies|plantas|dedos_de_los_pies|manos|pies_y_manos|manos_y_pies ~~10 ${rising}|ya_me_llega|me_llega_hasta|ahora_esta_en|ahora_en|ahora_por|ya_esta_en|ya_va_por`,
      {
        p: '@numb ~~6 manos_y_pies|pies_y_manos|dedos_de_manos_y_pies|manos_y_los_pies|pies_y_las_manos',
        requiresAny: ['onset_within_two_weeks'],
      },
      'guillain|guillan|guillain_barre|paralisis_ascendente|debilidad_ascendente|adormecimiento_ascendente|hormigueo_ascendente',
    ],
  },
  weakness_rising_over_days: [
    `@weak|debilidad|mas_debil|mas_debiles|mas_floja|mas_flojo|mas_flojas|mas_flojos ~~6 ${days}`,
    `${days} ~~6 mas_debil|mas_debiles|mas_floja|mas_flojo|mas_flojas|mas_flojos|menos_fuerza|me_cuesta_mas_caminar|me_cuesta_mas_andar|camino_peor|ando_peor|peor_para_caminar`,
    'rapidamente|muy_rapido|a_toda_velocidad|a_pasos_agigantados ~3 mas_debil|mas_debiles|debilitando|perdiendo_fuerza|pierdo_fuerza|mas_flojas|mas_flojos',
    'debilidad|paralisis ~2 rapidamente_progresiva|que_avanza_rapido|que_va_muy_rapido|que_sube_rapido',
    {
      p: `no_puedo|ya_no_puedo|no_pude|no_consigo|me_cuesta|no_puede|ya_no_puede ~3 ${climb} ~~8 ${since}`,
      withinSentence: '@weak|piernas|fuerza|debilidad',
    },
    {
      p: `${since} ~~8 no_puedo|ya_no_puedo|no_pude|no_consigo|me_cuesta|no_puede|ya_no_puede ~3 ${climb}`,
      withinSentence: '@weak|piernas|fuerza|debilidad',
    },
  ],
  swallowing_or_speech_difficulty: {
    notInSentence:
      'dolor_de_garganta|me_duele_la_garganta|garganta_irritada|anginas|amigdalas|faringitis|duele_al_tragar|dolor_al_tragar|pastillas|pastilla|comprimidos|capsulas',
    patterns: [
      {
        p: 'me_cuesta|le_cuesta|cuesta|dificultad|dificultades|problemas|problema|no_puedo|no_puede|no_consigo|no_podia|apenas_puedo|apenas_puede ~3 tragar|tragarme|para_tragar|al_tragar|deglutir|hablar|para_hablar|al_hablar|vocalizar|pronunciar|articular|sacar_las_palabras',
        notBefore: ['de_esto', 'de_ello', 'de_eso', 'del_tema', 'con', 'ingles', 'espanol', 'por_telefono'],
      },
      'atragant*|me_ahogo|se_ahoga|ahogandome ~3 con ~2 saliva|la_saliva|comida|la_comida|agua|el_agua|liquidos|la_bebida|mi_propia_saliva',
      'habla|hablo|voz|palabras|lengua ~3 arrastrad*|pastosa|de_trapo|trabada|trabado|rara|raro|lenta|torpe|gangosa|no_me_salen|no_le_salen',
      'arrastra|arrastro|arrastrando ~2 las_palabras|palabras',
      'no_me_salen_las_palabras|no_le_salen_las_palabras|se_traba_al_hablar|se_me_traba_la_lengua|se_le_traba_la_lengua|lengua_de_trapo|habla_arrastrada|voz_pastosa',
      'cara|boca|labio|comisura|parpado ~4 caida|caido|torcida|torcido|ladeada|paralizada|desviada|se_le_cae|se_me_cae',
      'disfagia|disartria|afectacion_bulbar|sintomas_bulbares',
      {
        p: 'trago|traga|hablo|habla|voz ~2 bien|normal|normalmente|con_normalidad|sin_problema|sin_problemas',
        state: 'absent',
      },
    ],
  },
  tense_swollen_muscle: [
    `${tense} ~~6 @swollen2|hinchazon`,
    `@swollen2|hinchazon ~~6 ${tense}`,
    'sindrome_compartimental|compartimento_tenso|presion_compartimental',
  ],
  pain_moving_toes: [
    `${moveVerb} ~3 ${footPart} ~~8 peor|empeora|duele_mas|mucho_mas_dolor|@severe|me_mata|me_muero|grito|veo_las_estrellas|duele_muchisimo|horrores`,
    `@severe|duele|duelen|dolor|grito|horrores|muchisimo ~3 al|cuando|si ~3 ${moveVerb} ~3 ${footPart}`,
    'dolor_al_estiramiento_pasivo|estiramiento_pasivo_doloroso|dolor_con_el_movimiento_pasivo',
  ],
  long_lie: [
    'desperte|me_desperte|amaneci|me_encontraron|aparecio ~3 en ~1 el ~1 suelo',
    'tumbado|tumbada|tirado|tirada|inconsciente|desmayado|desmayada|dormido|dormida ~~6 horas|toda_la_noche ~~8 suelo|pierna|postura|sin_moverme|sin_poder_moverme',
  ],
  tight_cast_or_bandage: [
    `${cast} ~~6 apretad*|aprieta|aprietan|me_aprieta|muy_justa|muy_justo|oprime|me_oprime|se_clava|se_me_clava|me_corta_la_circulacion|corta_la_circulacion|me_estrangula|estrangula|ajustad*|me_comprime|comprime`,
    `apretad*|aprieta|aprietan|me_aprieta|oprime|me_oprime|demasiado_apretad* ~4 ${cast}`,
  ],
  muscle_aches_both_legs: [
    'me_duelen|duelen|dolor_en|dolor_de|dolores_en ~3 los_musculos|musculos|la_musculatura',
    'musculos|musculatura ~~6 doloridos|adoloridos|molidos|agujetas|me_duelen|duelen|dolor|rigidos|tiesos|cargados|pesados|sensibles|agarrotados',
    {
      p: 'muslos|gemelos|pantorrillas|cuadriceps ~~4 doloridos|doloridas|adoloridos|adoloridas|molidos|molidas|rigidos|rigidas|cargados|cargadas|agarrotados|agarrotadas',
      positiveOnly: true,
    },
    'doloridos|doloridas|adoloridos|adoloridas|molidos|molidas|cargados|cargadas ~2 muslos|gemelos|pantorrillas|musculos',
    'dolor_muscular|dolores_musculares|dolor_de_musculos|dolores_de_musculos|mialgia|mialgias|musculos_doloridos|como_si_hubiera_corrido_una_maraton|como_si_hubiera_corrido_un_maraton|como_despues_de_una_maraton|como_despues_del_gimnasio|como_si_me_hubieran_dado_una_paliza|como_si_me_hubieran_apaleado|como_si_me_hubiera_pasado_un_camion|dolor_como_de_gripe|dolores_como_de_gripe',
  ],
  dark_urine: [
    // "como la coca cola" is the colour of the urine, not a fizzy feeling in the legs: the match covers it.
    'orina|orino|pis|pipi|meo|meado ~~8 como_la_coca_cola|como_coca_cola|como_la_cocacola|como_cocacola|como_la_cola|color_coca_cola|coca_cola|cocacola',
    `orina|orino|pis|pipi|meo|el_pis|la_orina|meado ~~5 ${darkColour}`,
    `oscura|oscuro|mas_oscura|mas_oscuro|marron|marrones|color_cola|color_coca_cola|color_te|color_cafe|color_conac|color_cerveza_negra ~3 orina|pis|pipi`,
    `hago_pis|hago_pipi|meo|orino ~3 ${darkColour}`,
    'mioglobina|mioglobinuria|rabdo|rabdomiolisis',
    { p: 'orina|pis|pipi ~3 normal|bien|clara|clarita|de_color_normal', state: 'absent' },
  ],
  dusky_skin_blisters: {
    notInSentence:
      'moraton|moratones|cardenal|cardenales|un_golpe|del_golpe|me_di_un_golpe|zapato|zapatos|zapatillas|bota|botas|roce|rozadura|rozaduras|me_roza|varices|eczema|eccema|hace_anos|desde_hace_anos|hace_meses|siempre|quemadura|me_queme|sol',
    patterns: [
      'ampollas|ampolla|ampollad*|flictenas|vesiculas ~~8 roja|rojo|rojez|hinchad*|morada|morado|gris|grisacea|oscura|oscuras|insoportable|se_extiende|extendiendo|caliente|infectad*|infeccion|piel|pierna|gemelo|pantorrilla|espinilla|muslo',
      'piel|zona|mancha|rojez ~~6 ampollas|ampollad*|con_ampollas|flictenas',
      'piel|zona|mancha|manchas|rojez ~4 grisacea|grisaceo|gris|negruzca|negruzco|morada_oscura|violacea_oscura',
      {
        p: 'piel|zona|mancha|manchas|rojez ~4 morada|morado|moradas|amoratad*|violacea|violaceo|purpura',
        withinSentence:
          'ampollas|ampolla|hinchad*|insoportable|@severe|se_extiende|extendiendo|caliente|fiebre|roja|rojo|rojez|infeccion',
      },
      {
        p: 'se_ha_puesto|se_puso|se_esta_poniendo|se_ha_vuelto|se_volvio|se_le_ha_puesto|se_me_ha_puesto ~3 morada|morado|gris|grisacea|violacea|amoratada|amoratado',
        withinSentence: 'piel|zona|mancha|rojez|herida',
      },
      'fascitis_necrotizante|bacteria_come_carne|bacteria_carnivora|comecarne',
    ],
  },
  hot_swollen_joint: {
    // "Roja e hinchada hasta la rodilla" gives the extent of a red leg, not a hot joint.
    notInSentence:
      'hasta_la_rodilla|hasta_el_muslo|hasta_la_ingle|hasta_el_tobillo|por_debajo_de_la_rodilla|por_encima_de_la_rodilla|debajo_de_la_rodilla|encima_de_la_rodilla|desde_la_rodilla|desde_el_tobillo|toda_la_pierna|pierna_entera|pantorrilla|pantorrillas|gemelo|gemelos',
    patterns: [
      `${jointWord} ~~6 ${hotRed} ~~5 @swollen2|gorda|gordo|como_un_balon|como_una_pelota`,
      `${jointWord} ~~6 @swollen2|gorda|gordo|como_un_balon|como_una_pelota ~~5 ${hotRed}`,
      `${hotRed} ~3 [y|e|,] hinchad*|inflamad* ~3 la_rodilla|el_tobillo|la_articulacion|el_dedo_gordo|la_cadera|la_muneca|el_codo|las_rodillas|los_tobillos`,
      'artritis_septica|articulacion_infectada|infeccion_en_la_rodilla|infeccion_de_la_rodilla|rodilla_infectada|infeccion_articular|infeccion_en_la_articulacion|rodilla_caliente|tobillo_caliente|articulacion_caliente',
    ],
  },
  unable_to_bear_weight: [
    `no_puedo|no_podia|no_pude|no_puede|no_consigo|ya_no_puedo|imposible|casi_no_puedo|apenas_puedo|no_puedo_ni|ni_siquiera_puedo|no_me_deja ~3 ${weightBear}`,
    'no_apoyo|no_la_puedo_apoyar|no_lo_puedo_apoyar|no_la_apoyo|no_lo_apoyo|no_puedo_pisar|no_puedo_ni_pisar|sin_poder_apoyar|sin_poder_pisar|sin_apoyar_el_pie|no_me_sostiene_la_pierna|la_pierna_no_me_sostiene',
    {
      p: 'puedo_apoyar|puedo_apoyarla|puedo_apoyarlo|puedo_pisar|apoyo_bien|piso_bien|puedo_caminar_con_ella|puedo_caminar_con_el|puedo_andar_con_ella',
      notAfter: ['no', 'ni', 'apenas', 'casi', 'sin'],
      state: 'absent',
    },
  ],
  spinal_tenderness: [
    `${spine} ~~6 al_apretar|al_tocar|al_presionar|si_aprieto|si_me_aprietan|si_me_aprieta|si_me_toca|si_me_tocan|al_tacto|duele_al_tocar|duele_al_apretar|sensible|dolorosa_al_tacto|golpecito|golpecitos|punto_doloroso|doy_un_salto|pego_un_salto|salto_del_dolor`,
    `al_apretar|al_tocar|al_presionar|si_aprieto|si_me_aprietan|si_me_tocan|si_me_toca|al_dar_golpecitos|golpecitos|dando_golpecitos|presionando|apretando ~~6 ${spine}`,
    `punto|zona|sitio ~3 doloroso|dolorosa|sensible ~~4 ${spine}`,
    'dolor_a_la_percusion|percusion_de_la_columna|dolor_a_la_palpacion_de_la_columna|columna_sensible',
  ],
  swelling_behind_knee: [
    `${lump} ~~4 ${backOfKnee}`,
    `${backOfKnee} ~~4 ${lump}|tenso|tensa`,
    'quiste_de_baker|quiste_popliteo|quiste_de_beker|quiste_de_becker|quiste_de_backer|quiste_de_bakers|baker',
  ],
};
