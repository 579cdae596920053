import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, nextQuestion, understand } from './api.js';
import {
  detectRegion,
  emergencyNumber,
  offeredRegions,
  type Region,
  RegionContext,
  saveRegion,
} from './emergency.js';
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
import { QuestionView, unrecognisedTexts } from './question.js';
import { ResultView } from './result.js';
import { ReviewView } from './review.js';
import {
  chooseUnderstood,
  clearInterview,
  loadInterview,
  type Session,
  saveInterview,
  type UnderstoodSummary,
} from './saved.js';
import { StartView } from './start.js';
import { questionText, urgencyLabel } from './text.js';
import type { EvidenceItem, EvidenceState, NextResponse, Profile } from './types.js';

type Theme = 'dark' | 'light';
const themeKey = 'nightleg.theme';

type View = 'start' | 'interview' | 'result' | 'review';

/**
 * History entries: `step` -1 is the start screen, k ≥ 0 the screen after k answered screens; `review`
 * marks the review page.
 */
interface HistoryState {
  readonly nightleg: number;
  readonly step: number;
  readonly review?: boolean;
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
  const [region, setRegion] = useState<Region>(detectRegion);
  /** The screen being changed from the review page; answering it keeps the later answers. */
  const editing = useRef<number | null>(null);

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
        // What the description (and its read-back) gave is not a question asked: the 12-question limit.
        ...(s.seed.length > 0 ? { described: s.seed.map((e) => e.id) } : {}),
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

  const push = (step: number, review = false) => {
    const state: HistoryState = review
      ? { nightleg: generation.current, step, review }
      : { nightleg: generation.current, step };
    history.pushState(state, '');
  };

  const showReview = (s: Session) => {
    requestSeq.current++;
    setBusy(false);
    setError(null);
    setSession(s);
    setPosition(s.batches.length);
    setView('review');
    setScreen((n) => n + 1);
  };

