import { collectHandlers } from '../ipc';
import type { Handlers } from '../ipc';
import type { Platform } from '../platform';
import { appDomain } from './app/domain';

/** Every domain of the app, wired to one platform. Electron and the e2e harness both call this. */
export function createHandlers(platform: Platform): Handlers {
  return collectHandlers([appDomain(platform)]);
}
