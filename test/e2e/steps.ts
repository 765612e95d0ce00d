import { expect, type Page } from '@playwright/test';

/** A passphrase the strength estimator accepts. */
export const passphrase = 'quiet lantern orbits seventeen marshes';

/** English labels; the Italian tests pass `italian`. */
export const english = {
  passphrase: 'Passphrase',
  confirm: 'Confirm passphrase',
  create: 'Create vault',
  stored: 'I have stored my recovery key somewhere safe',
  continue: 'Continue',
  unlock: 'Unlock',
  recoveryKeyHeading: 'Your recovery key',
  shellHeading: 'Today',
};

export type Labels = typeof english;

/** The same labels in Italian, for the tests that run the app in Italian. */
export const italian: Labels = {
  passphrase: 'Passphrase',
  confirm: 'Conferma la passphrase',
  create: 'Crea archivio',
  stored: 'Ho conservato la chiave di recupero in un luogo sicuro',
  continue: 'Continua',
  unlock: 'Sblocca',
  recoveryKeyHeading: 'La tua chiave di recupero',
  shellHeading: 'Oggi',
};

/** Fills the create-vault form and submits it; returns the recovery key shown next, as displayed. */
export async function createVault(page: Page, labels: Labels = english): Promise<string> {
  await page.getByLabel(labels.passphrase, { exact: true }).fill(passphrase);
  await page.getByLabel(labels.confirm, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: labels.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: labels.recoveryKeyHeading })).toBeVisible();
  const groups = await page.locator('.recovery-key-group').allTextContents();
  expect(groups.length).toBeGreaterThan(4);
  return groups.join('-');
}

/** Ticks "I have stored it" and continues into the app. */
export async function confirmRecoveryKey(page: Page, labels: Labels = english): Promise<void> {
  await page.getByLabel(labels.stored).check();
  await page.getByRole('button', { name: labels.continue }).click();
  await expect(page.getByRole('heading', { level: 1, name: labels.shellHeading })).toBeVisible();
}

/** Locks from the sidebar and waits for the unlock screen. */
export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
}

/** Unlocks with the passphrase and waits for the app. */
export async function unlock(page: Page, secret = passphrase): Promise<void> {
  const button = page.getByRole('button', { name: english.unlock, exact: true });
  await expect(button).toBeEnabled();
  await page.getByRole('textbox', { name: english.passphrase, exact: true }).fill(secret);
  await button.click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Opens a section from the sidebar. */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
}
