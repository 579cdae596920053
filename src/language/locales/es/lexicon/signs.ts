import type { SpanishLexiconTable } from './types.js';

const joints = 'articulacion|articulaciones|gota|juanete|artritis|dedo_gordo|nudillo';
const same = 'igual|iguales|mismo_tamano|lo_mismo|simetricas|identicas';
const inflamed =
  'roja|rojo|caliente|calientes|dura|duro|tensa|tenso|dolorida|dolorido|brillante|inflamada|inflamado';
const febrile = 'fiebre|fiebres|febril|calentura|temperatura|escalofrios|tiritando|tiritona|destemplad*';
const pallid =
  'palid*|blanca|blanco|blanquecin*|azul|azulad*|morad*|amoratad*|marmore*|jaspead*|moteada|moteado|gris|grisace*|cianotic*';
const icy = 'fria|frio|helad*|congelad*|como_hielo|como_un_hielo|gelid*';

/** Signs, swelling and the red flags. */
export const signs: SpanishLexiconTable = {
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
  ],
  bladder_bowel_change: [
    'no_puedo_orinar|no_puedo_hacer_pis|no_puedo_mear|no_me_sale_la_orina|retencion_de_orina|me_cuesta_orinar|me_cuesta_hacer_pis',
    'se_me_escapa|se_escapa|me_hago|perdida|perdidas|escapes|incontinencia|no_controlo|no_aguanto ~3 pis|orina|la_orina|caca|heces|el_pis|esfinter|esfinteres|vejiga|intestino',
    'orina|pis|caca|heces|vejiga|esfinter|esfinteres ~4 no_controlo|no_puedo_controlar|se_me_escapa|perdida|perdidas|problemas|cambio|cambios',
    'problemas|problema|dificultad|dificultades ~2 para ~1 orinar|hacer_pis|mear|controlar_la_orina|aguantar_el_pis',
    'incontinencia|me_hice_pis_encima|me_orine_encima|me_lo_hice_encima|me_hago_pis_encima',
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
};
