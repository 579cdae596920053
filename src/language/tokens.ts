/** A word, number or punctuation mark of the prepared (lower-cased) text. */
export interface Token {
  /** Normalised form ("dont" → "don't", "nite" → "night"). */
  readonly w: string;
  /** Start and end in the prepared text. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'num' | 'punct';
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Index of the clause the token belongs to (clauses never cross sentences). */
  clause: number;
}

/**
 * Spelling variants and apostrophe-less contractions, mapped to one form. A Map, never a plain object: a
 * user's word must not reach Object.prototype ("constructor", "__proto__").
 */
export const aliases: ReadonlyMap<string, string> = new Map([
  // A short misspelling the fuzzy matcher leaves alone (too short to correct safely): "the contraceptive pil".
  ['pil', 'pill'],
  ['dont', "don't"],
  ['doesnt', "doesn't"],
  ['didnt', "didn't"],
  ['cant', "can't"],
  ['cannot', "can't"],
  ['couldnt', "couldn't"],
  ['wont', "won't"],
  ['wouldnt', "wouldn't"],
  ['isnt', "isn't"],
  ['arent', "aren't"],
  ['wasnt', "wasn't"],
  ['werent', "weren't"],
  ['havent', "haven't"],
  ['hasnt', "hasn't"],
  ['hadnt', "hadn't"],
  ['aint', "ain't"],
  ["ain't", "isn't"],
  ['im', "i'm"],
  ['ive', "i've"],
  ["i'd", "i'd"],
  ['thats', "that's"],
  ['theres', "there's"],
  ['its', "it's"],
  ['nite', 'night'],
  ['nites', 'nights'],
  ['tonite', 'tonight'],
  ['cos', 'because'],
  ['coz', 'because'],
  ['cuz', 'because'],
  ['bc', 'because'],
  ['tho', 'though'],
  ['thru', 'through'],
  ['abt', 'about'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['ur', 'your'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['hr', 'hour'],
  ['hrs', 'hours'],
  ['mins', 'minutes'],
  ['min', 'minute'],
  ['secs', 'seconds'],
  ['sec', 'second'],
  ['mths', 'months'],
  ['mos', 'months'],
  ["leg's", 'legs'],
  ["foot's", 'foot'],
  ["pain's", 'pain'],
  ["calf's", 'calf'],
  ['mum', 'mum'],
  // A relative's possessive ("mum's foot", "my wife's leg") names the relative, as the bare word does.
  ["mum's", 'mum'],
  ["mom's", 'mum'],
  ["mummy's", 'mum'],
  ["mother's", 'mum'],
  ["dad's", 'dad'],
  ["father's", 'father'],
  ["husband's", 'husband'],
  ["wife's", 'wife'],
  ["partner's", 'partner'],
  ["son's", 'son'],
  ["daughter's", 'daughter'],
  ["brother's", 'brother'],
  ["sister's", 'sister'],
  ["gran's", 'gran'],
  ["granny's", 'granny'],
  ["nan's", 'nan'],
  ["nana's", 'nana'],
  ["grandma's", 'grandma'],
  ["grandad's", 'grandad'],
  ["grandpa's", 'grandpa'],
  ["friend's", 'friend'],
  ['mom', 'mum'],
  ['mommy', 'mum'],
  ['mummy', 'mum'],
  ['mother', 'mum'],
  ['colour', 'color'],
  ['colours', 'colors'],
  ['coloured', 'colored'],
  ['discoloured', 'discolored'],
  ['discolouration', 'discoloration'],
  ['oedema', 'edema'],
  ['oedematous', 'edematous'],
  ['anaemic', 'anemic'],
  ['anaemia', 'anemia'],
  ['haemorrhage', 'hemorrhage'],
  ['sulphate', 'sulfate'],
  ['paralysed', 'paralyzed'],
  ['agonising', 'agonizing'],
  ['agonisingly', 'agonizingly'],
  ['realise', 'realize'],
  ['realised', 'realized'],
  ['tiredness', 'tired'],
  ['rite', 'right'],
  ['lft', 'left'],
  ['rt', 'right'],
  ['doin', 'doing'],
  ['wiv', 'with'],
  ['ppl', 'people'],
  ['nd', 'and'],
  ['feets', 'feet'],
  ['calfs', 'calves'],
  ['behaviour', 'behavior'],
  ['swolen', 'swollen'],
  ['swolled', 'swollen'],
  ['grey', 'gray'],
  ['greyish', 'grayish'],
]);

/** Words that end a clause: negation and hedges never reach across them. */
export const clauseBreakWords: ReadonlySet<string> = new Set([
  'but',
  'although',
  'though',
  'however',
  'whereas',
  'except',
  'until',
  'till',
  'unless',
  'because',
  'so',
  'whilst',
  'yet',
  'otherwise',
  'anyway',
  'also',
  'then',
  'which',
  'apart',
  'besides',
]);

/** After "and", these words start a new clause ("no swelling and my calf hurts"). */
export const newSubject: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'my',
  'it',
  "it's",
  'the',
  'this',
  'that',
  "that's",
  'there',
  "there's",
  'they',
  "they're",
  'he',
  'she',
  'his',
  'her',
  'we',
  // "a sore between his toes and for two days his leg has been red": a time opening a new statement.
  'for',
  'now',
  'then',
  'since',
  'when',
  'if',
  'its',
]);