  useEffect(() => {
    // A reload resumes the interview kept in this tab (web/src/saved.ts); the history entries stay valid.
    const saved = loadInterview();
    if (saved) {
      generation.current = saved.generation;
      shownEstimate.current = saved.lastEstimate;
      const current = history.state as HistoryState | null;
      if (current?.nightleg !== saved.generation)
        history.replaceState(
          {
            nightleg: saved.generation,
            step: saved.view === 'start' ? -1 : saved.position,
            ...(saved.view === 'review' ? { review: true } : {}),
          } satisfies HistoryState,
          '',
        );
      if (saved.view === 'start') {
        setSession(saved.session);
        setScreen((n) => n + 1);
      } else if (saved.view === 'review') showReview(saved.session);
      else void load(saved.session, saved.position);
    } else {
      history.replaceState({ nightleg: generation.current, step: -1 } satisfies HistoryState, '');
    }
    const onPop = (e: PopStateEvent) => {
      const state = e.state as HistoryState | null;
      const { session: s } = latest.current;
      editing.current = null;
      if (!state || state.nightleg !== generation.current || state.step < 0 || !s) {
        requestSeq.current++;
        setBusy(false);
        setError(null);
        setView('start');
        setScreen((n) => n + 1);
        return;
      }
      if (state.review) return showReview(s);
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
          items: items.map((f) =>
            f.side ? { id: f.id, state: f.state, side: f.side } : { id: f.id, state: f.state },
          ),
          unrecognised: unrecognisedTexts(res.unrecognised),
          failed: false,
        };
      } catch {
        understood = { items: [], unrecognised: [], failed: true };
      }
    }
    const s: Session = { profile, seed, understood, batches: [], asked: [] };
    editing.current = null;
    if (await load(s, 0)) push(0);
  };

  const answer = async (batch: EvidenceItem[]) => {
    const asked = response?.question;
    if (!session || busy || !asked) return;
    const k = editing.current;
    // A change from the review page replaces that one answer and keeps the rest; otherwise the answers
    // after this screen (left by Back) are dropped.
    const s: Session =
      k !== null && k === position
        ? {
            ...session,
            batches: session.batches.map((b, i) => (i === k ? batch : b)),
            asked: session.asked.map((q, i) => (i === k ? asked : q)),
          }
        : {
            ...session,
            batches: [...session.batches.slice(0, position), batch],
            asked: [...session.asked.slice(0, position), asked],
          };
    const next = k !== null && k === position ? s.batches.length : position + 1;
    retryAction.current = () => void answer(batch);
    if (await load(s, next)) {
      editing.current = null;
      push(next);
    }
  };

  /** The person changed what was read from their description: the first question is worked out again. */
  const chooseFromText = (id: string, state: EvidenceState) => {
    if (!session) return;
    const s = chooseUnderstood(session, id, state);
    setSession(s);
    if (view === 'interview') void load(s, position);
  };

  const openReview = () => {
    if (!session) return;
    push(session.batches.length, true);
    showReview(session);
  };

  const changeFromReview = async (k: number) => {
    if (!session) return;
    editing.current = k;
    if (await load(session, k)) push(k);
  };

  const finishReview = async () => {
    if (!session) return;
    const n = session.batches.length;
    if (await load(session, n)) push(n);
  };

  const back = () => history.back();

  const restart = () => {
    requestSeq.current++;
    generation.current = Date.now();
    editing.current = null;
    clearInterview();
    push(-1);
    setSession(null);
    setResponse(null);
    setPosition(0);
    setBusy(false);
    setError(null);
    setView('start');
    setScreen((n) => n + 1);
  };

  // Keep the interview in this tab's sessionStorage, so a reload resumes it (cleared by "Start again").
  useEffect(() => {
    if (!session) return;
    saveInterview({
      version: 1,
      generation: generation.current,
      session,
      position,
      view,
      ...(shownEstimate.current === undefined ? {} : { lastEstimate: shownEstimate.current }),
    });
  }, [session, position, view]);

  // The page title names the screen ("Question 3 of about 6 — nightleg").
  useEffect(() => {
    const u = dict.ui;
    const screenName =
      view === 'interview' && response?.question
        ? format(u.titleQuestion, {
            n: position + 1,
            total: position + 1 + Math.max(0, response.progress.remainingEstimate),
          })
        : view === 'result' && response
          ? format(u.titleResult, { label: urgencyLabel(dict, response.result.triage.level) })
          : view === 'review'
            ? u.titleReview
            : u.startTitle;
    document.title = `${screenName} — ${u.appName}`;
  }, [dict, view, position, response]);

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
    } else if (view === 'review') {
      setAnnouncement(u.reviewTitle);
    } else {
      setAnnouncement(u.startTitle);
    }
  }, [screen]);

  const u = dict.ui;
  const other: Lang = dict.lang === 'en' ? 'es' : 'en';
  const fromText = new Set(
    session?.understood?.items.filter((e) => e.state !== 'unknown').map((e) => e.id) ?? [],
  );
  const regionName = (r: string) => {
    if (r === 'other') return u.regionOther;
    if (r === 'EU') return u.regionEU;
    try {
      return new Intl.DisplayNames([dict.lang], { type: 'region' }).of(r) ?? r;
    } catch {
      return r;
    }
  };
  const chooseRegion = (r: Region) => {
    setRegion(r);
    saveRegion(r);
  };
  const previous =
    session && response?.question && session.asked[position]?.id === response.question.id
      ? session.batches[position]
      : undefined;

  return (
    <DictContext.Provider value={dict}>
      <RegionContext.Provider value={region}>
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
            <span class="region-setting">
              <label for="region">{u.regionLabel}</label>
              <select
                id="region"
                value={region}
                onChange={(e) => chooseRegion((e.currentTarget as HTMLSelectElement).value)}
              >
                {(offeredRegions as readonly string[])
                  .concat((offeredRegions as readonly string[]).includes(region) ? [] : [region])
                  .map((r) => {
                    const n = emergencyNumber(r);
                    return (
                      <option key={r} value={r}>
                        {n ? `${regionName(r)}: ${n}` : regionName(r)}
                      </option>
                    );
                  })}
              </select>
            </span>
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
              previous={previous}
              onUnderstood={chooseFromText}
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
              onReview={openReview}
              canGoBack={position > 0}
            />
          )}
          {view === 'review' && session && (
            <ReviewView
              session={session}
              busy={busy}
              error={error}
              onUnderstood={chooseFromText}
              onChange={(k) => void changeFromReview(k)}
              onDone={() => void finishReview()}
            />
          )}
        </main>
        <div class="sr-only" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
      </RegionContext.Provider>
    </DictContext.Provider>
  );
}
