import { describe, expect, it } from 'vitest';
import { emergencyNumber, offeredRegions, regionOf, withNumber } from './emergency.js';

describe('emergency number by region', () => {
  it('gives each offered region its official number, and none for "other"', () => {
    expect(emergencyNumber('GB')).toBe('999');
    expect(emergencyNumber('US')).toBe('911');
    expect(emergencyNumber('CA')).toBe('911');
    expect(emergencyNumber('ES')).toBe('112');
    expect(emergencyNumber('EU')).toBe('112');
    expect(emergencyNumber('DE')).toBe('112');
    expect(emergencyNumber('AU')).toBe('000');
    expect(emergencyNumber('NZ')).toBe('111');
    expect(emergencyNumber('IE')).toBe('112');
    expect(emergencyNumber('other')).toBeNull();
    expect(emergencyNumber('ZZ')).toBeNull();
    for (const r of offeredRegions) if (r !== 'other') expect(emergencyNumber(r), r).toMatch(/^\d{3}$/);
  });

  it('reads the region from a language tag', () => {
    expect(regionOf('en-GB')).toBe('GB');
    expect(regionOf('es-419')).toBeUndefined();
    expect(regionOf('zh-Hant-TW')).toBe('TW');
    expect(regionOf('en')).toBeUndefined();
    expect(regionOf(undefined)).toBeUndefined();
  });

  it('replaces the generic "112 / 911 / 999" in knowledge text with the chosen number', () => {
    expect(withNumber('Phone 112 / 911 / 999. Do not drive yourself.', '999')).toBe(
      'Phone 999. Do not drive yourself.',
    );
    expect(withNumber('Call an ambulance now (999 / 911 / 112).', '000')).toBe(
      'Call an ambulance now (000).',
    );
    expect(withNumber('llamar al 112.', '911')).toBe('llamar al 112.');
    expect(withNumber('Sources S112 and S911', '999')).toBe('Sources S112 and S911');
  });
});
