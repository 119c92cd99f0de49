import { useState } from 'react';
import { Link } from 'react-router';
import type { Settings } from '../../../../shared/domain/settings';
import type { SettingsPatch } from '../../../../shared/domain/settings-patch';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { CurrencySelect } from '../sessions/CurrencySelect';
import { NextSessionField } from '../sessions/NextSessionField';
import { Page } from '../../ui/Page';
import { BackupList } from './BackupList';
import { BackupStatusLine } from './BackupStatusLine';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { ExportSection } from '../export/ExportSection';
import { PromptsSettings } from './PromptsSettings';
import { RegenerateRecoveryKeyForm } from './RegenerateRecoveryKeyForm';
import { useSettings, useUpdateSettings } from './queries';
import { LockHint } from './LockHint';

const autoLockChoices = [1, 2, 5, 10, 15, 30, 60, 120, 240];

/** Settings once they are loaded; the screen shows why when they cannot be. */
export function SettingsScreen() {
  const settings = useSettings();
  const update = useUpdateSettings();
  if (!settings.data) {
    return (
      <Page title="Settings">
        <ErrorText>{settings.error && messageOf(settings.error)}</ErrorText>
      </Page>
    );
  }
  return (
    <SettingsForm
      settings={settings.data}
      onChange={(patch) => update.mutate(patch)}
      error={update.error && messageOf(update.error)}
    />
  );
}

interface Props {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  error: string | null;
}

function SettingsForm({ settings, onChange, error }: Props) {
  const [keyShownBy, setKeyShownBy] = useState<'change' | 'regenerate' | null>(null);
  const choices = autoLockChoices.includes(settings.autoLockMinutes)
    ? autoLockChoices
    : [...autoLockChoices, settings.autoLockMinutes].sort((a, b) => a - b);
  return (
    <Page title="Settings">
      <ErrorText>{error}</ErrorText>
      <section className="panel stack" aria-labelledby="security-title">
        <h3 id="security-title">Privacy and security</h3>
        <div className="field">
          <label htmlFor="auto-lock">Lock automatically after</label>
          <select
            id="auto-lock"
            value={settings.autoLockMinutes}
            onChange={(e) => onChange({ autoLockMinutes: Number(e.target.value) })}
          >
            {choices.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === 1 ? '1 minute' : `${minutes} minutes`} without activity
              </option>
            ))}
          </select>
          <LockHint />
        </div>
        {/* While one shows a new recovery key, the other is hidden: one key on screen at a time. */}
        {keyShownBy !== 'regenerate' && (
          <ChangePassphraseForm onShowingKey={(on) => setKeyShownBy(on ? 'change' : null)} />
        )}
        {keyShownBy !== 'change' && (
          <RegenerateRecoveryKeyForm
            onShowingKey={(on) => setKeyShownBy(on ? 'regenerate' : null)}
          />
        )}
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
                onChange={() => onChange({ theme })}
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
            onChange={(e) => onChange({ weekStart: e.target.value as Settings['weekStart'] })}
          >
            <option value="monday">Monday</option>
            <option value="sunday">Sunday</option>
            <option value="saturday">Saturday</option>
          </select>
        </div>
      </section>
      <section className="panel stack" aria-labelledby="therapy-title">
        <h3 id="therapy-title">Therapy sessions</h3>
        <div className="field">
          <label htmlFor="currency">Currency for new sessions</label>
          <CurrencySelect
            id="currency"
            value={settings.currency}
            onChange={(currency) => onChange({ currency })}
          />
          <p className="hint">Each session keeps the currency it was logged in.</p>
        </div>
        <NextSessionField id="settings-next-session" />
      </section>
      <PromptsSettings />
      <section className="panel stack" aria-labelledby="import-title">
        <h3 id="import-title">Import</h3>
        <p className="hint">
          Bring in entries from Day One, jrnl, Mini Diary, Mini Diarium, Daylio or Markdown files.
          You see what would come in before anything changes.
        </p>
        <p>
          <Link to="/settings/import">Import…</Link>
        </p>
      </section>
      <section className="panel stack" aria-labelledby="backups-title">
        <h3 id="backups-title">Backups</h3>
        <p className="hint">
          Encrypted copies of the journal, kept in a backups folder beside it: one for each of the
          last 7 days you used it, and one for each of the last 4 weeks. A backup opens with the
          passphrase and recovery key of its day. Restoring locks the journal; the current file is
          kept as a backup too.
        </p>
        <BackupStatusLine />
        <BackupList />
      </section>
      <ExportSection />
    </Page>
  );
}
