import type { SpanishLexiconTable } from './types.js';

const statin =
  'estatina|estatinas|simvastatina|atorvastatina|rosuvastatina|pravastatina|pitavastatina|lovastatina|fluvastatina|zarator|cardyl|crestor|lipitor|zocor|pastilla_del_colesterol|pastillas_del_colesterol|pastilla_para_el_colesterol|pastillas_para_el_colesterol';

/** History, medicines and other causes. */
/** A test for anaemia or iron with a normal result. */
const ironTestNormal =
  'analisis|analitica|prueba|pruebas|miraron|mirado|comprobaron ~~8 anemia|hierro|ferritina ~~8 bien|normal|normales|perfecto|perfecta';

export const history: SpanishLexiconTable = {
  skin_break_or_wound: [
    'corte|cortes|herida|heridas|rasguno|rasgunos|aranazo|aranazos|mordedura|picadura|picadura_de|grieta|grietas|rozadura|rozaduras|ampolla|ampollas|llaga|pie_de_atleta|hongos_entre_los_dedos|me_corte|me_hice_una_herida|me_mordio|me_pico',
  ],
  diabetes: [
    {
      p: 'diabetes|diabetica|diabetico|diabetis|azucar_alta|azucar_alto|el_azucar|la_azucar|glucosa_alta|insulina|metformina|prediabetes|prediabetica|prediabetico',
      notAfter: ['=gestacional'],
    },
  ],
  smoker: [
    'fumo|fumador|fumadora|fumaba|fume|fumar|fumando|cigarros|cigarrillos|cigarro|tabaco|paquete_al_dia|paquetes_al_dia|cajetilla|cajetillas|exfumador|exfumadora|deje_de_fumar',
  ],
  high_blood_pressure: [
    'tension_alta|presion_alta|hipertension|hipertensa|hipertenso|la_tension|la_presion ~~3 alta|pastilla|pastillas|medicacion',
    'tension_alta|presion_alta|hipertension|hipertensa|hipertenso|enalapril|losartan|amlodipino|ramipril|valsartan',
  ],
  known_arterial_disease: [
    'infarto|infartos|ataque_al_corazon|ataque_cardiaco|ictus|derrame|derrame_cerebral|embolia_cerebral|angina|stent|stents|bypass|cateterismo|arterias_tapadas|arterias_obstruidas|arterias_estrechas|mala_circulacion_arterial|arteriosclerosis|aterosclerosis|enfermedad_arterial|arteriopatia|obstruccion_arterial|angioplastia|claudicacion_diagnosticada',
    'arterias ~4 tapadas|obstruidas|estrechas|estrechadas|cerradas|calcificadas|obstruccion',
  ],
  atrial_fibrillation: [
    'fibrilacion_auricular|fibrilacion|arritmia|arritmias|corazon_irregular|latido_irregular|pulso_irregular|sintrom|acenocumarol|anticoagulad*|fa',
  ],
  recent_surgery_or_bedridden: [
    // An operation talked of as a treatment ahead ("¿hay algo aparte de la cirugía?", "¿necesitaría una operación?").
    {
      p: 'operaron|operaron_de|me_operaron|operada|operado|operacion|cirugia|intervencion|intervenida|intervenido|protesis|quirofano|cesarea',
      notAfter: [
        'aparte_de',
        'ademas_de',
        'en_vez_de',
        'en_lugar_de',
        'sin',
        'necesito',
        'necesitaria',
        'necesitare',
        'evitar',
        'opciones',
        'alternativa',
        'alternativas',
        'quiero',
      ],
    },
    'estado_en_cama|estar_en_cama|estuve_en_cama|guardar_cama|guarde_cama',
    'en_cama|encamad*|ingresad*|hospitalizad*|ingreso|sin_levantarme|postrad*|reposo_absoluto ~~6 dias|semana|semanas|tiempo',
    'encamad*|postrad*|reposo_absoluto|ingresad*|hospitalizad*|en_la_cama_sin_moverme',
  ],
  leg_cast_or_paralysis: [
    'escayola|escayolada|escayolado|yeso|enyesada|enyesado|bota_de_yeso|ferula|inmovilizad*|bota_ortopedica|bota_walker',
    'paralizad*|paralisis|hemiplejia|inmovil ~4 pierna|lado|ictus',
    'pierna ~4 paralizad*|inmovil|muerta_desde_el_ictus',
  ],
  recent_long_journey: [
    'vuelo|vuelos|avion|viaje|viajes|viaje_largo|viajado|viaje_en_coche|viaje_en_autobus|viaje_en_bus|viaje_en_tren|volado|vole|volvi_de|volvimos_de|trayecto_largo|muchas_horas_de_coche|muchas_horas_en_el_coche|muchas_horas_de_avion|horas_de_viaje|horas_sentad*_en_el',
    'conduje|conducir|conduciendo|manejado|maneje ~4 horas',
  ],
  previous_dvt: [
    'trombosis|trombo|trombos|coagulo|coagulos|tvp|embolia|tromboembolismo|flebitis_profunda ~~6 antes|anterior|hace|tuve|he_tenido|ya_tuve|otra_vez|previa|previo|en_el_pasado|ano|anos',
    'tuve|he_tenido|ya_tuve|me_dio|me_diagnosticaron ~4 trombosis|trombo|coagulo|tvp|embolia',
    'trombosis_previa|tvp_previa|antecedentes_de_trombosis|antecedente_de_trombosis',
  ],
  active_cancer: [
    'cancer|tumor|tumores|quimio|quimioterapia|radio|radioterapia|oncologo|oncologa|oncologia|metastasis|linfoma|leucemia|mieloma|carcinoma|en_tratamiento_oncologico',
  ],
  cancer_history: [
    'cancer|tumor|tumores|quimio|quimioterapia|radioterapia|oncologo|oncologa|oncologia|metastasis|linfoma|leucemia|mieloma|carcinoma|sarcoma|melanoma|mastectomia',
    'tuve|tuvo|he_tenido|ha_tenido ~2 cancer|un_cancer|un_tumor',
  ],
  immunosuppressed: [
    'inmunodeprimido|inmunodeprimida|inmunosupresion|inmunosupresores|defensas_bajas|defensas_debiles|corticoides|cortisona|prednisona|metotrexato|biologicos|quimio|quimioterapia|trasplante|trasplantado|trasplantada|vih|sida',
  ],
  injects_drugs: [
    'me_inyecto|se_inyecta|se_pincha|me_pincho|inyectarse|pincharse ~2 drogas|heroina',
    'heroina|drogas_inyectadas|drogas_por_vena|adicto_a_la_heroina',
  ],
  pregnant_or_postpartum: [
    'embarazada|embarazo|encinta|prenada',
    'estoy_de ~1 # ~1 semanas|meses',
    'di_a_luz|he_dado_a_luz|parto|pari|recien_parida|postparto|posparto|puerperio|cuarentena|cesarea|mi_bebe_tiene|tuve_a_mi_bebe|acabo_de_tener',
  ],
  kidney_failure_dialysis: [
    'dialisis|hemodialisis|insuficiencia_renal|rinones_mal|rinon_mal|enfermedad_renal|falla_renal|fallo_renal|los_rinones_no|trasplante_renal|nefropatia',
  ],
  iron_deficiency: [
    // "Me miraron la anemia y salió bien": a test with a normal result is no deficiency.
    {
      p: 'anemia|anemica|anemico|hierro_bajo|falta_de_hierro|bajo_de_hierro|baja_de_hierro|ferritina_baja|ferritina|pastillas_de_hierro|hierro',
      notInSentence: ironTestNormal,
    },
    { p: ironTestNormal, state: 'absent' },
  ],
  family_history_rls: [
    '@family ~~8 piernas_inquietas|lo_mismo|igual|tambien_lo_tenia|tambien_lo_tiene|misma_cosa|mismo_problema',
    'piernas_inquietas|lo_mismo|mismo_problema ~~6 @family|de_familia|familiar|hereditario|herencia',
    'es_de_familia|viene_de_familia|hereditario|en_mi_familia|en_la_familia',
  ],
  dehydration_or_heavy_sweating: [
    'deshidratad*|deshidratacion|sudo_mucho|sude_mucho|sudando_mucho|sudo_muchisimo|sudando_muchisimo|bebo_poca_agua|bebo_poco|no_bebo_agua|no_bebo_mucha|calor_extremo|golpe_de_calor|potasio_bajo|magnesio_bajo|sales_bajas|diarrea|diarreas',
    'bajo|baja|bajos|falta_de ~2 potasio|magnesio|sales|sodio',
  ],
  muscle_overuse: [
    'ejercicio|entreno|entrene|entrenamiento|gimnasio|gym|corri|corrido|correr|maraton|caminata|caminatas|senderismo|subi_al_monte|partido|futbol|tenis|padel|bici|bicicleta|esfuerzo|pesas|sentadillas|mudanza|mas_de_lo_normal|mas_de_lo_habitual|paliza',
  ].map((p) => ({ p, notAfter: ['=sin', '=no'] })),
  recent_weight_loss_or_leg_crossing: [
    {
      p: 'adelgace|adelgazado|he_adelgazado|baje_de_peso|he_bajado ~~4 kilos|mucho|peso|rapido',
      notBefore: ['sin'],
    },
    { p: 'perdi|he_perdido|perdido ~3 # ~1 kilos|kg|mucho_peso|peso', notBefore: ['sin'] },
    'operacion_de_estomago|bypass_gastrico|manga_gastrica|cirugia_bariatrica|dieta_estricta',
    'arrodillad*|de_rodillas|en_cuclillas|de_cuclillas|agachad* ~~4 horas|mucho|todo_el_dia|trabajo',
  ],

  // --- medicines
  takes_diuretic: [
    'diuretico|diureticos|pastilla_de_orinar|pastillas_para_orinar|pastilla_para_orinar|pastilla_del_agua|furosemida|seguril|hidroclorotiazida|clortalidona|torasemida|espironolactona|indapamida',
  ],
  takes_oestrogen: [
    'anticonceptivo|anticonceptivos|pildora_anticonceptiva|la_pildora|terapia_hormonal_sustitutiva|ths|estrogeno|estrogenos',
  ],
  takes_bisphosphonate: [
    'alendronato|alendronico|fosamax|risedronato|actonel|ibandronato|ibandronico|bonviva|zoledronico|zoledronato|aclasta|denosumab|prolia|bifosfonato|bifosfonatos|pastilla_para_los_huesos|pastillas_para_los_huesos|pastilla_semanal_de_los_huesos',
  ],
  takes_statin: [
    'estatina|estatinas|simvastatina|atorvastatina|rosuvastatina|pravastatina|pitavastatina|lovastatina|pastilla_del_colesterol|pastillas_del_colesterol|para_el_colesterol',
  ],
  takes_beta_agonist_inhaler: [
    'inhalador|inhaladores|salmeterol|formoterol|symbicort|seretide|foster|relvar|ultibro|spiriva|broncodilatador|puff|puffs|bombita|para_el_asma|para_la_epoc',
  ],
  takes_sedating_antihistamine: [
    'antihistaminico|antihistaminicos|difenhidramina|dormidina|hidroxizina|atarax|clorfenamina|polaramine|doxilamina|biodramina|dimenhidrinato|prometazina|pastilla_para_dormir_de_la_farmacia',
  ],
  takes_antidepressant_or_antipsychotic: [
    'antidepresivo|antidepresivos|sertralina|fluoxetina|paroxetina|escitalopram|citalopram|venlafaxina|duloxetina|mirtazapina|amitriptilina|trazodona|antipsicotico|antipsicoticos|quetiapina|olanzapina|risperidona|haloperidol|aripiprazol|metoclopramida|primperan|litio',
  ],

  // --- other causes
  joint_pain_swelling: [
    'articulacion|articulaciones|rodilla|tobillo|dedo_gordo|juanete ~4 hinchad*|inflamad*|rigid*|tiesa|tieso|roja|caliente',
    'gota|ataque_de_gota|artritis|artrosis_inflamada|derrame_en_la_rodilla|liquido_en_la_rodilla|agua_en_la_rodilla',
    'hinchad*|inflamad* ~3 la_rodilla|el_tobillo|el_dedo_gordo|la_articulacion',
  ],
  morning_stiffness: [
    'rigidez|rigida|rigido|rigidas|entumecid*|tiesa|tieso|agarrotad* ~~6 por_la_manana|por_las_mananas|al_levantarme|al_despertar|de_manana|primera_hora',
    'por_la_manana|por_las_mananas|al_levantarme|al_despertar ~~6 rigidez|rigid*|tiesa|tieso|agarrotad*|me_cuesta_arrancar',
    'rigidez_matutina|rigidez_por_la_manana',
  ],
  bone_lump: [
    'bulto|bultito|bulto_duro|chichon|hinchazon|abultamiento|masa|protuberancia ~4 en|sobre|del ~3 hueso|huesos|tibia|espinilla|femur',
    'bulto_oseo|bulto_en_el_hueso|masa_osea|tumoracion_osea|hueso_abultado|bulto_duro_en_la_espinilla',
  ],
  bony_point_tenderness: [
    'hueso|huesos|espinilla|tibia ~~6 un_punto|punto|sitio_concreto|al_apretar|al_tocar|si_aprieto|duele_al_apretar|sensible',
    'un_punto|punto_concreto|un_sitio_concreto|un_solo_punto ~~6 hueso|al_apretar|al_tocar|si_aprieto',
    'fractura_de_estres|fractura_por_estres|fisura',
  ],
  weight_loss_night_sweats: [
    'sudores_nocturnos|sudo_por_la_noche|sudo_por_las_noches|empapada|empapado|empapo_las_sabanas|sudando_por_las_noches|me_despierto_sudando|me_despierto_empapada|me_despierto_empapado',
    'adelgace|adelgazado|he_adelgazado|perdido_peso|perdi_peso|bajado_de_peso|baje_de_peso|kilos|kg ~~6 sin_querer|sin_hacer_dieta|sin_motivo|sin_razon|sin_buscarlo|sin_hacer_nada',
    'perdida_de_peso_sin|adelgazando_sin_querer|pierdo_peso_sin',
  ],
  recent_leg_injury: [
    {
      p: 'golpe|golpee|me_golpee|me_di_un_golpe|caida|me_cai|caerme|tropece|torcedura|torci|me_torci|esguince|fractura|me_rompi|lesion|lesione|accidente|me_dieron_una_patada|traumatismo|contusion',
      notAfter: ['=de'],
    },
  ],
  // --- look-alikes and must-not-miss history
  prosthetic_joint: [
    'protesis|protesis_de_cadera|protesis_de_rodilla|cadera_artificial|rodilla_artificial|articulacion_artificial|cadera_nueva|rodilla_nueva|cadera_de_titanio|rodilla_de_titanio|artroplastia|protesis_total',
    'me_cambiaron|le_cambiaron|me_han_cambiado|le_han_cambiado|me_sustituyeron|le_sustituyeron ~3 la_cadera|la_rodilla|las_rodillas|las_caderas',
  ],
  osteoporosis: [
    'osteoporosis|osteopenia|huesos_fragiles|huesos_debiles|huesos_de_cristal|descalcificacion|descalcificad*|perdida_de_masa_osea|poca_densidad_osea|densidad_osea_baja|baja_densidad_osea|huesos_porosos',
    'alendronico|acido_alendronico|alendronato|fosamax|risedronato|actonel|ibandronato|bonviva|zoledronico|aclasta|denosumab|prolia|bifosfonato|bifosfonatos|pastilla_de_los_huesos|pastilla_para_los_huesos|pastillas_para_los_huesos|pastillas_de_los_huesos',
  ],
  training_increase: [
    'empece|empezado|empezo|comence|comenzado|acabo_de_empezar|me_he_apuntado|me_apunte ~3 a_correr|a_entrenar|running|a_hacer_running|el_gimnasio|al_gimnasio|crossfit|la_mili|el_ejercito|a_caminar_mucho|a_hacer_deporte|spinning|atletismo|trail|a_hacer_marchas|la_instruccion',
    'aumente|he_aumentado|subi|he_subido|doble|he_doblado|duplique|he_duplicado|incremente|he_incrementado ~3 los_kilometros|kilometros|km|el_kilometraje|el_entrenamiento|los_entrenamientos|la_distancia|las_distancias|la_carga|las_series|el_ritmo|las_salidas|los_dias_de_entreno',
    'preparando|preparandome_para|entrenando_para|entreno_para ~3 maraton|media_maraton|una_media|10k|una_carrera|triatlon|ultra|el_maraton|la_maraton',
    'instruccion_militar|formacion_militar|entrenamiento_militar|la_mili|marchas_militares|marcha_militar|pruebas_fisicas',
    {
      p: 'cambiado|cambie|aumentado|aumente|subido ~3 el_entrenamiento|los_entrenamientos|el_ejercicio|lo_que_corro|la_rutina|el_deporte',
      negatedOnly: true,
    },
    'corro_mas|entreno_mas|corriendo_mas|entrenando_mas|mas_kilometros|mas_entrenamiento|corriendo_todos_los_dias|entreno_todos_los_dias|nuevo_plan_de_entrenamiento|plan_de_entrenamiento_nuevo|empece_a_correr|empezar_a_correr',
  ],
  recent_infection: [
    'diarrea|diarreas|gastroenteritis|gastro|intoxicacion_alimentaria|virus_estomacal|virus_intestinal|vomitos_y_diarrea|descomposicion|me_descompuse|cagalera|salmonela|salmonella|campylobacter|norovirus',
    {
      p: 'infeccion_de_pecho|infeccion_respiratoria|infeccion_de_garganta|dolor_de_garganta|anginas|amigdalitis|faringitis|covid|coronavirus|resfriado_fuerte|catarro_fuerte|un_buen_catarro|catarron|neumonia|pulmonia|bronquitis|infeccion_viral|mononucleosis|infeccion_de_orina|cistitis|infeccion_urinaria|infeccion_de_rinon|pielonefritis',
      notAfter: ['vacuna', 'vacunas', 'vacunado', 'vacunada', 'test', 'prueba'],
      notBefore: ['vacuna', 'vacunado', 'vacunada', 'test', 'prueba', 'pcr', 'antigenos'],
    },
    {
      p: 'gripe|gripa|virus|infeccion',
      notAfter: ['como', 'vacuna', 'vacunado', 'vacunada', 'tipo', 'de'],
      notBefore: [
        'vacuna',
        'en_el_pie',
        'en_la_pierna',
        'en_la_herida',
        'en_el_dedo',
        'en_la_piel',
        'de_piel',
        'en_la_rodilla',
        'en_la_protesis',
        'en_el_hueso',
      ],
      withinSentence:
        'tuve|tengo|he_tenido|pase|pasado|pasando|despues|desde|hace|semana|semanas|reciente|recientemente|acabo_de|saliendo|cogi|pille|agarre|tuvo|ha_tenido|hace_poco',
    },
    'infeccion_reciente|virus_reciente|gripe_reciente',
    {
      p: 'pase|he_pasado|tuve|he_tenido|pille|he_pillado|cogi|he_cogido|agarre|me_contagie|me_dio|estoy_saliendo_de|recuperandome_de|me_recupere_de ~2 una|un|la|el ~1 gripe|gripa|virus|catarro|resfriado|infeccion|bicho|gastro|covid',
      notBefore: [
        'en_el_pie',
        'en_la_pierna',
        'en_la_herida',
        'en_el_dedo',
        'en_la_piel',
        'de_piel',
        'en_la_rodilla',
        'en_la_protesis',
        'en_el_hueso',
      ],
    },
  ],
  thyroid_symptoms: [
    'hipotiroidismo|hipotiroidea|hipotiroideo|tiroides_baja|tiroides_lenta|tiroides_perezosa|tiroides_vaga|problema_de_tiroides|problemas_de_tiroides|problemas_con_la_tiroides|problema_con_el_tiroides|problema_con_la_tiroides|tiroiditis|hashimoto|mixedema',
    // "la tiroides la tengo baja", "el tiroides no me funciona bien".
    'tiroides ~3 baja|bajo|lenta|lento|perezosa|no_funciona_bien|no_me_funciona_bien|funciona_poco|no_funciona_como_debe',
    {
      p: 'siempre_tengo_frio|tengo_frio_siempre|siempre_con_frio|friolera|friolero|no_entro_en_calor|paso_mucho_frio|frio_todo_el_tiempo|siempre_helada|siempre_helado|tengo_frio_todo_el_dia',
      withinSentence: 'peso|kilos|cansad*|agotad*|piel_seca|estrenid*|pelo|lenta|lento',
    },
    'he_ganado|gane|ganado|he_subido|subi|he_cogido|cogido ~2 peso|kilos|kg ~~8 cansad*|agotad*|frio|lenta|lento|piel_seca',
    'engorde|he_engordado|engordado|engordando ~~8 cansad*|agotad*|frio|piel_seca',
    'cansad*|agotad* ~~8 frio|friolera|friolero ~~8 peso|kilos|piel_seca|engord*',
    'piel_seca ~~8 cansad*|agotad*|frio ~~8 peso|kilos|cansad*|frio|engord*',
  ],
  statin_started_recently: [
    `empece|empezado|he_empezado|comence|comenzado|me_pusieron|me_han_puesto|me_recetaron|me_han_recetado|me_mandaron|me_han_mandado|me_cambiaron_a|me_pasaron_a|nueva|nuevo ~3 ${statin}`,
    `${statin} ~~6 subieron|subido|aumentaron|aumentado|doblaron|doblado|duplicaron|mas_dosis|dosis_mas_alta|hace_poco|el_mes_pasado|hace_unas_semanas|hace_un_mes|recientemente|nueva|desde_hace_poco`,
    `subieron|subido|aumentaron|aumentado|doblaron|doblado|duplicaron ~5 ${statin}`,
    `desde_que|despues_de|tras ~3 empece|empezar|tomo|tomar|me_pusieron|me_dieron ~3 ${statin}`,
  ],
  // Symptoms timed to a medicine ("desde que empecé las pastillas de orinar", "después de que me pusieran…").
  began_after_new_medicine: [
    `desde_que|despues_de|despues_de_que|tras|a_las_semanas_de ~3 empece|empezar|empezado|tomo|tomar|me_pusieron|me_pusieran|me_dieron|me_recetaron|me_cambiaron|me_subieron|le_pusieron|le_subieron|cambiaron|subieron ~4 ${statin}|pastilla|pastillas|medicamento|medicamentos|medicacion|medicina|medicinas|diuretico|diureticos|pastilla_de_orinar|pastillas_de_orinar|pastillas_para_orinar|pastilla_para_orinar|pastilla_del_agua|furosemida|seguril|hidroclorotiazida|inhalador|dosis`,
    'empece|empezado|me_pusieron|me_recetaron|me_cambiaron|me_subieron|nueva|nuevo|nuevas|nuevos ~4 pastilla|pastillas|medicamento|medicamentos|medicacion|medicina|diuretico|diureticos|inhalador ~~8 desde_entonces|y_luego|despues|y_ahora|a_las_pocas_semanas|a_los_pocos_dias',
    {
      p: 'nueva|nuevo|nuevas|nuevos|otro|otra ~2 pastilla|pastillas|medicamento|medicamentos|medicacion|medicina|medicinas',
      negatedOnly: true,
    },
    {
      p: 'pastilla|pastillas|medicamento|medicamentos|medicacion|medicina|medicinas ~1 nueva|nuevo|nuevas|nuevos',
      negatedOnly: true,
    },
    { p: 'cambio|cambios|cambiado ~3 pastillas|medicamentos|medicacion|medicinas', negatedOnly: true },
  ],
  // Breathless lying flat or waking breathless: heart failure (S472-S474), not the lumped chest alarm.
  breathless_lying_flat_or_gradual: [
    'ahogo|me_ahogo|se_ahoga|ahoga|falta_de_aire|falta_el_aire|me_falta_el_aire|le_falta_el_aire|no_puedo_respirar|no_puede_respirar|me_cuesta_respirar|le_cuesta_respirar|sin_aire|disnea|sin_aliento ~4 tumbado|tumbada|acostado|acostada|tumbarme|tumbarse|acostarme|acostarse|al_tumbarme|al_tumbarse|al_acostarme|al_acostarse|en_plano|boca_arriba',
    'tumbado|tumbada|acostado|acostada|tumbarme|tumbarse|acostarme|acostarse|al_tumbarme|al_tumbarse|al_acostarme|al_acostarse|en_plano|boca_arriba ~4 ahogo|me_ahogo|se_ahoga|ahoga|falta_de_aire|falta_el_aire|me_falta_el_aire|le_falta_el_aire|no_puedo_respirar|no_puede_respirar|me_cuesta_respirar|le_cuesta_respirar|sin_aire|disnea|sin_aliento',
    'ortopnea|disnea_paroxistica_nocturna',
    'mas|dos|tres|cuatro|varias|2|3|4 ~1 almohadas ~~8 respirar|ahogo|ahoga|aire',
    'me_despierto|se_despierta|despierto|desperte|se_desperto|me_desperte ~4 ahogado|ahogada|ahogandome|ahogandose|sin_aire|jadeando|asfixiado|asfixiada|con_falta_de_aire',
  ],
  // A recent bloodstream infection, the trigger of a spine infection (IDSA, S313).
  recent_bloodstream_infection: [
    'sepsis|septicemia|bacteriemia|infeccion_en_la_sangre|infeccion_de_la_sangre|infeccion_sanguinea|endocarditis|infeccion_de_una_valvula|infeccion_del_cateter|infeccion_de_la_via|via_infectada|cateter_infectado|gotero_infectado|reservorio_infectado',
    'infeccion|bacteria|bacterias ~4 paso|pasado|pasaron|llego|llegado|se_paso|se_extendio ~2 a_la_sangre',
  ],
};

/** Terms the lexicon knows that map to no finding, with the reason (shown to the clinician). */
export const notRelevant: readonly { readonly p: string; readonly note: string }[] = [
  {
    p: 'loratadina|cetirizina|desloratadina|ebastina|bilastina|fexofenadina|rupatadina',
    note: 'non-sedating antihistamine: not linked to restless legs',
  },
  {
    p: 'paracetamol|ibuprofeno|nolotil|metamizol|dipirona|enantyum|naproxeno|aspirina|gelocatil',
    note: 'pain relief: not a finding',
  },
];
