/**
 * The wording of an assessment in the asked language. Only wording changes: ids, levels, probabilities and
 * every decision stay the engine's. A text the locale does not have stays in English.
 */

import {
  type AbiResult,
  irlssgCourseMeanings,
  wellsThreeLevelBands,
  wellsTwoLevelBands,
} from '../criteria/index.js';
import {
  type Assessment,
  type Factor,
  type Question,
  type RankedCondition,
  type TriageReason,
  wellsFactor,
} from '../engine/index.js';
import {
  type ConditionDefinition,
  conditionsById,
  disclaimer,
  type FindingDefinition,
  type Investigation,
  urgencyDescriptions,
} from '../knowledge/index.js';
import { spanishKnowledge } from '../knowledge/locales/es.js';
import {
  type AdviceTable,
  type InvestigationTable,
  spanishAdvice,
  spanishInvestigations,
} from '../knowledge/locales/es-advice.js';
import { type CriteriaWording, spanishCriteria } from '../knowledge/locales/es-criteria.js';
import type { KnowledgeWording } from '../knowledge/locales/types.js';
import type { Lang } from '../language/index.js';

interface Wording extends KnowledgeWording {
  /** Each cause's advice items (by index) and withheld-advice reasons (by kind). */
  readonly advice: AdviceTable;
  /** Each cause's investigations (by index); a cause missing here has them left out, never shown in English. */
  readonly investigations: InvestigationTable;
  /** Reasons worded from figures, the Wells factor and the instruments' wording (items, lines, summaries). */
  readonly assessment: CriteriaWording;
}

// Optional: the CLI bundle leaves the Spanish tables out (scripts/bundle-cli.mjs).
const wordings: ReadonlyMap<Lang, Wording> = new Map(
  spanishKnowledge && spanishAdvice && spanishCriteria && spanishInvestigations
    ? [
        [
          'es',
          {
            ...spanishKnowledge,
            advice: spanishAdvice,
            investigations: spanishInvestigations,
            assessment: spanishCriteria,
          },
        ],
      ]
    : [],
);

const pick = (translated: string | undefined, english: string) =>
  translated !== undefined && translated !== '' ? translated : english;
const get = <T>(table: Readonly<Record<string, T>>, id: string): T | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined;

function localiseQuestion(q: Question, w: Wording): Question {
  const own = q.kind === 'group' ? get(w.groups, q.id) : undefined;
  const finding = q.kind === 'single' ? get(w.findings, q.id) : undefined;
  return {
    ...q,
    text: pick(own?.text ?? finding?.q, q.text),
    why: pick(own?.why ?? finding?.why, q.why),
    options: q.options.map((o) => ({ ...o, text: pick(get(w.findings, o.finding)?.q, o.text) })),
  };
}

/** Condition ids by the English name a person reads (probability reasons name causes by it). */
const idByPatientName = new Map(
  [...conditionsById.values()].flatMap((c) => [
    [c.patientName, c.id],
    [c.patientName.toLowerCase(), c.id],
  ]),
);

/** The causes an English probability reason names, in `lang`; undefined when one is not known. */
function causeNames(english: readonly string[], w: Wording): string[] | undefined {
  const names = english.map((n) => {
    const id = idByPatientName.get(n);
    return id === undefined ? undefined : get(w.conditions, id)?.name;
  });
  return names.every((n) => n !== undefined) ? (names as string[]) : undefined;
}

/**
 * The person-facing sentence of a reason the engine words from figures or cause names (probability, safety
 * net, the Wells score): rebuilt in `lang` from the same parts. Undefined when its English is not recognised.
 */
