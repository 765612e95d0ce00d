import { getClient, listClients, saveClient } from '../../core/clients/clients';
import { clientSchema } from '../../shared/clients';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { clientLine, clientLines } from './client-format';
import { parseEntry, readEntryFile } from './ropa-file';
import { inVaultLanguage } from '../cli-text';

export const clientAdd: Command = {
  path: ['client', 'add'],
  usage: 'client add --file F.json|- --vault DIR [--json]',
  options: { file: { type: 'string' } },
  async run(ctx) {
    const input = parseEntry(clientSchema, await readEntryFile(ctx.values.file, ctx.readStdin));
    const client = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => saveClient(session.db(), undefined, input, session.actor, new Date())));
    ctx.print(client, [ctx.text().t('msg.cli.added', { line: clientLine(client, ctx.text()) })]);
  },
};

export const clientList: Command = {
  path: ['client', 'list'],
  usage: 'client list --vault DIR [--json]',
  async run(ctx) {
    const clients = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => listClients(session.db())));
    const x = ctx.text();
    ctx.print(clients, [x.t('msg.cli.count.clients', { count: clients.length }), ...clients.map((c) => clientLine(c, x))]);
  },
};

export const clientShow: Command = {
  path: ['client', 'show'],
  usage: 'client show ID|NAME --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['ID'] },
  async run(ctx) {
    const client = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => getClient(session.db(), ctx.positionals[0] as string)));
    ctx.print(client, clientLines(client, ctx.text()));
  },
};