const tokenPattern = /\p{L}+(?:'\p{L}+)*|[0-9]+(?:\.[0-9]+)?|[.!?;,:()\n/]|-/gu;

/** The clause rules and word forms of one language. */
export interface TokenRules {
  readonly aliases: ReadonlyMap<string, string>;
  readonly foldAccents: boolean;
  readonly clauseBreakWords: ReadonlySet<string>;
  readonly andWords: ReadonlySet<string>;
  readonly newSubject: ReadonlySet<string>;
}

/** "días" → "dias", "año" → "ano", "pingüino" → "pinguino": written with or without accents, one form. */
export function foldAccents(word: string): string {
  return /[\u00c0-\u024f]/.test(word) ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;
}

/** Verbs after which "so" means "very" ("they are so stiff", "it gets so sore"). */
const linkingVerbs: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  'was',
  'were',
  'feel',
  'feels',
  'felt',
  'get',
  'gets',
  'got',
  'been',
  "it's",
  "they're",
  "i'm",
  "she's",
  "he's",
]);

/** Words "so" intensifies ("breathing so fast", "swelled up so quickly"): before them it is "very", not a break. */
const degreeWords: ReadonlySet<string> = new Set(
  'fast quick quickly suddenly much many bad badly hard heavy heavily sore painful swollen tight weak tired short breathless hot cold red numb dizzy sick ill severe often long high stiff puffy tender achy awful terrible unbearable intense sharp big fat pale'.split(
    ' ',
  ),
);

/** The next word of the text after `end` (lower case), or "" at a stop or the end. */
function nextWord(text: string, end: number): string {
  return /^\s*([a-z']+)/i.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
}

/**
 * "leg's" stands for "legs" when the apostrophe is a slip ("my leg's ache"), but for "leg is / leg has" or a
 * possessive after one side ("my left leg's been tingly", "my leg's swollen"): then it is one leg, and must not
 * read as both.
 */
const oneLegBefore: ReadonlySet<string> = new Set([
  'left',
  'right',
  'one',
  'other',
  'a',
  'each',
  'that',
  'this',
]);
const oneLegAfter: ReadonlySet<string> = new Set([
  'been',
  'gone',
  'got',
  'getting',
  'going',
  'not',
  "isn't",
  "hasn't",
  'always',
  'still',
  'just',
  'really',
  'now',
  'started',
  'swollen',
  'sore',
  'numb',
  'stiff',
  'weak',
  'killing',
  'playing',
  'acting',
  'bad',
  'worse',
]);

function singularLegContractions(tokens: Token[], text: string): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.w !== 'legs' || text.slice(t.start, t.end) !== "leg's") continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const sameSentence = (o: Token | undefined) => o !== undefined && o.sentence === t.sentence;
    if (
      (sameSentence(before) && oneLegBefore.has((before as Token).w)) ||
      (sameSentence(after) && oneLegAfter.has((after as Token).w))
    ) {
      tokens[i] = { ...t, w: 'leg' };
    }
  }
}

/** Splits prepared text into tokens, sentences and clauses. Linear in the text length. */
export function tokenise(text: string, rules: TokenRules): Token[] {
  const { aliases, clauseBreakWords, andWords, newSubject } = rules;
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let pendingSentence = false;
  let pendingClause = false;
  for (const m of text.matchAll(tokenPattern)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (raw === '-') {
      // A hyphen inside a word ("blue-ish") joins; a spaced dash separates clauses.
      const before = text[start - 1] ?? ' ';
      const after = text[end] ?? ' ';
      if (/\S/.test(before) && /\S/.test(after)) continue;
      pendingClause = true;
      tokens.push({ w: '-', start, end, kind: 'punct', sentence, clause });
      continue;
    }
    if (/^[.!?\n]$/.test(raw)) {
      tokens.push({ w: raw, start, end, kind: 'punct', sentence, clause });
      pendingSentence = true;
      continue;
    }
    if (/^[,;:()/]$/.test(raw)) {
      tokens.push({ w: raw, start, end, kind: 'punct', sentence, clause });
      pendingClause = true;
      continue;
    }
    const kind = /^[0-9]/.test(raw) ? 'num' : 'word';
    const folded = kind === 'word' && rules.foldAccents ? foldAccents(raw) : raw;
    const w = kind === 'word' ? (aliases.get(folded) ?? folded) : raw;
    if (pendingSentence) {
      sentence++;
      clause++;
    } else if (pendingClause) {
      clause++;
    } else if (
      kind === 'word' &&
      clauseBreakWords.has(w) &&
      !(w === 'so' && (linkingVerbs.has(tokens.at(-1)?.w ?? '') || degreeWords.has(nextWord(text, end))))
    ) {
      // ("are so stiff", "breathing so fast": "so" after a linking verb or before a word of degree is an
      // intensifier, not "so" the conjunction.)
      clause++;
    } else if (kind === 'word' && newSubject.has(w) && andWords.has(tokens.at(-1)?.w ?? '')) {
      // "... and my calf" starts a new clause at "and".
      const and = tokens.at(-1) as Token;
      clause++;
      and.clause = clause;
    }
    pendingSentence = false;
    pendingClause = false;
    tokens.push({ w, start, end, kind, sentence, clause });
  }
  singularLegContractions(tokens, text);
  return tokens;
}
