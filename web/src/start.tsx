import { useRef, useState } from 'preact/hooks';
import { useDict } from './i18n/index.js';
import type { Profile, Sex } from './types.js';

interface Props {
  readonly initial: Profile | null;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onStart: (profile: Profile) => void;
}

interface Errors {
  age?: string;
  sex?: string;
}

export function StartView({ initial, busy, error, onStart }: Props) {
  const d = useDict();
  const u = d.ui;
  const [age, setAge] = useState(initial ? String(initial.age) : '');
  const [sex, setSex] = useState<Sex | ''>(initial?.sex ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const ageRef = useRef<HTMLInputElement>(null);
  const femaleRef = useRef<HTMLInputElement>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const next: Errors = {};
    const n = Number(age.trim());
    if (age.trim() === '' || !Number.isFinite(n) || !Number.isInteger(n) || n < 0) next.age = u.ageRequired;
    else if (n < 18) next.age = u.ageAdult;
    else if (n > 120) next.age = u.ageMax;
    if (sex === '') next.sex = u.sexRequired;
    setErrors(next);
    if (next.age) return ageRef.current?.focus();
    if (next.sex) return femaleRef.current?.focus();
    onStart({ age: n, sex: sex as Sex, text: text.trim() });
  };

  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {u.startTitle}
      </h1>
      <p class="lead">{u.startIntro}</p>
      <p class="emergency-note" role="note">
        {u.emergencyNote}
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
        <div class="field">
          <label for="story">{u.textLabel}</label>
          <p class="hint" id="story-hint">
            {u.textHint}
          </p>
          <textarea
            id="story"
            name="story"
            rows={4}
            maxLength={5000}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
            aria-describedby="story-hint"
            autoComplete="off"
            spellcheck
          />
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
