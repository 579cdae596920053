/** Spanish (Spain and Latin America), written with or without accents. */
import type { Locale } from '../../locale.js';
import type { MatchToken } from '../../pattern.js';
import type { Side } from '../../types.js';
import { lexicon, notRelevant } from './lexicon/index.js';
import { findTimesEs } from './time.js';
import { limbPlural, limbSingular, painWords, weekdayWords, wordClasses } from './words.js';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Negation, hedge and "not a cue" patterns. Longest cue wins; "none" blocks the words it covers. */
const cuePatterns: Locale['cuePatterns'] = [
  [
    'none',
    'sin_fuerza|sin_fuerzas|sin_aire|sin_aliento|sin_sensibilidad|sin_dormir|sin_pelo|sin_vello|sin_hacer_dieta|no_se_me_estan_quietas|no_se_estan_quietas|ninguna_postura|ninguna_posicion|no_hay_postura|en_ninguna_postura|de_ninguna_manera|con_nada|no_puedo|no_pude|no_podia|no_podria|no_puede|sin_poder|no_me_deja|no_me_dejan|no_me_dejaba|no_deja|no_dejan|no_para|no_paran|no_paro|sin_parar|no_deja_de|no_dejan_de|no_hay_manera|no_importa|no_solo|no_aguanto|no_soporto|no_lo_soporto|no_hay_quien|sin_querer|sin_motivo|sin_razon|sin_causa|sin_hacer_nada|sin_darme_cuenta|no_mucho|no_tan_mal|nada_mas|nada_que_ver|no_se_que_hacer|no_se_que_es|ya_no_se|no_veas|no_se_me_ocurre|sin_embargo|no_es_normal|no_consigo|no_logro|ni_siquiera_puedo|no_pego_ojo|no_pega_ojo|no_pegue_ojo|no_duermo|no_duerme|no_he_dormido|no_ha_dormido|no_descanso|no_descansa',
  ],
  [
    'strong_hedge',
    'no_se_si|no_lo_se|no_se_bien|no_sabria|no_sabria_decir|no_se_decir|no_estoy_segura|no_estoy_seguro|no_estoy_muy_segura|no_estoy_muy_seguro|ni_idea|no_tengo_ni_idea|o_no|dificil_de_decir|no_sabria_decirle|no_se_decirle|quien_sabe|no_me_he_fijado|no_me_fijado|no_lo_he_mirado|no_lo_he_comprobado|no_me_lo_han_mirado|que_yo_sepa',
  ],
  [
    'relief_neg',
    'no_se_me_quita|no_se_quita|no_se_me_pasa|no_se_pasa|no_se_va|no_se_me_va|no_mejora|no_mejoro|no_me_alivia|no_alivia|no_me_ayuda|no_ayuda|no_ayudan|no_sirve|no_me_sirve|no_sirven|no_hace_nada|no_hacen_nada|no_cambia|no_cambia_nada|da_igual|da_lo_mismo|sigue_igual|igual_de_mal|no_se_alivia|no_se_calma|no_cede|ni_con|no_funciona|no_me_funciona',
  ],
  [
    'hedge',
    'creo|creo_que|creia|a_lo_mejor|alomejor|igual_es|puede_que|puede_ser|podria_ser|podria|quizas|quiza|tal_vez|talvez|posiblemente|probablemente|me_parece|me_parece_que|parece_que|parece|supongo|sospecho|no_creo|no_creo_que|capaz_que|si_acaso|imagino|imagino_que|diria_que|como_que|pienso_que|me_pregunto_si|dudoso|dudosa|dudo',
  ],
  [
    'neg',
    'no|sin|nunca|jamas|ni|tampoco|nada|nadie|ningun|ninguna|ninguno|niega|niego|negativo|negativa|descartad*|descartaron|descarto|ausencia_de|ya_no|ni_siquiera|no_tengo|no_he_tenido|no_tuve|nunca_he|nunca_he_tenido|para_nada|en_absoluto|cero',
  ],
];

