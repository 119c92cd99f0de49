import { expect, test } from './fixtures';
import { goTo } from './support/navigation';
import { createJournal, openSettings } from './support/vault-steps';

test('Settings says when locking with the screen is not available on this system', async ({
  app,
  mode,
  screenLockDetection,
}) => {
  test.skip(mode !== 'browser', 'in Electron mode the real platform decides');
  await createJournal(app);
  await openSettings(app);
  const security = app.getByRole('region', { name: 'Privacy and security' });
  await expect(security).toContainText('locks when the computer sleeps or its screen locks');
  await expect(security).not.toContainText('not available');

  screenLockDetection(false);
  await goTo(app, 'Journal');
  await openSettings(app);
  await expect(security).toContainText(
    'Locking when the screen locks is not available on this system',
  );
  await expect(security).not.toContainText('its screen locks, and');
  await security.screenshot({ path: test.info().outputPath('screen-lock-line.png') });
});
