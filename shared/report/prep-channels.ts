import { z } from 'zod';
import { channel, returns } from '../ipc/define';
import { localDaySchema } from '../domain/primitives';
import type { SessionPrep } from '../domain/records';
import type { PrepDraft } from './prep-draft';
import { savePrepSchema } from './prep-note';

/** A prep note saved on a session still to come, as the Prepare screen reopens it. */
export interface SavedPrep {
  sessionId: string;
  date: string;
  /** The Markdown stored as the session's prep note. */
  prepNote: string;
  /** Absent for a prep note written elsewhere (by hand, before this screen existed). */
  fields?: SessionPrep;
}

export interface PrepView {
  draft: PrepDraft;
  /** The day the note is for: the one asked for, else the next session's date when set. */
  date?: string;
  /** The prep saved for that day's session, while the session is still to come. */
  saved?: SavedPrep;
}

export interface PrepSaved extends SavedPrep {
  fields: SessionPrep;
  /** Whether the session record was created by this save. */
  created: boolean;
}

export const prepChannels = {
  /**
   * The draft of everything since the last logged session, through the share rule, with the prep
   * already saved for `date` (or for the next session date in Settings) if there is one.
   */
  'prep:draft': channel(z.strictObject({ date: localDaySchema.optional() }), returns<PrepView>()),
  /**
   * Stores the note as the prep note of the session on `date`, creating the session when there is
   * none. Refused (`BAD_INPUT`) for a day already past or a session already logged.
   */
  'prep:save': channel(savePrepSchema, returns<PrepSaved>()),
};
