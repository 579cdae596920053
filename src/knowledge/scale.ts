/**
 * Verbal-frequency scale. Where a source gives a frequency in words ("typically", "often") rather than a
 * number, the link probability is read off this scale, so the same word always means the same number.
 * Where a source gives a sensitivity or likelihood ratio, the link uses that instead.
 */
export const verbal = {
  defining: 0.95, // a defining / essential feature ("must", criterion of a consensus definition)
  usually: 0.8, // "typically", "usually", "most frequently"
  often: 0.6, // "often", "frequently", "commonly"
  sometimes: 0.35, // "may", "can", "sometimes"
  occasionally: 0.15, // named as possible but uncommon
  rarely: 0.05,
} as const;

/** Odds multiplier for a risk factor whose association is reported without a size. */
export const unsizedAssociation = 2;
