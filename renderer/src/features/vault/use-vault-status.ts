import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../../../shared/contract';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';

export function useVaultStatus() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setStatus(await unwrap(journal().vault.status()));
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  return { status, error, refresh };
}
