// The interview in progress, kept in this tab's sessionStorage so a reload resumes it. Nothing leaves the
// device, the browser drops it when the tab closes, and "Start again" removes it at once.
import type { EvidenceItem, Profile, Question } from './types.js';

export interface UnderstoodSummary {
  /** Findings read from the text; `state` is the person's current choice (yes / no / not sure). */
  readonly items: readonly {
    readonly id: string;
    readonly state: 'present' | 'absent' | 'unknown';
    readonly side?: 'left' | 'right' | 'both';
  }[];
  /** Parts of the text that gave no finding, as the API reports them. */
  readonly unrecognised: readonly string[];
  readonly failed: boolean;
}

/** One assessment: the whole case is sent again on every screen (the API is stateless). */
export interface Session {
  readonly profile: Profile;
  /** Findings from a prefill link and from the description, sent with every request. */
  readonly seed: readonly EvidenceItem[];
  readonly understood: UnderstoodSummary | null;
  /** One batch per answered screen; Back drops the last batch. */
  readonly batches: readonly (readonly EvidenceItem[])[];
  /** The question each batch answers (the review page lists them; Back restores the answer). */
  readonly asked: readonly Question[];
}

export type SavedView = 'start' | 'interview' | 'result' | 'review';

export interface Saved {
  readonly version: 1;
  /** Ties the browser's history entries to this assessment. */
  readonly generation: number;
  readonly session: Session;
  readonly position: number;
  readonly view: SavedView;
  readonly lastEstimate?: number;
}

const key = 'nightleg.interview';

export function saveInterview(saved: Saved): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(saved));
  } catch {
    // storage full or disabled: the interview still works, it just will not survive a reload
  }
}

export function clearInterview(): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // disabled
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The saved interview, or `null` when there is none or it does not have the expected shape. */
export function loadInterview(): Saved | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    if (!isObject(v) || v.version !== 1 || !isObject(v.session)) return null;
    const s = v.session;
    const p = s.profile;
    if (!isObject(p) || typeof p.age !== 'number' || (p.sex !== 'female' && p.sex !== 'male')) return null;
    if (!Array.isArray(s.seed) || !Array.isArray(s.batches) || !Array.isArray(s.asked)) return null;
    if (s.batches.length !== s.asked.length || !s.batches.every(Array.isArray)) return null;
    if (typeof v.position !== 'number' || v.position < 0 || v.position > s.batches.length) return null;
    if (!['start', 'interview', 'result', 'review'].includes(v.view as string)) return null;
    return v as unknown as Saved;
  } catch {
    return null;
  }
}

/** Apply the person's choice for a finding read from the text: yes / no are sent, "not sure" is asked. */
export function chooseUnderstood(
  session: Session,
  id: string,
  state: 'present' | 'absent' | 'unknown',
): Session {
  const understood = session.understood;
  if (!understood) return session;
  const item = understood.items.find((f) => f.id === id);
  if (!item) return session;
  const seed = session.seed.filter((e) => e.id !== id);
  if (state !== 'unknown') seed.push(item.side ? { id, state, side: item.side } : { id, state });
  return {
    ...session,
    seed,
    understood: { ...understood, items: understood.items.map((f) => (f.id === id ? { ...f, state } : f)) },
  };
}
