import type { Domain } from '../../ipc';
import type { JournalSession } from './journal-session';

export function vaultDomain(session: JournalSession): Domain {
  return {
    name: 'vault',
    handlers: {
      'vault:status': () => session.status(),
      'vault:create': ({ passphrase }) => session.create(passphrase),
      'vault:unlock': (secret) => session.unlock(secret),
      'vault:lock': (input) =>
        session.lock(input?.reason ?? 'manual', { force: input?.force ?? false }),
      'vault:activity': () => session.activity(),
      'vault:retrySave': () => session.retrySave(),
      'vault:changePassphrase': ({ current, next }) => session.changePassphrase(current, next),
      'vault:backups': () => session.backups(),
      'vault:backupStatus': () => session.backupStatus(),
      'vault:restoreBackup': ({ id }) => session.restore(id),
    },
  };
}
