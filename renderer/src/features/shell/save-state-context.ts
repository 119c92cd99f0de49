import { createContext, useContext } from 'react';
import type { SaveState } from '../../../../shared/contract';

/**
 * Whether the journal's latest change is on disk. An editor whose own write was accepted still
 * says "not saved" while the disk refuses: the main process holds the change in memory then.
 */
export const SaveStateContext = createContext<SaveState>({ status: 'saved' });
export const useJournalSaveState = () => useContext(SaveStateContext);
