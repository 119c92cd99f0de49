import { describe, expect, it } from 'vitest';
import { entryFileNames, exportFileName, titleSlug } from '../../../shared/export/file-names';

describe('export file names', () => {
  it('names each export by its kind and day', () => {
    expect(exportFileName('encrypted', '2024-05-01')).toBe(
      'Between Sessions export 2024-05-01.bsvault',
    );
    expect(exportFileName('markdown', '2024-05-01')).toBe(
      'Between Sessions Markdown export 2024-05-01.zip',
    );
    expect(exportFileName('json', '2024-05-01')).toBe(
      'Between Sessions JSON export 2024-05-01.json',
    );
  });

  it('slugs keep letters of any script and fold the rest to single dashes', () => {
    expect(titleSlug('  Walk by the river: "slow" ')).toBe('walk-by-the-river-slow');
    expect(titleSlug('Café / Übung #3')).toBe('café-übung-3');
    expect(titleSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(titleSlug('???')).toBe('');
    expect([...titleSlug('a'.repeat(200))].length).toBe(60);
  });

  it('gives every entry its own file, whatever the case of the names', () => {
    expect(
      entryFileNames([
        { date: '2024-03-05', title: 'Walk' },
        { date: '2024-03-05', title: 'walk' },
        { date: '2024-03-05', title: '' },
        { date: '2024-03-05', title: '!!' },
        { date: '2024-03-05', title: 'WALK' },
      ]),
    ).toEqual([
      '2024-03-05 walk.md',
      '2024-03-05 walk 2.md',
      '2024-03-05.md',
      '2024-03-05 2.md',
      '2024-03-05 walk 3.md',
    ]);
  });
});
