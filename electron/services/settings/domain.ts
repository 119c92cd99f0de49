import { applySettingsPatch } from '../../../shared/domain/settings-patch';
import type { Domain } from '../../ipc';
import type { JournalSession } from '../vault/journal-session';

export function settingsDomain(session: JournalSession): Domain {
  return {
    name: 'settings',
    handlers: {
      'settings:get': () => session.read((doc) => structuredClone(doc.settings)),
      'settings:update': async (patch) => {
        const settings = await session.change((doc) => {
          doc.settings = applySettingsPatch(doc.settings, patch);
          return structuredClone(doc.settings);
        });
        if (patch.autoLockMinutes !== undefined) session.restartIdleTimer();
        return settings;
      },
    },
  };
}
