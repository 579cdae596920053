// Browser tests of the web app against the real HTTP API (in-process), driven with Debian Chromium.
// They run inside `npm test`. They build dist/web first when it is missing, and skip (saying why) when
// /usr/bin/chromium is not installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = fileURLToPath(new URL('../dist/web', import.meta.url));
const shotsDir = fileURLToPath(new URL('../test-results/screenshots', import.meta.url));
const chromiumPath = process.env.NIGHTLEG_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium) {
  console.warn(
    `e2e/web.test.ts: skipped: no Chromium at ${chromiumPath} (install it with: apt-get install -y chromium, or set NIGHTLEG_CHROMIUM)`,
  );
}

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let server: FastifyInstance;
let baseURL: string;

interface Patient {
  readonly age: number;
  readonly sex: 'female' | 'male';
  readonly text?: string;
  /** Findings the simulated person says yes to; everything else is "no". */
  readonly present: readonly string[];
}

const patients = {
  dvt: {
    age: 58,
    sex: 'female',
    present: [
      'one_leg_swollen',
      'one_leg_warm_red',
      'chest_pain_or_breathless',
      'calf_tender_along_veins',
      'pain_calf',
    ],
  },
  cramp: {
    age: 55,
    sex: 'male',
    // Night cramps come at night: the complaint's "when" is answered, so the cramp picture is supported by
    // its own findings (self-care needs that and every screen answered "no").
    present: [
      'evening_night_worse',
      // Cramps come at rest, in bed (seed:L11): a cramp patient says so when asked when it comes on.
      'starts_at_rest',
      'pain_calf',
      'sudden_muscle_contraction',
      'episode_seconds_to_minutes',
      'relief_stretching_muscle',
      'muscle_sore_afterwards',
      'muscle_overuse',
    ],
  },
  pad: {
    age: 72,
    sex: 'male',
    present: [
      'pain_feet_toes',
      'burning_pain',
      'deep_aching_pain',
      'relief_dangling_leg',
      'worse_leg_raised',
      'wakes_after_hour_or_two',
      'cool_limb',
      'calf_pain_walking_relieved_standing_still',
      'symptoms_over_two_weeks',
      'smoker',
      'diabetes',
      'skin_shiny_pale_or_bluish_red',
      'hair_loss_leg',
      'known_arterial_disease',
      'high_blood_pressure',
    ],
  },
  postpartum: {
    age: 31,
    sex: 'female',
    present: [
      'pregnant_or_postpartum',
      'one_leg_swollen',
      'pain_calf',
      'evening_night_worse',
      'starts_at_rest',
    ],
  },
  urinary: {
    age: 52,
    sex: 'male',
    present: ['bladder_bowel_change', 'back_pain', 'pain_radiates_down_leg'],
  },
  rls: {
    age: 45,
    sex: 'female',
    present: [
      'urge_to_move_legs',
      'creeping_crawling_sensation',
      'evening_night_worse',
      'starts_at_rest',
      'relief_moving_legs',
      'relief_walking',
      'bilateral_symptoms',
      'family_history_rls',
      'iron_deficiency',
    ],
  },
} satisfies Record<string, Patient>;

const labels = {
  en: { start: 'Start', yes: 'Yes', no: 'No', none: 'None of these', continue: 'Continue', back: 'Back' },
  es: {
    start: 'Empezar',
    yes: 'Sí',
    no: 'No',
    none: 'Ninguna de estas',
    continue: 'Continuar',
    back: 'Atrás',
  },
};
type Lang = keyof typeof labels;

/** Newest modification time under the web app's sources. */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const st = statSync(path);
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (!/\.test\.ts$/.test(path)) newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/scripts']) visit(join(root, p));
  return newest;
}

beforeAll(async () => {
  if (!haveChromium) return;
  const index = `${webDir}/index.html`;
  if (!existsSync(index) || statSync(index).mtimeMs < newestSource()) {
    // Missing or older than its sources: build it (vite build, a few seconds).
    execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], {
      cwd: root,
      // vitest sets NODE_ENV=test; the browser tests must run the production build.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
      timeout: 280_000,
    });
  }
  const { buildServer } = await import('../src/server/app.js');
  server = buildServer({ logLevel: 'silent', rateLimit: 0, staticDir: webDir, host: '127.0.0.1', port: 0 });
  await server.listen({ host: '127.0.0.1', port: 0 });
  baseURL = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(shotsDir, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made that did not go to the app's own origin. */
  readonly foreign: string[];
  readonly consoleErrors: string[];
}

/** The focused element's id once the new screen's effect has run (focus moves after render, not with it). */
async function focusedAfterRender(page: Page): Promise<string | undefined> {
  await page
    .waitForFunction(() => document.activeElement?.id === 'page-heading', undefined, { timeout: 5000 })
    .catch(() => undefined);
  return page.evaluate(() => document.activeElement?.id);
}

