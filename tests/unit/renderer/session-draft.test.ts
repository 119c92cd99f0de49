import { describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/domain';
import {
  draftOf,
  newHomeworkRow,
  readDraft,
} from '../../../renderer/src/features/sessions/session-draft';

const blank = () => draftOf(undefined, { date: '2024-05-01', currency: 'EUR' });

describe('the session form', () => {
  it('starts today, 50 minutes, in the currency from Settings, with nothing else filled in', () => {
    expect(blank()).toEqual({
      date: '2024-05-01',
      duration: '50',
      cost: '',
      currency: 'EUR',
      therapist: '',
      reflection: '',
      homework: [],
      discussed: [],
    });
  });

  it('turns a typed cost into minor units of the chosen currency', () => {
    const eur = readDraft({ ...blank(), cost: '90.50' });
    expect(eur.ok && eur.values.cost).toEqual({ minorUnits: 9050, currency: 'EUR' });
    const jpy = readDraft({ ...blank(), cost: '12000', currency: 'JPY' });
    expect(jpy.ok && jpy.values.cost).toEqual({ minorUnits: 12000, currency: 'JPY' });
    const none = readDraft({ ...blank(), cost: '  ' });
    expect(none.ok && none.values.cost).toBeNull();
  });

  it('says what to fix, field by field, and sends nothing', () => {
    const row = { ...newHomeworkRow(), note: 'only a note' };
    expect(readDraft({ ...blank(), date: '', duration: '0', cost: '-3', homework: [row] })).toEqual(
      {
        ok: false,
        problems: {
          date: 'Choose the day of the session.',
          duration: 'Write the length in whole minutes, from 1 to 1440.',
          cost: 'A cost cannot be negative.',
          'homework-0': 'Write what the homework is, or remove it.',
        },
      },
    );
    for (const duration of ['1441', '50.5', 'abc', '']) {
      const read = readDraft({ ...blank(), duration });
      expect(read.ok).toBe(false);
    }
    expect(readDraft({ ...blank(), cost: '90.505' })).toEqual({
      ok: false,
      problems: { cost: 'EUR takes at most 2 decimal places.' },
    });
  });

  it('drops empty homework rows and keeps the ids of stored items', () => {
    const session: Session = {
      id: 's1',
      date: '2024-04-30',
      durationMinutes: 45,
      cost: { minorUnits: 9050, currency: 'EUR' },
      therapist: 'Sam',
      prepNote: '',
      reflection: 'words',
      homework: [{ id: 'h1', text: 'walk', status: 'tried', note: 'once' }],
      discussedInsightIds: ['i1'],
    };
    const draft = draftOf(session, { date: '2024-05-01', currency: 'JPY' });
    expect(draft).toMatchObject({ duration: '45', cost: '90.50', currency: 'EUR' });
    const added = { ...newHomeworkRow(), text: 'call' };
    const read = readDraft({ ...draft, homework: [...draft.homework, newHomeworkRow(), added] });
    expect(read).toEqual({
      ok: true,
      values: {
        date: '2024-04-30',
        durationMinutes: 45,
        cost: { minorUnits: 9050, currency: 'EUR' },
        therapist: 'Sam',
        reflection: 'words',
        homework: [
          { id: 'h1', text: 'walk', status: 'tried', note: 'once' },
          { text: 'call', status: 'open' },
        ],
        discussedInsightIds: ['i1'],
      },
    });
  });
});
