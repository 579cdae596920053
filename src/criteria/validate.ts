import type { FieldError, ParseResult } from './types.js';

/**
 * Hand-written input validation shared by the `parse*Input` functions (src/criteria has no runtime
 * dependencies). Every reader appends to an error list and returns `undefined` for a bad or absent value,
 * so a parser reports all problems at once rather than the first.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fieldPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** An object with only the allowed keys; unknown keys are reported (a typo must not silently become "unknown"). */
export function readObject(
  raw: unknown,
  path: string,
  allowed: readonly string[],
  errors: FieldError[],
): Record<string, unknown> | undefined {
  if (!isRecord(raw)) {
    errors.push({ field: path === '' ? 'input' : path, message: 'must be an object' });
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) {
      errors.push({
        field: fieldPath(path, key),
        message: `is not a known field (expected: ${allowed.join(', ')})`,
      });
    }
  }
  return raw;
}

/** true, false, or unknown (`null` or absent). */
export function readTri(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  errors: FieldError[],
): boolean | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  errors.push({ field: fieldPath(path, key), message: 'must be true, false or null (unknown)' });
  return undefined;
}

export interface NumberRule {
  /** Lowest allowed value. */
  readonly min: number;
  /** When true the minimum itself is not allowed (a positive number for min 0). */
  readonly exclusive?: boolean;
  readonly max: number;
  readonly integer?: boolean;
  /** Unit shown in messages, e.g. `mmHg`. */
  readonly unit?: string;
  readonly required?: boolean;
}

function describe(rule: NumberRule): string {
  const unit = rule.unit ? ` (${rule.unit})` : '';
  const kind = rule.integer ? 'a whole number' : 'a number';
  if (rule.min === 0 && rule.exclusive) return `must be a positive ${kind.replace(/^an? /, '')}${unit}`;
  if (rule.min === 0) return `must be ${kind} ≥ 0${unit}`;
  return `must be ${kind} ${rule.exclusive ? '>' : '≥'} ${rule.min}${unit}`;
}

/** A finite number within the rule's range; absent or `null` is allowed unless the rule says `required`. */
export function readNumber(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  rule: NumberRule,
  errors: FieldError[],
): number | undefined {
  const field = fieldPath(path, key);
  const value = obj[key];
  if (value === undefined || value === null) {
    if (rule.required) errors.push({ field, message: `is required and ${describe(rule)}` });
    return undefined;
  }
  const tooLow = typeof value === 'number' && (rule.exclusive ? value <= rule.min : value < rule.min);
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    tooLow ||
    (rule.integer && !Number.isInteger(value))
  ) {
    errors.push({ field, message: describe(rule) });
    return undefined;
  }
  if (value > rule.max) {
    errors.push({ field, message: `must be at most ${rule.max}${rule.unit ? ` ${rule.unit}` : ''}` });
    return undefined;
  }
  return value;
}

/** One of a fixed set of strings, or unknown (`null` or absent). */
export function readEnum<T extends string>(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  options: readonly T[],
  errors: FieldError[],
): T | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  errors.push({
    field: fieldPath(path, key),
    message: `must be one of ${options.map((o) => `'${o}'`).join(', ')} or null (unknown)`,
  });
  return undefined;
}

export function finish<T>(errors: readonly FieldError[], value: () => T): ParseResult<T> {
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value() };
}

/** Parses an object made only of yes/no/unknown fields. */
export function parseTriObject<K extends string>(
  raw: unknown,
  keys: readonly K[],
): ParseResult<Partial<Record<K, boolean>>> {
  const errors: FieldError[] = [];
  const obj = readObject(raw, '', keys, errors);
  if (!obj) return { ok: false, errors };
  const out: Partial<Record<K, boolean>> = {};
  for (const key of keys) {
    const value = readTri(obj, key, '', errors);
    if (value !== undefined) out[key] = value;
  }
  return finish(errors, () => out);
}
