/**
 * The list of API channels. It carries no schemas so the preload can build `window.dpo`
 * from it without bundling zod; `contract.ts` is checked to cover exactly these names.
 */
export const channels = [
  'app.info',
  'reference.countries',
  'vault.status',
  'vault.assessPassphrase',
  'vault.create',
  'vault.recoverySheet',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.resetPassphrase',
  'session.activity',
  'settings.get',
  'settings.update',
  'reference.requestOptions',
  'requests.create',
  'requests.validate',
  'requests.list',
  'requests.counts',
  'requests.get',
  'requests.transition',
  'requests.correctReceipt',
  'requests.addNote',
  'requests.addAttachment',
  'requests.attachment',
  'reference.breachOptions',
  'breaches.create',
  'breaches.list',
  'breaches.get',
  'breaches.update',
  'breaches.updateFacts',
  'breaches.decide',
  'breaches.addAction',
  'breaches.addNotification',
  'breaches.transition',
  'breaches.triagePreview',
] as const;

export type Channel = (typeof channels)[number];