const sideWords: ReadonlyMap<string, Side> = new Map([
  ['izquierda', 'left'],
  ['izquierdo', 'left'],
  ['izq', 'left'],
  ['izqda', 'left'],
  ['izda', 'left'],
  ['zurda', 'left'],
  ['derecha', 'right'],
  ['derecho', 'right'],
  ['dcha', 'right'],
  ['drcha', 'right'],
  ['der', 'right'],
]);
const bothWords = set('ambas ambos');

/** "la pierna izquierda", "el pie derecho", "en el lado izquierdo", "las dos piernas", "ambos pies". */
function sideAt(toks: readonly MatchToken[], i: number): Side | null {
  const t = toks[i]?.m ?? '';
  const n = toks[i + 1]?.m ?? '';
  const n2 = toks[i + 2]?.m ?? '';
  if (bothWords.has(t) || (t === 'dos' && /^(las|los)$/.test(toks[i - 1]?.m ?? ''))) {
    const alone = t === 'dos' && (toks[i + 1] === undefined || toks[i + 1]?.kind === 'punct');
    return limbPlural.has(n) || (n === 'las' && limbPlural.has(n2)) || alone ? 'both' : null;
  }
  const side = sideWords.get(t);
  if (!side) return null;
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const w = toks[k]?.m ?? '';
    if (limbSingular.has(w) || w === 'lado' || w === 'la' || w === 'el' || w === 'mi') return side;
    if (toks[k]?.kind === 'punct') break;
  }
  return null;
}

const movedBefore = set(
  'subir subo subirlas levantar levanto levantarlas mover muevo moverlas estirar estiro estirarlas cruzar cruzo colgar cuelgo poner pongo sacar saco elevar elevo menear meneo sacudir sacudo apoyar apoyo frotar froto frotarme masajear masajeo masaje mojar mojo meter meto fuerza',
);
const movedAfter = set('arriba alto cruzadas cruzados fuera colgando colgadas estiradas estirados');

/** Both legs: "las dos piernas", "ambos pies", or a plural leg word not being moved ("me duelen las piernas"). */
function bilateralAt(toks: readonly MatchToken[], i: number): number {
  const t = toks[i]?.m ?? '';
  const n = toks[i + 1]?.m ?? '';
  if ((bothWords.has(t) || t === 'dos') && limbPlural.has(n) && n !== 'lados') return i + 1;
  if (!limbPlural.has(t) || t === 'lados') return -1;
  const before = [toks[i - 1]?.m ?? '', toks[i - 2]?.m ?? '', toks[i - 3]?.m ?? ''];
  if (before.some((w) => movedBefore.has(w))) return -1;
  if (movedAfter.has(n)) return -1;
  // "de pie" is standing, "a pie" on foot: not both feet.
  return i;
}

const otherPerson = set(
  'madre mama mami padre papa papi marido esposo esposa mujer pareja novio novia hermano hermana hijo hija abuelo abuela abuelito abuelita tio tia primo prima amigo amiga vecino vecina suegro suegra companero companera cunado cunada jefe jefa',
);

/** The text is written for someone else ("escribo por mi madre", "a mi padre le duelen…", "mi madre tiene 80 años"). */
function onBehalf(toks: readonly MatchToken[]): boolean {
  const limit = Math.min(toks.length, 40);
  for (let i = 0; i < limit; i++) {
    if (!otherPerson.has(toks[i]?.m ?? '') || (toks[i]?.sentence ?? 9) > 1) continue;
    const prev = [toks[i - 1]?.m, toks[i - 2]?.m, toks[i - 3]?.m, toks[i - 4]?.m];
    const next = [toks[i + 1]?.m, toks[i + 2]?.m, toks[i + 3]?.m];
    if (prev.some((w) => w === 'escribo' || w === 'consulto' || w === 'pregunto' || w === 'parte'))
      return true;
    if (toks[i - 1]?.m === 'mi' && toks[i - 2]?.m === 'a' && next.some((w) => w === 'le' || w === 'les'))
      return true;
    if (toks[i - 1]?.m === 'mi' && next.includes('anos')) return true;
  }
  return false;
}

