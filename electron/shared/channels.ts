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
] as const;

export type Channel = (typeof channels)[number];
