import { describe, expect, it } from 'vitest';
import { appDomain } from '../../../electron/services/app/domain';
import { testPlatform } from '../../support/platform';

describe('a page that failed to render', () => {
  it('is reloaded by the main process when it asks (the page may not navigate itself)', async () => {
    let reloads = 0;
    const platform = testPlatform('/nonexistent', { reloadPage: () => void reloads++ });
    await appDomain(platform).handlers['app:reloadPage']!(undefined as never);
    expect(reloads).toBe(1);
  });
});
