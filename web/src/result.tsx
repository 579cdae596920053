import { useEffect, useMemo, useState } from 'preact/hooks';
import { findingsCatalog } from './api.js';
import { useEmergencyNumber, withNumber } from './emergency.js';
import { format, useDict } from './i18n/index.js';
import { Check, Cross, UrgencyIcon } from './icons.js';
import { Understood, type UnderstoodSummary } from './question.js';
import { Disclaimer } from './start.js';
import { buildSummary, coverageInSummary, findingLine, type SummaryFinding, summaryText } from './summary.js';
import {
  bandText,
  conditionName,
  findingStatement,
  reasonText,
  selfCare,
  shownFactors,
  topCauses,
  urgencyAction,
  urgencyLabel,
} from './text.js';
import type { CaseResult, CatalogFinding, Profile, RankedCondition } from './types.js';

interface Props {
  readonly result: CaseResult;
  readonly profile: Profile;
  readonly understood: UnderstoodSummary | null;
  readonly fromText: ReadonlySet<string>;
  readonly onBack: () => void;
  readonly onRestart: () => void;
  readonly onReview: () => void;
  readonly canGoBack: boolean;
}

/**
 * What may help now, as the engine decided it (it starts with the cause that sets the urgency and withholds
 * advice a dangerous cause in play forbids). A cause's own translated advice is used only when none of its
 * advice was withheld; otherwise the engine's items are shown as given.
 */
function adviceByCause(result: CaseResult): { id: string; texts: string[]; whole: boolean }[] {
  const groups: { id: string; texts: string[]; whole: boolean }[] = [];
  const withheldFrom = new Set(result.advice.withheld.map((w) => w.condition));
  for (const item of result.advice.items) {
    let g = groups.find((x) => x.id === item.condition);
    if (!g) {
      g = { id: item.condition, texts: [], whole: !withheldFrom.has(item.condition) };
      groups.push(g);
    }
    g.texts.push(item.text);
  }
  return groups;
}

let catalogPromise: Promise<Map<string, CatalogFinding>> | null = null;

