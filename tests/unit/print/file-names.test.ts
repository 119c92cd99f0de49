import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../../shared/print/file-names';

describe('the file name a saved PDF is proposed', () => {
  it('names the document and the day it was saved', () => {
    expect(pdfFileName('report', '2024-05-01')).toBe('Between Sessions report 2024-05-01.pdf');
    expect(pdfFileName('prep', '2024-12-31')).toBe('Between Sessions session prep 2024-12-31.pdf');
    expect(pdfFileName('safety-plan', '2025-01-09')).toBe(
      'Between Sessions safety plan 2025-01-09.pdf',
    );
  });
});
