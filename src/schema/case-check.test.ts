import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findings } from '../knowledge/index.js';
import { caseSchema } from './case.js';
import { checkCase, maximumEvidenceItems, maximumTextLength } from './case-check.js';

const findingIds = findings.map((f) => f.id);

/** Values near each field's edges: right ones, wrong types, out of range, unknown ids and keys. */
const anything = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 6 }),
  fc.constant([]),
  fc.constant({}),
);
/** Mostly a right value, sometimes anything else: many cases are valid, many broken in one place or more. */
const mostly = <T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown> = anything) =>
  fc.oneof({ arbitrary: right, weight: 12 }, { arbitrary: wrong, weight: 1 });
const rarely = fc.option(anything, { freq: 25, nil: undefined });
const item = fc
  .record(
    {
      id: mostly(fc.constantFrom(...findingIds), fc.oneof(fc.constant('not_a_finding'), anything)),
      state: mostly(fc.constantFrom('present', 'absent', 'unknown')),
      side: mostly(fc.constantFrom('left', 'right', 'both')),
      extra: rarely,
    },
    { requiredKeys: ['id', 'state'] },
  )
  .map(({ extra, ...rest }) => (extra === undefined ? rest : { ...rest, extra }));
const aCase = fc
  .record(
    {
      id: mostly(fc.oneof(fc.string({ maxLength: 8 }), fc.integer())),
      age: mostly(fc.integer({ min: 10, max: 130 }), fc.oneof(fc.double({ min: 17, max: 121 }), anything)),
      sex: mostly(fc.constantFrom('female', 'male')),
      evidence: mostly(fc.array(item, { maxLength: 4 })),
      text: mostly(fc.string({ maxLength: 20 })),
      lang: mostly(fc.constantFrom('en', 'es')),
      voice: mostly(fc.constantFrom('self', 'other')),
      lastEstimate: mostly(
        fc.integer({ min: -2, max: 102 }),
        fc.oneof(fc.double({ min: 0, max: 5 }), anything),
      ),
      described: mostly(fc.array(fc.constantFrom(...findingIds), { maxLength: 3 }), fc.array(anything)),
      unexpected: rarely,
    },
    { requiredKeys: ['age', 'sex'] },
  )
  .map(({ unexpected, ...rest }) => (unexpected === undefined ? rest : { ...rest, unexpected }));

/** The schema's answer: the value when it accepts the case, undefined when it reports errors. */
function schemaValue(input: unknown) {
  const result = caseSchema.safeParse(input);
  return result.success ? result.data : undefined;
}

describe('checkCase agrees with the shared case schema', () => {
  it('accepts exactly what the schema accepts, with the same value (generated cases, valid and broken)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: aCase, weight: 9 }, { arbitrary: anything, weight: 1 }), (input) => {
        const expected = schemaValue(input);
        const checked = checkCase(input);
        if (expected !== undefined) accepted++;
        expect(checked).toStrictEqual(
          expected === undefined ? undefined : JSON.parse(JSON.stringify(expected)),
        );
      }),
      { numRuns: 3000 },
    );
    // The generator must reach valid cases too, or the agreement says little.
    expect(accepted).toBeGreaterThan(100);
  });

  it('agrees at the limits: evidence count, text length, ages', () => {
    const base = { age: 40, sex: 'male' };
    const evidence = (n: number) => Array.from({ length: n }, () => ({ id: 'fever', state: 'present' }));
    for (const input of [
      { ...base, evidence: evidence(maximumEvidenceItems) },
      { ...base, evidence: evidence(maximumEvidenceItems + 1) },
      { ...base, text: 'a'.repeat(maximumTextLength) },
      { ...base, text: 'a'.repeat(maximumTextLength + 1) },
      { ...base, age: 18 },
      { ...base, age: 17 },
      { ...base, age: 120 },
      { ...base, age: 121 },
      { ...base, age: 40.5 },
      { ...base, evidence: [{ id: 'fever', state: 'present', side: undefined }] },
      { ...base, text: undefined, id: 7 },
      JSON.parse('{"age": 40, "sex": "male", "__proto__": {"x": 1}}'),
      JSON.parse(
        '{"age": 40, "sex": "male", "evidence": [{"id": "fever", "state": "present", "__proto__": 1}]}',
      ),
    ]) {
      const expected = schemaValue(input);
      expect(checkCase(input), JSON.stringify(input).slice(0, 80)).toStrictEqual(
        expected === undefined ? undefined : JSON.parse(JSON.stringify(expected)),
      );
    }
  });
});
