import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/domain/settings';
import { applySettingsPatch } from '../../../shared/domain/settings-patch';
import { CallError, openJournal } from '../entries/harness';

describe('a settings change', () => {
  it('merges report defaults field by field; a null paper size goes back to the locale’s', () => {
    const base = defaultSettings();
    const a4 = applySettingsPatch(base, {
      reportDefaults: { paperSize: 'A4', sections: ['mood'] },
    });
    expect(a4.reportDefaults).toEqual({
      range: 'since-last-session',
      sections: ['mood'],
      paperSize: 'A4',
      leavePrivateOutOfCharts: false,
    });
    expect(base.reportDefaults).not.toHaveProperty('paperSize');
    const back = applySettingsPatch(a4, { reportDefaults: { paperSize: null } });
    expect(back.reportDefaults).not.toHaveProperty('paperSize');
    expect(back.reportDefaults.sections).toEqual(['mood']);
  });

  it('is saved by main and survives locking; a repeated or unknown section is refused', async () => {
    const journal = await openJournal();
    await journal.call('settings:update', {
      reportDefaults: { leavePrivateOutOfCharts: true, range: 'last-90-days' },
    });
    await journal.lockAndUnlock();
    const saved = await journal.call('settings:get');
    expect(saved.reportDefaults).toMatchObject({
      range: 'last-90-days',
      leavePrivateOutOfCharts: true,
    });
    expect(saved.reportDefaults.sections).toHaveLength(9);
    await expect(
      journal.call('settings:update', { reportDefaults: { sections: ['mood', 'mood'] } }),
    ).rejects.toBeInstanceOf(CallError);
    await expect(
      journal.call('settings:update', {
        reportDefaults: { sections: ['horoscope'] } as never,
      }),
    ).rejects.toBeInstanceOf(CallError);
    expect((await journal.call('settings:get')).reportDefaults.sections).toHaveLength(9);
  });
});
