import type { SpanishLexiconTable } from './types.js';

/**
 * Rasgos de causas que la herramienta no modela (van a `other`): hombros rígidos de la polimialgia (S418),
 * talón en los primeros pasos (S415), la piedrecita del neuroma de Morton (S478), sabañones (S479), rotura
 * de la pantorrilla (S480).
 */
/** La espalda misma (las mismas palabras que `when.ts`). */
const espalda = 'espalda|columna|lumbar|lumbares|rinones|lumbago|dolor_de_espalda|cintura';

export const lookalikes: SpanishLexiconTable = {
  // Dolor de espalda que va a más (el dolor lumbar progresivo de CG75, S301), solo en una frase sobre la espalda.
  back_pain_getting_worse: [
    {
      p: 'cada_vez_peor|cada_vez_mas|va_a_mas|ido_a_mas|empeorando|empeora_cada|peor_cada_semana|peor_cada_dia',
      withinSentence: espalda,
      positiveOnly: true,
    },
  ],
  shoulder_girdle_stiffness: [
    'polimialgia|polimialgia_reumatica',
    'hombros|los_dos_hombros|ambos_hombros ~~10 rigidos|rigidez|duelen|dolor|doloridos|agarrotados',
    'rigidos|rigidez|duelen|dolor|doloridos|agarrotados ~~10 hombros',
    'no_puedo ~2 levantar|subir ~2 los_brazos',
  ],
  heel_pain_first_steps: [
    'fascitis_plantar|espolon',
    'talon|talones ~~10 primeros ~2 pasos',
    'primeros ~2 pasos ~~10 talon|talones',
    'talon|talones ~~8 al_levantarme|por_la_manana|al_despertar',
  ],
  forefoot_pebble_pain: {
    notInSentence: 'talon|talones',
    patterns: [
      'neuroma|neuroma_de_morton|metatarsalgia_de_morton',
      'piedra|piedrecita|piedrita|china|chinita|canica ~4 en|bajo|dentro_de ~2 el|mi|la ~1 zapato|zapatos|calcetin|pie',
      'entre ~4 dedos ~~6 ardor|arde|quema|quemazon|pinchazo|pinchazos|dolor|hormigueo',
      'ardor|arde|quema|quemazon|pinchazo|pinchazos|dolor|hormigueo ~~6 entre ~4 dedos',
    ],
  },
  toes_red_itchy_after_cold: ['sabanon|sabanones|perniosis'],
  calf_pull_during_exertion: [
    'tiron|rotura|desgarro|pedrada ~4 en ~2 la|mi ~1 pantorrilla|gemelo|gemelos',
    'me_di_un_tiron|tiron_en_el_gemelo|rotura_de_fibras|rotura_fibrilar',
    'como_si ~6 patada|pedrada|golpe ~~6 pantorrilla|gemelo|gemelos',
  ],
  // Quiste de Baker roto (S437, S454): el chasquido detrás de la rodilla, el agua que baja por la pantorrilla y
  // el moratón que baja al tobillo (S402; también tras un desgarro del gemelo, S480).
  fluid_trickling_down_calf: [
    'agua|liquido ~3 bajando|bajaba|baja|corria|corriendo|caia|cayendo|chorreando|resbalando|escurriendo ~4 pantorrilla|gemelo|gemelos|pierna',
    'chasquido|crujido|estallido|algo_se_rompio|se_me_rompio|estallo|revento|reventon ~4 detras_de|parte_de_atras_de|corva ~3 rodilla|corva',
    'quiste ~4 roto|se_rompio|se_ha_roto|reventado|revento|estallo',
  ],
  ankle_bruise_without_knock: {
    notInSentence: 'torci|torcedura|esguince|me_cai|caida|tropece|golpe',
    patterns: [
      // Un pie que «se pone morado» o negro es el color de la piel (circulación), no un moratón.
      'moraton|moratones|moreton|moretones|cardenal|cardenales|hematoma ~~6 tobillo|tobillos|pie|talon',
      'tobillo|tobillos|pie ~~6 moraton|moreton|cardenal|hematoma',
    ],
  },
  outer_thigh_numb_patch: [
    'meralgia|meralgia_parestesica',
    'dormida|dormido|ardor|arde|quema|hormigueo|hormiguea ~~6 parte_externa|cara_externa|lado_de_fuera|por_fuera ~3 muslo',
    'parte_externa|cara_externa|por_fuera ~3 muslo ~~6 dormida|dormido|ardor|arde|quema|hormigueo|hormiguea',
  ],
  leg_jerks_in_sleep_seen: [
    'piernas|pierna ~3 sacudidas|sacude|sacuden|patadas|da_patadas|dan_patadas|se_mueven ~~8 dormido|dormida|mientras_duerme|toda_la_noche',
  ],
  mid_back_band_pain: [
    'mitad_de|media|parte_alta_de|alta ~2 la|mi ~1 espalda ~~6 dolor|duele|molesta',
    'dolor|duele ~4 entre_los_omoplatos|entre_las_paletillas|espalda_alta|mitad_de_la_espalda|zona_dorsal',
    'banda|cinturon|faja ~3 de ~2 dolor|ardor ~~6 alrededor_de|por ~3 pecho|costillas|barriga|tripa|cintura|cuerpo',
  ],
};
