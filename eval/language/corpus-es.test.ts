import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFindingId } from '../../src/knowledge/index.js';
import { understand } from '../../src/language/index.js';
import { type CorpusItem, scoreCorpus } from './score.js';

const corpus = JSON.parse(readFileSync(new URL('./corpus-es.json', import.meta.url), 'utf8')) as CorpusItem[];

describe('Spanish corpus (eval/language/corpus-es.json)', () => {
  it('has at least 100 annotated descriptions with catalog ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    for (const item of corpus) for (const e of item.expected) expect(isFindingId(e.id), e.id).toBe(true);
  });

  const score = scoreCorpus(corpus, (t) => understand(t, 'es'));

  it('reads no denied or doubted red flag as present, and misses no stated one', () => {
    expect(score.redFlagNegationErrors.falsePresent).toEqual([]);
    expect(score.redFlagNegationErrors.missed).toEqual([]);
  });

  it('reaches micro-F1 ≥ 0.90', () => {
    expect(score.micro.f1).toBeGreaterThanOrEqual(0.9);
  });
});
