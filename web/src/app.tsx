import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, nextQuestion, understand } from './api.js';
import {
  type Dict,
  DictContext,
  detectLanguage,
  en,
  format,
  type Lang,
  loadDict,
  saveLanguage,
} from './i18n/index.js';
import { readPrefill } from './prefill.js';
import { QuestionView, type UnderstoodSummary, unrecognisedTexts } from './question.js';
import { ResultView } from './result.js';
import { StartView } from './start.js';
import { questionText, urgencyLabel } from './text.js';
import type { EvidenceItem, NextResponse, Profile } from './types.js';

type Theme = 'dark' | 'light';
const themeKey = 'nightleg.theme';

/** One assessment. Answers live only in memory: nothing about health is stored. */
interface Session {
  readonly profile: Profile;
  /** Findings understood from the free text, sent with every request. */
  readonly seed: readonly EvidenceItem[];
  readonly understood: UnderstoodSummary | null;
  /** One batch per answered screen; Back drops the last batch. */
  readonly batches: readonly (readonly EvidenceItem[])[];
}

type View = 'start' | 'interview' | 'result';

/** History entries: `step` -1 is the start screen, k ≥ 0 the screen after k answered screens. */
interface HistoryState {
  readonly nightleg: number;
  readonly step: number;
}

function initialTheme(): Theme {
  try {
    const saved = localStorage.getItem(themeKey);
    if (saved === 'dark' || saved === 'light') return saved;
  } catch {
    // storage disabled
  }
  return window.matchMedia?.('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

export function App() {
  const [dict, setDict] = useState<Dict>(en);
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const [themeChosen, setThemeChosen] = useState(false);
  const [view, setView] = useState<View>('start');
  const [session, setSession] = useState<Session | null>(null);
  const [position, setPosition] = useState(0);
  const [response, setResponse] = useState<NextResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [screen, setScreen] = useState(0);

  const generation = useRef(Date.now());
  // A link from a clinical system (docs/cds-hooks.md) may prefill age, sex and findings from the record.
  const prefill = useRef(readPrefill(window.location.search));
  const retryAction = useRef<(() => void) | null>(null);
  const requestSeq = useRef(0);
  const latest = useRef({ session, position, view, dict });
  latest.current = { session, position, view, dict };
  const firstRender = useRef(true);

  // Language: saved choice or browser preference; Spanish is loaded on demand.
  const switchLanguage = useCallback(async (lang: Lang, save: boolean) => {
    const next = await loadDict(lang);
    setDict(next);
    if (save) saveLanguage(lang);
  }, []);
  useEffect(() => {
    const lang = detectLanguage();
    if (lang !== 'en') void switchLanguage(lang, false);
  }, [switchLanguage]);
  useEffect(() => {
    document.documentElement.lang = dict.lang;
    document.title = `${dict.ui.appName}: ${dict.ui.tagline}`;
  }, [dict]);

  // Theme: follows the system until the person picks one.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    const meta = document.querySelector('meta[name="theme-color"]');
    meta?.setAttribute('content', theme === 'dark' ? '#0f1419' : '#ffffff');
  }, [theme]);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: light)');
    if (!mq || themeChosen) return;
    const onChange = () => setTheme(mq.matches ? 'light' : 'dark');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [themeChosen]);
  const toggleTheme = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    setTheme(next);
    setThemeChosen(true);
    try {
      localStorage.setItem(themeKey, next);
    } catch {
      // not essential
    }
  };

  const errorMessage = (e: unknown) =>
    e instanceof ApiError && e.status !== 0 ? e.message : latest.current.dict.ui.networkError;

  /** The estimate shown last, sent back so the next one rises by at most two (see docs/api.md). */
  const shownEstimate = useRef<number | undefined>(undefined);

  /** Ask the engine for the screen after `step` answered screens. */
  const load = useCallback(async (s: Session, step: number): Promise<boolean> => {
    const seq = ++requestSeq.current;
    setBusy(true);
    setError(null);
    try {
      const evidence = [...s.seed, ...s.batches.slice(0, step).flat()];
      const lastEstimate = step > 0 ? shownEstimate.current : undefined;
      const res = await nextQuestion({
        age: s.profile.age,
        sex: s.profile.sex,
        evidence,
        lang: latest.current.dict.lang,
        ...(lastEstimate === undefined ? {} : { lastEstimate }),
      });
      shownEstimate.current = res.progress.remainingEstimate;
      if (seq !== requestSeq.current) return false;
      setSession(s);
      setPosition(step);
      setResponse(res);
      setView(res.shouldStop || !res.question ? 'result' : 'interview');
      setScreen((n) => n + 1);
      return true;
    } catch (e) {
      if (seq === requestSeq.current) setError(errorMessage(e));
      return false;
    } finally {
      if (seq === requestSeq.current) setBusy(false);
    }
  }, []);

  const push = (step: number) => {
    const state: HistoryState = { nightleg: generation.current, step };
    history.pushState(state, '');
  };

  useEffect(() => {
    history.replaceState({ nightleg: generation.current, step: -1 } satisfies HistoryState, '');
    const onPop = (e: PopStateEvent) => {
      const state = e.state as HistoryState | null;
      const { session: s } = latest.current;
      if (!state || state.nightleg !== generation.current || state.step < 0 || !s) {
        requestSeq.current++;
        setBusy(false);
        setError(null);
        setView('start');
        setScreen((n) => n + 1);
        return;
      }
      void load(s, Math.min(state.step, s.batches.length));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [load]);

  const start = async (profile: Profile) => {
    setBusy(true);
    setError(null);
    let seed: EvidenceItem[] = [...prefill.current.evidence];
    let understood: UnderstoodSummary | null = null;
    if (profile.text) {
      try {
        const res = await understand(profile.text, latest.current.dict.lang);
        // One entry per finding (the last mention wins, as in the engine), without `span` / `text`.
        const items = [...new Map(res.findings.map((f) => [f.id, f])).values()];
        // A hedged mention ("I think it's swollen") is shown but not sent as evidence, so it is still asked.
        seed = [...prefill.current.evidence.filter((p) => !items.some((f) => f.id === p.id)), ...items]
          .filter((f) => f.state !== 'unknown')
          .map((f) => (f.side ? { id: f.id, state: f.state, side: f.side } : { id: f.id, state: f.state }));
        understood = {
          items,
          unrecognised: unrecognisedTexts(res.unrecognised),
          failed: false,
        };
      } catch {
        understood = { items: [], unrecognised: [], failed: true };
      }
    }
    const s: Session = { profile, seed, understood, batches: [] };
    if (await load(s, 0)) push(0);
  };

  const answer = async (batch: EvidenceItem[]) => {
    if (!session || busy) return;
    const s: Session = { ...session, batches: [...session.batches.slice(0, position), batch] };
    retryAction.current = () => void answer(batch);
    if (await load(s, position + 1)) push(position + 1);
  };

  const back = () => history.back();

  const restart = () => {
    requestSeq.current++;
    generation.current = Date.now();
    push(-1);
    setSession(null);
    setResponse(null);
    setPosition(0);
    setBusy(false);
    setError(null);
    setView('start');
    setScreen((n) => n + 1);
  };

  // Each new screen: move focus to its heading and announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.getElementById('page-heading');
    heading?.focus();
    window.scrollTo?.(0, 0);
    const u = latest.current.dict.ui;
    if (view === 'interview' && response?.question) {
      setAnnouncement(
        format(u.announceQuestion, {
          n: position + 1,
          text: questionText(latest.current.dict, response.question),
        }),
      );
    } else if (view === 'result' && response) {
      setAnnouncement(
        format(u.announceResult, { label: urgencyLabel(latest.current.dict, response.result.triage.level) }),
      );
    } else {
      setAnnouncement(u.startTitle);
    }
  }, [screen]);

  const u = dict.ui;
  const other: Lang = dict.lang === 'en' ? 'es' : 'en';
  const fromText = new Set(session?.seed.map((e) => e.id) ?? []);

  return (
    <DictContext.Provider value={dict}>
      <a class="skip-link" href="#main">
        {u.skipLink}
      </a>
      <header class="site-header">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            ☾
          </span>
          <span class="name">{u.appName}</span>
          <span class="tagline">{u.tagline}</span>
        </div>
        <nav class="settings" aria-label={u.settings}>
          <button
            type="button"
            class="btn btn-small"
            lang={other}
            aria-label={u.switchLanguageLabel}
            onClick={() => void switchLanguage(other, true)}
          >
            {u.switchLanguage}
          </button>
          <button type="button" class="btn btn-small" onClick={toggleTheme}>
            {theme === 'dark' ? u.themeToLight : u.themeToDark}
          </button>
        </nav>
      </header>
      <main
        id="main"
        tabIndex={-1}
        aria-busy={busy ? 'true' : 'false'}
        data-view={view}
        data-screen={screen}
        data-step={view === 'start' ? -1 : position}
      >
        {view === 'start' && (
          <StartView
            key={`start-${generation.current}`}
            initial={session?.profile ?? prefill.current.profile}
            busy={busy}
            error={error}
            onStart={(p) => void start(p)}
          />
        )}
        {view === 'interview' && session && response?.question && (
          <QuestionView
            question={response.question}
            number={position + 1}
            progress={response.progress}
            busy={busy}
            error={error}
            understood={position === 0 ? session.understood : null}
            onAnswer={(b) => void answer(b)}
            onBack={back}
            onRetry={() => (retryAction.current ?? (() => void load(session, position)))()}
          />
        )}
        {view === 'result' && session && response && (
          <ResultView
            result={response.result}
            profile={session.profile}
            understood={session.understood}
            fromText={fromText}
            onBack={back}
            onRestart={restart}
            canGoBack={position > 0}
          />
        )}
      </main>
      <div class="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </DictContext.Provider>
  );
}
