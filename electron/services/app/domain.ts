import type { Domain } from '../../ipc';
import type { Platform } from '../../platform';

export function appDomain(platform: Platform): Domain {
  return {
    name: 'app',
    handlers: {
      'app:info': () => platform.info(),
      'app:openExternal': ({ url }) => platform.openExternal(url),
    },
  };
}
