import { z } from 'zod';
import type { CommandId } from './commands';
import { channel, returns } from './ipc/define';
import type { ChannelSpec, Phantom } from './ipc/define';
import type { AppError, Result } from './ipc/result';
import type { Settings } from './domain/settings';
import { settingsPatchSchema } from './domain/settings-patch';
import { idSchema, localDaySchema } from './domain/primitives';
import {
  createEntrySchema,
  entryFilterSchema,
  entryListQuerySchema,
  entryPatchSchema,
  tagSchema,
} from './entries/entry-contract';
import {
  checkInChannels,
  glanceChannels,
  insightChannels,
  progressChannels,
  goalChannels,
  safetyPlanChannels,
  sessionChannels,
} from './therapy/channels';
import { reportChannels } from './report/channels';
import { prepChannels } from './report/prep-channels';
import { importChannels } from './import/channels';
import { printChannels } from './print/channels';
import { exportChannels } from './export/channels';
import type {
  CalendarDay,
  Entry,
  EntryPage,
  Prompt,
  TagCount,
  TrashedEntry,
} from './entries/entry-contract';

export interface AppInfo {
  name: string;
  version: string;
  /** Which transport carries this call: the real Electron app or the browser-mode test harness. */
  runtime: 'electron' | 'browser-harness';
}

const noInput = z.undefined();
const secretText = z.string().min(1).max(1024);
const backupId = z.string().regex(/^[\w.-]{1,200}$/);

export type LockReason = 'manual' | 'idle' | 'suspend' | 'screen-lock';

/** Where the journal stands, for the page to choose its screen. Never carries journal content. */
export type VaultStatus =
  { state: 'absent' } | { state: 'locked' } | { state: 'unlocked'; save: SaveState };

/** Whether the latest change is on disk; `failing` keeps the edit in memory and retries. */
export type SaveState = { status: 'saved' } | { status: 'failing'; error: AppError };

export interface BackupSummary {
  /** The backup's file name inside the journal's backups folder; never a path from the page. */
  id: string;
  /** The local day it was made, `YYYY-MM-DD`: backups are named by day only. */
  day: string;
  kind: 'daily' | 'weekly' | 'pre-restore' | 'pre-import';
  sizeBytes: number;
}

/** After a passphrase change or a new recovery key: the new key, to be shown exactly once. */
export interface RekeyResult {
  recoveryKey: string;
  /** Backups made before, which still open with the earlier passphrase and recovery key. */
  earlierBackups: number;
}

/** The journal's backups at a glance, for settings: the newest one, or why backing up failed. */
export interface BackupStatus {
  /** The local day the newest backup was made (`YYYY-MM-DD`); absent when there is none yet. */
  lastBackupDay?: string;
  /** Why the last automatic backup (or listing the backups) failed; absent when all is well. */
  error?: AppError;
}

/**
 * Every IPC channel, once. `namespace:method` names become `window.journal.namespace.method()`.
 * The preload, the handler loop and the renderer's types are all derived from this object.
 */
