// Adversarial texts for the free-text reader: each generator fills `length` characters with a shape meant to
// hit one stage's worst case (spelling, negation scope, suppression, time expressions, derived findings…).
import { random } from './cases.js';

export type TextGenerator = (length: number) => string;

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function letters(next: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(97 + Math.floor(next() * 26));
  return s;
}

export const textGenerators: Readonly<Record<string, TextGenerator>> = {
  'one random word': (n) => letters(random(1), n),
  'one repeated letter': (n) => 'a'.repeat(n),
  'random 22-letter words (spelling worst case)': (n) => {
    const next = random(2);
    let s = '';
    while (s.length < n) s += `${letters(next, 22)} `;
    return s.slice(0, n);
  },
  'random 12-letter near-words': (n) => {
    const next = random(3);
    const base = ['excruciating', 'breathlessness', 'discolouration', 'tenderness', 'numbness'];
    let s = '';
    while (s.length < n) {
      const w = base[Math.floor(next() * base.length)] as string;
      const i = Math.floor(next() * w.length);
      s += `${w.slice(0, i)}${letters(next, 1)}${w.slice(i + 1)} `;
    }
    return s.slice(0, n);
  },
  'repeated cue words': (n) => fill('calf cramps swollen leg no maybe ', n),
  'one clause after a comma': (n) => `no swelling, ${fill('calf cramps and burning toes ', n - 13)}`,
  'many clauses': (n) => fill('no fever, calf swollen, maybe numb; ', n),
  'many sentences': (n) => fill('My left calf is swollen. No chest pain. Maybe numb. ', n),
  'time expressions and history': (n) =>
    fill('knee replaced 3 days ago and now my calf hurts, for 3 weeks my legs ache at night ', n),
  'family history suppression': (n) => fill('restless legs run in the family and my legs ache ', n),
  'both legs, many negations': (n) => fill('not my legs legs legs hurt both legs ', n),
  'punctuation only between words': (n) => fill('pain,.;:!?()/- ', n),
  'prototype names': (n) =>
    fill('constructor __proto__ toString valueOf hasOwnProperty prototype isPrototypeOf ', n),
  'non-Latin letters': (n) => fill('боль в ноге ночью 脚痛 ألم ', n),
};
