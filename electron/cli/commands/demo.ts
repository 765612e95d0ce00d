import { createDemoVault } from '../../core/demo/create-demo-vault';
import type { Command } from '../command';
import { PASSPHRASE_ENV } from '../open-vault';

export const demo: Command = {
  path: ['demo'],
  usage: 'demo --vault DIR [--json]',
  async run(ctx) {
    const dir = ctx.vaultDir();
    const passphrase = await ctx.secret(PASSPHRASE_ENV, ctx.text().t('msg.cli.prompt.demo'));
    const result = await createDemoVault(dir, passphrase, {
      onProgress: (done, total) => ctx.progress(ctx.text().t('msg.cli.vault.demoProgress', { done, total, percent: Math.round((done / total) * 100) })),
    });
    const x = ctx.text();
    ctx.print({ vault: dir, ...result }, [
      x.t('msg.cli.vault.demoCreated', { dir, requests: result.requests, breaches: result.breaches }),
      x.t('msg.cli.vault.recoveryKey', { key: result.recoveryKey }),
      x.t('msg.cli.vault.demoOpen', { dir }),
    ]);
  },
};