function wordedReason(r: TriageReason, unanswered: number, w: Wording): string | undefined {
  const t = w.assessment.reasons;
  if (r.id === 'unclear_cause') return t.unclear;
  if (r.id === 'screen_incomplete') return t.screenIncomplete(unanswered);
  if (r.id === 'warning_sign_present') return t.warningSign;
  if (r.id === 'no_benign_cause_supported') return t.noBenignCause;
  if (r.id === 'wells_dvt_likely') return t.wellsLikely;
  if (r.id === 'no_warning_signs') {
    const m = /answers fit (.*), which can usually be looked after at home\.$/.exec(r.reason);
    const names = m?.[1] === undefined ? undefined : causeNames([m[1]], w);
    return names?.[0] === undefined ? undefined : t.noWarningSigns(names[0].toLowerCase());
  }
  if (r.kind === 'probability') {
    const one = /^(.*) cannot be ruled out, and it needs this level of care\.$/.exec(r.reason);
    const many = /^Causes that need this level of care cannot be ruled out: (.*)\.$/.exec(r.reason);
    const names =
      one?.[1] !== undefined ? causeNames([one[1]], w) : many?.[1] && causeNames(many[1].split('; '), w);
    if (!names) return undefined;
    return one ? t.oneCause(names[0] as string) : t.causes(names);
  }
  return undefined;
}

/** Condition ids by their English clinician name (probability reasons list the causes that carry a level). */
const idByClinicianName = new Map([...conditionsById.values()].map((c) => [c.clinicianName, c.id]));
/** "<clinician name> <posterior>" items, longest name first so a name that contains another is read whole. */
const carrierPattern = new RegExp(
  `(${[...idByClinicianName.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')}) (\\d\\.\\d+)(?:, |$)`,
  'y',
);

/** The causes a probability reason lists ("<name> 0.12, <name> 0.05"), in `lang`; undefined if one is not known. */
function carriers(list: string, w: Wording): string[] | undefined {
  const out: string[] = [];
  carrierPattern.lastIndex = 0;
  while (carrierPattern.lastIndex < list.length) {
    const m = carrierPattern.exec(list);
    const id = m?.[1] === undefined ? undefined : idByClinicianName.get(m[1]);
    const name = id === undefined ? undefined : get(w.conditions, id)?.clinicianName;
    if (!m || !name) return undefined;
    out.push(`${name} ${(m[2] as string).replace('.', ',')}`);
  }
  return out;
}

/** The clinician sentence of a reason the engine words from figures, rebuilt in `lang` from the same parts. */
function wordedClinicianReason(r: TriageReason, w: Wording): string | undefined {
  const t = w.assessment.clinicianReasons;
  const text = r.clinicianReason;
  if (r.id.startsWith('possible_')) {
    const rule = get(w.rules, r.id.slice('possible_'.length));
    const doubted = /^Possible red flag \(hedged, unconfirmed: ([\w, ]+)\): /.exec(text)?.[1];
    return rule?.clinicianReason && doubted ? t.possible(doubted, rule.clinicianReason) : undefined;
  }
  const m = (pattern: RegExp) => pattern.exec(text)?.slice(1) as string[] | undefined;
  switch (r.id) {
    case 'unclear_cause': {
      const g = m(/^Leading posterior ([\d.]+) below ([\d.]+): undifferentiated\.$/);
      return g && t.unclear(g[0] as string, g[1] as string);
    }
    case 'screen_incomplete': {
      const g = m(/^Red-flag screen incomplete \(([\w, ]+)\): self-care withheld\.$/);
      return g && t.screenIncomplete(g[0] as string);
    }
    case 'warning_sign_present': {
      const g = m(/^Screen positive \(([\w, ]+)\): not for self-care\.$/);
      return g && t.screenPositive(g[0] as string);
    }
    case 'no_benign_cause_supported': {
      const g = m(
        /^No self-limiting cause positively supported \(best (\w+ ln LR -?[\d.]+|none) < ln 10\): not for self-care\.$/,
      );
      return g && t.noBenignCause(g[0] === 'none' ? null : (g[0] as string));
    }
    case 'no_warning_signs': {
      const g = m(
        /^Screen complete and negative; (\w+) supported by its own findings \(ln LR ([\d.]+) ≥ ln 10\); no urgent cause above its mass threshold\.$/,
      );
      return g && t.noWarningSigns(g[0] as string, g[1] as string);
    }
    case 'wells_dvt_likely': {
      const g = m(
        /^Wells (-?\d+(?:--?\d+)?) \(DVT likely, ≥ 2\): imaging indicated; D-dimer cannot exclude\.$/,
      );
      return g && t.wellsLikely(g[0] as string);
    }
  }
  if (r.kind !== 'probability') return undefined;
  const g = m(/^P\(any cause needing ≥ (.+?)\) = ([\d.]+) ≥ ([\d.]+) \((.*)\)\.$/);
  const label = w.urgency[r.level]?.clinicianLabel;
  const english = urgencyDescriptions[r.level].clinicianLabel.toLowerCase();
  const names = g?.[3] === undefined ? undefined : carriers(g[3], w);
  return g && label && g[0] === english && names
    ? t.probability(label, g[1] as string, g[2] as string, names)
    : undefined;
}

