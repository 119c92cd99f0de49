import type { JournalApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Built by the preload from shared/contract.ts; the page's only way to reach the main process. */
    readonly journal: JournalApi;
  }
}

export const journal = (): JournalApi => window.journal;
