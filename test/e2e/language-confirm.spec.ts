import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { vaultWith } from './page-api';
import { api } from './requests-api';
import { english, italian, type Labels } from './steps';

/**
 * Finalising a letter whose free text looks written in the other language (lawyer's finding
 * B6): the dialog names the field and asks for a confirmation before Finalise is enabled;
 * once confirmed, the letter is finalised. In the English and in the Italian UI.
 */
const organisation = {
  'organisation.name': 'Noventia Srl',
  'organisation.address': 'Via Privata Bernardo Rucellai 12\n20126 Milano MI',
  'organisation.country': 'IT',
  'organisation.timeZone': 'Europe/Rome',
  'organisation.dpoName': 'Chiara Esposito',
  'organisation.dpoEmail': 'dpo@noventia.example',
  'organisation.authorityName': 'Garante per la protezione dei dati personali',
  'organisation.authorityAddress': 'Piazza Venezia 11\n00187 Roma',
  'organisation.authorityWebsite': 'https://www.garanteprivacy.it',
};

interface Words {
  labels: Labels;
  nav: string;
  requests: string;
  panel: string;
  letter: string;
  language: string;
  finalise: string;
  dialog: string;
  confirm: string;
  named: string;
  tick: string;
  done: string;
}

/** A request extended with reasons written in one language, whose extension letter goes out in the other. */
async function mixedLetter(page: Page, words: Words, reason: string, letterLanguage: 'en' | 'it', shot: string): Promise<void> {
  await vaultWith(page, organisation, words.labels);
  const created = await api<{ id: string; reference: string }>(page, 'requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: new Date(Date.now() - 3_600_000).toISOString(), channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' },
  });
  await api(page, 'requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
  await api(page, 'requests.transition', { id: created.id, transition: { to: 'extended', reason } });
  const nav = page.getByRole('navigation', { name: words.nav });
  await nav.getByRole('button', { name: words.requests }).click();
  await page.locator(`.request-row[data-reference="${created.reference}"]`).click();
  const panel = page.getByRole('region', { name: words.panel });
  await panel.getByLabel(words.letter, { exact: true }).selectOption('extension-notice');
  await panel.getByLabel(words.language, { exact: true }).selectOption(letterLanguage);
  await panel.getByRole('button', { name: words.finalise }).click();
  const dialog = page.getByRole('dialog', { name: words.dialog });
  await expect(dialog).toContainText(words.named);
  const confirm = dialog.getByRole('button', { name: words.confirm, exact: true });
  await expect(confirm).toBeDisabled();
  await page.screenshot({ path: `test-results/${shot}.png` });
  await dialog.getByLabel(words.tick).check();
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status').filter({ hasText: words.done })).toBeVisible();
}

test('English UI: an English letter with Italian reasons is finalised only once the DPO confirms the text', async ({ app }) => {
  await mixedLetter(
    app.page,
    {
      labels: english,
      nav: 'Main',
      requests: 'Requests',
      panel: 'Letters and notices',
      letter: 'Letter',
      language: 'Language',
      finalise: 'Finalise…',
      dialog: 'Finalise this letter?',
      confirm: 'Finalise',
      named: '“Reasons for the extension” looks written in Italian, but this letter is in English.',
      tick: 'I have read the text named above: it is meant to stay as it is',
      done: 'finalised as version 1',
    },
    'I Suoi dati si trovano in sei sistemi e presso due responsabili del trattamento.',
    'en',
    'language-confirm-en',
  );
});

test.describe('Italian UI', () => {
  test.use({ locale: 'it-IT' });
  test('an Italian letter with English reasons is finalised only once the DPO confirms the text', async ({ app }) => {
    await mixedLetter(
      app.page,
      {
        labels: italian,
        nav: 'Principale',
        requests: 'Richieste',
        panel: 'Lettere e comunicazioni',
        letter: 'Lettera',
        language: 'Lingua',
        finalise: 'Finalizza…',
        dialog: 'Finalizzare questa lettera?',
        confirm: 'Finalizza',
        named: '“Motivi della proroga” sembra scritto in inglese, ma questa lettera è in italiano.',
        tick: 'Ho letto il testo indicato sopra: deve restare così com’è',
        done: 'finalizzata come versione 1',
      },
      'Your data is held in six systems and by two processors, and we need more time.',
      'it',
      'language-confirm-it',
    );
  });
});