/** The person's sentence of a red flag the person was unsure of: the rule's reason after the lead-in. */
function possibleReason(r: TriageReason, w: Wording): string | undefined {
  if (!r.id.startsWith('possible_')) return undefined;
  const rule = get(w.rules, r.id.slice('possible_'.length));
  return rule?.reason ? w.assessment.clinicianReasons.possibleReason(rule.reason) : undefined;
}

function localiseReason(r: TriageReason, unanswered: number, w: Wording): TriageReason {
  const rule = r.kind === 'red_flag' || r.kind === 'advice_rule' ? get(w.rules, r.id) : undefined;
  return {
    ...r,
    reason: pick(rule?.reason ?? possibleReason(r, w) ?? wordedReason(r, unanswered, w), r.reason),
    clinicianReason: pick(rule?.clinicianReason ?? wordedClinicianReason(r, w), r.clinicianReason),
  };
}

/** The wording of one advice item of a cause, found by its English text (the engine shows items verbatim). */
function adviceText(condition: string, english: string, w: Wording): string {
  const index = conditionsById.get(condition)?.advice.findIndex((a) => a.text === english) ?? -1;
  return pick(index < 0 ? undefined : get(w.advice, condition)?.advice[index], english);
}

/** Why advice is withheld, from the `avoid` entry of the cause in play that holds it back. */
function withheldReason(because: string, english: string, w: Wording): string {
  const caution = conditionsById.get(because)?.avoid?.find((a) => a.reason === english);
  return pick(caution ? get(w.advice, because)?.avoid?.[caution.kind] : undefined, english);
}

/**
 * A cause's own advice as one text: the engine joins the items a caution in play allows, so the same items
 * are picked here (each English item found in the joined text) and joined in `lang`.
 */
function localiseSelfCare(c: RankedCondition, w: Wording): string {
  const items = conditionsById.get(c.id)?.advice ?? [];
  const allowed = items.filter((a) => c.selfCare.includes(a.text));
  if (allowed.length === 0 || allowed.map((a) => a.text).join(' ') !== c.selfCare) return c.selfCare;
  return allowed.map((a) => adviceText(c.id, a.text, w)).join(' ');
}

function localiseFactor(f: Factor, w: Wording): Factor {
  if (f.kind === 'criterion') {
    if (f.finding !== wellsFactor.id) return f;
    const score = /≥ (\d+) \(published risk about (\d+)%\)/.exec(f.clinicianTerm);
    const t = w.assessment.wellsFactor;
    return {
      ...f,
      label: t.label,
      clinicianTerm: score ? t.clinicianTerm(Number(score[1]), Number(score[2])) : f.clinicianTerm,
    };
  }
  const t = get(w.findings, f.finding);
  return { ...f, label: pick(t?.q, f.label), clinicianTerm: pick(t?.c, f.clinicianTerm) };
}

/** A cause's investigations in the reader's language: each by its index, the untranslated ones left out. */
function localiseInvestigations(
  id: string,
  list: readonly Investigation[],
  w: Wording,
): readonly Investigation[] {
  if (list.length === 0) return list;
  const own = get(w.investigations, id) ?? [];
  const out: Investigation[] = [];
  list.forEach((i, n) => {
    const t = own[n];
    if (t) out.push({ ...i, name: t.name, patientName: t.patientName });
  });
  return out;
}