async function open(
  options: {
    lang?: Lang;
    scheme?: 'dark' | 'light';
    size?: { width: number; height: number };
    locale?: string;
  } = {},
): Promise<Session> {
  const context = await browser.newContext({
    locale: options.locale ?? (options.lang === 'es' ? 'es-ES' : 'en-GB'),
    colorScheme: options.scheme ?? 'dark',
    viewport: options.size ?? phone,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/404|Not Found/i.test(m.text())) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(baseURL);
  await page.waitForSelector('main[data-view="start"] h1');
  return { context, page, foreign, consoleErrors };
}

async function close(s: Session) {
  expect(s.foreign, 'third-party requests').toEqual([]);
  expect(s.consoleErrors, 'console errors').toEqual([]);
  expect(await s.context.cookies(), 'cookies').toEqual([]);
  const stored = await s.page.evaluate(() => Object.keys(localStorage));
  expect(
    stored.filter((k) => !['nightleg.lang', 'nightleg.theme', 'nightleg.region'].includes(k)),
    'localStorage keys',
  ).toEqual([]);
  // The interview in progress lives only in this tab's sessionStorage, under one key.
  const session = await s.page.evaluate(() => Object.keys(sessionStorage));
  expect(
    session.filter((k) => k !== 'nightleg.interview'),
    'sessionStorage keys',
  ).toEqual([]);
  await s.context.close();
}

/** axe on the current page state (must be clean), and screenshots at phone and desktop widths. */
async function audit(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(violations, `axe violations on "${name}"`).toEqual([]);
  const original = page.viewportSize() ?? phone;
  for (const [label, size] of [
    ['phone', phone],
    ['desktop', desktop],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${shotsDir}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(original);
}

const screenOf = async (page: Page) => Number(await page.locator('main').getAttribute('data-screen'));

/** Wait for the screen after `before` to settle (not loading). */
async function nextScreen(page: Page, before: number) {
  await page.waitForFunction((n) => {
    const main = document.querySelector('main');
    return main && Number(main.dataset.screen) > n && main.getAttribute('aria-busy') === 'false';
  }, before);
}

async function fillStart(page: Page, p: Patient, lang: Lang = 'en') {
  await page.locator('#age').fill(String(p.age));
  await page.locator(`input[name="sex"][value="${p.sex}"]`).check();
  if (p.text) await page.locator('#story').fill(p.text);
  const before = await screenOf(page);
  await page.getByRole('button', { name: labels[lang].start, exact: true }).click();
  await nextScreen(page, before);
}

interface Step {
  readonly id: string;
  readonly kind: 'single' | 'group';
}

async function currentQuestion(page: Page): Promise<Step | null> {
  if ((await page.locator('main').getAttribute('data-view')) !== 'interview') return null;
  const h1 = page.locator('#page-heading');
  return {
    id: (await h1.getAttribute('data-question')) ?? '',
    kind: (await h1.getAttribute('data-kind')) as Step['kind'],
  };
}

/** Answer one screen as the patient would. */
async function answer(page: Page, p: Patient, lang: Lang = 'en') {
  const q = await currentQuestion(page);
  if (!q) throw new Error('no question on screen');
  const before = await screenOf(page);
  const l = labels[lang];
  if (q.kind === 'single') {
    await page.getByRole('button', { name: p.present.includes(q.id) ? l.yes : l.no, exact: true }).click();
  } else {
    const boxes = page.locator('.group-form input[type="checkbox"]');
    let chosen = 0;
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      if (p.present.includes((await box.getAttribute('name')) ?? '')) {
        await box.check();
        chosen++;
      }
    }
    // "None of these" is a box of its own, exclusive with the items.
    if (chosen === 0) await page.locator('.group-form input[data-none]').check();
    await page.getByRole('button', { name: l.continue, exact: true }).click();
  }
  await nextScreen(page, before);
  return q;
}

async function answerToResult(
  page: Page,
  p: Patient,
  lang: Lang = 'en',
  onScreen?: (q: Step, i: number) => Promise<void>,
) {
  const asked: Step[] = [];
  for (let i = 0; i < 40; i++) {
    const q = await currentQuestion(page);
    if (!q) break;
    if (onScreen) await onScreen(q, i);
    asked.push(await answer(page, p, lang));
  }
  await expect.poll(() => page.locator('main').getAttribute('data-view')).toBe('result');
  return asked;
}

/** The text drawn on the first page of a PDF written without compression (jsPDF): its first content stream. */
function firstPageText(pdf: string): string {
  const stream = /stream\r?\n([\s\S]*?)endstream/.exec(pdf)?.[1] ?? '';
  return [...stream.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)]
    .map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'))
    .join('\n');
}

const bannerLevel = (page: Page) => page.locator('.banner').getAttribute('data-level');
const topCause = (page: Page) => page.locator('.causes > li h3').first().textContent();

describe.skipIf(!haveChromium)('web app in Chromium', () => {
  it('start page: what the tool is and is not, disclaimer, clean axe in dark and light, no third parties', async () => {
    for (const scheme of ['dark', 'light'] as const) {
      const s = await open({ scheme });
      const { page } = s;
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Leg pain');
      expect(await page.getByText('It is not a diagnosis').count()).toBe(1);
      expect(await page.locator('.disclaimer').textContent()).toContain('not a diagnosis');
      expect(await page.locator('header').count()).toBe(1);
      expect(await page.locator('main').count()).toBe(1);
      await audit(page, `start-${scheme}`);
      // validation messages are announced and linked to the fields
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await expect.poll(() => page.locator('#age').getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('age');
      await page.locator('#age').fill('15');
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await expect.poll(() => page.locator('#age-error').textContent()).toContain('adults');
      await audit(page, `start-errors-${scheme}`);
      if (scheme === 'dark') {
        // the audit is not vacuous: an unlabelled field and low-contrast text are caught
        await page.evaluate(() => {
          const bad = document.createElement('div');
          bad.id = 'axe-canary';
          bad.innerHTML = '<input type="text"><p style="color:#222;background:#111">faint</p>';
          document.querySelector('main')?.append(bad);
        });
        const found = await new AxeBuilder({ page }).withTags(wcag).analyze();
        expect(found.violations.map((v) => v.id)).toEqual(
          expect.arrayContaining(['label', 'color-contrast']),
        );
        await page.evaluate(() => document.getElementById('axe-canary')?.remove());
      }
      await close(s);
    }
  }, 120_000);

  it('DVT with chest symptoms: ambulance emergency, clot in a leg vein on top', async () => {
    const s = await open();
    const { page } = s;
    await fillStart(page, patients.dvt);
    expect(await focusedAfterRender(page)).toBe('page-heading');
    const first = await currentQuestion(page);
    expect(first?.kind).toBe('group');
    await audit(page, 'question-group-dark');
    // "Continue" with nothing chosen explains what to do instead
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect.poll(() => page.locator('#group-error').count()).toBe(1);
    await audit(page, 'question-group-error-dark');
    await answerToResult(page, patients.dvt);
    expect(await bannerLevel(page)).toBe('emergency_ambulance');
    expect(await page.locator('.banner h1').textContent()).toContain('Call an ambulance now');
    expect(await page.locator('.banner svg').count()).toBe(1);
    expect(await topCause(page)).toMatch(/clot in a leg vein/i);
    // The red flag points to the clot: it is marked to be ruled out first.
    expect(await page.locator('.cause').first().locator('.rule-out').textContent()).toMatch(
      /ruled out first/i,
    );
    expect(await focusedAfterRender(page)).toBe('page-heading');
    expect(await page.locator('.disclaimer').textContent()).toContain('not a diagnosis');
    // en-GB: the ambulance banner calls 999, and no other number is offered
    expect(await page.locator('.banner a[href="tel:999"]').textContent()).toBe('Call 999');
    expect(await page.locator('.banner').textContent()).not.toMatch(/911|112/);
    expect(await page.locator('section[aria-labelledby="seek-heading"]').textContent()).toContain(
      'Call an ambulance (999)',
    );
    await audit(page, 'result-emergency-dark');
    // Download PDF: made on the device; its first page names the urgency
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nightleg-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = `${shotsDir}/summary-download.pdf`;
    await download.saveAs(file);
    const bytes = readFileSync(file).toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    const firstPage = firstPageText(bytes);
    expect(firstPage).toContain('Urgency: Emergency, ambulance transfer');
    expect(firstPage).toContain('Differential');
    await close(s);
  }, 120_000);

  it('night cramps: self-care, cramps on top, with what helps and when to get help', async () => {
    const s = await open();
    const { page } = s;
    await fillStart(page, patients.cramp);
    let singleAudited = false;
    await answerToResult(page, patients.cramp, 'en', async (q) => {
      if (q.kind === 'single' && !singleAudited) {
        singleAudited = true;
        await audit(page, 'question-single-dark');
      }
    });
    expect(singleAudited).toBe(true);
    expect(await bannerLevel(page)).toBe('self_care');
    expect(await topCause(page)).toMatch(/cramps/i);
    expect(await page.locator('#helps-heading').textContent()).toBe('What may help now');
    expect(await page.locator('section[aria-labelledby="helps-heading"]').textContent()).toMatch(/stretch/i);
    expect(await page.locator('section[aria-labelledby="seek-heading"]').textContent()).toMatch(/ambulance/i);
    // The doctor summary: no developers' notes, and Wells only when a clot is in the differential
    const summary = (await page.locator('#doctor-summary').textContent()) ?? '';
    expect(summary).not.toMatch(/unverified|not implemented/i);
    const differential = (await page.locator('#doctor-summary table.differential').textContent()) ?? '';
    if (!/thrombosis|DVT/i.test(differential)) expect(summary).not.toMatch(/\bWells\b/);
    await audit(page, 'result-selfcare-dark');
    await close(s);
  }, 120_000);

  it('postpartum swollen calf: clot to rule out first, no percentage, no massage or warmth advice', async () => {
    const s = await open();
    const { page } = s;
    await fillStart(page, patients.postpartum);
    await answerToResult(page, patients.postpartum);
    expect(['consultation_24', 'emergency', 'emergency_ambulance']).toContain(await bannerLevel(page));
    const causes = page.locator('section[aria-labelledby="causes-heading"]');
    expect(await causes.textContent()).not.toMatch(/\d\s?%/);
    const clot = page.locator('.cause', { hasText: /clot in a leg vein/i });
    expect(await clot.locator('.rule-out').textContent()).toMatch(/ruled out first/i);
    const helps = page.locator('section[aria-labelledby="helps-heading"]');
    expect(await helps.locator('.help').first().textContent()).toMatch(/do not massage/i);
    const shown = (await helps.locator('.help:not(.withheld)').allTextContents()).join(' ');
    expect(shown).not.toMatch(/massage or warmth can help|warm bath/i);
    // Advice that a possible clot forbids is either not among the causes shown, or listed as withheld.
    if ((await helps.locator('.withheld').count()) > 0)
      expect(await helps.locator('.withheld').textContent()).toMatch(/clot/i);
    await audit(page, 'result-postpartum-calf-dark');
    await close(s);
  }, 120_000);

  it('new trouble passing urine: emergency, cauda equina to rule out first, no reassuring percentage', async () => {
    const s = await open();
    const { page } = s;
    await fillStart(page, patients.urinary);
    await answerToResult(page, patients.urinary);
    expect(await bannerLevel(page)).toBe('emergency');
    expect(await topCause(page)).toMatch(/cauda equina/i);
    expect(await page.locator('.cause').first().locator('.rule-out').textContent()).toMatch(
      /ruled out first/i,
    );
    const causes = page.locator('section[aria-labelledby="causes-heading"]');
    expect(await causes.textContent()).not.toMatch(/\d\s?%/);
    expect(
      await page.locator('section[aria-labelledby="helps-heading"] .help').first().textContent(),
    ).toMatch(/emergency department/i);
    await audit(page, 'result-urinary-change-dark');
    await close(s);
  }, 120_000);

  it('rest pain from poor circulation: within 24 hours; light theme; why-disclosure; print and copy the summary', async () => {
    const s = await open({ scheme: 'light' });
    const { page, context } = s;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: baseURL.replace(/\/$/, ''),
    });
    await fillStart(page, patients.pad);
    await audit(page, 'question-group-light');
    let whyChecked = false;
    await answerToResult(page, patients.pad, 'en', async (q) => {
      if (q.kind === 'single' && !whyChecked) {
        whyChecked = true;
        await audit(page, 'question-single-light');
        await page.getByText('Why am I asked this?').click();
        await expect.poll(() => page.locator('details.why').getAttribute('open')).not.toBeNull();
        expect((await page.locator('details.why p').textContent())?.length).toBeGreaterThan(10);
        await audit(page, 'question-why-open-light');
      }
    });
    expect(await bannerLevel(page)).toBe('consultation_24');
    expect(await page.locator('.banner h1').textContent()).toContain('See a doctor within 24 hours');
    expect(await topCause(page)).toMatch(/circulation/i);
    const summary = page.locator('#doctor-summary');
    expect(await summary.textContent()).toMatch(/72 years/);
    expect(await summary.textContent()).toMatch(/Onset 1-2 h after lying down/);
    expect(await summary.textContent()).toMatch(/S\d+/); // rule sources
    await audit(page, 'result-24h-light');

    // Copy as text
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Summary copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Differential');
    expect(copied).toMatch(/ischaemi/i);

    // Print: navigation and patient sections hidden, the summary visible, one or two A4 pages
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('.step-nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Copy summary' }).isVisible()).toBe(false);
    expect(await summary.isVisible()).toBe(true);
    expect(await page.locator('.summary-body').isVisible()).toBe(true);
    await page.screenshot({ path: `${shotsDir}/print-summary.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(`${shotsDir}/print-summary.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
    await close(s);
  }, 180_000);

  it('restless legs: see a doctor, restless legs syndrome on top', async () => {
    const s = await open({ size: desktop });
    const { page } = s;
    await fillStart(page, patients.rls);
    await answerToResult(page, patients.rls);
    expect(await bannerLevel(page)).toBe('consultation');
    expect(await topCause(page)).toMatch(/restless legs/i);
    await audit(page, 'result-consultation-dark');
    await close(s);
  }, 120_000);

  it('Back returns to the previous question with the answers kept; browser Back works too', async () => {
    const s = await open();
    const { page } = s;
    await fillStart(page, patients.cramp);
    const first = await currentQuestion(page);
    const firstText = await page.locator('#page-heading').textContent();
    await answer(page, patients.cramp);
    const second = await currentQuestion(page);
    const secondText = await page.locator('#page-heading').textContent();
    expect(second?.id).not.toBe(first?.id);
    await answer(page, patients.cramp);
    expect((await currentQuestion(page))?.id).not.toBe(second?.id);

    let before = await screenOf(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await nextScreen(page, before);
    expect(await page.locator('#page-heading').textContent()).toBe(secondText);
    expect(await focusedAfterRender(page)).toBe('page-heading');

    before = await screenOf(page);
    await page.goBack();
    await nextScreen(page, before);
    expect(await page.locator('#page-heading').textContent()).toBe(firstText);

    // Back from the first question: the start page, with what was entered kept
    before = await screenOf(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await nextScreen(page, before);
    expect(await page.locator('main').getAttribute('data-view')).toBe('start');
    expect(await page.locator('#age').inputValue()).toBe(String(patients.cramp.age));

    // and the whole assessment can still be finished from there
    before = await screenOf(page);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await nextScreen(page, before);
    await answerToResult(page, patients.cramp);
    expect(await bannerLevel(page)).toBe('self_care');
    // change the last answer from the result page
    before = await screenOf(page);
    await page.getByRole('button', { name: 'Change my last answer' }).click();
    await nextScreen(page, before);
    expect(await page.locator('main').getAttribute('data-view')).toBe('interview');
    // the answer given before is shown again: "Your answer before" on a single question, the same boxes
    // (or "None of these") ticked on a group
    const last = await currentQuestion(page);
    if (last?.kind === 'single') {
      expect(await page.locator('#previous-answer').textContent()).toMatch(/Your answer before: (Yes|No)/);
    } else {
      expect(await page.locator('.group-form input[type="checkbox"]:checked').count()).toBeGreaterThan(0);
    }
    await close(s);
  }, 180_000);

  it('Spanish: chosen from the browser language, every screen in Spanish, switchable', async () => {
    const s = await open({ lang: 'es' });
    const { page } = s;
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Dolor de piernas al acostarse o por la noche');
    await audit(page, 'start-es-dark');
    await fillStart(page, patients.cramp, 'es');
    // The complaint's shape comes first (two groups at most: where, what like), then the warning signs.
    for (let i = 0; i < 4; i++) {
      const heading = (await page.locator('#page-heading').textContent()) ?? '';
      if (!heading.includes('Marque todo lo que corresponda')) break;
      await answer(page, patients.cramp, 'es');
    }
    expect(await page.locator('#page-heading').textContent()).toBe('¿Le pasa ahora alguna de estas cosas?');
    expect(await page.locator('.group-form').textContent()).toContain(
      '¿se le ha hinchado una pierna o una pantorrilla (más que la otra) en las últimas semanas?',
    );
    await audit(page, 'question-group-es-dark');
    let singleSeen = false;
    await answerToResult(page, patients.cramp, 'es', async (q) => {
      if (q.kind === 'single' && !singleSeen) {
        singleSeen = true;
        await page.getByText('¿Por qué me lo preguntan?').click();
        await audit(page, 'question-why-open-es-dark');
        const text = (await page.locator('#page-heading').textContent()) ?? '';
        expect(text.startsWith('¿')).toBe(true);
      }
    });
    expect(await bannerLevel(page)).toBe('self_care');
    expect(await page.locator('.banner h1').textContent()).toBe('Autocuidado en casa');
    expect(await topCause(page)).toBe('Calambres nocturnos en las piernas');
    expect(await page.locator('section[aria-labelledby="helps-heading"]').textContent()).toContain(
      'Estire la pantorrilla',
    );
    expect(await page.locator('#doctor-summary').textContent()).toContain('Diagnóstico diferencial');
    await audit(page, 'result-es-dark');
    // the visible switch goes back to English and is remembered (a language preference only)
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('.banner h1').textContent()).toBe('Self-care at home');
    expect(await page.evaluate(() => localStorage.getItem('nightleg.lang'))).toBe('en');
    await close(s);
  }, 180_000);

  it('keyboard only: every step reachable with Tab, Space and Enter; focus moves to each new question', async () => {
    const s = await open();
    const { page } = s;
    /** Press Tab until the focused element matches `selector` (and `text`), proving it is reachable by keyboard. */
    const tabTo = async (selector: string, text?: string) => {
      const what = text ?? selector;
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(
          ([sel, txt]) => {
            const el = document.activeElement as HTMLElement | null;
            if (!el?.matches(sel as string) || (txt && el.textContent?.trim() !== txt)) return null;
            const target = el.matches('input[type="checkbox"], input[type="radio"]')
              ? (el.closest('label') as HTMLElement)
              : el;
            const st = getComputedStyle(target);
            return { visibleFocus: st.outlineStyle !== 'none' && Number.parseFloat(st.outlineWidth) >= 2 };
          },
          [selector, text ?? ''],
        );
        if (state) {
          expect(state.visibleFocus, `visible focus on ${what}`).toBe(true);
          return;
        }
      }
      throw new Error(`could not reach ${what} with Tab`);
    };
    const p = patients.rls;
    await tabTo('#age');
    await page.keyboard.type(String(p.age));
    await tabTo('input[name="sex"]');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('input[value="female"]').isChecked()).toBe(true);
    await tabTo('button', 'Start');
    let before = await screenOf(page);
    await page.keyboard.press('Enter');
    await nextScreen(page, before);

    let focusShot = false;
    for (let i = 0; i < 40; i++) {
      const q = await currentQuestion(page);
      if (!q) break;
      expect(await page.evaluate(() => document.activeElement?.id), 'focus on the new question').toBe(
        'page-heading',
      );
      before = await screenOf(page);
      if (q.kind === 'single') {
        const label = p.present.includes(q.id) ? 'Yes' : 'No';
        await tabTo('button', label);
        if (!focusShot) {
          focusShot = true;
          await page.screenshot({ path: `${shotsDir}/question-keyboard-focus-phone.png` });
        }
        await page.keyboard.press('Enter');
      } else {
        const options = await page
          .locator('.group-form input[type="checkbox"]')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name));
        const wanted = options.filter((o) => p.present.includes(o));
        for (const name of wanted) {
          await tabTo(`input[name="${name}"]`);
          await page.keyboard.press('Space');
        }
        if (wanted.length === 0) {
          await tabTo('input[data-none]');
          await page.keyboard.press('Space');
        }
        await tabTo('button', 'Continue');
        await page.keyboard.press('Enter');
      }
      await nextScreen(page, before);
    }
    expect(await page.locator('main').getAttribute('data-view')).toBe('result');
    expect(await focusedAfterRender(page)).toBe('page-heading');
    expect(await bannerLevel(page)).toBe('consultation');
    await close(s);
  }, 180_000);

  it('free text is read first: what was understood is shown and those questions are skipped', async () => {
    const s = await open();
    const { page } = s;
    const text = 'My calf cramps up at night into a hard knot for a few minutes; stretching it helps.';
    const probe = await server.inject({ method: 'POST', url: '/v1/understand', payload: { text } });
    let seeded: string[];
    if (probe.statusCode === 404) {
      // Until the server has /v1/understand, answer that one route in the browser; the rest is the real API.
      seeded = [
        'pain_calf',
        'sudden_muscle_contraction',
        'episode_seconds_to_minutes',
        'relief_stretching_muscle',
      ];
      await page.route('**/v1/understand', (route) =>
        route.fulfill({
          json: { findings: seeded.map((id) => ({ id, state: 'present' })), unrecognised: [] },
        }),
      );
    } else {
      expect(probe.statusCode).toBe(200);
      seeded = [...new Set((probe.json() as { findings: { id: string }[] }).findings.map((f) => f.id))];
      expect(seeded.length).toBeGreaterThan(0);
    }
    const sent: { evidence: { id: string; state: string }[] }[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/v1/interview/next')) sent.push(JSON.parse(r.postData() ?? '{}'));
    });
    await fillStart(page, { ...patients.cramp, text });
    await expect.poll(() => page.locator('.understood-list li').count()).toBe(seeded.length);
    await audit(page, 'question-understood-dark');
    // Each understood finding can be changed (yes / no / not sure), and the change is what is sent.
    const item = seeded[seeded.length - 1];
    expect(sent.at(-1)?.evidence).toContainEqual(expect.objectContaining({ id: item, state: 'present' }));
    let before = await screenOf(page);
    await page.locator(`input[name="understood-${item}"][value="absent"]`).check();
    await nextScreen(page, before);
    expect(sent.at(-1)?.evidence).toContainEqual(expect.objectContaining({ id: item, state: 'absent' }));
    before = await screenOf(page);
    await page.locator(`input[name="understood-${item}"][value="unknown"]`).check();
    await nextScreen(page, before);
    // "Not sure" is not sent: it is asked instead
    expect(sent.at(-1)?.evidence.some((e) => e.id === item)).toBe(false);
    before = await screenOf(page);
    await page.locator(`input[name="understood-${item}"][value="present"]`).check();
    await nextScreen(page, before);
    expect(sent.at(-1)?.evidence).toContainEqual(expect.objectContaining({ id: item, state: 'present' }));
    const asked = await answerToResult(page, patients.cramp);
    expect(asked.filter((q) => seeded.includes(q.id))).toEqual([]);
    expect(await bannerLevel(page)).toBe('self_care');
    expect(await topCause(page)).toMatch(/cramps/i);
    const summary = page.locator('#doctor-summary');
    expect(await summary.locator('blockquote').textContent()).toContain('calf cramps');
    expect(await summary.textContent()).toContain('from the description');
    await close(s);
  }, 120_000);

  it('Spanish from a Spanish description: findings understood, never asked again, all wording in Spanish', async () => {
    const s = await open({ lang: 'es' });
    const { page } = s;
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    const text =
      'Casi todas las noches se me sube el gemelo derecho, se pone duro como una piedra y me despierta. ' +
      'Dura un par de minutos y se me pasa estirando el pie. No tengo la pierna hinchada ni roja.';
    // What the server reads (the same request the page makes, with lang=es).
    const probe = await server.inject({
      method: 'POST',
      url: '/v1/understand',
      payload: { text, lang: 'es' },
    });
    expect(probe.statusCode).toBe(200);
    const read = (probe.json() as { findings: { id: string; state: string }[] }).findings;
    const seeded = [...new Set(read.map((f) => f.id))];
    expect(seeded).toEqual(
      expect.arrayContaining([
        'pain_calf',
        'sudden_muscle_contraction',
        'episode_seconds_to_minutes',
        'relief_stretching_muscle',
        'one_leg_swollen',
      ]),
    );
    expect(read.find((f) => f.id === 'one_leg_swollen')?.state).toBe('absent');
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/v1/') && r.method() === 'POST') requests.push(r.postData() ?? '');
    });
    await fillStart(page, { ...patients.cramp, text }, 'es');
    await expect.poll(() => page.locator('.understood-list li').count()).toBe(seeded.length);
    expect(await page.locator('.understood-list').textContent()).toContain('pantorrilla');
    await audit(page, 'question-understood-es-dark');
    const asked = await answerToResult(page, patients.cramp, 'es', async () => {
      const heading = (await page.locator('#page-heading').textContent()) ?? '';
      expect(heading.startsWith('¿'), heading).toBe(true);
    });
    expect(asked.filter((q) => seeded.includes(q.id))).toEqual([]);
    expect(requests.length).toBeGreaterThan(1);
    for (const body of requests) expect(JSON.parse(body).lang).toBe('es');
    // Cramps that wake the person most nights: see a doctor (the nightly sleep-disruption advice rule).
    expect(await bannerLevel(page)).toBe('consultation');
    expect(await topCause(page)).toBe('Calambres nocturnos en las piernas');
    const reasons = (await page.locator('section[aria-labelledby="reasons-heading"]').textContent()) ?? '';
    expect(reasons).toContain('Por qué le damos este consejo');
    expect(reasons).toContain('casi todas las noches y le quita el sueño');
    const summary = (await page.locator('#doctor-summary').textContent()) ?? '';
    expect(summary).toContain('Criterios y escalas');
    expect(summary).not.toMatch(/\b(score|range|unknown|wording unverified|threshold)\b/i);
    expect(summary).not.toContain('..');
    await audit(page, 'result-from-text-es-dark');
    await close(s);
  }, 180_000);

  it('reload mid-interview resumes at the same question; the result survives a reload; Start again forgets', async () => {
    const s = await open({ scheme: 'light' });
    const { page } = s;
    expect(await page.title()).toBe('Leg pain when lying down or at night — nightleg');
    await fillStart(page, patients.cramp);
    expect(await page.title()).toMatch(/^Question 1 of about \d+ — nightleg$/);
    await answer(page, patients.cramp);
    await answer(page, patients.cramp);
    const q = await currentQuestion(page);
    const title = await page.title();
    expect(title).toMatch(/^Question 3 of about \d+ — nightleg$/);
    const saved = await page.evaluate(() => sessionStorage.getItem('nightleg.interview'));
    expect(saved).toContain('"position":2');
    await page.reload();
    await page.waitForSelector('main[data-view="interview"][aria-busy="false"] #page-heading');
    expect(await currentQuestion(page)).toEqual(q);
    expect(await page.locator('main').getAttribute('data-step')).toBe('2');
    expect(await page.title()).toBe(title);
    // Back still works after the reload (the history entries are kept)
    let before = await screenOf(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await nextScreen(page, before);
    expect(await page.locator('main').getAttribute('data-step')).toBe('1');
    await answerToResult(page, patients.cramp);
    expect(await page.title()).toBe('Result: Self-care at home — nightleg');
    await page.reload();
    await page.waitForSelector('main[data-view="result"][aria-busy="false"] .banner');
    expect(await bannerLevel(page)).toBe('self_care');
    before = await screenOf(page);
    await page.getByRole('button', { name: 'Start again' }).click();
    await nextScreen(page, before);
    expect(await page.evaluate(() => sessionStorage.getItem('nightleg.interview'))).toBeNull();
    await page.reload();
    await page.waitForSelector('main[data-view="start"] h1');
    expect(await page.locator('#age').inputValue()).toBe('');
    await close(s);
  }, 180_000);

  it('review page: every answer listed, an earlier one changed, the result updates', async () => {
    for (const [lang, scheme] of [
      ['en', 'dark'],
      ['es', 'light'],
    ] as const) {
      const s = await open({ lang, scheme });
      const { page } = s;
      await fillStart(page, patients.cramp, lang);
      let screenIndex = -1;
      const asked = await answerToResult(page, patients.cramp, lang, async (_q, i) => {
        if (screenIndex < 0 && (await page.locator('input[name="one_leg_swollen"]').count()) > 0)
          screenIndex = i;
      });
      expect(screenIndex).toBeGreaterThanOrEqual(0);
      expect(await bannerLevel(page)).toBe('self_care');
      let before = await screenOf(page);
      await page
        .getByRole('button', {
          name: lang === 'en' ? 'Check or change my answers' : 'Revisar o cambiar mis respuestas',
        })
        .click();
      await nextScreen(page, before);
      expect(await page.locator('main').getAttribute('data-view')).toBe('review');
      expect(await page.title()).toBe(
        lang === 'en' ? 'Your answers — nightleg' : 'Sus respuestas — nightleg',
      );
      expect(await page.locator('.review-list > li').count()).toBe(asked.length);
      const row = page.locator('.review-list > li').nth(screenIndex);
      expect(await row.locator('.review-a').textContent()).toBe(labels[lang].none);
      await audit(page, `review-${lang}-${scheme}`);
      // change the warning-sign answer: the boxes come back as they were ("None of these" ticked)
      before = await screenOf(page);
      await row.getByRole('button').click();
      await nextScreen(page, before);
      expect(await page.locator('.group-form input[data-none]').isChecked()).toBe(true);
      await page.locator('input[name="one_leg_swollen"]').check();
      expect(await page.locator('.group-form input[data-none]').isChecked()).toBe(false);
      before = await screenOf(page);
      await page.getByRole('button', { name: labels[lang].continue, exact: true }).click();
      await nextScreen(page, before);
      // the later answers are kept; any new question is answered, then the result is worked out again
      await answerToResult(
        page,
        { ...patients.cramp, present: [...patients.cramp.present, 'one_leg_swollen'] },
        lang,
      );
      expect(await bannerLevel(page)).not.toBe('self_care');
      await audit(page, `result-after-review-${lang}-${scheme}`);
      before = await screenOf(page);
      await page
        .getByRole('button', {
          name: lang === 'en' ? 'Check or change my answers' : 'Revisar o cambiar mis respuestas',
        })
        .click();
      await nextScreen(page, before);
      expect(
        await page.locator('.review-list > li').nth(screenIndex).locator('.review-a').textContent(),
      ).not.toBe(labels[lang].none);
      await close(s);
    }
  }, 300_000);

  it('emergency number from the browser locale, as a tel: link; the setting changes it', async () => {
    for (const [locale, number] of [
      ['en-GB', '999'],
      ['en-US', '911'],
      ['es-ES', '112'],
      ['en-AU', '000'],
      ['de-DE', '112'],
    ] as const) {
      const s = await open({ locale, lang: locale.startsWith('es') ? 'es' : 'en' });
      const { page } = s;
      await expect
        .poll(() => page.locator('.emergency-note a[href^="tel:"]').getAttribute('href'))
        .toBe(`tel:${number}`);
      expect(await page.locator('.emergency-note').textContent()).toContain(`(${number})`);
      await close(s);
    }
    const s = await open({ locale: 'en-US' });
    const { page } = s;
    await page.getByLabel('Emergency number').selectOption('NZ');
    await expect.poll(() => page.locator('.emergency-note a').getAttribute('href')).toBe('tel:111');
    expect(await page.evaluate(() => localStorage.getItem('nightleg.region'))).toBe('NZ');
    await page.reload();
    await page.waitForSelector('main[data-view="start"] h1');
    expect(await page.locator('.emergency-note a').getAttribute('href')).toBe('tel:111');
    // "Other country": no number is guessed
    await page.getByLabel('Emergency number').selectOption('other');
    await expect.poll(() => page.locator('.emergency-note a').count()).toBe(0);
    expect(await page.locator('.emergency-note').textContent()).toContain('your local emergency number');
    await audit(page, 'start-region-other-dark');
    await close(s);
  }, 120_000);

  it('the theme switch flips between dark and light', async () => {
    const s = await open({ scheme: 'dark' });
    const { page } = s;
    await page.getByRole('button', { name: 'Light theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(246, 247, 249)');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(15, 20, 25)');
    await close(s);
  }, 60_000);
});
