import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VAULT_FILE_NAME } from '../../../electron/services/vault/journal-session';
import { openJournal } from '../entries/harness';

const phq9 = (answers: number[], date = '2024-05-01', difficulty?: number) => ({
  instrument: 'PHQ-9' as const,
  answers,
  date,
  ...(difficulty === undefined ? {} : { difficulty }),
});
const gad7 = (answers: number[], date = '2024-05-01') => ({
  instrument: 'GAD-7' as const,
  answers,
  date,
});

describe('check-ins', () => {
  it('a PHQ-9 is scored and banded in main and kept with its difficulty answer across unlocks', async () => {
    const journal = await openJournal();
    // 1+2+2+1+0+2+1+1+1 = 11: moderate (10–14).
    const saved = await journal.call(
      'checkIns:create',
      phq9([1, 2, 2, 1, 0, 2, 1, 1, 1], '2024-05-01', 2),
    );
    expect(saved).toEqual({
      id: 'id-1',
      date: '2024-05-01',
      instrument: 'PHQ-9',
      answers: [1, 2, 2, 1, 0, 2, 1, 1, 1],
      score: 11,
      band: 'moderate',
      difficulty: 2,
      createdAt: '2024-05-01T09:00:00.000Z',
    });
    await journal.lockAndUnlock();
    expect(await journal.call('checkIns:list')).toEqual([saved]);
  });

  it('a GAD-7 left without the difficulty answer is stored without one', async () => {
    const journal = await openJournal();
    // 3+3+3+3+2+1+0 = 15: severe on the GAD-7 (15–21).
    const saved = await journal.call('checkIns:create', gad7([3, 3, 3, 3, 2, 1, 0]));
    expect(saved).toMatchObject({ instrument: 'GAD-7', score: 15, band: 'severe' });
    expect(saved).not.toHaveProperty('difficulty');
  });

  it('the page cannot choose the score, and answers must fit the instrument', async () => {
    const journal = await openJournal();
    const badInput = { code: 'BAD_INPUT' };
    const bad: unknown[] = [
      { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), score: 27 },
      { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), band: 'severe' },
      phq9([0, 0, 0, 0, 0, 0, 0]),
      gad7([0, 0, 0, 0, 0, 0, 0, 0, 0]),
      phq9([0, 0, 0, 0, 0, 0, 0, 0, 4]),
      phq9([0, 0, 0, 0, 0, 0, 0, 0, 0.5]),
      phq9([0, 0, 0, 0, 0, 0, 0, 0, 0], '2024-5-1'),
      { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), difficulty: 4 },
      { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), instrument: 'BDI' },
    ];
    for (const input of bad) {
      await expect(journal.call('checkIns:create', input as never)).rejects.toMatchObject(badInput);
    }
    expect(await journal.call('checkIns:list')).toEqual([]);
  });

  it('are listed oldest first: by day, then by when they were taken', async () => {
    const journal = await openJournal();
    const late = await journal.call(
      'checkIns:create',
      phq9([1, 1, 1, 1, 1, 1, 1, 1, 1], '2024-06-10'),
    );
    journal.clock.advanceMs(1000);
    const early = await journal.call('checkIns:create', gad7([0, 0, 0, 0, 0, 0, 1], '2024-05-02'));
    journal.clock.advanceMs(1000);
    const sameDayLater = await journal.call(
      'checkIns:create',
      gad7([1, 0, 0, 0, 0, 0, 1], '2024-06-10'),
    );
    const ids = (await journal.call('checkIns:list')).map((c) => c.id);
    expect(ids).toEqual([early.id, late.id, sameDayLater.id]);
  });

  it('deleting one removes it for good; one already gone is refused without writing', async () => {
    const journal = await openJournal();
    const kept = await journal.call('checkIns:create', phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const gone = await journal.call('checkIns:create', gad7([2, 2, 2, 2, 2, 2, 2]));
    await journal.call('checkIns:delete', { id: gone.id });
    await journal.lockAndUnlock();
    expect(await journal.call('checkIns:list')).toEqual([kept]);

    const bytes = await readFile(join(journal.dir, VAULT_FILE_NAME));
    await expect(journal.call('checkIns:delete', { id: gone.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'That check-in no longer exists.',
    });
    expect(journal.session.unsaved).toBe(false);
    expect(await readFile(join(journal.dir, VAULT_FILE_NAME))).toEqual(bytes);
  });

  it('a locked journal answers nothing', async () => {
    const journal = await openJournal();
    await journal.session.lock('manual');
    await expect(journal.call('checkIns:list')).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(
      journal.call('checkIns:create', gad7([0, 0, 0, 0, 0, 0, 0])),
    ).rejects.toMatchObject({ code: 'LOCKED' });
  });
});
