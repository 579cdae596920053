/**
 * Spanish time expressions: "desde hace 3 semanas", "hace dos días", "llevo un mes", "desde ayer", "anoche",
 * "la semana pasada", "durante meses", "en los últimos días". Each becomes an age in days, as in English.
 */
import type { MatchToken } from '../../pattern.js';
import type { TimeExpression } from '../../time.js';
import { weekdayWords } from './words.js';

const numberWords: ReadonlyMap<string, number> = new Map([
  ['un', 1],
  ['una', 1],
  ['uno', 1],
  ['dos', 2],
  ['tres', 3],
  ['cuatro', 4],
  ['cinco', 5],
  ['seis', 6],
  ['siete', 7],
  ['ocho', 8],
  ['nueve', 9],
  ['diez', 10],
  ['once', 11],
  ['doce', 12],
  ['quince', 15],
  ['veinte', 20],
  ['treinta', 30],
  ['cuarenta', 40],
  ['cincuenta', 50],
  ['par', 2],
  ['varios', 3],
  ['varias', 3],
  ['pocos', 3],
  ['pocas', 3],
  ['algunos', 3],
  ['algunas', 3],
  ['medio', 0.5],
  ['media', 0.5],
  ['muchos', 4],
  ['muchas', 4],
]);
const unitDays: ReadonlyMap<string, number> = new Map([
  ['segundo', 1 / 86400],
  ['segundos', 1 / 86400],
  ['minuto', 1 / 1440],
  ['minutos', 1 / 1440],
  ['min', 1 / 1440],
  ['hora', 1 / 24],
  ['horas', 1 / 24],
  ['horita', 1 / 24],
  ['horitas', 1 / 24],
  ['dia', 1],
  ['dias', 1],
  ['noche', 1],
  ['noches', 1],
  ['semana', 7],
  ['semanas', 7],
  ['quincena', 14],
  ['quincenas', 14],
  ['mes', 30],
  ['meses', 30],
  ['ano', 365],
  ['anos', 365],
  ['decada', 3650],
  ['decadas', 3650],
]);
/** A bare plural ("desde hace semanas") means at least two of them. */
const barePlural: ReadonlyMap<string, number> = new Map([
  ['dias', 3],
  ['semanas', 14],
  ['meses', 60],
  ['anos', 730],
  ['tiempo', 60],
  ['siglos', 365],
  ['horas', 0.1],
]);
const fillers = new Set([
  'unos',
  'unas',
  'casi',
  'aproximadamente',
  'como',
  'alrededor',
  'de',
  'mas',
  'menos',
  'poco',
  'ya',
  'los',
  'las',
  'el',
  'la',
  'ultimos',
  'ultimas',
  'ultimo',
  'ultima',
  'buen',
  'buenas',
  'buenos',
  'largo',
  'largos',
  'largas',
  'al',
  'menos',
  'lo',
  'sus',
  'mucho',
  'asi',
]);
const shortUnit = new Set([
  'segundo',
  'segundos',
  'minuto',
  'minutos',
  'min',
  'hora',
  'horas',
  'horita',
  'horitas',
]);
const weekdays = new Set(weekdayWords);
const sinceLong = new Set([
  'nina',
  'nino',
  'pequena',
  'pequeno',
  'pequenita',
  'chica',
  'chico',
  'joven',
  'jovencita',
  'jovencito',
  'siempre',
  'adolescente',
  'adolescencia',
  'infancia',
  'colegio',
  'escuela',
  'nacimiento',
  'cria',
  'chiquita',
  'chiquito',
]);

interface Qty {
  readonly days: number;
  readonly end: number;
  readonly unit: string;
}

/** "unos tres días", "un par de semanas", "semanas", "6 meses", "mes y medio". */
function quantity(toks: readonly MatchToken[], i: number): Qty | null {
  let j = i;
  let guard = 0;
  while (toks[j] && fillers.has(toks[j]?.m ?? '') && guard++ < 4) j++;
  const t = toks[j];
  if (!t) return null;
  let value: number | null = null;
  if (t.kind === 'num') value = Number(t.m);
  else value = numberWords.get(t.m) ?? null;
  if (value !== null) {
    let k = j + 1;
    // "un par de", "cuatro o cinco"
    if (toks[k]?.m === 'par') k++;
    if (toks[k]?.m === 'de') k++;
    if (toks[k]?.m === 'o' && (toks[k + 1]?.kind === 'num' || numberWords.has(toks[k + 1]?.m ?? ''))) k += 2;
    const u = toks[k];
    const unit = u ? unitDays.get(u.m) : undefined;
    if (u && unit !== undefined) {
      const half = toks[k + 1]?.m === 'y' && toks[k + 2]?.m === 'medio' ? 0.5 : 0;
      return { days: (value + half) * unit, end: half ? k + 2 : k, unit: u.m };
    }
    return null;
  }
  // "el último mes", "la última semana"
  const unit = unitDays.get(t.m);
  if (unit !== undefined && /^ultim/.test(toks[j - 1]?.m ?? '')) return { days: unit, end: j, unit: t.m };
  const bare = barePlural.get(t.m);
  if (bare !== undefined) return { days: bare, end: j, unit: t.m };
  return null;
}

