import { useState } from 'react';
import { AppShell } from './features/shell/AppShell';
import { CreateJournal } from './features/vault/CreateJournal';
import { RecoveryKeyNotice } from './features/vault/RecoveryKeyNotice';
import { UnlockScreen } from './features/vault/UnlockScreen';
import { useVaultStatus } from './features/vault/use-vault-status';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';

/**
 * Chooses the screen from the vault's state. After a lock (or a restore) the main process reloads
 * the page itself: a fresh JavaScript realm is the one reset that provably leaves no decrypted
 * text in the DOM or in React state, and the page could not do it (main refuses its navigations).
 */
export function App() {
  const { status, error, refresh } = useVaultStatus();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  if (error) {
    return (
      <WelcomeScreen>
        <p role="alert" className="error">
          {error}
        </p>
      </WelcomeScreen>
    );
  }
  if (!status) return <WelcomeScreen />;
  if (recoveryKey) {
    return (
      <WelcomeScreen>
        <RecoveryKeyNotice
          recoveryKey={recoveryKey}
          onDone={() => {
            setRecoveryKey(null);
            void refresh();
          }}
        />
      </WelcomeScreen>
    );
  }
  if (status.state === 'absent') {
    return (
      <WelcomeScreen>
        <CreateJournal onCreated={setRecoveryKey} />
      </WelcomeScreen>
    );
  }
  if (status.state === 'locked') {
    return (
      <WelcomeScreen>
        <UnlockScreen onUnlocked={() => void refresh()} />
      </WelcomeScreen>
    );
  }
  return <AppShell initialSave={status.save} />;
}
