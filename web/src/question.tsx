import { useEffect, useRef, useState } from 'preact/hooks';
import { format, useDict } from './i18n/index.js';
import { sideText } from './summary.js';
import { findingStatement, optionText, questionText, questionWhy } from './text.js';
import type { EvidenceItem, EvidenceState, InterviewProgress, Question, UnderstoodFinding } from './types.js';

interface Props {
  readonly question: Question;
  readonly number: number;
  readonly progress: InterviewProgress;
  readonly busy: boolean;
  readonly error: string | null;
  readonly understood: UnderstoodSummary | null;
  readonly onAnswer: (batch: EvidenceItem[]) => void;
  readonly onBack: () => void;
  readonly onRetry: () => void;
}

export interface UnderstoodSummary {
  readonly items: readonly UnderstoodFinding[];
  /** Parts of the text that gave no finding, as the API reports them. */
  readonly unrecognised: readonly string[];
  readonly failed: boolean;
}

/** `unrecognised` as short strings, whatever shape the API uses (strings, or objects with `text`). */
export function unrecognisedTexts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((v) => (typeof v === 'string' ? v : typeof v?.text === 'string' ? (v.text as string) : ''))
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .slice(0, 10);
}

export function QuestionView(props: Props) {
  const { question: q, number, progress, busy, error, understood, onAnswer, onBack, onRetry } = props;
  const d = useDict();
  const u = d.ui;
  const total = number + Math.max(0, progress.remainingEstimate);
  const remaining = Math.max(0, progress.remainingEstimate);
  // The bar never moves backwards, even when the estimate rises (docs/api.md, step 5).
  const furthest = useRef(0);
  const done = Math.max(furthest.current, (number - 1) / total);
  furthest.current = done;
  const all = (state: EvidenceState) => q.options.map((o) => ({ id: o.finding, state }));

  return (
    <>
      <div class="progress-row">
        <p class="progress-text" id="progress-text">
          <span class="phase">
            {q.phase === 'complaint'
              ? u.phaseComplaint
              : q.phase === 'red_flag_screen'
                ? u.phaseScreen
                : q.phase === 'history'
                  ? u.phaseHistory
                  : u.phaseDifferential}
          </span>
          <span>
            {format(u.questionOf, { n: number })} ·{' '}
            {remaining > 1 ? format(u.moreToGo, { m: remaining }) : u.almostDone}
          </span>
        </p>
        <progress
          max={1000}
          value={Math.round(done * 1000)}
          aria-label={u.progressLabel}
          aria-describedby="progress-text"
        />
      </div>
      {understood && <Understood summary={understood} />}
      <h1 id="page-heading" class="question-heading" tabIndex={-1} data-question={q.id} data-kind={q.kind}>
        {questionText(d, q)}
      </h1>
      <details class="why">
        <summary>{u.whyAsked}</summary>
        <p>{questionWhy(d, q)}</p>
      </details>
      {q.kind === 'group' ? (
        <GroupAnswer key={`${q.id}:${number}`} question={q} busy={busy} onAnswer={onAnswer} all={all} />
      ) : (
        <fieldset class="answers bare" aria-labelledby="page-heading">
          <button
            type="button"
            class="btn btn-answer"
            disabled={busy}
            onClick={() => onAnswer(all('present'))}
          >
            {u.yes}
          </button>
          <button
            type="button"
            class="btn btn-answer"
            disabled={busy}
            onClick={() => onAnswer(all('absent'))}
          >
            {u.no}
          </button>
          <button
            type="button"
            class="btn btn-answer btn-quiet"
            disabled={busy}
            onClick={() => onAnswer(all('unknown'))}
          >
            {u.dontKnow}
          </button>
        </fieldset>
      )}
      {busy && (
        <p class="loading" role="status">
          {u.loading}
        </p>
      )}
      {error && (
        <div class="error" role="alert">
          <p>
            <strong>{u.errorTitle}.</strong> {error}
          </p>
          <button type="button" class="btn" onClick={onRetry}>
            {u.retry}
          </button>
        </div>
      )}
      <nav class="step-nav" aria-label={u.back}>
        <button type="button" class="btn btn-back" onClick={onBack} disabled={busy}>
          <span aria-hidden="true">←</span> {u.back}
        </button>
      </nav>
    </>
  );
}

function GroupAnswer({
  question: q,
  busy,
  onAnswer,
  all,
}: {
  question: Question;
  busy: boolean;
  onAnswer: (batch: EvidenceItem[]) => void;
  all: (state: EvidenceState) => EvidenceItem[];
}) {
  const d = useDict();
  const u = d.ui;
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [empty, setEmpty] = useState(false);
  const firstBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (chosen.size > 0) setEmpty(false);
  }, [chosen]);
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (chosen.size === 0) {
      setEmpty(true);
      firstBox.current?.focus();
      return;
    }
    // An unticked option was not reported: unknown, or left out when the question says 'open' (docs/api.md).
    onAnswer(
      q.options.flatMap((o): EvidenceItem[] =>
        chosen.has(o.finding)
          ? [{ id: o.finding, state: 'present' }]
          : q.unticked === 'unknown'
            ? [{ id: o.finding, state: 'unknown' }]
            : [],
      ),
    );
  };
  return (
    <form onSubmit={submit} class="group-form">
      <fieldset
        class="bare"
        aria-labelledby="page-heading"
        aria-describedby={empty ? 'group-hint group-error' : 'group-hint'}
      >
        <p class="hint" id="group-hint">
          {u.chooseAll}
        </p>
        {empty && (
          <p class="field-error" id="group-error" role="alert">
            {u.chooseOne}
          </p>
        )}
        <div class="choices">
          {q.options.map((o, i) => (
            <label class="choice" key={o.finding}>
              <input
                ref={i === 0 ? firstBox : undefined}
                type="checkbox"
                name={o.finding}
                checked={chosen.has(o.finding)}
                onChange={() => toggle(o.finding)}
                disabled={busy}
              />
              <span>{optionText(d, o.finding, o.text)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="answers">
        <button type="submit" class="btn btn-answer btn-primary" disabled={busy}>
          {u.continue}
        </button>
        <button type="button" class="btn btn-answer" disabled={busy} onClick={() => onAnswer(all('absent'))}>
          {u.noneOfThese}
        </button>
        <button
          type="button"
          class="btn btn-answer btn-quiet"
          disabled={busy}
          onClick={() => onAnswer(all('unknown'))}
        >
          {u.dontKnow}
        </button>
      </div>
    </form>
  );
}

export function Understood({ summary }: { summary: UnderstoodSummary }) {
  const d = useDict();
  const u = d.ui;
  const mark = (s: EvidenceState) =>
    s === 'present' ? u.understoodYes : s === 'absent' ? u.understoodNo : u.understoodUnknown;
  return (
    <section class="understood" aria-labelledby="understood-heading">
      <h2 id="understood-heading">{u.understoodTitle}</h2>
      {summary.failed ? (
        <p>{u.understoodFailed}</p>
      ) : summary.items.length === 0 ? (
        <p>{u.understoodNone}</p>
      ) : (
        <ul class="understood-list">
          {summary.items.map((f) => (
            <li key={f.id} class={`state-${f.state}`}>
              <span class="state-tag">{mark(f.state)}</span> {findingStatement(d, f.id)}
              {sideText(d, f.side)}
            </li>
          ))}
        </ul>
      )}
      {!summary.failed && summary.items.length > 0 && summary.unrecognised.length > 0 && (
        <>
          <p class="hint">{u.understoodRest}</p>
          <ul class="unrecognised">
            {summary.unrecognised.map((t) => (
              <li key={t}>“{t}”</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
