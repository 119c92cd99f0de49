import { useCallback, useEffect, useState } from 'react';
import type { SaveState } from '../../../../shared/contract';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { SettingsScreen } from '../settings/SettingsScreen';
import { useSettings } from '../settings/use-settings';
import { SaveProblemBanner } from './SaveProblemBanner';
import { useActivityHeartbeat } from './use-activity';
import { useSaveState } from './use-save-state';

const isMac = navigator.platform.toLowerCase().includes('mac');

/** The unlocked app: header with Lock, the current screen, and the save-problem banner. */
export function AppShell({ initialSave }: { initialSave: SaveState }) {
  const { settings, error, update } = useSettings();
  const { save, setSave, postponed } = useSaveState(initialSave);
  const [lockError, setLockError] = useState<string | null>(null);
  useActivityHeartbeat();

  const lock = useCallback(async (force = false) => {
    setLockError(null);
    try {
      await unwrap(journal().vault.lock(force ? { force } : undefined));
      // The 'app:locked' event reloads the page; nothing else to do here.
    } catch (e) {
      setLockError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  // Once the change is on disk, the reason a lock was refused is gone too.
  useEffect(() => {
    if (save.status === 'saved') setLockError(null);
  }, [save]);

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings]);

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Between Sessions</span>
        <button
          type="button"
          onClick={() => void lock()}
          aria-keyshortcuts={isMac ? 'Meta+L' : 'Control+L'}
          title={isMac ? 'Lock (⌘L)' : 'Lock (Ctrl+L)'}
        >
          Lock
        </button>
      </header>
      <SaveProblemBanner save={save} postponed={postponed} onSaveState={setSave} />
      {lockError && (
        <div role="alert" className="banner warning">
          <p>{lockError}</p>
          <button type="button" className="danger" onClick={() => void lock(true)}>
            Lock anyway and lose unsaved changes
          </button>
        </div>
      )}
      <main className="content">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {settings && (
          <SettingsScreen
            settings={settings}
            onChange={update}
            onRestored={() => window.location.reload()}
          />
        )}
      </main>
    </div>
  );
}
