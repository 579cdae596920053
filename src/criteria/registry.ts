import { type AbiInput, type AbiResult, computeAbi, parseAbiInput } from './abi.js';
import { type CltiInput, type CltiResult, computeClti, parseCltiInput } from './clti.js';
import { type CrampsInput, type CrampsResult, computeCramps, parseCrampsInput } from './cramps.js';
import { computeIrlssg, type IrlssgInput, type IrlssgResult, parseIrlssgInput } from './irlssg.js';
import {
  computeFontaine,
  computeRutherford,
  type FontaineResult,
  type PadStageInput,
  parsePadStageInput,
  type RutherfordResult,
} from './pad-stage.js';
import { computeStenosis, parseStenosisInput, type StenosisInput, type StenosisResult } from './stenosis.js';
import { type FieldError, type InstrumentId, isInstrumentId, type ParseResult } from './types.js';
import { computeWells, parseWellsInput, type WellsInput, type WellsResult } from './wells.js';

/** Input type of each instrument. */
export interface InstrumentInputs {
  readonly wells: WellsInput;
  readonly abi: AbiInput;
  readonly irlssg: IrlssgInput;
  readonly cramps: CrampsInput;
  readonly stenosis: StenosisInput;
  readonly fontaine: PadStageInput;
  readonly rutherford: PadStageInput;
  readonly clti: CltiInput;
}

/** Result type of each instrument. */
export interface InstrumentResults {
  readonly wells: WellsResult;
  readonly abi: AbiResult;
  readonly irlssg: IrlssgResult;
  readonly cramps: CrampsResult;
  readonly stenosis: StenosisResult;
  readonly fontaine: FontaineResult;
  readonly rutherford: RutherfordResult;
  readonly clti: CltiResult;
}

/** Any instrument's result; narrow on `instrument`. */
export type CriterionResult = InstrumentResults[InstrumentId];

export interface Instrument<Id extends InstrumentId> {
  readonly id: Id;
  readonly name: string;
  /** Validates untrusted input (JSON body, CLI flags): the typed input or a list of field errors. */
  readonly parse: (raw: unknown) => ParseResult<InstrumentInputs[Id]>;
  /** Pure computation; throws `CriteriaInputError` for input that `parse` would reject. */
  readonly compute: (input: InstrumentInputs[Id]) => InstrumentResults[Id];
}

export type Instruments = { readonly [Id in InstrumentId]: Instrument<Id> };

/** Every instrument, by id, for generic callers: `nightleg score <id> --json`, `POST /v1/criteria/{id}`. */
export const instruments: Instruments = {
  wells: {
    id: 'wells',
    name: 'Wells score for deep vein thrombosis (modified 2003)',
    parse: parseWellsInput,
    compute: computeWells,
  },
  abi: {
    id: 'abi',
    name: 'Ankle-brachial index (2016 AHA/ACC) and toe-brachial index',
    parse: parseAbiInput,
    compute: computeAbi,
  },
  irlssg: {
    id: 'irlssg',
    name: 'IRLSSG 2012 diagnostic criteria for restless legs syndrome',
    parse: parseIrlssgInput,
    compute: computeIrlssg,
  },
  cramps: {
    id: 'cramps',
    name: 'Sleep-related leg cramps (ICSD-3 criteria, in substance)',
    parse: parseCrampsInput,
    compute: computeCramps,
  },
  stenosis: {
    id: 'stenosis',
    name: 'Lumbar spinal stenosis vs vascular claudication: likelihood ratios',
    parse: parseStenosisInput,
    compute: computeStenosis,
  },
  fontaine: {
    id: 'fontaine',
    name: 'Fontaine classification of chronic PAD',
    parse: parsePadStageInput,
    compute: computeFontaine,
  },
  rutherford: {
    id: 'rutherford',
    name: 'Rutherford classification of chronic PAD',
    parse: parsePadStageInput,
    compute: computeRutherford,
  },
  clti: {
    id: 'clti',
    name: 'Chronic limb-threatening ischaemia (2016 AHA/ACC definition)',
    parse: parseCltiInput,
    compute: computeClti,
  },
};

export type RunResult =
  | { readonly ok: true; readonly result: CriterionResult }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

function run<Id extends InstrumentId>(instrument: Instrument<Id>, raw: unknown): RunResult {
  const parsed = instrument.parse(raw);
  return parsed.ok
    ? { ok: true, result: instrument.compute(parsed.value) }
    : { ok: false, errors: parsed.errors };
}

/**
 * Parse then compute any instrument by id: the one call a CLI or HTTP route needs. An unknown id is reported
 * as an error on the field `instrument`.
 */
export function runInstrument(id: string, raw: unknown): RunResult {
  if (!isInstrumentId(id)) {
    return {
      ok: false,
      errors: [
        {
          field: 'instrument',
          message: `unknown instrument (expected: ${Object.keys(instruments).join(', ')})`,
        },
      ],
    };
  }
  return run(instruments[id] as Instrument<InstrumentId>, raw);
}
