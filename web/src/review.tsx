import { format, useDict } from './i18n/index.js';
import { Understood } from './question.js';
import type { Session } from './saved.js';
import { findingStatement, optionText, questionText } from './text.js';
import type { EvidenceItem, EvidenceState, Question } from './types.js';

interface Props {
  readonly session: Session;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onUnderstood: (id: string, state: EvidenceState) => void;
  readonly onChange: (index: number) => void;
  readonly onDone: () => void;
}

/** The answer to one screen in words: "Yes", the ticked items, "None of these" or "Don't know". */
function answerText(d: ReturnType<typeof useDict>, q: Question, batch: readonly EvidenceItem[]): string {
  const u = d.ui;
  const states = new Set(batch.map((e) => e.state));
  if (q.kind === 'single') {
    const s = batch[0]?.state;
    return s === 'present' ? u.yes : s === 'absent' ? u.no : u.dontKnow;
  }
  const ticked = batch.filter((e) => e.state === 'present');
  if (ticked.length > 0)
    return ticked
      .map((e) =>
        findingStatement(d, e.id, optionText(d, e.id, q.options.find((o) => o.finding === e.id)?.text ?? '')),
      )
      .join('; ');
  if (states.size === 1 && states.has('absent')) return u.noneOfThese;
  return u.dontKnow;
}

/** Every answer so far, each with a way to change it; the result is worked out again afterwards. */
export function ReviewView({ session, busy, error, onUnderstood, onChange, onDone }: Props) {
  const d = useDict();
  const u = d.ui;
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {u.reviewTitle}
      </h1>
      <p class="lead">{u.reviewIntro}</p>
      {session.understood && (
        <Understood summary={session.understood} onChange={onUnderstood} disabled={busy} />
      )}
      {session.asked.length === 0 ? (
        <p>{u.reviewEmpty}</p>
      ) : (
        <ol class="review-list">
          {session.asked.map((q, i) => {
            const question = questionText(d, q);
            return (
              <li key={`${q.id}:${i}`} data-question={q.id}>
                <p class="review-q">{question}</p>
                <p class="review-a">{answerText(d, q, session.batches[i] ?? [])}</p>
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={busy}
                  aria-label={format(u.reviewChangeLabel, { question })}
                  onClick={() => onChange(i)}
                >
                  {u.reviewChange}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {error && (
        <div class="error" role="alert">
          <strong>{u.errorTitle}.</strong> {error}
        </div>
      )}
      <div class="step-nav">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={onDone}>
          {u.reviewSeeResult}
        </button>
      </div>
    </>
  );
}
