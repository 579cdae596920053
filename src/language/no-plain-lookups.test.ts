import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { understand } from './index.js';

/**
 * No user word ever indexes a plain object: `aliases["constructor"]` finds Object.prototype.constructor (a
 * function), which crashed every text containing "constructor". The modules that look up words a person typed
 * (the text reader, the case schema, the pipeline) use Map or prototype-free objects. This test keeps it so: a
 * string-keyed dictionary type (`Record<string, …>`, `{ [key: string]: … }`) is refused there unless the same
 * line makes it prototype-free (`Object.create(null)`), or it is the parameter of an accessor that reads own
 * properties only (`Object.hasOwn` on that line or the next, as in the pipeline's wording look-up).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const guarded = ['src/language', 'src/schema', 'src/pipeline'];
const dictionaryType = /Record<\s*string\s*,|\{\s*(readonly\s+)?\[\s*\w+\s*:\s*string\s*\]\s*:/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('user words never index a plain object', () => {
  it('no string-keyed plain-object dictionaries in the modules that read user words', () => {
    const offending: string[] = [];
    for (const dir of guarded) {
      for (const file of sourceFiles(join(root, dir))) {
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, i) => {
          const ownOnly = `${line}\n${lines[i + 1] ?? ''}`.includes('Object.hasOwn(');
          if (dictionaryType.test(line) && !line.includes('Object.create(null)') && !ownOnly)
            offending.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(offending, 'use a Map (or Object.create(null)) for lookups by a word').toEqual([]);
  });

  it('every Object.prototype name reads as an ordinary word', () => {
    const names = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];
    for (const name of names) {
      const text = `${name} my calf cramps at night ${name.toLowerCase()}, no swelling ${name}`;
      const u = understand(text);
      expect(u.findings.map((f) => f.id)).toContain('sudden_muscle_contraction');
      expect(u.findings.find((f) => f.id === 'one_leg_swollen')?.state).toBe('absent');
    }
  });
});
