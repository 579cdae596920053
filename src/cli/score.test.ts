import { describe, expect, it } from 'vitest';
import { exitCodes } from './assess.js';
import { parseInstrumentFlags, runScore } from './score.js';
import { memoryIo } from './test-io.js';

describe('nightleg score', () => {
  it('computes the ABI from the --ankle / --arm shorthands', async () => {
    const io = memoryIo();
    expect(await runScore('abi', ['--ankle', '70', '--arm', '140'], true, io)).toBe(exitCodes.ok);
    const result = JSON.parse(io.out());
    expect(result.instrument).toBe('abi');
    expect(JSON.stringify(result)).toContain('0.5');
  });

  it('reads dotted flags and yes/no/unknown values', () => {
    expect(
      parseInstrumentFlags('wells', [
        '--activeCancer',
        'yes',
        '--previousDvt=no',
        '--calfSwelling',
        'unknown',
      ]),
    ).toEqual({
      activeCancer: true,
      previousDvt: false,
      calfSwelling: null,
    });
    expect(
      parseInstrumentFlags('abi', ['--ankle-left', '90', '--arm-left', '140', '--arm-right', '130']),
    ).toEqual({
      ankle: { left: { dorsalisPedis: 90 } },
      arm: { left: 140, right: 130 },
    });
  });

  it('reads a JSON object from stdin with --json and no flags', async () => {
    const io = memoryIo('{"arm":{"left":140,"right":138},"ankle":{"left":{"dorsalisPedis":128}}}');
    expect(await runScore('abi', [], true, io)).toBe(exitCodes.ok);
    expect(JSON.parse(io.out()).instrument).toBe('abi');
  });

  it.each([
    ['abi', ['--ankle', '-5', '--arm', '140'], /ankle\.right\.dorsalisPedis/],
    ['abi', ['--ankle', '70', '--arm', '0'], /arm\.left: must be a positive number/],
    ['abi', ['--ankle', 'abc', '--arm', '140'], /ankle\.right\.dorsalisPedis/],
    ['abi', ['--arm', '140'], /ankle/],
    ['nope', [], /unknown instrument/],
  ])('rejects bad input for %s %j naming the field (exit 2)', async (instrument, args, message) => {
    const io = memoryIo();
    expect(await runScore(instrument, args, false, io)).toBe(exitCodes.badInput);
    expect(io.err()).toMatch(message);
  });

  it('rejects non-JSON stdin', async () => {
    const io = memoryIo('not json');
    expect(await runScore('wells', [], true, io)).toBe(exitCodes.badInput);
    expect(io.err()).toContain('not valid JSON');
  });

  it('prints a plain summary for a person and a precise one for a clinician', async () => {
    const io = memoryIo();
    await runScore(
      'wells',
      ['--activeCancer', 'yes', '--calfSwelling', 'yes', '--pittingOedema', 'yes'],
      false,
      io,
    );
    expect(io.out()).toContain('For a clinician: Wells');
    expect(io.out()).toContain('Sources:');
  });
});
