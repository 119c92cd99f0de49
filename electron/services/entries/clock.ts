import { randomUUID } from 'node:crypto';

/** Time and fresh ids, injected so tests can move time (the 30-day trash) and name records. */
export interface EntriesClock {
  now(): Date;
  newId(): string;
}

export const systemClock: EntriesClock = {
  now: () => new Date(),
  newId: () => randomUUID(),
};
