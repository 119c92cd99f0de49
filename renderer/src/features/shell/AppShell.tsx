import { useCallback, useEffect, useRef, useState } from 'react';
import type { LockReason, SaveState } from '../../../../shared/contract';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { flushAllAutosaves } from '../entries/autosave';
import { JournalScreen } from '../entries/JournalScreen';
import type { JournalCommands } from '../entries/JournalScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { useSettings } from '../settings/use-settings';
import { TagsScreen } from '../tags/TagsScreen';
import { TrashScreen } from '../trash/TrashScreen';
import { SaveProblemBanner } from './SaveProblemBanner';
import { SaveStateContext } from './save-state-context';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ariaKeys, displayKeys, shortcuts } from './shortcuts';
import type { ShortcutAction } from './shortcuts';
import { useActivityHeartbeat } from './use-activity';
import { useSaveState } from './use-save-state';
import { ErrorText } from '../../ui/ErrorText';

const isMac = navigator.platform.toLowerCase().includes('mac');
type Screen = 'journal' | 'tags' | 'trash' | 'settings';
const screens: Array<{ id: Screen; label: string }> = [
  { id: 'journal', label: 'Journal' },
  { id: 'tags', label: 'Tags' },
  { id: 'trash', label: 'Trash' },
  { id: 'settings', label: 'Settings' },
];
const lockKeys = shortcuts.find((s) => s.action === 'lock')!.keys;

/** The unlocked app: navigation, Lock, the current screen, and the save-problem banner. */
export function AppShell({ initialSave }: { initialSave: SaveState }) {
  const { settings, error, update } = useSettings();
  const { save, setSave, postponed } = useSaveState(initialSave);
  const [screen, setScreen] = useState<Screen>('journal');
  const [lockError, setLockError] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const commands = useRef<JournalCommands | null>(null);
  // A shortcut pressed before the journal screen is up (just unlocked, or on another screen)
  // runs once it is, instead of being lost.
  const pendingCommand = useRef<'newEntry' | 'focusSearch' | null>(null);
  const runWhenJournalShows = (command: 'newEntry' | 'focusSearch') => {
    pendingCommand.current = command;
    let frames = 0;
    const tryRun = () => {
      if (pendingCommand.current !== command) return;
      // About five seconds of frames; past that the screen is not coming and the key is dropped.
      if (!commands.current) return void (++frames < 300 && requestAnimationFrame(tryRun));
      pendingCommand.current = null;
      commands.current[command]();
    };
    requestAnimationFrame(tryRun);
  };
  useActivityHeartbeat();

  /** Writes whatever is being typed, then locks; main then reloads the page. */
  const lock = useCallback(async (options: { force?: boolean; reason?: LockReason } = {}) => {
    setLockError(null);
    try {
      await flushAllAutosaves().catch(() => undefined);
      await unwrap(journal().vault.lock(options));
    } catch (e) {
      setLockError(messageOf(e));
    }
  }, []);

  useEffect(() => journal().on('app:lockRequested', ({ reason }) => void lock({ reason })), [lock]);

  useEffect(() => {
    const run: Record<ShortcutAction, () => void> = {
      lock: () => void lock(),
      help: () => setHelpOpen(true),
      newEntry: () => {
        setScreen('journal');
        runWhenJournalShows('newEntry');
      },
      search: () => {
        setScreen('journal');
        runWhenJournalShows('focusSearch');
      },
      next: () => commands.current?.next(),
      previous: () => commands.current?.previous(),
    };
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcuts.find((s) => s.matches(event, isMac));
      if (!shortcut) return;
      event.preventDefault();
      run[shortcut.action]();
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
        <nav aria-label="Main">
          {screens.map((item) => (
            <button
              key={item.id}
              type="button"
              className="nav-item"
              aria-current={screen === item.id ? 'page' : undefined}
              onClick={() => setScreen(item.id)}
            >
              {item.label}
            </button>
          ))}
        </nav>
        <div className="row">
          <button type="button" className="quiet" onClick={() => setHelpOpen(true)}>
            Shortcuts
          </button>
          <button
            type="button"
            onClick={() => void lock()}
            aria-keyshortcuts={ariaKeys(lockKeys, isMac)}
            title={`Lock (${displayKeys(lockKeys, isMac)})`}
          >
            Lock
          </button>
        </div>
      </header>
      <SaveProblemBanner save={save} postponed={postponed} onSaveState={setSave} />
      {lockError && (
        <div role="alert" className="banner warning">
          <p>{lockError}</p>
          <button type="button" className="danger" onClick={() => void lock({ force: true })}>
            Lock anyway and lose unsaved changes
          </button>
        </div>
      )}
      <ErrorText>{error}</ErrorText>
      {settings && screen === 'journal' && (
        <SaveStateContext.Provider value={save}>
          <JournalScreen weekStart={settings.weekStart} commandsRef={commands} />
        </SaveStateContext.Provider>
      )}
      {screen !== 'journal' && (
        <main className="content">
          {screen === 'tags' && <TagsScreen />}
          {screen === 'trash' && <TrashScreen />}
          {screen === 'settings' && settings && (
            <SettingsScreen
              settings={settings}
              onChange={update}
              // Main reloads the page once the backup is in place.
              onRestored={() => undefined}
            />
          )}
        </main>
      )}
      {helpOpen && <ShortcutsDialog isMac={isMac} onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
