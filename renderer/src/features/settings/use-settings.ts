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
    try {
      setSettings(await unwrap(journal().settings.update(patch)));
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  return { settings, error, update };
}
