/**
 * Time expressions: "for six weeks", "three hours ago", "since yesterday", "last night", "for months".
 * Each becomes an age in days (how long ago the symptom began, or how long it has lasted).
 */
import type { MatchToken } from './pattern.js';
import { weekdayWords } from './words.js';

export interface TimeExpression {
  readonly start: number;
  readonly end: number;
  /** Days; null when the words give no usable age ("last month" may be 3 or 7 weeks ago). */
  readonly days: number | null;
  /** A point in time ("ago", "yesterday") rather than a duration ("for a week"). */
  readonly point: boolean;
}

/** Maps, never plain objects: a user's word must not reach Object.prototype ("constructor"). */
const numberWords: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['few', 3],
  ['couple', 2],
  ['several', 3],
  ['half', 0.5],
  ['many', 4],
]);
const unitDays: ReadonlyMap<string, number> = new Map([
  ['second', 1 / 86400],
  ['seconds', 1 / 86400],
  ['sec', 1 / 86400],
  ['secs', 1 / 86400],
  ['minute', 1 / 1440],
  ['minutes', 1 / 1440],
  ['min', 1 / 1440],
  ['mins', 1 / 1440],
  ['hour', 1 / 24],
  ['hours', 1 / 24],
  ['hr', 1 / 24],
  ['hrs', 1 / 24],
  ['day', 1],
  ['days', 1],
  ['night', 1],
  ['nights', 1],
  ['week', 7],
  ['weeks', 7],
  ['wk', 7],
  ['wks', 7],
  ['fortnight', 14],
  ['fortnights', 14],
  ['month', 30],
  ['months', 30],
  ['year', 365],
  ['years', 365],
  ['yr', 365],
  ['yrs', 365],
  ['decade', 3650],
  ['decades', 3650],
]);
/** A bare plural ("for weeks") means at least two of them. */
const barePlural: ReadonlyMap<string, number> = new Map([
  ['days', 3],
  ['weeks', 14],
  ['months', 60],
  ['years', 730],
  ['ages', 365],
  ['decades', 7300],
  ['hours', 0.1],
]);
const fillers = new Set([
  'about',
  'around',
  'over',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'maybe',
  'just',
  'only',
  'more',
  'than',
  'less',
  'at',
  'least',
  'the',
  'last',
  'past',
  'good',
  'whole',
  'full',
  'probably',
  'well',
  'under',
  'a',
  'of',
]);
const weekdays = new Set(weekdayWords);
const seasons = new Set(['summer', 'winter', 'spring', 'autumn', 'fall', 'christmas', 'easter', 'year']);
const shortUnit = new Set([
  'second',
  'seconds',
  'sec',
  'secs',
  'minute',
  'minutes',
  'min',
  'mins',
  'hour',
  'hours',
  'hr',
  'hrs',
]);

interface Qty {
  readonly days: number;
  readonly end: number;
  readonly unit: string;
}

/** A quantity of time starting at token i: "about three weeks", "a couple of days", "weeks", "6 months". */
function quantity(toks: readonly MatchToken[], i: number): Qty | null {
  let j = i;
  let guard = 0;
  while (toks[j] && fillers.has(toks[j]?.m as string) && guard++ < 4) {
    // "a" is both a filler and a number: keep it as a number when a unit follows.
    if (toks[j]?.m === 'a' && toks[j + 1] && unitDays.has(toks[j + 1]?.m as string)) break;
    j++;
  }
  const t = toks[j];
  if (!t) return null;
  let value: number | null = null;
  if (t.kind === 'num') value = Number(t.m);
  else if (numberWords.has(t.m)) value = numberWords.get(t.m) as number;
  if (value === null && unitDays.has(t.m) && ['last', 'past'].includes(toks[j - 1]?.m as string)) {
    return { days: unitDays.get(t.m) as number, end: j, unit: t.m };
  }
  if (value !== null) {
    let k = j + 1;
    if (toks[k]?.m === 'of') k++;
    if (toks[k]?.m === 'or' && (toks[k + 1]?.kind === 'num' || numberWords.has(toks[k + 1]?.m as string)))
      k += 2;
    if (toks[k]?.m === 'and' && toks[k + 1]?.m === 'a' && toks[k + 2]?.m === 'half') k += 3;
    const u = toks[k];
    if (u && unitDays.has(u.m)) return { days: value * (unitDays.get(u.m) as number), end: k, unit: u.m };
    return null;
  }
  if (barePlural.has(t.m)) return { days: barePlural.get(t.m) as number, end: j, unit: t.m };
  return null;
}

