import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyAxis, formatTotals } from '../../../renderer/src/lib/money';

describe('money as the screens write it', () => {
  it('formats minor units in the currency, with its own decimals', () => {
    expect(formatMoney(9050, 'EUR', 'en-GB')).toBe('€90.50');
    expect(formatMoney(12000, 'JPY', 'en-US')).toBe('¥12,000');
    expect(formatMoney(1500, 'KWD', 'en-US')).toBe('KWD\u00a01.500');
    expect(formatMoney(9050, 'EUR', 'de-DE')).toBe('90,50\u00a0€');
  });

  it('keeps each locale its own format once one is cached for the currency', () => {
    expect(formatMoney(9050, 'EUR', 'en-GB')).toBe('€90.50');
    expect(formatMoney(9050, 'EUR', 'de-DE')).toBe('90,50\u00a0€');
  });

  it('writes an axis amount short', () => {
    expect(formatMoneyAxis(120_000, 'EUR', 'en-US')).toBe('€1.2K');
    expect(formatMoneyAxis(5000, 'EUR', 'en-US')).toBe('€50');
  });

  it('names every currency of a total on its own, never adding them up', () => {
    expect(formatTotals({ USD: 20000, EUR: 108000 }, 'en-GB')).toBe('€1,080.00 and US$200.00');
    expect(formatTotals({}, 'en-GB')).toBe('');
  });
});
