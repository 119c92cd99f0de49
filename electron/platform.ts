import type { AppInfo } from '../shared/contract';

/**
 * What services need from the host that differs between the Electron app and the browser-mode
 * harness. Electron provides the real one (electron/platform-electron.ts); the e2e harness
 * provides one backed by the browser it drives. Nothing else differs between the two.
 */
export interface Platform {
  info(): AppInfo;
  /** The folder holding journal.vault and its backups. */
  dataDir: string;
}
