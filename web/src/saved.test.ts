import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseUnderstood,
  clearInterview,
  loadInterview,
  type Saved,
  type Session,
  saveInterview,
} from './saved.js';

const session: Session = {
  profile: { age: 60, sex: 'female', text: 'calf cramps at night' },
  seed: [{ id: 'pain_calf', state: 'present' }],
  understood: {
    items: [
      { id: 'pain_calf', state: 'present' },
      { id: 'one_leg_swollen', state: 'unknown', side: 'left' },
    ],
    unrecognised: [],
    failed: false,
  },
  batches: [[{ id: 'evening_night_worse', state: 'present' }]],
  asked: [{ id: 'evening_night_worse', kind: 'single', text: 'Worse at night?', options: [] } as never],
};

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('the interview kept in sessionStorage', () => {
  afterEach(() => {
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  });

  it('saves, loads and clears; refuses a malformed record', () => {
    const store = memoryStorage();
    (globalThis as { sessionStorage?: unknown }).sessionStorage = store;
    const saved: Saved = { version: 1, generation: 7, session, position: 1, view: 'result' };
    saveInterview(saved);
    expect(loadInterview()).toEqual(saved);
    clearInterview();
    expect(loadInterview()).toBeNull();
    store.setItem('nightleg.interview', '{"version":1,"session":{}}');
    expect(loadInterview()).toBeNull();
    store.setItem('nightleg.interview', JSON.stringify({ ...saved, position: 5 }));
    expect(loadInterview()).toBeNull();
    store.setItem('nightleg.interview', 'not json');
    expect(loadInterview()).toBeNull();
  });

  it('works without storage (nothing kept, nothing thrown)', () => {
    expect(() =>
      saveInterview({ version: 1, generation: 1, session, position: 0, view: 'start' }),
    ).not.toThrow();
    expect(loadInterview()).toBeNull();
  });

  it('an understood finding set to yes or no is sent; "not sure" is left to be asked', () => {
    const no = chooseUnderstood(session, 'pain_calf', 'absent');
    expect(no.seed).toEqual([{ id: 'pain_calf', state: 'absent' }]);
    expect(no.understood?.items[0]?.state).toBe('absent');
    const unsure = chooseUnderstood(no, 'pain_calf', 'unknown');
    expect(unsure.seed).toEqual([]);
    const yes = chooseUnderstood(unsure, 'one_leg_swollen', 'present');
    expect(yes.seed).toEqual([{ id: 'one_leg_swollen', state: 'present', side: 'left' }]);
    expect(chooseUnderstood(session, 'not_read', 'present')).toBe(session);
  });
});
