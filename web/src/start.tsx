import { useRef, useState } from 'preact/hooks';
import { useEmergencyNumber } from './emergency.js';
import { format, useDict } from './i18n/index.js';
import { maxTextLength, type Profile, type Sex } from './types.js';

interface Props {
  readonly initial: Profile | null;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onStart: (profile: Profile) => void;
}

interface Errors {
  age?: string;
  sex?: string;
  text?: string;
}

/** Counted as the API counts (UTF-16 code units), so the box and the server agree on the limit. */
const count = (n: number, lang: string) => n.toLocaleString(lang);

export function StartView({ initial, busy, error, onStart }: Props) {
  const d = useDict();
  const u = d.ui;
  const phone = useEmergencyNumber();
  const [age, setAge] = useState(initial ? String(initial.age) : '');
  const [sex, setSex] = useState<Sex | ''>(initial?.sex ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const ageRef = useRef<HTMLInputElement>(null);
  const femaleRef = useRef<HTMLInputElement>(null);
  const storyRef = useRef<HTMLTextAreaElement>(null);
  const overLimit = text.trim().length > maxTextLength;

  const submit = (e: Event) => {
    e.preventDefault();
    const next: Errors = {};
    const n = Number(age.trim());
    if (age.trim() === '' || !Number.isFinite(n) || !Number.isInteger(n) || n < 0) next.age = u.ageRequired;
    else if (n < 18) next.age = u.ageAdult;
    else if (n > 120) next.age = u.ageMax;
    if (sex === '') next.sex = u.sexRequired;
    const story = text.trim();
    if (story.length > maxTextLength)
      next.text = format(u.textTooLong, {
        count: count(story.length, d.lang),
        max: count(maxTextLength, d.lang),
      });
    setErrors(next);
    if (next.age) return ageRef.current?.focus();
    if (next.sex) return femaleRef.current?.focus();
    if (next.text) return storyRef.current?.focus();
    onStart({ age: n, sex: sex as Sex, text: text.trim() });
  };

  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {u.startTitle}
      </h1>
      <p class="lead">{u.startIntro}</p>
      <p class="emergency-note" role="note">
        {format(u.emergencyNote, { number: phone ?? u.localNumber })}
        {phone && (
          <>
            {' '}
            <a href={`tel:${phone}`} class="tel-link">
              {format(u.callNumber, { number: phone })}
            </a>
          </>
        )}
      </p>
      <form
        class="start-form"
        onSubmit={submit}
        noValidate
        aria-describedby={error ? 'start-error' : undefined}
      >
        <div class={`field${errors.age ? ' invalid' : ''}`}>
          <label for="age">{u.ageLabel}</label>
          <p class="hint" id="age-hint">
            {u.ageHint}
          </p>
          {errors.age && (
            <p class="field-error" id="age-error">
              {errors.age}
            </p>
          )}
          <input
            ref={ageRef}
            id="age"
            name="age"
            type="number"
            inputMode="numeric"
            min={18}
            max={120}
            step={1}
            autoComplete="off"
            value={age}
            onInput={(e) => setAge((e.currentTarget as HTMLInputElement).value)}
            aria-invalid={errors.age ? 'true' : undefined}
            aria-describedby={errors.age ? 'age-hint age-error' : 'age-hint'}
            required
          />
        </div>
        <fieldset
          class={`field${errors.sex ? ' invalid' : ''}`}
          aria-describedby={errors.sex ? 'sex-hint sex-error' : 'sex-hint'}
        >
          <legend>{u.sexLegend}</legend>
          <p class="hint" id="sex-hint">
            {u.sexHint}
          </p>
          {errors.sex && (
            <p class="field-error" id="sex-error">
              {errors.sex}
            </p>
          )}
          <div class="choices choices-inline">
            {(['female', 'male'] as const).map((s) => (
              <label class="choice" key={s}>
                <input
                  ref={s === 'female' ? femaleRef : undefined}
                  type="radio"
                  name="sex"
                  value={s}
                  checked={sex === s}
                  onChange={() => setSex(s)}
                  required
                />
                <span>{s === 'female' ? u.female : u.male}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class={`field${errors.text ? ' invalid' : ''}`}>
          <label for="story">{u.textLabel}</label>
          <p class="hint" id="story-hint">
            {u.textHint}
          </p>
          {errors.text && (
            <p class="field-error" id="story-error">
              {errors.text}
            </p>
          )}
          {/* No maxlength: a cut-off story could lose a red flag at its end. Count, warn, refuse to submit. */}
          <textarea
            ref={storyRef}
            id="story"
            name="story"
            rows={4}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
            aria-describedby={errors.text ? 'story-hint story-count story-error' : 'story-hint story-count'}
            aria-invalid={errors.text || overLimit ? 'true' : undefined}
            autoComplete="off"
            spellcheck
          />
          <p class={`hint text-count${overLimit ? ' over' : ''}`} id="story-count" aria-live="polite">
            {format(u.textCount, {
              count: count(text.trim().length, d.lang),
              max: count(maxTextLength, d.lang),
            })}
            {overLimit
              ? ` — ${format(u.textTooLong, { count: count(text.trim().length, d.lang), max: count(maxTextLength, d.lang) })}`
              : ''}
          </p>
        </div>
        {error && (
          <div class="error" id="start-error" role="alert">
            <strong>{u.errorTitle}.</strong> {error}
          </div>
        )}
        <button
          type="submit"
          class="btn btn-primary btn-wide"
          disabled={busy}
          aria-busy={busy ? 'true' : undefined}
        >
          {busy ? u.starting : u.startButton}
        </button>
      </form>
      <section class="about" aria-labelledby="about-heading">
        <h2 id="about-heading">{u.aboutTitle}</h2>
        <ul>
          {u.aboutItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <Disclaimer />
    </>
  );
}

export function Disclaimer() {
  const u = useDict().ui;
  return (
    <aside class="disclaimer" aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading">{u.disclaimerTitle}</h2>
      <p>{u.disclaimer}</p>
    </aside>
  );
}
