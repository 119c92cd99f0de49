import type { Domain } from '../../ipc';
import type { JournalSession } from '../vault/journal-session';

export function settingsDomain(session: JournalSession): Domain {
  return {
    name: 'settings',
    handlers: {
      'settings:get': () => session.read((doc) => structuredClone(doc.settings)),
      'settings:update': async (patch) => {
        const settings = await session.change((doc) => {
          const { nextSessionDate, reportDefaults, ...rest } = patch;
          Object.assign(doc.settings, rest);
          if (reportDefaults) {
            const { paperSize, ...defaults } = reportDefaults;
            Object.assign(doc.settings.reportDefaults, defaults);
            if (paperSize === null) delete doc.settings.reportDefaults.paperSize;
            else if (paperSize !== undefined) doc.settings.reportDefaults.paperSize = paperSize;
          }
          if (nextSessionDate === null) delete doc.settings.nextSessionDate;
          else if (nextSessionDate !== undefined) doc.settings.nextSessionDate = nextSessionDate;
          return structuredClone(doc.settings);
        });
        if (patch.autoLockMinutes !== undefined) session.restartIdleTimer();
        return settings;
      },
    },
  };
}
