import { expect, test } from './fixtures';
import { goTo, navLink } from './support/navigation';
import {
  addPlanContact,
  addPlanItem,
  expectPlanSaved,
  openSafetyPlan,
} from './support/safety-plan-steps';
import { createJournal, lock, unlock } from './support/vault-steps';

const CREDIT = 'Based on the Safety Planning Intervention by Barbara Stanley and Gregory K. Brown.';

test('a safety plan written in its six sections is kept through a lock, and prints on its own', async ({
  app,
  printRequests,
}) => {
  await createJournal(app);
  await openSafetyPlan(app);
  await expect(app.getByRole('heading', { name: 'What a safety plan is' })).toBeVisible();
  await expect(app.getByText(CREDIT).filter({ visible: true })).toBeVisible();
  await expect(
    app
      .getByText('Add the numbers you would call — your therapist can help you find local ones.', {
        exact: false,
      })
      .first(),
  ).toBeVisible();
  const sections = app.getByRole('main').getByRole('heading', { level: 2 });
  await expect(sections).toHaveText([
    'What a safety plan is',
    'Warning signs',
    'Things I can do on my own to take my mind off it',
    'People and places that help me feel better',
    'People I can ask for help',
    'Professionals and crisis services',
    'Making my surroundings safer',
    'The one thing most important to me',
  ]);

  await addPlanItem(app, 'warning sign', 'Not sleeping');
  await addPlanItem(app, 'warning sign', 'A typo to remove');
  await addPlanItem(app, 'warning sign', 'Cancelling plans');
  await app.getByRole('button', { name: 'Remove warning sign 2' }).click();
  await expect(app.getByRole('textbox', { name: 'Warning sign 2' })).toBeFocused();
  await expect(app.getByRole('textbox', { name: 'Warning sign 2' })).toHaveValue(
    'Cancelling plans',
  );
  await addPlanItem(app, 'coping step', 'Walk by the river');
  await addPlanContact(app, 'person or place', 1, { name: 'The library' });
  await addPlanContact(app, 'person to ask', 1, { name: 'Sam', phone: '0612 345 678' });
  await addPlanContact(app, 'professional or service', 1, {
    name: 'Dr. Okafor',
    phone: '020 7946 0000',
    note: 'Mon–Thu, 9–5',
  });
  await addPlanItem(app, 'step for safer surroundings', 'Give the pills to Sam');
  await app.getByRole('textbox', { name: 'The one thing most important to me' }).fill('My sister');
  await expectPlanSaved(app);

  await lock(app);
  await unlock(app);
  await openSafetyPlan(app);
  await expect(app.getByRole('heading', { name: 'What a safety plan is' })).toHaveCount(0);
  await expect(app.getByRole('textbox', { name: /^Warning sign \d+$/ })).toHaveCount(2);
  await expect(app.getByRole('textbox', { name: 'Warning sign 1' })).toHaveValue('Not sleeping');
  await expect(app.getByRole('textbox', { name: 'Warning sign 2' })).toHaveValue(
    'Cancelling plans',
  );
  const professional = app.getByRole('group', { name: 'Professional or service 1' });
  await expect(professional.getByLabel('Name', { exact: true })).toHaveValue('Dr. Okafor');
  await expect(professional.getByLabel('Phone', { exact: true })).toHaveValue('020 7946 0000');
  await expect(professional.getByLabel('Note', { exact: true })).toHaveValue('Mon–Thu, 9–5');
  await expect(
    app.getByRole('textbox', { name: 'The one thing most important to me' }),
  ).toHaveValue('My sister');

  // Print: the plan as text, without the sidebar, the fields or the buttons.
  await app.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(printRequests).toHaveLength(1);
  await app.emulateMedia({ media: 'print' });
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(app.getByRole('textbox')).toHaveCount(0);
  await expect(app.getByRole('button')).toHaveCount(0);
  const printed = await app.evaluate(() => document.body.innerText);
  for (const text of ['Safety plan', 'Not sleeping', 'Dr. Okafor', '020 7946 0000', CREDIT]) {
    expect(printed).toContain(text);
  }
  expect(printed).not.toContain('A typo to remove');
  await app.emulateMedia({ media: 'screen' });
  await expect(navLink(app, 'Safety plan')).toBeVisible();
});

test('a number without a name is kept on screen, not saved, and named as the reason', async ({
  app,
}) => {
  await createJournal(app);
  await openSafetyPlan(app);
  await app.getByRole('button', { name: 'Add professional or service' }).click();
  const service = app.getByRole('group', { name: 'Professional or service 1' });
  await service.getByLabel('Phone', { exact: true }).fill('0800 111 222');
  const saving = app.getByRole('status').filter({ hasText: 'Not saved' });
  await expect(saving).toContainText('Not saved: Give professional or service 1 a name');
  await expect(saving).toContainText('What you typed is still here.');

  // Leaving waits for the plan; it cannot be saved, so the person stays, told why.
  await goTo(app, 'Journal');
  await expect(app.getByRole('alert')).toContainText('Your safety plan is not saved yet');
  await expect(app.getByRole('heading', { name: 'Safety plan', level: 1 })).toBeVisible();
  await expect(service.getByLabel('Phone', { exact: true })).toHaveValue('0800 111 222');

  await service.getByLabel('Name', { exact: true }).fill('Night line');
  await expectPlanSaved(app);
  await goTo(app, 'Journal');
  await expect(app.getByRole('button', { name: 'New entry' })).toBeVisible();
  await openSafetyPlan(app);
  await expect(service.getByLabel('Name', { exact: true })).toHaveValue('Night line');
  await expect(service.getByLabel('Phone', { exact: true })).toHaveValue('0800 111 222');
});

test('the safety plan is one step from every screen', async ({ app }) => {
  await createJournal(app);
  for (const screen of ['Journal', 'Tags', 'Check-ins', 'Trash', 'Settings']) {
    await goTo(app, screen);
    await expect(navLink(app, 'Safety plan')).toBeVisible();
  }
  await goTo(app, 'Safety plan');
  await expect(navLink(app, 'Safety plan')).toHaveAttribute('aria-current', 'page');
});