function localiseCondition(c: RankedCondition, w: Wording): RankedCondition {
  const t = get(w.conditions, c.id);
  return {
    ...c,
    name: pick(t?.name, c.name),
    clinicianName: pick(t?.clinicianName, c.clinicianName),
    selfCare: localiseSelfCare(c, w),
    investigations: localiseInvestigations(c.id, c.investigations, w),
    supporting: c.supporting.map((f) => localiseFactor(f, w)),
    opposing: c.opposing.map((f) => localiseFactor(f, w)),
  };
}

function localiseAdvice(advice: Assessment['advice'], w: Wording): Assessment['advice'] {
  return {
    items: advice.items.map((i) => ({ ...i, text: adviceText(i.condition, i.text, w) })),
    withheld: advice.withheld.map((h) => ({
      ...h,
      text: adviceText(h.condition, h.text, w),
      reason: withheldReason(h.because, h.reason, w),
    })),
  };
}

type Criterion = Assessment['criteria'][number];

/** The person's sentence of an instrument's result in `lang`, from the result's own fields. */
function patientSummary(c: Criterion, w: Wording): string | undefined {
  const t = w.assessment.patient;
  switch (c.instrument) {
    case 'wells': {
      const exact = c.minScore === c.maxScore;
      const band = c.twoLevel.band;
      const points =
        band === 'likely'
          ? t.points(exact ? c.score : c.minScore, exact ? 'exact' : 'atLeast')
          : t.points(exact ? c.score : c.maxScore, exact ? 'exact' : 'atMost');
      return t.wells(band, points, c.known.length, c.total);
    }
    case 'irlssg':
      return t.irlssg(
        c.status,
        c.criteriaMet.length,
        c.criteriaUnknown.includes('notSolelyAnotherCondition'),
      );
    case 'cramps':
      return t.cramps(c.status, c.criteriaMet.length, c.criteriaUnknown.includes('notBetterExplained'));
    case 'clti':
      return t.clti[c.status];
    case 'stenosis': {
      const vascular =
        c.lean === 'against_lss' &&
        c.items.some((i) => i.id === 'calfSymptomsRelievedByStandingStill' && i.value === true);
      return t.stenosis[vascular ? 'against_lss_vascular' : c.lean];
    }
    case 'fontaine': {
      const stage = c.stage === 'undetermined' ? c.possibleStages[0] : c.stage;
      return stage === undefined ? undefined : t.fontaine(stage, c.stage !== 'undetermined');
    }
    case 'abi':
      return w.assessment.abi.patient(c.sides.map((side) => abiSidePlain(side, w)));
    case 'rutherford': {
      const category = c.category === 'undetermined' ? c.possibleCategories[0] : c.category;
      return category === undefined
        ? undefined
        : t.rutherford(String(category), c.category !== 'undetermined');
    }
    default:
      return undefined;
  }
}

/** A spinal-stenosis likelihood-ratio line ("<feature>: LR 6.3 for lss syndrome (favours spinal stenosis).") */
function stenosisLine(line: string, labels: ReadonlyMap<string, string>, w: Wording): string | undefined {
  const m = /^(.+): LR ([\d.]+) for (.+) \((favours|argues against) spinal stenosis\)\.$/.exec(line);
  if (!m) return undefined;
  const t = w.assessment.stenosisLines;
  const feature = labels.get(m[1] as string) ?? t.features[m[1] as string];
  const target = t.targets[m[3] as string];
  return feature && target ? t.line(feature, m[2] as string, target, m[4] === 'favours') : undefined;
}

/**
 * A reason line of an instrument in `lang`: worded by the first line pattern that matches it as it is or with
 * its item labels swapped; English when none does.
 */
function localiseCriterionReason(line: string, labels: ReadonlyMap<string, string>, w: Wording): string {
  const stenosis = stenosisLine(line, labels, w);
  if (stenosis) return stenosis;
  // Longest label first, so a label that contains another is swapped whole.
  let swapped = line;
  for (const [english, spanish] of [...labels].sort((a, b) => b[0].length - a[0].length))
    swapped = swapped.split(english).join(spanish);
  for (const [pattern, word] of w.assessment.reasonLines) {
    const m = pattern.exec(swapped) ?? pattern.exec(line);
    if (m) return word(m.slice(1));
  }
  return line;
}

