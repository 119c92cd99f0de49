import { ServiceError } from '../../errors';
import type { Domain } from '../../ipc';
import type { Platform } from '../../platform';
import { externalLinkTarget } from '../../security-policy';

export function appDomain(platform: Platform): Domain {
  return {
    name: 'app',
    handlers: {
      'app:info': () => platform.info(),
      'app:reloadPage': () => platform.reloadPage(),
      'app:screenLockDetection': async () => ({
        available: await platform.screenLockDetection(),
      }),
      'app:openExternal': async ({ url }) => {
        const target = externalLinkTarget(url);
        if (!target.ok) {
          throw new ServiceError(
            'FORBIDDEN',
            target.reason === 'credentials'
              ? 'Links that carry a user name or password are not opened.'
              : 'Only web and email links can be opened.',
          );
        }
        if (await platform.confirmOpenExternal(target.url)) await platform.openExternal(target.url);
      },
    },
  };
}
