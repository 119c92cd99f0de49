import type { Settings } from '../../../../shared/domain/settings';
import type { SettingsPatch } from '../../../../shared/domain/settings-patch';
import { BackupList } from './BackupList';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { PromptsSettings } from './PromptsSettings';
import { LockHint } from './LockHint';

const autoLockChoices = [1, 2, 5, 10, 15, 30, 60, 120, 240];

interface Props {
  settings: Settings;
  onChange: (patch: SettingsPatch) => Promise<void>;
  onRestored: () => void;
}

export function SettingsScreen({ settings, onChange, onRestored }: Props) {
  const choices = autoLockChoices.includes(settings.autoLockMinutes)
    ? autoLockChoices
    : [...autoLockChoices, settings.autoLockMinutes].sort((a, b) => a - b);
  return (
    <div className="settings stack">
      <h2>Settings</h2>
      <section className="panel stack" aria-labelledby="security-title">
        <h3 id="security-title">Privacy and security</h3>
        <div className="field">
          <label htmlFor="auto-lock">Lock automatically after</label>
          <select
            id="auto-lock"
            value={settings.autoLockMinutes}
            onChange={(e) => void onChange({ autoLockMinutes: Number(e.target.value) })}
          >
            {choices.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === 1 ? '1 minute' : `${minutes} minutes`} without activity
              </option>
            ))}
          </select>
          <LockHint />
        </div>
        <ChangePassphraseForm />
      </section>
      <section className="panel stack" aria-labelledby="appearance-title">
        <h3 id="appearance-title">Appearance</h3>
        <fieldset className="choices">
          <legend>Theme</legend>
          {(['system', 'light', 'dark'] as const).map((theme) => (
            <label key={theme} className="check">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => void onChange({ theme })}
              />
              {theme === 'system' ? 'Follow the system' : theme === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="week-start">Weeks start on</label>
          <select
            id="week-start"
            value={settings.weekStart}
            onChange={(e) => void onChange({ weekStart: e.target.value as Settings['weekStart'] })}
          >
            <option value="monday">Monday</option>
            <option value="sunday">Sunday</option>
            <option value="saturday">Saturday</option>
          </select>
        </div>
      </section>
      <PromptsSettings />
      <section className="panel stack" aria-labelledby="backups-title">
        <h3 id="backups-title">Backups</h3>
        <p className="hint">
          Encrypted copies of the journal, kept in a backups folder beside it: one for each of the
          last 7 days you used it, and one for each of the last 4 weeks. Restoring locks the
          journal; the current file is kept as a backup too.
        </p>
        <BackupList onRestored={onRestored} />
      </section>
    </div>
  );
}
