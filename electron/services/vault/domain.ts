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
      'vault:holdLock': ({ message }) => session.holdLock(message),
      'vault:activity': () => session.activity(),
      'vault:retrySave': () => session.retrySave(),
      'vault:changePassphrase': ({ current, next }) => session.changePassphrase(current, next),
      'vault:regenerateRecoveryKey': ({ passphrase }) => session.regenerateRecoveryKey(passphrase),
      'vault:backups': () => session.backups(),
      'vault:backupStatus': () => session.backupStatus(),
      'vault:deleteEarlierBackups': () => session.deleteEarlierBackups(),
      'vault:restoreBackup': (input) =>
        session.restore(
          input.id,
          'passphrase' in input
            ? { passphrase: input.passphrase }
            : 'recoveryKey' in input
              ? { recoveryKey: input.recoveryKey }
              : undefined,
        ),
    },
  };
}
