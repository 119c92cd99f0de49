import { useEffect, useState } from 'react';
import type { LockReason, SaveState } from '../../../../shared/contract';
import { journal } from '../../journal';

/** Whether the latest change is on disk, and whether an automatic lock had to wait for it. */
export function useSaveState(initial: SaveState) {
  const [save, setSave] = useState<SaveState>(initial);
  const [postponed, setPostponed] = useState<LockReason | null>(null);
  useEffect(() => {
    const offSave = journal().on('vault:saveState', (state) => {
      setSave(state);
      if (state.status === 'saved') setPostponed(null);
    });
    const offPostponed = journal().on('vault:lockPostponed', ({ reason }) => setPostponed(reason));
    return () => {
      offSave();
      offPostponed();
    };
  }, []);
  return { save, setSave, postponed };
}
