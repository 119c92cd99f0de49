import { describe, expect, it } from 'vitest';
import { queryFor } from '../../../renderer/src/features/report/report-query';

describe('what the report screen asks main for', () => {
  it('a preset, with the sections chosen', () => {
    expect(queryFor({ kind: 'last-90-days', from: '', to: '' }, ['mood'])).toEqual({
      query: { range: 'last-90-days', sections: ['mood'] },
    });
  });

  it('a custom period once both days are chosen and in order', () => {
    expect(queryFor({ kind: 'custom', from: '2025-01-01', to: '2025-03-31' }, [])).toEqual({
      query: { from: '2025-01-01', to: '2025-03-31', sections: [] },
    });
  });

  it('nothing, and why, while a custom period is unfinished or backwards', () => {
    expect(queryFor({ kind: 'custom', from: '2025-01-01', to: '' }, [])).toEqual({
      problem: 'Choose the first and the last day of the period.',
    });
    expect(queryFor({ kind: 'custom', from: '2025-03-02', to: '2025-03-01' }, [])).toEqual({
      problem: 'The period must end on or after its first day.',
    });
  });
});
