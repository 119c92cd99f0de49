import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_MINOR_UNITS,
  currencyDigits,
  minorUnitsToInput,
  parseMoney,
} from '../../../shared/therapy/money';

const ok = (minorUnits: number) => ({ ok: true, minorUnits });

describe('money as typed', () => {
  it('knows each currency’s minor digits from the currency itself', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });

  it('reads amounts with a decimal point or a decimal comma into minor units', () => {
    expect(parseMoney('90.50', 'EUR')).toEqual(ok(9050));
    expect(parseMoney('90,5', 'EUR')).toEqual(ok(9050));
    expect(parseMoney(' 90 ', 'EUR')).toEqual(ok(9000));
    expect(parseMoney('0', 'EUR')).toEqual(ok(0));
    expect(parseMoney('1,234.56', 'USD')).toEqual(ok(123456));
    expect(parseMoney('1.234,56', 'EUR')).toEqual(ok(123456));
    expect(parseMoney('1 234,56', 'EUR')).toEqual(ok(123456));
    expect(parseMoney('1.234.567', 'EUR')).toEqual(ok(123456700));
    expect(parseMoney('12000', 'JPY')).toEqual(ok(12000));
    expect(parseMoney('1.250', 'KWD')).toEqual(ok(1250));
  });

  it('refuses negatives, garbage and more decimals than the currency has, saying why', () => {
    expect(parseMoney('-5', 'EUR')).toEqual({ ok: false, message: 'A cost cannot be negative.' });
    for (const garbage of [
      '',
      'abc',
      '12a',
      '1e3',
      '.5',
      '5.',
      '€90',
      '1.2.3,4,5',
      '12,34,5',
      '1,2.50',
    ]) {
      expect(parseMoney(garbage, 'EUR')).toEqual({
        ok: false,
        message: 'Write the cost as a number, for example 90.50.',
      });
    }
    expect(parseMoney('90.505', 'EUR')).toEqual({
      ok: false,
      message: 'EUR takes at most 2 decimal places.',
    });
    expect(parseMoney('12000.5', 'JPY')).toEqual({
      ok: false,
      message: 'JPY has no decimal places: write a whole number.',
    });
    expect(parseMoney('10000001', 'EUR')).toEqual({
      ok: false,
      message: 'That cost is too large.',
    });
  });

  it('writes minor units back as a plain amount that reads back the same', () => {
    expect(minorUnitsToInput(9050, 'EUR')).toBe('90.50');
    expect(minorUnitsToInput(5, 'EUR')).toBe('0.05');
    expect(minorUnitsToInput(12000, 'JPY')).toBe('12000');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_MINOR_UNITS }),
        fc.constantFrom('EUR', 'JPY', 'KWD', 'USD'),
        (minor, currency) => {
          expect(parseMoney(minorUnitsToInput(minor, currency), currency)).toEqual(ok(minor));
        },
      ),
    );
  });
});