const mealtimes: ReadonlySet<string> = new Set([
  'teatime',
  'tea_time',
  'tea',
  'lunchtime',
  'lunch',
  'dinnertime',
  'dinner',
  'suppertime',
  'supper',
  'breakfast',
  'midday',
  'noon',
]);
const sinceFillers: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'just', 'after', 'before']);

function pointWord(toks: readonly MatchToken[], i: number): { days: number | null; end: number } | null {
  const t = toks[i]?.m;
  const n = toks[i + 1]?.m;
  if (t === 'yesterday') return { days: 1, end: i };
  if (t === 'today' || t === 'tonight') return { days: 0, end: i };
  if (t === 'this' && (n === 'morning' || n === 'afternoon' || n === 'evening' || n === 'week'))
    return { days: n === 'week' ? 3 : 0, end: i + 1 };
  if (t === 'last' && n !== undefined) {
    if (n === 'night' || n === 'evening') return { days: 1, end: i + 1 };
    if (n === 'week' || n === 'weekend') return { days: n === 'week' ? 10 : 5, end: i + 1 };
    if (weekdays.has(n)) return { days: 5, end: i + 1 };
    if (n === 'month') return { days: null, end: i + 1 };
    if (seasons.has(n)) return { days: 180, end: i + 1 };
  }
  // "since (about) teatime", "since lunch": a mealtime of today (said with "since", never the habit "at teatime").
  if (t === 'since' && n !== undefined) {
    let k = i + 1;
    while (k < i + 3 && sinceFillers.has(toks[k]?.m as string)) k++;
    if (mealtimes.has(toks[k]?.m as string)) return { days: 0, end: k };
  }
  if ((t === 'on' || t === 'since' || t === 'at' || t === 'over') && n !== undefined) {
    const k = toks[i + 1]?.m === 'the' ? i + 2 : i + 1;
    const w = toks[k]?.m;
    if (w !== undefined && weekdays.has(w)) return { days: 3, end: k };
  }
  return null;
}

const sinceLong = new Set([
  'teenager',
  'teens',
  'child',
  'kid',
  'childhood',
  'young',
  'younger',
  'school',
  'girl',
  'boy',
  'birth',
  'twenties',
  'thirties',
  'forties',
]);

/** Every time expression in the tokens, left to right, not overlapping. */
export function findTimes(toks: readonly MatchToken[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as MatchToken;
    if (t.kind === 'punct') continue;
    // "for / over / in the last ... <quantity>"
    if (
      t.m === 'for' ||
      t.m === 'over' ||
      t.m === 'within' ||
      (t.m === 'in' && (toks[i + 1]?.m === 'the' || toks[i + 1]?.m === 'last' || toks[i + 1]?.m === 'past'))
    ) {
      const q = quantity(toks, i + 1);
      if (q) {
        const lastPast = ['the', 'last', 'past'].includes(toks[i + 1]?.m as string);
        // "been over 2 hours (now)": hours said after "been" are how long it has lasted so far, not how long an
        // episode lasts ("cramps for a few minutes").
        const sinceStart = toks[i - 1]?.m === 'been';
        if (!shortUnit.has(q.unit) || lastPast || sinceStart || toks[q.end + 1]?.m === 'ago') {
          const ago = toks[q.end + 1]?.m === 'ago';
          out.push({ start: i, end: ago ? q.end + 1 : q.end, days: q.days, point: ago });
        }
        i = q.end;
        continue;
      }
    }
    if (t.m === 'since') {
      const p = pointWord(toks, i + 1) ?? pointWord(toks, i);
      if (p) {
        out.push({ start: i, end: p.end, days: p.days, point: true });
        i = p.end;
        continue;
      }
      let k = i + 1;
      for (let g = 0; g < 4 && toks[k]; g++, k++) {
        const w = toks[k]?.m as string;
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
    // "<quantity> ago"
    const q = quantity(toks, i);
    if (q && toks[q.end + 1]?.m === 'ago') {
      out.push({ start: i, end: q.end + 1, days: q.days, point: true });
      i = q.end + 1;
      continue;
    }
    // "it's been 3 hours", "been about 2 hours now": how long it has lasted so far.
    if (q && q.end > i && toks[i - 1]?.m === 'been') {
      out.push({ start: i, end: q.end, days: q.days, point: false });
      i = q.end;
      continue;
    }
    // "been (there|going on|like this) weeks"
    if (q && barePlural.has(q.unit) && q.end === i) {
      const back = [toks[i - 1]?.m, toks[i - 2]?.m, toks[i - 3]?.m];
      if (back.includes('been')) {
        out.push({ start: i, end: i, days: q.days, point: false });
        continue;
      }
    }
    const p = pointWord(toks, i);
    if (p) {
      out.push({ start: i, end: p.end, days: p.days, point: true });
      i = p.end;
    }
  }
  return out;
}