export const channels = {
  'app:info': channel(noInput, returns<AppInfo>()),
  /**
   * Reloads the app's page from the main process (the page may not navigate itself: main refuses
   * that). For a page that failed to render; nothing saved is lost, nothing is unlocked by it.
   */
  'app:reloadPage': channel(noInput, returns<void>()),
  /** Whether the journal can lock when the screen locks (a Linux desktop may not say). */
  'app:screenLockDetection': channel(noInput, returns<{ available: boolean }>()),
  /**
   * Opens a link from an entry in the person's web browser, after they confirmed it in the page
   * and again in main's own dialog (which a page cannot skip). Only http(s) without credentials,
   * and mailto without its query; the app itself still makes no request.
   */
  'app:openExternal': channel(
    z.strictObject({ url: z.url({ protocol: /^(https?|mailto)$/ }).max(2000) }),
    returns<void>(),
  ),
  'vault:status': channel(noInput, returns<VaultStatus>()),
  'vault:create': channel(
    z.strictObject({ passphrase: secretText }),
    returns<{ recoveryKey: string }>(),
  ),
  'vault:unlock': channel(
    z.union([
      z.strictObject({ passphrase: secretText }),
      z.strictObject({ recoveryKey: secretText }),
    ]),
    returns<VaultStatus>(),
  ),
  /**
   * The page answers a lock main asked for (`app:lockRequested`) with "not yet": what is being
   * typed could not be written (too long to save, or refused). Main keeps the journal open and
   * says so, as when the disk refuses a save, instead of locking when its grace period ends.
   */
  'vault:holdLock': channel(z.strictObject({ message: z.string().max(2_000) }), returns<void>()),
  'vault:lock': channel(
    z
      .strictObject({
        force: z.boolean().optional(),
        reason: z.enum(['manual', 'idle', 'suspend', 'screen-lock']).optional(),
      })
      .optional(),
    returns<void>(),
  ),
  /** The person is using the app: postpones auto-lock. Sent at most every few seconds. */
  'vault:activity': channel(noInput, returns<void>()),
  'vault:retrySave': channel(noInput, returns<SaveState>()),
  /** Re-encrypts under a new key for the new passphrase and a new recovery key (returned once). */
  'vault:changePassphrase': channel(
    z.strictObject({ current: secretText, next: secretText }),
    returns<RekeyResult>(),
  ),
  /** A new recovery key for the same passphrase; the old recovery key stops working. */
  'vault:regenerateRecoveryKey': channel(
    z.strictObject({ passphrase: secretText }),
    returns<RekeyResult>(),
  ),
  'vault:backups': channel(noInput, returns<BackupSummary[]>()),
  /** Deletes the backups that still open with an earlier passphrase or recovery key. */
  'vault:deleteEarlierBackups': channel(noInput, returns<{ deleted: number }>()),
  /** The newest backup's day and any backup failure (unlocking never fails for a backup). */
  'vault:backupStatus': channel(noInput, returns<BackupStatus>()),
  /**
   * Unlocked: locks, then restores. Locked (a damaged journal): only with the passphrase or the
   * recovery key of the chosen backup, checked against it before anything is replaced.
   */
  'vault:restoreBackup': channel(
    z.union([
      z.strictObject({ id: backupId }),
      z.strictObject({ id: backupId, passphrase: secretText }),
      z.strictObject({ id: backupId, recoveryKey: secretText }),
    ]),
    returns<void>(),
  ),
  'settings:get': channel(noInput, returns<Settings>()),
  'settings:update': channel(settingsPatchSchema, returns<Settings>()),
  /** The timeline and search: newest first, filtered, paged. */
  'entries:list': channel(entryListQuerySchema, returns<EntryPage>()),
  'entries:get': channel(z.strictObject({ id: idSchema }), returns<Entry>()),
  'entries:create': channel(createEntrySchema, returns<Entry>()),
  'entries:update': channel(
    z.strictObject({ id: idSchema, patch: entryPatchSchema }),
    returns<Entry>(),
  ),
  /** Moves to the trash, kept 30 days; `entries:restore` brings it back (undo). */
  'entries:delete': channel(z.strictObject({ id: idSchema }), returns<void>()),
  'entries:restore': channel(z.strictObject({ id: idSchema }), returns<Entry>()),
  'entries:trash': channel(noInput, returns<TrashedEntry[]>()),
  /** Removes an entry in the trash for good; an entry outside the trash is refused. */
  'entries:purge': channel(z.strictObject({ id: idSchema }), returns<void>()),
  /**
   * Drops an entry that was opened and never written in (no title, words, tags, mood or
   * insight), deciding on the stored entry inside the same change; anything else is kept.
   */
  'entries:discardIfEmpty': channel(
    z.strictObject({ id: idSchema }),
    returns<{ discarded: boolean }>(),
  ),
  /** Days with entries between two local days (inclusive), for the calendar. */
  'entries:calendar': channel(
    entryFilterSchema.extend({ from: localDaySchema, to: localDaySchema }),
    returns<CalendarDay[]>(),
  ),
  'tags:list': channel(noInput, returns<TagCount[]>()),
  /** Renames a tag in every entry; renaming onto an existing tag merges the two. One save. */
  'tags:rename': channel(z.strictObject({ from: tagSchema, to: tagSchema }), returns<TagCount[]>()),
  'tags:delete': channel(z.strictObject({ tag: tagSchema }), returns<TagCount[]>()),
  'prompts:list': channel(noInput, returns<Prompt[]>()),
  'prompts:add': channel(
    z.strictObject({ text: z.string().trim().min(3).max(500) }),
    returns<Prompt[]>(),
  ),
  'prompts:remove': channel(z.strictObject({ id: idSchema }), returns<Prompt[]>()),
  ...insightChannels,
  ...checkInChannels,
  ...safetyPlanChannels,
  ...goalChannels,
  ...sessionChannels,
  ...glanceChannels,
  ...progressChannels,
  ...reportChannels,
  ...prepChannels,
  ...importChannels,
  ...printChannels,
  ...exportChannels,
} satisfies Record<`${string}:${string}`, ChannelSpec<z.ZodType, unknown>>;

/** Messages the main process pushes to the page. */
export const events = {
  'app:locked': returns<{ reason: LockReason }>(),
  /**
   * The main process wants to lock (idle, sleep, quit): the page writes what is being typed, then
   * calls vault:lock. If the page does not answer within a few seconds, main locks anyway.
   */
  'app:lockRequested': returns<{ reason: LockReason }>(),
  'vault:saveState': returns<SaveState>(),
  /** A command chosen in the application menu; the page runs it like its keyboard shortcut. */
  'app:command': returns<{ id: CommandId }>(),
  /** Auto-lock was due but the latest change could not be saved, so the journal stays open. */
  'vault:lockPostponed': returns<{ reason: LockReason }>(),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type InputOf<K extends ChannelName> = z.input<Channels[K]['input']>;
/** What a handler receives: the input after its schema parsed (and possibly transformed) it. */
export type ParsedInputOf<K extends ChannelName> = z.output<Channels[K]['input']>;
export type OutputOf<K extends ChannelName> =
  Channels[K]['output'] extends Phantom<infer O> ? O : never;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> =
  (typeof events)[E] extends Phantom<infer P> ? P : never;

type Namespace = ChannelName extends `${infer NS}:${string}` ? NS : never;
type Method<K extends ChannelName> = [InputOf<K>] extends [undefined]
  ? () => Promise<Result<OutputOf<K>>>
  : (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

/** The shape of `window.journal`: one method per channel, plus `on` for the contract's events. */
export type JournalApi = {
  readonly [NS in Namespace]: {
    readonly [K in ChannelName as K extends `${NS}:${infer M}` ? M : never]: Method<K>;
  };
} & {
  readonly on: <E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
};

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];
