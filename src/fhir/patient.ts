import type { Patient } from '@medplum/fhirtypes';
import type { Sex } from '../engine/index.js';
import { adultsOnlyMessage, maximumAge, minimumAge } from '../schema/case.js';
import { fail } from './outcome.js';

const birthDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whole years from a date of birth (UTC calendar dates) to `asOf`. */
function yearsBetween(birth: Date, asOf: Date): number {
  let years = asOf.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    asOf.getUTCMonth() < birth.getUTCMonth() ||
    (asOf.getUTCMonth() === birth.getUTCMonth() && asOf.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

/**
 * Age in whole years on `asOf`, from a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD). A partial date is accepted
 * only when every day it allows gives the same age: the age is read, never guessed.
 */
export function ageFromBirthDate(birthDate: string, asOf: Date, path: string): number {
  const m = birthDatePattern.exec(birthDate);
  if (!m)
    return fail(path, `must be a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(birthDate)}`);
  const year = Number(m[1]);
  const first = new Date(Date.UTC(year, m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  const last = m[3]
    ? first
    : m[2]
      ? new Date(Date.UTC(year, Number(m[2]), 0))
      : new Date(Date.UTC(year, 11, 31));
  if (Number.isNaN(first.getTime()) || (m[3] && first.getUTCDate() !== Number(m[3])))
    return fail(path, `is not a real date: ${birthDate}`);
  if (first > asOf) return fail(path, 'is after the date of the assessment');
  const oldest = yearsBetween(first, asOf);
  const youngest = yearsBetween(last, asOf);
  if (oldest !== youngest) {
    return fail(
      path,
      `gives an age of ${youngest} or ${oldest} on ${asOf.toISOString().slice(0, 10)}; send the full date of birth (YYYY-MM-DD) so the age is not guessed`,
    );
  }
  return oldest;
}

/** Age and sex from a Patient resource, as the engine needs them; `path` prefixes error paths. */
export function patientCase(patient: Patient, asOf: Date, path: string): { age: number; sex: Sex } {
  const gender = patient.gender;
  if (gender !== 'female' && gender !== 'male') {
    fail(
      `${path}.gender`,
      gender === undefined
        ? 'is required: "female" or "male" (the model\'s prior probabilities depend on sex)'
        : `is "${gender}": the model's prior probabilities are given for female or male only, and nightleg will not guess one`,
    );
  }
  if (typeof patient.birthDate !== 'string') {
    fail(`${path}.birthDate`, 'is required: the date of birth gives the age, which the model needs');
  }
  const age = ageFromBirthDate(patient.birthDate, asOf, `${path}.birthDate`);
  if (age < minimumAge) fail(`${path}.birthDate`, adultsOnlyMessage);
  if (age > maximumAge)
    fail(`${path}.birthDate`, `gives an age of ${age}; the model covers ${minimumAge}-${maximumAge}`);
  return { age, sex: gender };
}
