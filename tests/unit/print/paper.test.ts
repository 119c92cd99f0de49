import { describe, expect, it } from 'vitest';
import { defaultPaperSize } from '../../../shared/print/paper';

describe('the paper size a locale suggests', () => {
  it('is Letter where Letter is the usual paper', () => {
    for (const locale of ['en-US', 'es-US', 'en-CA', 'fr-CA', 'es-MX', 'en-PH', 'fil-PH']) {
      expect(defaultPaperSize(locale), locale).toBe('Letter');
    }
    for (const locale of ['es-CL', 'es-CO', 'es-VE', 'es-CR', 'es-GT', 'es-PA', 'es-PR']) {
      expect(defaultPaperSize(locale), locale).toBe('Letter');
    }
  });

  it('is A4 everywhere else', () => {
    for (const locale of ['en-GB', 'en-AU', 'en-IN', 'de-DE', 'fr-FR', 'es-ES', 'es-AR', 'pt-BR']) {
      expect(defaultPaperSize(locale), locale).toBe('A4');
    }
    expect(defaultPaperSize('ja-JP')).toBe('A4');
  });

  it('reads a locale without a region as its likeliest one', () => {
    expect(defaultPaperSize('en')).toBe('Letter');
    expect(defaultPaperSize('es')).toBe('A4');
    expect(defaultPaperSize('de')).toBe('A4');
  });

  it('falls back to A4 when there is no readable locale', () => {
    expect(defaultPaperSize(undefined)).toBe('A4');
    expect(defaultPaperSize('')).toBe('A4');
    expect(defaultPaperSize('not a locale!')).toBe('A4');
  });
});