export function ResultView(props: Props) {
  const { result, profile, understood, fromText, onBack, onRestart, onReview, canGoBack } = props;
  const d = useDict();
  const u = d.ui;
  const phone = useEmergencyNumber();
  const numberText = phone ?? u.localNumber;
  const level = result.triage.level;
  const causes = topCauses(result.conditions);
  const helps = adviceByCause(result);
  const byId = new Map(result.conditions.map((c) => [c.id, c]));
  const triage = result.triage;
  const emergency = level === 'emergency' || level === 'emergency_ambulance';
  const [catalog, setCatalog] = useState<Map<string, CatalogFinding> | undefined>(undefined);
  useEffect(() => {
    catalogPromise ??= findingsCatalog().catch(() => new Map());
    let live = true;
    catalogPromise.then((c) => live && setCatalog(c));
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <section class={`banner banner-${level}`} data-level={level} aria-labelledby="page-heading">
        <UrgencyIcon level={level} />
        <div>
          <h1 id="page-heading" tabIndex={-1}>
            {urgencyLabel(d, level, result.triage.label)}
          </h1>
          <p class="banner-action">{withNumber(urgencyAction(d, level, result.triage.action), numberText)}</p>
          {emergency && phone && (
            <a class="btn-call" href={`tel:${phone}`} data-number={phone}>
              {format(u.callNumber, { number: phone })}
            </a>
          )}
        </div>
      </section>

      {triage.provisional && (
        <section
          aria-labelledby="provisional-heading"
          class="card provisional no-print"
          data-provisional="true"
        >
          <h2 id="provisional-heading">{u.provisionalTitle}</h2>
          {emergency ? (
            <p>{u.provisionalEmergency}</p>
          ) : (
            <>
              <p>{u.provisionalIntro}</p>
              <ul class="unanswered">
                {triage.unanswered.map((q) => (
                  <li key={q.id}>{d.findings[q.id]?.q ?? q.text}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="reasons-heading" class="card no-print">
        <h2 id="reasons-heading">{u.reasonsTitle}</h2>
        <ul class="reasons">
          {result.triage.reasons.map((r) => (
            <li key={`${r.kind}:${r.id}`}>{reasonText(d, r, result.conditions)}</li>
          ))}
        </ul>
      </section>

      {understood && (
        <div class="no-print">
          <Understood summary={understood} />
        </div>
      )}

      <section aria-labelledby="causes-heading" class="card no-print">
        <h2 id="causes-heading">{u.causesTitle}</h2>
        <p class="hint">{u.causesIntro}</p>
        <ol class="causes">
          {causes.map((c) => (
            <Cause key={c.id} condition={c} />
          ))}
        </ol>
      </section>

      <section aria-labelledby="helps-heading" class="card no-print">
        <h2 id="helps-heading">{u.helpsTitle}</h2>
        {helps.map((g) => {
          const c = byId.get(g.id);
          if (!c) return null;
          return (
            <div class="help" key={g.id}>
              <h3>{format(u.helpsFor, { name: conditionName(d, c) })}</h3>
              <p>{withNumber(g.whole ? selfCare(d, c) : g.texts.join(' '), numberText)}</p>
            </div>
          );
        })}
        {result.advice.withheld.length > 0 && (
          <div class="help withheld">
            <h3>{u.withheldTitle}</h3>
            <ul>
              {result.advice.withheld.map((w) => (
                <li key={w.text}>
                  <s>{w.text}</s> {withNumber(w.reason, numberText)}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="seek-heading" class="card no-print">
        <h2 id="seek-heading">{u.seekTitle}</h2>
        <p>{u.seekIntro}</p>
        <SeekList
          title={format(u.seekAmbulanceTitle, { number: numberText })}
          items={u.seekAmbulance}
          tone="ambulance"
        />
        <SeekList title={u.seekEmergencyTitle} items={u.seekEmergency} tone="emergency" />
        <SeekList title={u.seekTodayTitle} items={u.seekToday} tone="today" />
        <SeekList title={u.seekBookTitle} items={u.seekBook} tone="book" />
      </section>

      <DoctorSummary result={result} profile={profile} catalog={catalog} fromText={fromText} />

      <div class="no-print">
        <Disclaimer />
      </div>

      <nav class="step-nav no-print" aria-label={u.startAgain}>
        {canGoBack && (
          <button type="button" class="btn" onClick={onReview}>
            {u.reviewOpen}
          </button>
        )}
        {canGoBack && (
          <button type="button" class="btn btn-back" onClick={onBack}>
            <span aria-hidden="true">←</span> {u.changeAnswer}
          </button>
        )}
        <button type="button" class="btn" onClick={onRestart}>
          {u.startAgain}
        </button>
      </nav>
    </>
  );
}

function Cause({ condition: c }: { condition: RankedCondition }) {
  const d = useDict();
  const u = d.ui;
  const name = conditionName(d, c);
  const headingId = `cause-${c.id}`;
  return (
    <li class="cause" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {c.band === 'rule_out_first' ? (
        <p class="rule-out" data-band={c.band}>
          <strong>{u.ruleOutFirst}</strong>
        </p>
      ) : (
        <p class={`band band-${c.band}`} data-band={c.band}>
          {bandText(d, c.band)}
        </p>
      )}
      {c.band !== 'rule_out_first' && c.supporting.length === 0 && c.opposing.length === 0 && (
        <p class="hint">{u.fromPriors}</p>
      )}
      {c.supporting.length > 0 && (
        <div class="factors">
          <h4>{u.pointsFor}</h4>
          <ul>
            {c.supporting.slice(0, shownFactors.for).map((f) => (
              <li key={f.finding}>
                <Check /> {findingStatement(d, f.finding, f.kind === 'criterion' ? f.label : f.clinicianTerm)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {c.opposing.length > 0 && (
        <div class="factors">
          <h4>{u.pointsAgainst}</h4>
          <ul>
            {c.opposing.slice(0, shownFactors.against).map((f) => (
              <li key={f.finding}>
                <Cross /> {findingStatement(d, f.finding, f.clinicianTerm)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function SeekList({ title, items, tone }: { title: string; items: readonly string[]; tone: string }) {
  return (
    <div class={`seek seek-${tone}`}>
      <h3>{title}</h3>
      <ul>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </div>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea fallback
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  document.body.appendChild(area);
  const active = document.activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus();
  return ok;
}

function FindingList({ items }: { items: readonly SummaryFinding[] }) {
  const d = useDict();
  if (items.length === 0) return <p class="none">{d.ui.summaryNone}</p>;
  return (
    <ul class="compact">
      {items.map((f) => (
        <li key={f.id}>{findingLine(d, f)}</li>
      ))}
    </ul>
  );
}

function DoctorSummary({
  result,
  profile,
  catalog,
  fromText,
}: {
  result: CaseResult;
  profile: Profile;
  catalog: Map<string, CatalogFinding> | undefined;
  fromText: ReadonlySet<string>;
}) {
  const d = useDict();
  const u = d.ui;
  const model = useMemo(
    () => buildSummary(d, profile, result, { catalog, fromText }),
    [d, profile, result, catalog, fromText],
  );
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => setCopyState((await copyText(summaryText(d, model))) ? 'copied' : 'failed');
  const [pdfState, setPdfState] = useState<'idle' | 'making' | 'failed'>('idle');
  // The PDF is written on the device by a separate chunk, loaded only when asked for (web/src/pdf.ts).
  const downloadPdf = async () => {
    setPdfState('making');
    try {
      const { saveSummaryPdf } = await import('./pdf.js');
      saveSummaryPdf(d, model);
      setPdfState('idle');
    } catch {
      setPdfState('failed');
    }
  };

  return (
    <section id="doctor-summary" class="card summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{u.doctorTitle}</h2>
      <p class="hint no-print">{u.doctorIntro}</p>
      <div class="summary-actions no-print">
        <button type="button" class="btn" onClick={copy}>
          {u.copy}
        </button>
        <button type="button" class="btn" onClick={() => window.print()}>
          {u.print}
        </button>
        <button type="button" class="btn" disabled={pdfState === 'making'} onClick={() => void downloadPdf()}>
          {u.downloadPdf}
        </button>
        <p class="copy-status" role="status">
          {copyState === 'copied' ? u.copied : copyState === 'failed' ? u.copyFailed : ''}
          {pdfState === 'making' ? ` ${u.pdfMaking}` : pdfState === 'failed' ? ` ${u.pdfFailed}` : ''}
        </p>
      </div>
      <article class="summary-body" aria-label={model.title}>
        <p class="summary-title">
          <strong>{model.title}</strong>
        </p>
        <p class="hint">{model.generated}</p>
        <dl class="summary-facts">
          <dt>{u.summaryAge}</dt>
          <dd>{model.age}</dd>
          <dt>{u.summarySex}</dt>
          <dd>{model.sex}</dd>
          <dt>{u.summaryUrgency}</dt>
          <dd>
            <strong>{model.urgency}</strong>
          </dd>
        </dl>
        {model.description && (
          <>
            <h3>{u.summaryDescription}</h3>
            <blockquote>{model.description}</blockquote>
          </>
        )}
        <h3>{u.summaryRules}</h3>
        <ul class="compact">
          {model.rules.map((r) => (
            <li key={r.text}>
              {r.text}
              {r.sources.length > 0 && <span class="sources"> [{r.sources.join(', ')}]</span>}
            </li>
          ))}
        </ul>
        <h3>{u.summaryDifferential}</h3>
        <p class="hint">{u.summaryNotSum}</p>
        <table class="differential">
          <caption class="sr-only">{u.summaryDifferential}</caption>
          <thead class="sr-only">
            <tr>
              <th scope="col">{u.summaryProbability}</th>
              <th scope="col">{u.summaryCondition}</th>
            </tr>
          </thead>
          <tbody>
            {model.differential.map((c) => (
              <tr key={c.id}>
                <td class="num">{c.percent}%</td>
                <td>
                  {c.name}
                  {c.ruleOutFirst && <strong class="rule-out"> ({u.summaryRuleOut})</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {model.investigations.length > 0 && (
          <>
            <h3>{u.summaryInvestigations}</h3>
            <ul class="investigations">
              {model.investigations.map((c) => (
                <li key={c.id}>
                  {c.name}
                  <ul>
                    {c.items.map((i) => (
                      <li key={i.name}>
                        {i.name}
                        {i.sources.length > 0 && <span class="sources"> [{i.sources.join(', ')}]</span>}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
        <div class="summary-columns">
          <div>
            <h3>{u.summaryPresent}</h3>
            <FindingList items={model.present} />
          </div>
          <div>
            <h3>{u.summaryAbsent}</h3>
            <FindingList items={model.absent} />
          </div>
        </div>
        {model.unknown.length > 0 && (
          <>
            <h3>{u.summaryUnknown}</h3>
            <FindingList items={model.unknown} />
          </>
        )}
        {model.criteria.length > 0 && (
          <>
            <h3>{u.summaryCriteria}</h3>
            <ul class="compact criteria">
              {model.criteria.map((c) => (
                <li key={c.name}>
                  <strong>{c.name}</strong>: {c.summary}
                  {c.coverage && !coverageInSummary(c.summary) && (
                    <span class="sources"> ({c.coverage})</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        <p class="hint">{model.disclaimer}</p>
      </article>
    </section>
  );
}
