/**
 * Spanish word classes and word lists, written without accents: the reader folds "días" and "dias" into
 * one form, so every word here is the accent-less form ("año" is "ano", "pantorrilla" also "pantorilla").
 */
export const wordClasses: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // --- body
    // "de pie" is standing and "a pie" on foot: a bare "pie" needs an article or possessive.
    leg1: 'pierna|pantorrilla|pantorilla|gemelo|muslo|espinilla|canilla|tobillo|el_pie|mi_pie|del_pie|un_pie|al_pie|ese_pie|este_pie|rodilla|chamorro|extremidad',
    legs: 'piernas|pantorrillas|pantorillas|gemelos|muslos|espinillas|canillas|tobillos|pies|rodillas|chamorros|extremidades',
    calf: 'pantorrilla|pantorrillas|pantorilla|pantorillas|gemelo|gemelos|chamorro|chamorros|pantorrila|batata',
    foot: 'el_pie|mi_pie|del_pie|un_pie|al_pie|ese_pie|este_pie|pies|dedo|dedos|dedos_de_los_pies|dedo_gordo|planta|plantas|empeine|empeines|talon|talones|juanete',
    butt: 'nalga|nalgas|gluteo|gluteos|culo|cadera|caderas|muslo|muslos|ingle|trasero|cola|pompa|pompis',
    my: 'mi|mis|la|el|las|los|su|sus|esta|este|una|un|ambas|ambos|tu|tus',

    // --- what it feels like
    pain: 'dolor|dolores|duele|duelen|dolia|dolian|dolio|doler|doliendo|doloroso|dolorosa|dolorosos|dolorosas|molestia|molestias|molesta|molestan|molesto|adolorid*|dolorid*|punzada*|pinchazo*|calambre*|ardor|quemazon|ciatica|sufro|me_mata|me_esta_matando|fatal|horrible',
    numb: 'entumecid*|entumid*|adormecid*|adormilad*|dormida|dormidas|dormido|dormidos|se_me_duerme|se_me_duermen|se_me_duerma|se_me_durmio|se_me_esta_durmiendo|se_me_estan_durmiendo|se_le_esta_durmiendo|se_le_estan_durmiendo|se_me_durmieron|se_me_ha_dormido|adormecimiento|entumecimiento|acorchamiento|hormigueo*|hormiguillo|cosquilleo*|calambrit*|sin_sensibilidad|no_siento|pierdo_sensibilidad|perdida_de_sensibilidad|acorchad*|corcho|insensible|parestesia*|agujas|alfileres|chispitas',
    cramp:
      'calambre|calambres|rampa|rampas|tiron|tirones|contractura|contracturas|espasmo|espasmos|se_me_agarrota|se_agarrota|agarrotad*|se_pone_dura|se_pone_duro|se_me_pone_dura|se_me_pone_duro|se_endurece|dura_como_una_piedra|duro_como_una_piedra|como_una_piedra|se_me_sube_el_gemelo|se_me_montan|se_me_monta|se_me_sube|nudo|nudos|se_encoge|se_me_encoge|se_contrae|se_me_contrae|se_recoge',
    swollen:
      'hinch*|inflamad*|inflamacion|edema|edemas|abultad*|abotagad*|retencion_de_liquidos|retengo_liquidos|mas_gorda|mas_gordo|mas_grande|mas_ancha|mas_ancho|mas_gruesa|mas_gruesa|el_doble|doble_de_grande',
    swollen2: 'hinch*|inflamad*|inflamacion|edema|edemas|abultad*|abotagad*|liquido',
    red: 'roja|rojo|rojas|rojos|rojiza|rojizo|rojizas|enrojecid*|enrojecimiento|colorada|colorado|rosada|encendida|encendido|rojez|rojiez',
    warm: 'caliente|calientes|calor|calentita|calentito|mas_caliente|quema_al_tocar',
    hot: 'caliente|calientes|mas_caliente|ardiendo|calor_al_tocar|quema_al_tocar|calentita',
    cold: 'fria|frio|frias|frios|mas_fria|mas_frio|helad*|congelad*|como_hielo|como_un_hielo|fresquit*|gelida|gelido',
    coldpale:
      '@cold|palid*|blanca|blanco|blancas|blancos|blanquecin*|azul|azules|azulad*|morad*|amoratad*|marmorea|marmoreo|jaspead*|moteada|moteado|gris|grisacea|grisaceo|cianotic*|lividad|livida|amarillenta',
    heavy: 'pesad*|pesadez|pesan|pesa|cansad*|cansancio|plomo|tirantez|tirante|tension',
    weak: 'debil|debiles|debilidad|floja|flojo|flojas|flojos|flojera|sin_fuerza|sin_fuerzas|me_falla|me_fallan|se_dobla|se_me_dobla|no_me_sostiene|no_me_sostienen|no_me_responde|no_me_responden',

    // --- relief and position
    relief:
      'alivia|alivian|aliviaba|alivio|aliviar|se_alivia|se_me_alivia|mejora|mejoran|mejoraba|mejor|se_calma|se_me_calma|se_quita|se_me_quita|se_quitan|se_me_quitan|se_pasa|se_me_pasa|se_pasan|se_va|se_me_va|se_van|desaparece|ayuda|ayudan|me_ayuda|afloja|se_afloja|suelta|se_suelta|cede|remite|funciona|me_funciona|sirve|me_sirve|lo_unico|la_unica|unica_forma|unica_manera|unico_que',
    walk: 'caminar|camino|camina|caminando|caminado|andar|ando|andando|anda|paseo|pasear|paseando|dar_una_vuelta|doy_una_vuelta|dar_vueltas|doy_vueltas|levantarme_y_caminar|levantarme_y_andar|me_levanto_y_camino|me_levanto_y_ando',
    up: 'arriba|en_alto|elevada|elevadas|elevado|elevados|levantada|levantadas|levantado|levantados|en_alto',
    sit: 'sentad*|sentarme|sentarse|sentarte|me_sento|siento_un_rato|me_tengo_que_sentar|tengo_que_sentarme',
    standwalk:
      'de_pie|parad*|caminar|camino|caminando|andar|ando|andando|estar_de_pie|estoy_de_pie|cola|fila',
    lie: 'acostad*|acostar*|tumbad*|tumbar*|echad*|echarme|recostad*|dormir|durmiendo|duermo|cama|estirad*|boca_arriba|en_la_cama|me_acuesto|me_tumbo|me_echo|acuesto',

    // --- severity and time
    sudden:
      'de_repente|derrepente|de_golpe|repentin*|subit*|de_un_momento_a_otro|sin_avisar|sin_previo_aviso|de_la_nada|de_sopeton|bruscamente|brusco|brusca|de_un_dia_para_otro|en_un_momento|de_pronto|inesperad*',
    severe:
      'muy_fuerte|fortisimo|fortisima|insoportable|insoportables|horrible|horribles|terrible|terribles|atroz|tremend*|brutal|inaguantable|intenso|intensa|intensisimo|agudisimo|espantos*|10_de_10|9_de_10|10/10|10_sobre_10|me_muero_de_dolor|muerto_de_dolor|no_aguanto|no_puedo_aguantar|el_peor|lo_peor|peor_dolor|gritar|gritando|llorar|llorando|salta_las_lagrimas|saltan_las_lagrimas',
    num: '#|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|par|par_de|un_par|unos|unas|varios|varias|pocos|pocas|medio|media|algunos|algunas',
    shortdur: 'segundo|segundos|seg|minuto|minutos|min|mins|minutitos|segunditos',
    nightly:
      'todas_las_noches|cada_noche|re_seguido_a_la_noche|muy_seguido_por_la_noche|seguido_por_las_noches|casi_todas_las_noches|la_mayoria_de_las_noches|noche_tras_noche|todas_las_noches_sin_excepcion|cada_dos_por_tres|todas_las_noches_de_la_semana|todos_los_dias_por_la_noche|todas_las_madrugadas|cada_madrugada',
    sleepword:
      'dormir|duermo|dormido|dormida|durmiendo|sueno|despierta|despiertan|despertar|despierto|desperte|despertarme|me_despierta|me_despiertan|me_desvela|me_desvelo|desvelo|desvelada|desvelado|insomnio|agotada|agotado|no_descanso|descansar|descanso|conciliar|en_vela|me_levanto|levantarme|quita_el_sueno|no_pego_ojo|pegar_ojo',
    family:
      'madre|mama|padre|papa|hermano|hermana|hermanos|hermanas|hijo|hija|hijos|hijas|abuela|abuelo|abuelos|tia|tio|tios|prima|primo|primos|padres|familia|familiares|parientes',
  }),
);

/** Plain pain words: a symptom is being described. */
export const painWords = [
  'dolor',
  'dolores',
  'duele',
  'duelen',
  'dolia',
  'dolian',
  'molestia',
  'molestias',
  'molesta',
  'molestan',
];

export const weekdayWords = [
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'sabado',
  'domingo',
  'finde',
];

export const limbSingular: ReadonlySet<string> = new Set([
  'pierna',
  'pantorrilla',
  'pantorilla',
  'gemelo',
  'muslo',
  'pie',
  'tobillo',
  'rodilla',
  'espinilla',
  'canilla',
  'talon',
  'dedo',
  'planta',
  'cadera',
  'nalga',
  'gluteo',
  'extremidad',
  'chamorro',
  'lado',
  'empeine',
]);
export const limbPlural: ReadonlySet<string> = new Set([
  'piernas',
  'pantorrillas',
  'pantorillas',
  'gemelos',
  'muslos',
  'pies',
  'tobillos',
  'rodillas',
  'espinillas',
  'canillas',
  'talones',
  'extremidades',
  'chamorros',
  'lados',
  'nalgas',
  'gluteos',
]);
