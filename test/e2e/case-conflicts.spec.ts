import { addDays, todayInZone } from '../../electron/core/deadlines';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api, vaultWithOrganisation, zone } from './requests-api';
import { italian, type Labels } from './steps';

const request = (name: string) => ({ regime: 'gdpr', types: ['access'], receivedAt: `${addDays(todayInZone(zone), -3)}T10:00:00Z`, channel: 'email', subjectName: name });

/** What each language's screen says, for the same path. */
const words = {
  en: { section: 'Requests', label: 'New note', add: 'Add note', banner: 'Your change was not saved.', redo: 'Reload and redo', added: 'Note added.' },
  it: { section: 'Richieste', label: 'Nuova nota', add: 'Aggiungi nota', banner: 'La modifica non è stata salvata.', redo: 'Ricarica e ripeti', added: 'Nota aggiunta.' },
};

/**
 * Two windows on one local vault: a note typed in one while the other (here, the API called
 * behind the page's back, as another window or the CLI would) changes the same request. The
 * stale edit is refused with both versions and who changed it; "Reload and redo" shows the
 * colleague's note and keeps the typing, which then saves on the new version.
 */
for (const language of ['en', 'it'] as const) {
  test.describe(`a stale edit on the request page (${language})`, () => {
    if (language === 'it') test.use({ locale: 'it-IT' });

    test('is refused with both versions, never written over the newer one, and redone after a reload', async ({ app }) => {
      const { page } = app;
      const w = words[language];
      const labels: Labels | undefined = language === 'it' ? italian : undefined;
      await vaultWithOrganisation(page, labels);
      const created = await api<{ id: string; reference: string; version: number }>(page, 'requests.create', { request: request('Giulia Bianchi') });
      await page.getByRole('navigation').first().getByRole('button', { name: w.section }).click();
      await page.locator(`.request-row[data-reference="${created.reference}"]`).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(created.reference);

      await page.getByLabel(w.label).fill('Sent the identity form by PEC');
      const other = await api<{ version: number }>(page, 'requests.addNote', { id: created.id, text: 'Called the person back', expectedVersion: created.version });
      await page.getByRole('button', { name: w.add }).click();

      const banner = page.locator('.case-changed');
      await expect(banner).toContainText(w.banner);
      await expect(banner).toContainText(language === 'en' ? `version ${created.version}, it is now version ${other.version}` : `versione ${created.version}, ora è la versione ${other.version}`);
      await expect(page.locator('.note-form [role="alert"]')).toContainText(String(other.version));
      await expect(page.locator('.notes-list .note')).toHaveCount(0);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await screenChecker(page, scheme)(`case-conflict-${language}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });

      await banner.getByRole('button', { name: w.redo }).click();
      await expect(banner).toHaveCount(0);
      await expect(page.locator('.notes-list .note')).toHaveCount(1);
      await expect(page.getByLabel(w.label)).toHaveValue('Sent the identity form by PEC');
      await page.getByRole('button', { name: w.add }).click();
      await expect(page.getByRole('status').filter({ hasText: w.added })).toBeVisible();
      await expect(page.locator('.notes-list .note-text')).toHaveText(['Called the person back', 'Sent the identity form by PEC']);
    });
  });
}