/** The IRLSSG course reason ("Course: <meaning>.") in `lang`, from the result's course. */
function courseLine(c: Criterion, line: string, w: Wording): string | undefined {
  if (c.instrument !== 'irlssg' || c.course === null) return undefined;
  if (line !== `Course: ${irlssgCourseMeanings[c.course]}.`) return undefined;
  const meaning = w.assessment.irlssgCourse[c.course]?.meaning;
  return meaning && `Curso: ${meaning}.`;
}

/** A clinician note in `lang`: a fixed line, the examination list, or "<item> from <findings> (<proxy>)." */
function localiseNote(note: string, w: Wording): string {
  const lines = w.assessment.clinicianLines;
  const fixed = get(lines, note);
  if (fixed) return fixed;
  const toConfirm = /^Items counted but still to be confirmed on examination: ([\w, ]+)\.$/.exec(note);
  if (toConfirm) return `Ítems contados pero pendientes de confirmar en la exploración: ${toConfirm[1]}.`;
  const proxy = /^(\w+) from ([\w /]+) \((.+)\)\.$/.exec(note);
  const proxyText = proxy?.[3] === undefined ? undefined : get(lines, proxy[3]);
  if (proxy && proxyText) return `${proxy[1]} a partir de ${proxy[2]} (${proxyText}).`;
  for (const [pattern, word] of w.assessment.noteLines) {
    const m = pattern.exec(note);
    if (m) return word(m.slice(1));
  }
  return note;
}

type AbiSide = AbiResult['sides'][number];
/** An ABI figure as the English prints it (formatNumber: 2 decimals), with a decimal comma. */
const ratio = (n: number) => n.toFixed(2).replace('.', ',');

/** One leg's clinician line of an ABI result in `lang` ("pierna izquierda: ITB 0,43 = 60/140 (…)"). */
function abiSideSummary(s: AbiSide, c: AbiResult, w: Wording): string {
  const t = w.assessment.abi;
  const parts: string[] = [];
  if (s.abi !== null && s.band !== null && s.anklePressure !== null) {
    const band = t.bands[s.band];
    parts.push(
      `ITB ${ratio(s.abi)} = ${s.anklePressure}/${c.armPressure} (${band?.range}: ${band?.meaning}${s.severe ? t.severe(String(c.severeBelow)) : ''})`,
    );
  }
  if (s.tbi !== null && s.toePressure !== null)
    parts.push(`ITD ${ratio(s.tbi)} = ${s.toePressure}/${c.armPressure} (${t.tbi(s.tbiAbnormal === true)})`);
  return `${t.side[s.side]}: ${parts.join('; ')}`;
}

/** One leg in the person's sentence of an ABI result, in `lang`. */
function abiSidePlain(s: AbiSide, w: Wording): string {
  const t = w.assessment.abi;
  if (s.abi !== null && s.band !== null) {
    const plain = s.band === 'pad' && s.severe ? t.severePlain : t.bands[s.band]?.plain;
    const toe =
      s.band === 'non_compressible' && s.tbi !== null
        ? `; la medida del dedo del pie es ${t.toePlain(s.tbiAbnormal === true)}`
        : '';
    return `${t.side[s.side]} ${ratio(s.abi)}, ${plain}${toe}`;
  }
  return `${t.side[s.side]}: medida del dedo del pie ${t.toePlain(s.tbiAbnormal === true)}`;
}

/** The reason lines of an ABI result in `lang`, rebuilt from its fields (the arm, then each leg). */
function abiReasons(c: AbiResult, w: Wording): string[] {
  const t = w.assessment.abi;
  return [
    t.arm(c.armPressure, c.armUsed),
    ...c.sides.map((s) =>
      t.ankle(
        t.side[s.side] as string,
        s.anklePressure,
        s.ankleArtery === null ? null : (t.artery[s.ankleArtery] ?? null),
      ),
    ),
  ];
}

