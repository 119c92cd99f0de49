import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/domain/settings';
import type { SettingsPatch } from '../../../../shared/domain/settings-patch';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';

/** The journal's settings, read after unlock and saved field by field. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void unwrap(journal().settings.get()).then(setSettings, (e) => setError(messageOf(e)));
  }, []);

  const update = useCallback(async (patch: SettingsPatch) => {
    setError(null);
    // Shown at once; the main process's answer (the saved settings) replaces it a moment later.
    setSettings((current) => (current ? { ...current, ...patch } : current));
    try {
      setSettings(await unwrap(journal().settings.update(patch)));
    } catch (e) {
      setError(messageOf(e));
      // Show what the journal really holds, not the change that did not take.
      void unwrap(journal().settings.get()).then(setSettings, () => undefined);
    }
  }, []);

  return { settings, error, update };
}
