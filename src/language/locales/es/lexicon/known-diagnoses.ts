import type { SpanishLexiconTable } from './types.js';

/** Una causa que la persona ya sabe que tiene ("otra vez la gota", "brote de fibromialgia"). */
export const knownDiagnoses: SpanishLexiconTable = {
  previous_gout: [
    'tuve|tengo|he_tenido|ya_tuve|mi|otra|otro|antecedentes_de|historia_de ~3 gota|ataque_de_gota|crisis_de_gota',
    'gota ~3 otra_vez|de_nuevo|antes|hace|ha_vuelto|vuelve|volvio|otra_crisis|otro_ataque|brote',
    'alopurinol|febuxostat',
  ],
  known_fibromyalgia: ['fibromialgia|fibro|brote_de_fibro|brote_de_fibromialgia'],
  one_sided_blistering_rash: [
    'herpes_zoster|zoster|culebrilla|culebrina|herpes_zona',
    'franja|banda|fila|racimo ~3 de ~2 ampollas|ampollitas|granitos|vesiculas',
    'ampollas|ampollitas|vesiculas|erupcion|sarpullido ~4 un_solo_lado|un_lado|ese_lado',
  ],
};
