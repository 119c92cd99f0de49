import { describe, expect, it } from 'vitest';
import {
  dropLine,
  duplicatesLine,
  entriesLine,
  importLabel,
  newEntries,
  resultLine,
} from '../../../renderer/src/features/import/import-words';

describe('the import screen’s words', () => {
  it('counts what an import would add: the file’s entries less those already in the journal', () => {
    expect(newEntries({ entries: 120, duplicates: 3 })).toBe(117);
    expect(newEntries({ entries: 3, duplicates: 3 })).toBe(0);
    expect(importLabel(117)).toBe('Import 117 entries');
    expect(importLabel(1)).toBe('Import 1 entry');
    expect(importLabel(0)).toBe('Import 0 entries');
  });

  it('says how many entries the file holds, and when it holds none', () => {
    expect(entriesLine({ entries: 2 })).toBe('2 entries found.');
    expect(entriesLine({ entries: 1 })).toBe('1 entry found.');
    expect(entriesLine({ entries: 0 })).toBe('No entries could be read from this file.');
  });

  it('names the entries that will be skipped, or says the import would add nothing', () => {
    expect(duplicatesLine({ entries: 5, duplicates: 0 })).toBeNull();
    expect(duplicatesLine({ entries: 5, duplicates: 1 })).toBe(
      '1 looks like an entry already in your journal and will be skipped.',
    );
    expect(duplicatesLine({ entries: 5, duplicates: 3 })).toBe(
      '3 look like entries already in your journal and will be skipped.',
    );
    expect(duplicatesLine({ entries: 3, duplicates: 3 })).toBe(
      'All 3 look like entries already in your journal: importing them would add nothing.',
    );
    expect(duplicatesLine({ entries: 1, duplicates: 1 })).toBe(
      'It looks like an entry already in your journal: importing it would add nothing.',
    );
  });

  it('writes a dropped item as a sentence with its count', () => {
    expect(dropLine({ reason: 'entries without a date that could be read', count: 2 })).toBe(
      'Entries without a date that could be read: 2.',
    );
  });

  it('reports what the import did, with the tag as the journal spells it', () => {
    expect(resultLine({ added: 120, skipped: 3, tag: 'imported' })).toBe(
      'Imported 120 entries; 3 already in your journal were skipped. They are tagged “imported”.',
    );
    expect(resultLine({ added: 2, skipped: 0, tag: 'Day One' })).toBe(
      'Imported 2 entries. They are tagged “Day One”.',
    );
    expect(resultLine({ added: 1, skipped: 1, tag: 'imported' })).toBe(
      'Imported 1 entry; 1 already in your journal was skipped. It is tagged “imported”.',
    );
    expect(resultLine({ added: 0, skipped: 3, tag: 'imported' })).toBe(
      'Nothing was imported: all 3 entries are already in your journal.',
    );
    expect(resultLine({ added: 0, skipped: 1, tag: 'imported' })).toBe(
      'Nothing was imported: its one entry is already in your journal.',
    );
  });
});
