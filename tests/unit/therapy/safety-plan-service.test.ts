import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VAULT_FILE_NAME } from '../../../electron/services/vault/journal-session';
import { emptySafetyPlan } from '../../../shared/domain';
import type { SafetyPlanDraft } from '../../../shared/therapy/safety-plan';
import { openJournal } from '../entries/harness';

const draft = (over: Partial<SafetyPlanDraft>): SafetyPlanDraft => ({
  ...emptySafetyPlan(),
  ...over,
});

describe('the safety plan', () => {
  it('starts empty', async () => {
    const journal = await openJournal();
    expect(await journal.call('safetyPlan:get')).toEqual(emptySafetyPlan());
  });

  it('is replaced as a whole, items trimmed and empty ones left out, and kept across unlocks', async () => {
    const journal = await openJournal();
    const saved = await journal.call(
      'safetyPlan:update',
      draft({
        warningSigns: ['  Not sleeping  ', '', '   ', 'Cancelling plans'],
        copingSteps: ['Walk by the river'],
        peopleAndPlaces: [{ name: ' The library ', phone: '', note: '' }],
        helpContacts: [
          { name: 'Sam', phone: ' 0612 345 678 ' },
          { name: '', phone: ' ', note: '' },
        ],
        professionals: [{ name: 'Dr. Okafor', phone: '020 7946 0000', note: 'Mon–Thu' }],
        saferSurroundings: ['', 'Give the pills to Sam'],
        mostImportant: '  My sister  ',
      }),
    );
    const expected = {
      warningSigns: ['Not sleeping', 'Cancelling plans'],
      copingSteps: ['Walk by the river'],
      peopleAndPlaces: [{ name: 'The library' }],
      helpContacts: [{ name: 'Sam', phone: '0612 345 678' }],
      professionals: [{ name: 'Dr. Okafor', phone: '020 7946 0000', note: 'Mon–Thu' }],
      saferSurroundings: ['Give the pills to Sam'],
      mostImportant: 'My sister',
    };
    expect(saved).toEqual(expected);
    await journal.lockAndUnlock();
    expect(await journal.call('safetyPlan:get')).toEqual(expected);
    expect(journal.session.read((doc) => doc.settings.safetyPlan)).toEqual(expected);

    const replaced = await journal.call('safetyPlan:update', draft({ copingSteps: ['Music'] }));
    expect(replaced).toEqual({ ...emptySafetyPlan(), copingSteps: ['Music'] });
  });

  it('refuses a contact with a number but no name, saying which, and keeps the plan as it was', async () => {
    const journal = await openJournal();
    await journal.call('safetyPlan:update', draft({ warningSigns: ['Not sleeping'] }));
    await expect(
      journal.call(
        'safetyPlan:update',
        draft({
          professionals: [
            { name: 'Dr. Okafor', phone: '1' },
            { name: '  ', phone: '020 7946 0000' },
          ],
        }),
      ),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message:
        'Give professional or service 2 a name (under “Professionals and crisis services”) so your plan can be saved.',
    });
    expect(journal.session.unsaved).toBe(false);
    expect(await journal.call('safetyPlan:get')).toEqual(draft({ warningSigns: ['Not sleeping'] }));
  });

  it('saving the same plan again writes nothing', async () => {
    const journal = await openJournal();
    await journal.call('safetyPlan:update', draft({ warningSigns: ['Not sleeping'] }));
    const bytes = await readFile(join(journal.dir, VAULT_FILE_NAME));
    // An empty line added while typing cleans away to the same plan.
    await journal.call('safetyPlan:update', draft({ warningSigns: ['Not sleeping', ''] }));
    expect(await readFile(join(journal.dir, VAULT_FILE_NAME))).toEqual(bytes);
  });

  it('refuses sections longer than a plan holds and items longer than a line', async () => {
    const journal = await openJournal();
    const tooMany = draft({ warningSigns: Array.from({ length: 51 }, (_, i) => `Sign ${i}`) });
    const tooLong = draft({ copingSteps: ['x'.repeat(1001)] });
    const unknownField = { ...draft({}), emergencyNumber: '112' };
    for (const input of [tooMany, tooLong, unknownField]) {
      await expect(journal.call('safetyPlan:update', input as never)).rejects.toMatchObject({
        code: 'BAD_INPUT',
      });
    }
    expect(await journal.call('safetyPlan:get')).toEqual(emptySafetyPlan());
  });
});
