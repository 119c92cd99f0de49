import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import type { SaveState } from '../../shared/contract';
import { messageOf } from './lib/result';
import { useJournalQuery } from './lib/query';
import { createAppRouter } from './features/shell/router';
import { CreateJournal } from './features/vault/CreateJournal';
import { RecoveryKeyNotice } from './features/vault/RecoveryKeyNotice';
import { UnlockScreen } from './features/vault/UnlockScreen';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';

/**
 * Chooses the screen from the vault's state. After a lock (or a restore) the main process reloads
 * the page itself: a fresh JavaScript realm is the one reset that provably leaves no decrypted
 * text in the DOM or in React state, and the page could not do it (main refuses its navigations).
 */
export function App() {
  const status = useJournalQuery('vault:status', undefined);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  if (status.error) {
    return (
      <WelcomeScreen>
        <p role="alert" className="error">
          {messageOf(status.error)}
        </p>
      </WelcomeScreen>
    );
  }
  if (!status.data) return <WelcomeScreen />;
  if (recoveryKey) {
    return (
      <WelcomeScreen>
        <RecoveryKeyNotice
          recoveryKey={recoveryKey}
          onDone={() => {
            setRecoveryKey(null);
            void status.refetch();
          }}
        />
      </WelcomeScreen>
    );
  }
  if (status.data.state === 'absent') {
    return (
      <WelcomeScreen>
        <CreateJournal onCreated={setRecoveryKey} />
      </WelcomeScreen>
    );
  }
  if (status.data.state === 'locked') {
    return (
      <WelcomeScreen>
        <UnlockScreen onUnlocked={() => void status.refetch()} />
      </WelcomeScreen>
    );
  }
  return <UnlockedApp initialSave={status.data.save} />;
}

/** The router is made once per unlock, and opens on the journal whatever address was last shown. */
function UnlockedApp({ initialSave }: { initialSave: SaveState }) {
  const [router] = useState(() => {
    window.history.replaceState(null, '', '#/journal');
    return createAppRouter(initialSave);
  });
  return <RouterProvider router={router} />;
}
