import { useCallback, useEffect, useState } from 'react';
import { Outlet, useNavigate } from 'react-router';
import type { LockReason, SaveState } from '../../../../shared/contract';
import { call } from '../../lib/call';
import { messageOf } from '../../lib/result';
import { journal } from '../../journal';
import { ErrorText } from '../../ui/ErrorText';
import { useCommand } from '../commands/use-command';
import { flushAllAutosaves } from '../entries/autosave';
import { leaveOpenEntry } from '../entries/open-entry';
import { useSettings } from '../settings/queries';
import { SaveProblemBanner } from './SaveProblemBanner';
import { SaveStateContext } from './save-state-context';
import { ShortcutsDialog } from './ShortcutsDialog';
import styles from './AppShell.module.css';
import { Sidebar } from './Sidebar';
import { useActivityHeartbeat } from './use-activity';
import { useCommandInput } from './use-command-keys';
import { useSaveState } from './use-save-state';

/** The unlocked app: the sidebar, Lock, the current screen, and the save-problem banner. */
export function AppShell({ initialSave }: { initialSave: SaveState }) {
  const settings = useSettings();
  const { save, setSave, postponed } = useSaveState(initialSave);
  const [lockError, setLockError] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const navigate = useNavigate();
  useActivityHeartbeat();
  useCommandInput();

  /**
   * Writes whatever is being typed, then locks; main then reloads the page. If what was typed
   * cannot be written, the person is asked: nothing they wrote is dropped without their say.
   */
  const lock = useCallback(async (options: { force?: boolean; reason?: LockReason } = {}) => {
    setLockError(null);
    try {
      await flushAllAutosaves();
    } catch (e) {
      if (!options.force) {
        const message = `What you just wrote could not be saved, so the journal is still open. ${messageOf(e)}`;
        setLockError(message);
        // A lock main asked for (idle, sleep, quit) waits too, rather than locking without it.
        if (options.reason) void call('vault:holdLock', { message }).catch(() => undefined);
        return;
      }
    }
    // A blank entry left open is dropped like on any other way out of it.
    await leaveOpenEntry().catch(() => undefined);
    try {
      await call('vault:lock', options);
    } catch (e) {
      setLockError(messageOf(e));
    }
  }, []);

  useEffect(() => journal().on('app:lockRequested', ({ reason }) => void lock({ reason })), [lock]);

  useCommand('app.lock', () => void lock());
  useCommand('app.help', () => setHelpOpen(true));
  useCommand('nav.back', () => void navigate(-1));
  useCommand('nav.forward', () => void navigate(1));

  // Once the change is on disk, the reason a lock was refused is gone too.
  useEffect(() => {
    if (save.status === 'saved') setLockError(null);
  }, [save]);

  const theme = settings.data?.theme;
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className={styles.shell}>
      <Sidebar onLock={() => void lock()} onHelp={() => setHelpOpen(true)} />
      <div className={styles.main}>
        <SaveProblemBanner save={save} postponed={postponed} onSaveState={setSave} />
        {lockError && (
          <div role="alert" className="banner warning">
            <p>{lockError}</p>
            <button type="button" className="danger" onClick={() => void lock({ force: true })}>
              Lock anyway and lose unsaved changes
            </button>
          </div>
        )}
        <ErrorText>
          {settings.error && `Your settings could not be loaded. ${messageOf(settings.error)}`}
        </ErrorText>
        <SaveStateContext.Provider value={save}>
          <main className={styles.content}>
            <Outlet />
          </main>
        </SaveStateContext.Provider>
      </div>
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
