// The emergency number shown on the start page, the ambulance and emergency banners and "when to get help".
// A display setting, not clinical logic: it picks which number to print, never what the advice is.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The number to dial for an ambulance, by ISO 3166 region. Each from the official source beside it. */
const numbers: Readonly<Record<string, string>> = {
  // United Kingdom: 999 (112 also works). NHS, "When to call 999": https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/
  GB: '999',
  // Ireland: 112 and 999 both reach the Emergency Call Answering Service. gov.ie, "Emergency Call
  // Answering Service (ECAS)": https://www.gov.ie/en/department-of-the-environment-climate-and-communications/services/emergency-call-answering-service/
  IE: '112',
  // United States: 911. https://www.911.gov/
  US: '911',
  // Canada: 9-1-1. CRTC, "9-1-1 service": https://crtc.gc.ca/eng/phone/911/
  CA: '911',
  // Mexico: 911. Gobierno de México, "911 Emergencias": https://www.gob.mx/911
  MX: '911',
  // Australia: Triple Zero (000). https://www.triplezero.gov.au/
  AU: '000',
  // New Zealand: 111. NZ Police, "Call 111": https://www.police.govt.nz/use-111
  NZ: '111',
  // Spain and every EU member state: 112. European Commission, "112: the European emergency number":
  // https://digital-strategy.ec.europa.eu/en/policies/112
  ES: '112',
  ...Object.fromEntries(
    [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'SE',
    ].map((r) => [r, '112']),
  ),
};

/** Regions offered in the setting, in this order; every other EU member state is covered by "EU". */
export const offeredRegions = ['GB', 'IE', 'US', 'CA', 'MX', 'AU', 'NZ', 'ES', 'EU', 'other'] as const;
export type Region = string;

/** The number for a region, or `null` when unknown ("other": the page says "your local emergency number"). */
export function emergencyNumber(region: Region): string | null {
  if (region === 'EU') return '112';
  return numbers[region] ?? null;
}

const storageKey = 'nightleg.region';

/** The region part of a language tag (`en-GB` → `GB`), if any. */
export function regionOf(tag: string | undefined): string | undefined {
  const parts = (tag ?? '').split(/[-_]/).slice(1);
  return parts.find((p) => /^[A-Za-z]{2}$/.test(p))?.toUpperCase();
}

/** The saved choice (a display preference), else the first browser language with a known region. */
export function detectRegion(): Region {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved && (saved === 'EU' || saved === 'other' || saved in numbers)) return saved;
  } catch {
    // storage disabled
  }
  const prefs = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const p of prefs) {
    const r = regionOf(p);
    if (r && r in numbers) return (offeredRegions as readonly string[]).includes(r) ? r : 'EU';
  }
  return 'other';
}

export function saveRegion(region: Region): void {
  try {
    localStorage.setItem(storageKey, region);
  } catch {
    // not essential
  }
}

/**
 * Knowledge text from the API names the numbers generically ("112 / 911 / 999"); show the chosen one
 * instead (or the words for "your local emergency number").
 */
export function withNumber(text: string, number: string): string {
  return text.replace(/\b(?:112|911|999)(?:\s*\/\s*(?:112|911|999))+/g, number);
}

export const RegionContext = createContext<Region>('other');

/** The chosen region's number, or `null` when the page should say "your local emergency number". */
export const useEmergencyNumber = (): string | null => emergencyNumber(useContext(RegionContext));
