import { createDemoVault } from '../../core/demo/create-demo-vault';
import type { Command } from '../command';
import { PASSPHRASE_ENV } from '../open-vault';

export const demo: Command = {
  path: ['demo'],
  summary: 'Create a demo vault with a realistic year of cases for an Italian SaaS company',
  usage: 'demo --vault DIR [--json]',
  details: [
    `The passphrase comes from ${PASSPHRASE_ENV} (or a prompt). The folder must not hold a vault yet.`,
    'Open it with: DPO_DESK_VAULT=DIR npm start (or npm run start:browser).',
  ],
  async run(ctx) {
    const dir = ctx.vaultDir();
    const passphrase = await ctx.secret(PASSPHRASE_ENV, 'Passphrase for the demo vault: ');
    const result = await createDemoVault(dir, passphrase, {
      onProgress: (done, total) => ctx.progress(`demo: ${done}/${total} events (${Math.round((done / total) * 100)}%)`),
    });
    ctx.print({ vault: dir, ...result }, [
      `Created a demo vault in ${dir}: ${result.requests} requests, ${result.breaches} breaches.`,
      `Recovery key: ${result.recoveryKey}`,
      `Open it with: DPO_DESK_VAULT=${dir} npm run start:browser`,
    ]);
  },
};
