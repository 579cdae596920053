import { describe, expect, it } from 'vitest';
import { understand } from '../language/index.js';
import { assessInput } from './assess-input.js';

/**
 * Lying flat only "can" worsen spinal stenosis (seed:L8); its usual pattern is pain on standing and walking,
 * eased by sitting or lying (S107). Night back pain worse lying flat in someone with cancer should therefore
 * point first to spread to the spine, while the classic stenosis story still points to stenosis (our wordings).
 */
const ranked = (text: string, age: number, sex: 'female' | 'male') =>
  assessInput({ age, sex, evidence: [], text }).conditions.map((c) => c.id);

describe('night back pain lying flat: spinal metastases before stenosis when there is cancer', () => {
  it('a man on treatment for prostate cancer, low back pain worsening for weeks, worst flat in bed at night', () => {
    const ids = ranked(
      'I am on hormone jabs for prostate cancer. For five weeks my lower back has ached more and more, spreading into both hips, worst lying flat in bed, and it wakes me at night.',
      72,
      'male',
    );
    expect(ids[0]).toBe('spinal_metastases');
  });

  it('the classic stenosis story, no cancer, still ranks stenosis first', () => {
    const ids = ranked(
      'Both my thighs ache and feel heavy when I stand or walk a few hundred yards; sitting down or leaning on a trolley eases it.',
      74,
      'female',
    );
    expect(ids[0]).toBe('lumbar_spinal_stenosis');
  });
});

describe('back pain that keeps getting worse (CG75 progressive lumbar pain, S301) is read', () => {
  const read = (text: string, lang: 'en' | 'es' = 'en') =>
    understand(text, lang).findings.find((f) => f.id === 'back_pain_getting_worse')?.state;

  it.each([
    'My lower back pain has got steadily worse over the last month.',
    'His backache is getting worse and worse, not better.',
  ])('"%s" → present', (text) => {
    expect(read(text)).toBe('present');
  });

  it('is not read from a worsening leg cramp or from a denial', () => {
    expect(read('The cramp in my calf gets worse every night.')).toBeUndefined();
    expect(read('My back is sore but it is not getting worse.')).toBeUndefined();
  });

  it('is read in Spanish', () => {
    expect(read('La espalda me duele cada vez peor desde hace semanas.', 'es')).toBe('present');
  });
});
