import { useEffect, useRef, useState } from 'preact/hooks';
import { format, useDict } from './i18n/index.js';
import type { UnderstoodSummary } from './saved.js';
import { sideText } from './summary.js';
import { findingStatement, optionText, questionText, questionWhy } from './text.js';
import type { EvidenceItem, EvidenceState, InterviewProgress, Question } from './types.js';

export type { UnderstoodSummary };

interface Props {
  readonly question: Question;
  readonly number: number;
  readonly progress: InterviewProgress;
  readonly busy: boolean;
  readonly error: string | null;
  readonly understood: UnderstoodSummary | null;
  /** The answer given before on this screen (Back, or changing an answer): shown and preselected. */
  readonly previous?: readonly EvidenceItem[];
  readonly onUnderstood?: (id: string, state: EvidenceState) => void;
  readonly onAnswer: (batch: EvidenceItem[]) => void;
  readonly onBack: () => void;
  readonly onRetry: () => void;
}

/**
 * `unrecognised` as short strings, whatever shape the API uses (strings, or objects with `text`), each
 * once (ignoring case and spacing), at most ten.
 */
export function unrecognisedTexts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of value) {
    const t = (typeof v === 'string' ? v : typeof v?.text === 'string' ? (v.text as string) : '')
      .replace(/\s+/g, ' ')
      .trim();
    const k = t.toLowerCase();
    if (t === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out.slice(0, 10);
}

/** How a single question was answered before, if it was. */
function previousState(previous: readonly EvidenceItem[] | undefined): EvidenceState | undefined {
  const states = new Set(previous?.map((e) => e.state));
  return states.size === 1 ? [...states][0] : undefined;
}

export function QuestionView(props: Props) {
  const {
    question: q,
    number,
    progress,
    busy,
    error,
    understood,
    previous,
    onAnswer,
    onBack,
    onRetry,
  } = props;
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
      {understood && <Understood summary={understood} onChange={props.onUnderstood} disabled={busy} />}
      <h1 id="page-heading" class="question-heading" tabIndex={-1} data-question={q.id} data-kind={q.kind}>
        {questionText(d, q)}
      </h1>
      <details class="why">
        <summary>{u.whyAsked}</summary>
        <p>{questionWhy(d, q)}</p>
      </details>
      {q.kind === 'group' ? (
        <GroupAnswer
          key={`${q.id}:${number}`}
          question={q}
          busy={busy}
          previous={previous}
          onAnswer={onAnswer}
          all={all}
        />
      ) : (
        <fieldset
          class="answers bare"
          aria-labelledby="page-heading"
          aria-describedby={previousState(previous) ? 'previous-answer' : undefined}
        >
          {previousState(previous) && (
            <p class="hint previous-answer" id="previous-answer" data-previous={previousState(previous)}>
              {format(u.previousAnswer, {
                answer:
                  previousState(previous) === 'present'
                    ? u.yes
                    : previousState(previous) === 'absent'
                      ? u.no
                      : u.dontKnow,
              })}
            </p>
          )}
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

/** The "None of these" box; a finding id never has this form. */
const noneBox = '__none__';

function GroupAnswer({
  question: q,
  busy,
  previous,
  onAnswer,
  all,
}: {
  question: Question;
  busy: boolean;
  previous?: readonly EvidenceItem[];
  onAnswer: (batch: EvidenceItem[]) => void;
  all: (state: EvidenceState) => EvidenceItem[];
}) {
  const d = useDict();
  const u = d.ui;
  // Ticked as before when this screen was answered already (Back, or a change from the review page).
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => {
    const present = (previous ?? []).filter((e) => e.state === 'present').map((e) => e.id);
    if (present.length > 0) return new Set(present);
    if (previous?.length && previous.every((e) => e.state === 'absent')) return new Set([noneBox]);
    return new Set();
  });
  const [empty, setEmpty] = useState(false);
  const firstBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (chosen.size > 0) setEmpty(false);
  }, [chosen]);
  // "None of these" and the items exclude each other: ticking one clears the other kind.
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else {
      if (id === noneBox) next.clear();
      else next.delete(noneBox);
      next.add(id);
    }
    setChosen(next);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (chosen.size === 0) {
      setEmpty(true);
      firstBox.current?.focus();
      return;
    }
    if (chosen.has(noneBox)) return onAnswer(all('absent'));
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
          <label class="choice choice-none">
            <input
              type="checkbox"
              name={noneBox}
              data-none="true"
              checked={chosen.has(noneBox)}
              onChange={() => toggle(noneBox)}
              disabled={busy}
            />
            <span>{u.noneOfThese}</span>
          </label>
        </div>
      </fieldset>
      <div class="answers">
        <button type="submit" class="btn btn-answer btn-primary" disabled={busy}>
          {u.continue}
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

/**
 * What was read from the description. With `onChange` each finding can be set to yes / no / not sure
 * (yes and no are sent as evidence; "not sure" leaves it to be asked); without it, a read-only list.
 */
export function Understood({
  summary,
  onChange,
  disabled = false,
}: {
  summary: UnderstoodSummary;
  onChange?: (id: string, state: EvidenceState) => void;
  disabled?: boolean;
}) {
  const d = useDict();
  const u = d.ui;
  const mark = (s: EvidenceState) =>
    s === 'present' ? u.understoodYes : s === 'absent' ? u.understoodNo : u.understoodUnknown;
  const states: readonly EvidenceState[] = ['present', 'absent', 'unknown'];
  return (
    <section class="understood" aria-labelledby="understood-heading">
      <h2 id="understood-heading">{u.understoodTitle}</h2>
      {summary.failed ? (
        <p>{u.understoodFailed}</p>
      ) : summary.items.length === 0 ? (
        <p>{u.understoodNone}</p>
      ) : onChange ? (
        <>
          <p class="hint">{u.understoodEdit}</p>
          <ul class="understood-list editable">
            {summary.items.map((f) => (
              <li key={f.id} data-finding={f.id}>
                <fieldset class="understood-item">
                  <legend>
                    {findingStatement(d, f.id)}
                    {sideText(d, f.side)}
                  </legend>
                  <div class="segmented">
                    {states.map((s) => (
                      <label key={s} class="seg">
                        <input
                          type="radio"
                          name={`understood-${f.id}`}
                          value={s}
                          checked={f.state === s}
                          disabled={disabled}
                          onChange={() => onChange(f.id, s)}
                        />
                        <span>{mark(s)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <ul class="understood-list">
          {summary.items.map((f) => (
            <li key={f.id} class={`understood-row state-${f.state}`} data-finding={f.id}>
              <span class="state-tag">{mark(f.state)}</span>
              <span class="understood-text">
                {findingStatement(d, f.id)}
                {sideText(d, f.side)}
              </span>
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