/** "ayer", "anoche", "el lunes", "la semana pasada", "este mes", "esta mañana". */
function pointWord(toks: readonly MatchToken[], i: number): { days: number | null; end: number } | null {
  const t = toks[i]?.m;
  const n = toks[i + 1]?.m;
  const n2 = toks[i + 2]?.m;
  if (t === 'ayer' || t === 'anoche') {
    // "antes de ayer" / "anteayer"
    return { days: 1, end: i };
  }
  if (t === 'anteayer' || t === 'antier') return { days: 2, end: i };
  if (t === 'hoy') return { days: 0, end: i };
  if ((t === 'esta' || t === 'este') && n !== undefined) {
    if (n === 'manana' || n === 'tarde' || n === 'noche' || n === 'madrugada') return { days: 0, end: i + 1 };
    if (n === 'semana') return { days: 3, end: i + 1 };
    if (n === 'mes') return { days: null, end: i + 1 };
  }
  if ((t === 'la' || t === 'el') && n !== undefined && (n2 === 'pasada' || n2 === 'pasado')) {
    if (n === 'semana') return { days: 10, end: i + 2 };
    if (n === 'finde' || n === 'fin') return { days: 5, end: i + 2 };
    if (n === 'mes') return { days: null, end: i + 2 };
    if (n === 'ano' || n === 'verano' || n === 'invierno' || n === 'otono') return { days: 180, end: i + 2 };
    if (weekdays.has(n)) return { days: 5, end: i + 2 };
  }
  if (t === 'el' && n !== undefined && weekdays.has(n)) return { days: 3, end: i + 1 };
  if (t === 'el' && n === 'fin' && n2 === 'de' && toks[i + 3]?.m === 'semana') return { days: 3, end: i + 3 };
  return null;
}

/** Every time expression in the tokens, left to right, not overlapping. */
export function findTimesEs(toks: readonly MatchToken[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as MatchToken;
    if (t.kind === 'punct') continue;
    // "desde hace <q>" (a duration), "hace <q>" (a point), "llevo / lleva <q>", "durante <q>", "en los últimos <q>"
    if (t.m === 'desde' && toks[i + 1]?.m === 'hace') {
      const q = quantity(toks, i + 2);
      if (q) {
        out.push({ start: i, end: q.end, days: q.days, point: false });
        i = q.end;
        continue;
      }
    }
    if (t.m === 'hace' || t.m === 'hara' || t.m === 'hacia') {
      const q = quantity(toks, i + 1);
      if (q) {
        // "hace 3 semanas que me duele" is a duration; "hace 3 días me operaron" a point.
        const que = toks[q.end + 1]?.m === 'que';
        if (!shortUnit.has(q.unit) || !que) out.push({ start: i, end: q.end, days: q.days, point: !que });
        i = q.end;
        continue;
      }
    }
    if (
      t.m === 'llevo' ||
      t.m === 'lleva' ||
      t.m === 'llevamos' ||
      t.m === 'llevaba' ||
      t.m === 'durante' ||
      t.m === 'por' ||
      (t.m === 'en' && /^(los|las|el|la|estos|estas|este|esta)$/.test(toks[i + 1]?.m ?? ''))
    ) {
      const q = quantity(toks, i + 1);
      if (q) {
        if (!shortUnit.has(q.unit) || t.m === 'llevo' || t.m === 'lleva' || t.m === 'en')
          out.push({ start: i, end: q.end, days: q.days, point: false });
        i = q.end;
        continue;
      }
    }
    if (t.m === 'desde') {
      const p = pointWord(toks, i + 1);
      if (p) {
        out.push({ start: i, end: p.end, days: p.days, point: true });
        i = p.end;
        continue;
      }
      for (let k = i + 1, g = 0; g < 4 && toks[k]; g++, k++) {
        const w = toks[k]?.m ?? '';
        if (sinceLong.has(w)) {
          out.push({ start: i, end: k, days: 3650, point: true });
          break;
        }
        if (toks[k]?.kind === 'num' && /^(19|20)\d\d$/.test(w)) {
          out.push({ start: i, end: k, days: 400, point: true });
          break;
        }
      }
      continue;
    }
    const p = pointWord(toks, i);
    if (p) {
      out.push({ start: i, end: p.end, days: p.days, point: true });
      i = p.end;
      continue;
    }
    // "tres semanas con este dolor", "2 meses así"
    const q = quantity(toks, i);
    if (q && !shortUnit.has(q.unit) && q.end > i && /^(con|asi|ya|que|sin)$/.test(toks[q.end + 1]?.m ?? '')) {
      out.push({ start: i, end: q.end, days: q.days, point: false });
      i = q.end;
    }
  }
  return out;
}
