import type { AppInfo, EventName, EventPayload, LockReason } from '../shared/contract';
import type { PaperSize } from '../shared/print/paper';

/**
 * What services need from the host that differs between the Electron app and the browser-mode
 * harness. Electron provides the real one (electron/platform-electron.ts); the e2e harness
 * provides one backed by the browser it drives. Nothing else differs between the two.
 */
export interface Platform {
  info(): AppInfo;
  /** The folder holding journal.vault and its backups. */
  dataDir: string;
  /** Sends a contract event to the app's page. */
  notify<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /**
   * Replaces the app's page with a fresh load of itself, so nothing it held (DOM, JavaScript and
   * React state) survives, whether or not the page heard the lock. The page cannot do this itself:
   * main refuses every navigation the page starts, `location.reload()` included.
   */
  reloadPage(): void;
  /** Hands a confirmed http(s)/mailto link to the system's browser or mail app. */
  openExternal(url: string): Promise<void>;
  /**
   * Asks the person, outside the page, whether to open `url` (shown in full); true to open.
   * The page asks first, but a compromised page could skip its own question.
   */
  confirmOpenExternal(url: string): Promise<boolean>;
  /** Whether the app learns that the screen locked (not on a Linux desktop without D-Bus). */
  screenLockDetection(): Promise<boolean>;
  /**
   * The system's open dialog, outside the page: a file, or a folder when `folder` is set.
   * Resolves to the chosen path, or undefined when the person cancels.
   */
  chooseOpenPath(options: { title: string; folder: boolean }): Promise<string | undefined>;
  /** Calls back when the computer sleeps or its screen locks, so the journal locks too. */
  onSystemLock(listener: (reason: Extract<LockReason, 'suspend' | 'screen-lock'>) => void): void;
  /**
   * Opens the system's print dialog on the app's page as it is now (its print stylesheet decides
   * what prints). Resolves once the dialog closed, printed or cancelled.
   */
  printPage(options: { pageSize: PaperSize }): Promise<void>;
  /**
   * Renders the app's page as it is now into a tagged PDF with a document outline, its footer
   * showing `footerPeriod` (text, escaped) and "Page N of M". Nothing is written anywhere.
   */
  pagePdf(options: { pageSize: PaperSize; footerPeriod: string }): Promise<Buffer>;
  /**
   * The system's save dialog, outside the page (a PDF, an export): `title`, `defaultName` proposed
   * in the person's documents folder, the file types offered. Null when they cancel.
   */
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
}
