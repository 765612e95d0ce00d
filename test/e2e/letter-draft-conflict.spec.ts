import { addDays, todayInZone } from '../../electron/core/deadlines';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { vaultWith } from './page-api';
import { api, zone } from './requests-api';

const organisation = {
  'organisation.name': 'Noventia Srl',
  'organisation.address': 'Via Privata Bernardo Rucellai 12\n20126 Milano MI',
  'organisation.country': 'IT',
  'organisation.timeZone': zone,
  'organisation.dpoName': 'Chiara Esposito',
  'organisation.dpoEmail': 'dpo@noventia.example',
  'commitments.responseDays': 30,
};

/** A civil date as the date fields show it, day first. */
const shown = (date: string): string => date.split('-').reverse().join('/');

/**
 * One letter's draft edited in two places (here the API behind the page's back, as another
 * window, the CLI or a colleague on a team server would): saving a draft moves the case's
 * version without the page being refused afterwards, and a save over someone else's newer
 * draft is refused with both versions; the page offers their draft or keeping its own.
 */
test('a letter draft saved elsewhere is never overwritten unseen, and saving a draft does not make the next case edit stale', async ({ app }) => {
  const { page } = app;
  await vaultWith(page, organisation);
  const today = todayInZone(zone);
  const created = await api<{ id: string; reference: string; version: number }>(page, 'requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: `${addDays(today, -3)}T10:00:00Z`, channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' },
  });
  await page.getByRole('navigation').first().getByRole('button', { name: 'Requests' }).click();
  await page.locator(`.request-row[data-reference="${created.reference}"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(created.reference);
  const panel = page.getByRole('region', { name: 'Letters and notices' });
  const date = panel.getByLabel('Date of the letter');

  await test.step('a kept draft moves the case’s version, and the page’s next edit still goes through', async () => {
    await panel.getByLabel('Letter').selectOption('acknowledgement');
    await panel.getByLabel('Language').selectOption('en');
    await expect(panel.getByText('Nothing is missing: the letter is ready.')).toBeVisible();
    await date.fill(shown(addDays(today, 1)));
    await expect(panel.getByRole('status').filter({ hasText: 'Draft kept in the vault.' })).toBeVisible();
    await page.getByLabel('New note').fill('Acknowledgement drafted');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Note added.' })).toBeVisible();
    await expect(page.locator('.case-changed')).toHaveCount(0);
  });

  await test.step('a save over a draft someone saved since is refused with both versions', async () => {
    const key = { caseType: 'request', caseId: created.id, kind: 'acknowledgement', language: 'en' };
    const kept = await api<{ version: number }>(page, 'documents.draftGet', key);
    const theirs = await api<{ version: number; updatedBy: string }>(page, 'documents.draftSave', { ...key, date: addDays(today, 2), inputs: {}, expectedDraftVersion: kept.version });
    await date.fill(shown(addDays(today, 3)));
    const note = panel.locator('.draft-conflict');
    await expect(note).toContainText(`you were editing version ${kept.version}; it is now version ${theirs.version}`);
    await expect(note).toContainText(`${theirs.updatedBy} saved this letter’s draft at`);
    await page.screenshot({ path: 'test-results/letter-draft-conflict.png', fullPage: true });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await screenChecker(page, scheme)('letter-draft-conflict');
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await api<{ date: string }>(page, 'documents.draftGet', key)).date).toBe(addDays(today, 2));

    await note.getByRole('button', { name: 'Load their draft' }).click();
    await expect(note).toHaveCount(0);
    await expect(date).toHaveValue(shown(addDays(today, 2)));
    await date.fill(shown(addDays(today, 4)));
    await expect(panel.getByRole('status').filter({ hasText: 'Draft kept in the vault.' })).toBeVisible();
    await expect.poll(async () => (await api<{ date: string; version: number }>(page, 'documents.draftGet', key)).version).toBe(theirs.version + 1);
    expect((await api<{ date: string }>(page, 'documents.draftGet', key)).date).toBe(addDays(today, 4));
  });
});
