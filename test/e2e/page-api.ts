import type { Page } from '@playwright/test';
import { confirmRecoveryKey, createVault, english, type Labels } from './steps';

/** The organisation's zone in every E2E vault. */
export const zone = 'Europe/Rome';

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>>;

/** Calls the API from the page, as the renderer does; throws on an error so a broken fixture fails loudly. */
export async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(([name, payload]) => (globalThis as unknown as { dpo: Api }).dpo[name as string]?.(payload), [channel, input] as const);
  if (!result?.ok) throw new Error(`${channel}: ${result?.error?.message ?? 'no result'}`);
  return result.value as T;
}

/** A fresh vault, past its recovery key, with these settings made through the API (the journey test makes them through Settings). */
export async function vaultWith(page: Page, changes: Record<string, unknown>, labels: Labels = english): Promise<void> {
  await createVault(page, labels);
  await confirmRecoveryKey(page, labels);
  await api(page, 'settings.update', { changes });
}
