import fc from 'fast-check';
import type { Case } from '../src/engine/types.js';
import { findings } from '../src/knowledge/index.js';

const findingIds = findings.map((f) => f.id);

/**
 * A random adult with up to 40 answers over every finding, for property tests of the inference. Duplicates are
 * allowed on purpose: the first answer for a finding is the one inference uses.
 */
export const randomCase: fc.Arbitrary<Case> = fc.record({
  age: fc.integer({ min: 18, max: 105 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
  evidence: fc.array(
    fc.record({
      id: fc.constantFrom(...findingIds),
      state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
    }),
    { maxLength: 40 },
  ),
});
