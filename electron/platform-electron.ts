import { app } from 'electron';
import type { Platform } from './platform';

export function electronPlatform(dataDir: string): Platform {
  return {
    dataDir,
    info: () => ({ name: app.getName(), version: app.getVersion(), runtime: 'electron' }),
  };
}