/** The clinician sentence of the instruments a person's answers fill most (Wells, IRLSSG, cramps, CLTI). */
function clinicianSummary(c: Criterion, w: Wording): string | undefined {
  const word = (key: string) => w.criterionWords?.[key] ?? key;
  const none = 'ninguno';
  const byIndex = (ids: readonly string[], name: (i: number) => string) =>
    ids.map((id) => name(c.items.findIndex((i) => i.id === id))).join(', ') || none;
  const lists = (
    met: readonly string[],
    notMet: readonly string[],
    unknown: readonly string[],
    name: (i: number) => string,
  ) =>
    `cumplidos ${byIndex(met, name)}; no cumplidos ${byIndex(notMet, name)}; sin datos ${byIndex(unknown, name)}`;
  const risk = (text: string) => pick(get(w.assessment.clinicianLines, text), text);
  switch (c.instrument) {
    case 'irlssg': {
      const course = c.course === null ? undefined : w.assessment.irlssgCourse[c.course]?.short;
      if (c.course !== null && course === undefined) return undefined;
      return `Criterios IRLSSG 2012 del síndrome de piernas inquietas: ${word(c.status)} (${lists(c.criteriaMet, c.criteriaNotMet, c.criteriaUnknown, (i) => String(i + 1))})${course === undefined ? '' : `; curso ${course}`}; el criterio 5 requiere que un clínico excluya los cuadros que lo imitan.`;
    }
    case 'cramps':
      return `Calambres nocturnos de las piernas (ICSD-3 en esencia): ${word(c.status)} (${lists(c.criteriaMet, c.criteriaNotMet, c.criteriaUnknown, (i) => 'ABCD'[i] ?? '?')}); el criterio D lo confirma un clínico.`;
    case 'clti': {
      const state = (id: string) => {
        const v = c.items.find((i) => i.id === id)?.value;
        return v === true ? 'sí' : v === false ? 'no' : 'sin datos';
      };
      const clinical = { met: 'sí', not_met: 'no', unknown: 'sin datos' }[c.clinicalCriterion];
      const acute = c.clinicianSummary.includes('< 2 weeks')
        ? '; < 2 semanas: considere una isquemia aguda de la extremidad'
        : '';
      return `CLTI (AHA/ACC 2016): ${word(c.status)}; dolor en reposo o pérdida de tejido: ${clinical}; ≥ 2 semanas: ${state('atLeastTwoWeeks')}; enfermedad arterial objetiva: ${state('arterialDiseaseProven')}${acute}.`;
    }
    case 'wells': {
      const band = <B extends string>(
        r: { band: B | 'undetermined'; possibleBands: readonly B[] },
        defs: Readonly<Record<B, { range: string; risk: string }>>,
      ) =>
        r.band === 'undetermined'
          ? `${word('undetermined')} (${r.possibleBands.map(word).join(' o ')})`
          : `${word(r.band)} (${defs[r.band as B].range}; ${risk(defs[r.band as B].risk)})`;
      const short = (id: string) => {
        const label = get(w.assessment.items, `wells.${id}`);
        return label === undefined ? id : (label.split(/ \(|, /)[0] ?? label);
      };
      const unknown = c.missing.length > 0 ? `; sin datos: ${c.missing.map(short).join('; ')}` : '';
      const coverage = w.assessment.coverageLabel.wells;
      return (
        `Wells TVP (modificada 2003): puntuación ${c.score}, rango de ${c.minScore} a ${c.maxScore}${unknown}; ` +
        `dos niveles: ${band(c.twoLevel, wellsTwoLevelBands)}; tres niveles: ${band(c.threeLevel, wellsThreeLevelBands)}; ` +
        `${coverage}: ${c.known.length} de ${c.total} ítems conocidos; los ítems de exploración requieren confirmación clínica.`
      );
    }
    case 'fontaine': {
      const stage =
        c.stage === 'undetermined'
          ? `${word('undetermined')} (${c.possibleStages.join(', ')})`
          : `${c.stage} (${w.assessment.padStages.fontaine[c.stage] ?? c.stage})`;
      return `Estadio de Fontaine ${stage}, punto de corte IIa/IIb ${c.cutoffM} m; presupone la EAP como causa; Fontaine: ${c.known.length} de ${c.total} ítems conocidos.`;
    }
    case 'rutherford': {
      const category =
        c.category === 'undetermined'
          ? `indeterminada (${c.possibleCategories.join(', ')})`
          : `${c.category} (${w.assessment.padStages.rutherford[String(c.category)] ?? c.category})`;
      return `Categoría de Rutherford ${category}; presupone la EAP como causa; Rutherford: ${c.known.length} de ${c.total} ítems conocidos.`;
    }
    case 'stenosis': {
      const t = w.assessment.stenosisLines;
      const features = c.features.map((f) => {
        const item = c.items.find((i) => i.label === f.label);
        const label = (item && get(w.assessment.items, `stenosis.${item.id}`)) ?? t.features[f.label];
        const lr = String(f.likelihoodRatio).replace('.', ',');
        return label && `${label} LR ${lr}${f.target === 'vascular_claudication' ? ' (vascular)' : ''}`;
      });
      if (features.some((f) => f === undefined)) return undefined;
      return w.assessment.stenosisSummary(c.lean, c.leanStrength, features as string[]);
    }
    case 'abi':
      return w.assessment.abi.clinician(
        c.armPressure,
        c.sides.map((side) => abiSideSummary(side, c, w)),
        c.pad,
      );
    default:
      return undefined;
  }
}

/** A Wells band with its published risk in `lang`. */
function withRisk<B extends { readonly risk: string | null }>(band: B, w: Wording): B {
  return band.risk === null
    ? band
    : { ...band, risk: pick(get(w.assessment.clinicianLines, band.risk), band.risk) };
}

/**
 * An instrument's name (es.ts), coverage line, item labels, reason lines, notes, evidence-mapping proxies and
 * the person's sentence in `lang` (and the Wells bands' risk, the Rutherford grade, the ABI legs); the clinician
 * summary of every instrument.
 */
function localiseCriterion(c: Criterion, w: Wording): Criterion {
  const label = w.assessment.coverageLabel[c.instrument];
  const noun = /(\w+) known$/.exec(c.coverage)?.[1];
  const spanishNoun = noun === undefined ? undefined : w.assessment.coverageNoun[noun];
  const labels = new Map(
    c.items.flatMap((i): [string, string][] => {
      const es = get(w.assessment.items, `${c.instrument}.${i.id}`);
      return es ? [[i.label, es]] : [];
    }),
  );
  return {
    ...c,
    name: pick(w.criteria?.[c.instrument]?.name, c.name),
    coverage: label && spanishNoun ? `${label}: ${c.known.length} de ${c.total} ${spanishNoun}` : c.coverage,
    items: c.items.map((i) => ({
      ...i,
      label: pick(get(w.assessment.items, `${c.instrument}.${i.id}`), i.label),
    })),
    reasons:
      c.instrument === 'abi'
        ? abiReasons(c, w)
        : c.reasons.map((r) => courseLine(c, r, w) ?? localiseCriterionReason(r, labels, w)),
    notes: c.notes.map((n) => localiseNote(n, w)),
    ...(c.instrument === 'abi'
      ? { sides: c.sides.map((side) => ({ ...side, summary: abiSideSummary(side, c, w) })) }
      : {}),
    ...(c.instrument === 'rutherford' && c.grade !== null
      ? { grade: pick(get(w.assessment.clinicianLines, c.grade), c.grade) }
      : {}),
    ...(c.fromEvidence
      ? {
          fromEvidence: c.fromEvidence.map((f) =>
            f.proxy === undefined
              ? f
              : { ...f, proxy: pick(get(w.assessment.clinicianLines, f.proxy), f.proxy) },
          ),
        }
      : {}),
    ...(c.instrument === 'wells'
      ? { twoLevel: withRisk(c.twoLevel, w), threeLevel: withRisk(c.threeLevel, w) }
      : {}),
    ...(c.instrument === 'stenosis'
      ? {
          features: c.features.map((f) => ({
            ...f,
            label: pick(labels.get(f.label) ?? w.assessment.stenosisLines.features[f.label], f.label),
          })),
        }
      : {}),
    patientSummary: pick(patientSummary(c, w), c.patientSummary),
    clinicianSummary: pick(clinicianSummary(c, w), c.clinicianSummary),
  } as Criterion;
}

function localiseUnanswered(
  unanswered: Assessment['triage']['unanswered'],
  w: Wording,
): Assessment['triage']['unanswered'] {
  return unanswered.map((u) => ({ ...u, text: pick(get(w.findings, u.id)?.q, u.text) }));
}

/** The disclaimer in `lang` where known. */
/** The catalogs (GET /v1/findings, /v1/conditions) in `lang`: wording only, ids and numbers as in English. */
export function localiseFindingsTo<F extends FindingDefinition>(list: readonly F[], lang: Lang): F[] {
  const w = wordings.get(lang);
  if (!w) return [...list];
  return list.map((f) => {
    const t = get(w.findings, f.id);
    return {
      ...f,
      question: pick(t?.q, f.question),
      why: pick(t?.why, f.why),
      clinicianTerm: pick(t?.c, f.clinicianTerm),
    };
  });
}

export function localiseConditionsTo<C extends ConditionDefinition>(list: readonly C[], lang: Lang): C[] {
  const w = wordings.get(lang);
  if (!w) return [...list];
  return list.map((c) => {
    const t = get(w.conditions, c.id);
    return {
      ...c,
      patientName: pick(t?.name, c.patientName),
      clinicianName: pick(t?.clinicianName, c.clinicianName),
      advice: c.advice.map((a) => ({ ...a, text: adviceText(c.id, a.text, w) })),
      avoid: c.avoid?.map((a) => ({ ...a, reason: withheldReason(c.id, a.reason, w) })),
      ...(c.investigations ? { investigations: localiseInvestigations(c.id, c.investigations, w) } : {}),
      rules: c.rules?.map((r) => {
        const rt = get(w.rules, r.id);
        return {
          ...r,
          reason: pick(rt?.reason, r.reason),
          clinicianReason: pick(rt?.clinicianReason, r.clinicianReason),
        };
      }),
    };
  });
}

export function disclaimerIn(lang: Lang): string {
  return pick(wordings.get(lang)?.disclaimer, disclaimer);
}

/** The triage wording (label, action, reasons) in `lang` where known. */
export function localiseTriage<T extends Assessment['triage']>(triage: T, lang: Lang): T {
  const w = wordings.get(lang);
  if (!w) return triage;
  const urgency = w.urgency[triage.level];
  return {
    ...triage,
    label: pick(urgency?.label, triage.label),
    action: pick(urgency?.action, triage.action),
    reasons: triage.reasons.map((r) => localiseReason(r, triage.unanswered.length, w)),
    unanswered: localiseUnanswered(triage.unanswered, w),
  };
}

/** A question's text, why and options in `lang` where known. */
export function localiseQuestionTo(q: Question | null, lang: Lang): Question | null {
  const w = wordings.get(lang);
  return q && w ? localiseQuestion(q, w) : q;
}

/** The assessment with its question, triage wording, causes and disclaimer in `lang` where known. */
export function localiseAssessment<A extends Assessment>(a: A, lang: Lang): A {
  const w = wordings.get(lang);
  if (!w) return a;
  const urgency = w.urgency[a.triage.level];
  return {
    ...a,
    triage: {
      ...a.triage,
      label: pick(urgency?.label, a.triage.label),
      action: pick(urgency?.action, a.triage.action),
      reasons: a.triage.reasons.map((r) => localiseReason(r, a.triage.unanswered.length, w)),
      unanswered: localiseUnanswered(a.triage.unanswered, w),
    },
    conditions: a.conditions.map((c) => localiseCondition(c, w)),
    advice: localiseAdvice(a.advice, w),
    criteria: a.criteria.map((c) => localiseCriterion(c, w)),
    question: a.question ? localiseQuestion(a.question, w) : null,
    disclaimer: pick(w.disclaimer, a.disclaimer),
  };
}

/** One instrument's result (scored on its own) in `lang` where known. */
export function localiseCriterionTo<C extends Criterion>(c: C, lang: Lang): C {
  const w = wordings.get(lang);
  return w ? (localiseCriterion(c, w) as C) : c;
}