export const spanish: Locale = {
  lang: 'es',
  lexicon,
  notRelevant,
  wordClasses,
  aliases: new Map([
    ['q', 'que'],
    ['k', 'que'],
    ['xq', 'porque'],
    ['pq', 'porque'],
    ['porq', 'porque'],
    ['tb', 'tambien'],
    ['tmb', 'tambien'],
    ['tbn', 'tambien'],
    ['x', 'por'],
    ['d', 'de'],
    ['dr', 'doctor'],
    ['dra', 'doctora'],
    ['hs', 'horas'],
    ['hrs', 'horas'],
    ['min', 'minutos'],
    ['mins', 'minutos'],
    ['seg', 'segundos'],
    ['sem', 'semanas'],
    ['ke', 'que'],
    ['tenia', 'tenia'],
    ['dolo', 'dolor'],
    ['inchada', 'hinchada'],
    ['inchado', 'hinchado'],
    ['inchadas', 'hinchadas'],
    ['inchados', 'hinchados'],
    ['inchazon', 'hinchazon'],
    ['hinchason', 'hinchazon'],
    ['inchason', 'hinchazon'],
    ['hincha', 'hincha'],
    ['incha', 'hincha'],
    ['enchada', 'hinchada'],
    ['pantorilla', 'pantorrilla'],
    ['pantorillas', 'pantorrillas'],
    ['pantorrila', 'pantorrilla'],
    ['calambres', 'calambres'],
    ['calanbre', 'calambre'],
    ['calanbres', 'calambres'],
    ['caminr', 'caminar'],
    ['hormigeo', 'hormigueo'],
    ['ormigueo', 'hormigueo'],
    ['haci', 'asi'],
    ['ahi', 'ahi'],
    ['bes', 'vez'],
    ['ves', 'vez'],
    ['noches', 'noches'],
    ['izq', 'izquierda'],
    ['izqda', 'izquierda'],
    ['izda', 'izquierda'],
    ['dcha', 'derecha'],
    ['drcha', 'derecha'],
    ['diabetis', 'diabetes'],
    ['diabetica', 'diabetica'],
    ['ases', 'haces'],
    ['echo', 'echo'],
  ]),
  foldAccents: true,
  clauseBreakWords: set(
    'pero aunque sino excepto salvo porque pues entonces luego tambien ademas mientras aparte encima incluso pq',
  ),
  andWords: set('y e'),
  newSubject: set(
    'yo me mi mis el la los las tengo tiene tienen tenia estoy esta estan estaba hay habia se le les no ahora desde hace cuando si noto siento sentia duele duelen dolia tuve he ha fui llevo su sus ya luego encima despues al a en por',
  ),
  cuePatterns,
  clauseHedges: set('creo a_lo_mejor quizas quiza tal_vez talvez supongo imagino parece me_parece puede_ser'),
  approxNext: set(
    'un una unos unas uno dos tres cuatro cinco seis siete ocho nueve diez quince veinte treinta par media medio cada mas',
  ),
  approxUnits: set(
    'segundo segundos minuto minutos hora horas dia dias semana semanas mes meses ano anos vez veces noche noches',
  ),
  listJoiners: set('o u ni y e'),
  bodyParts: set(
    'pierna piernas pantorrilla pantorrillas gemelo gemelos pie pies dedo dedos tobillo tobillos muslo muslos rodilla rodillas espinilla',
  ),
  statementWords: set(
    'yo me mi mis tengo tiene es esta estan fue era he ha tenia noto siento duele duelen pero solo sino ahora hay y e la el los las se le ya tambien aunque luego encima sigue sigo empezo empezaron comenzo pierna piernas pantorrilla pantorrillas gemelo gemelos pie pies dedo dedos tobillo tobillos muslo muslos rodilla rodillas espinilla',
  ),
  firstPerson: set(
    'yo me mi mis conmigo tengo tenia tuve estoy estaba noto notaba siento sentia padezco sufro soy llevo fumo fume tomo tome he hice camino duermo despierto',
  ),
  otherPerson,
  reportingWords: set(
    'dice dicen dijo decia comenta comento cuenta conto asegura nota noto ve vio ven cree creen segun dice_que repite',
  ),
  onBehalf,
  symptomWords: new Set([
    ...painWords,
    'sintoma',
    'sintomas',
    'sensacion',
    'sensaciones',
    'molestia',
    'peor',
    'calambre',
    'calambres',
    'ardor',
    'punzadas',
    'hormigueo',
    'agonia',
    'pasa',
    'pasan',
  ]),
  bilateralAt,
  continuation: set(
    'empezo empezaron empece empezado comenzo comenzaron comenzado empieza empiezan aparecio aparecieron notando note noto llevo lleva viene vengo pasa pasando desde hace con sigue sigo dolor dolores duele duelen molesta molestias peor asi igual',
  ),
  after: set('ahora desde despues luego entonces tras'),
  findTimes: findTimesEs,
  sideAt,
  bothWords,
  legPronouns: set('ellas ellos'),
  filler: set(
    'hola buenas buenos dias tardes noches doctor doctora dr dra gracias muchas por favor ayuda saludos un saludo cordial soy tengo anos ano edad de y o pero bueno pues vale eh em mmm a la el lo los las que me mi hombre mujer varon senor senora ok jaja estimado estimada querido querida consulta pregunta quisiera saber queria preguntar le escribo',
  ),
  extraVocabulary: [
    ...weekdayWords,
    'ayer',
    'anoche',
    'manana',
    'tarde',
    'semanas',
    'meses',
    'minutos',
    'segundos',
    'hinchazon',
    'hinchada',
    'hinchado',
    'hormigueo',
    'calambres',
    'caminando',
    'durmiendo',
    'acostada',
    'acostado',
    'sentada',
    'sentado',
    'varices',
    'diabetica',
    'diabetico',
    'embarazada',
    'pantorrilla',
    'pantorrillas',
    'izquierda',
    'izquierdo',
    'derecha',
    'derecho',
    'entumecida',
    'adormecida',
    'palida',
    'palido',
    'palidas',
    'palidos',
    'fria',
    'frias',
    'helada',
    'heladas',
    'helados',
    'roja',
    'rojas',
    'hinchadas',
    'hinchados',
    'caliente',
    'calientes',
    'cansada',
    'cansadas',
    'pesadas',
    'morada',
    'morados',
    'dormida',
    'dormidos',
  ],
  protectedWords: set(
    // Real Spanish words a letter away from a lexicon word ("siento" is not "asiento", "pesada" not "pasada").
    'pasada pasado asiento asientos cansada cansado cansadas parada parado paradas mirada mirado sentido sentida cuento cuenta puesto puesta vuelta vuelto tiempo tiempos noches dormir comida comido pesado pesada camisa camino caminos diario diaria cabeza cabello mujeres hombres trabajo trabajar semana semanas cuando cuanto tambien ahora siempre despues primero primera medico medica doctor doctora consulta pastilla pastillas ninguna ninguno nadie tengo tenia teniendo quiero queria sabado domingo lunes martes viernes jueves miercoles porque aunque mientras entonces estaba estuve estado estoy pierde perdido perdida verdad mentira poquito mucho muchas muchos bastante demasiado hinchar doliendo dolido',
  ),
  neverCorrect: set(
    'no sin nunca jamas ni tampoco nada nadie ningun ninguna ninguno niega creo quizas quiza talvez supongo puede podria parece izquierda izquierdo derecha derecho ambas ambos aunque pero sino excepto salvo',
  ),
};
