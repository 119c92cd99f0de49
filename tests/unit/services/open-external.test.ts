import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../electron/platform';
import { appDomain } from '../../../electron/services/app/domain';
import { testPlatform } from '../../support/platform';

function platformAnswering(open: boolean) {
  const asked: string[] = [];
  const opened: string[] = [];
  const platform: Platform = testPlatform('/nonexistent', {
    openExternal: async (url) => void opened.push(url),
    confirmOpenExternal: async (url) => (asked.push(url), open),
  });
  const openExternal = appDomain(platform).handlers['app:openExternal']!;
  return { asked, opened, open: (url: string) => openExternal({ url }) };
}

describe('opening a link from an entry', () => {
  it('asks outside the page with the full address, and opens nothing when declined', async () => {
    const declined = platformAnswering(false);
    await declined.open('https://example.org/grounding?x=1');
    expect(declined.asked).toEqual(['https://example.org/grounding?x=1']);
    expect(declined.opened).toEqual([]);

    const accepted = platformAnswering(true);
    await accepted.open('https://example.org/grounding?x=1');
    expect(accepted.opened).toEqual(['https://example.org/grounding?x=1']);
  });

  it('asks about and opens a mail address without its query', async () => {
    const accepted = platformAnswering(true);
    await accepted.open('mailto:therapist@example.org?attach=/home/me/notes.txt&body=hi');
    expect(accepted.asked).toEqual(['mailto:therapist@example.org']);
    expect(accepted.opened).toEqual(['mailto:therapist@example.org']);
  });

  it('refuses an address with a user name or password before asking anything', async () => {
    const accepted = platformAnswering(true);
    await expect(accepted.open('https://bank.example@evil.example/')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(accepted.asked).toEqual([]);
    expect(accepted.opened).toEqual([]);
  });
});
