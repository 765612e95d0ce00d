import { listProcessors, saveProcessor } from '../../core/ropa/processors';
import { listTransfers, saveTransfer } from '../../core/ropa/transfers';
import { processorSchema, transferSchema } from '../../shared/registers';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { parseEntry, readEntryFile, registerToday } from './ropa-file';
import { processorLine, transferLine } from './ropa-format';
import { inVaultLanguage } from '../cli-text';

export const ropaProcessorAdd: Command = {
  path: ['ropa', 'processor', 'add'],
  usage: 'ropa processor add --file F.json|- --vault DIR [--json]',
  options: { file: { type: 'string' } },
  async run(ctx) {
    const input = parseEntry(processorSchema, await readEntryFile(ctx.values.file, ctx.readStdin));
    const processor = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), async () => saveProcessor(session.db(), undefined, input, await registerToday(session.db()), session.actor, new Date())));
    ctx.print(processor, [ctx.text().t('msg.cli.added', { line: processorLine(processor, ctx.text()) })]);
  },
};

export const ropaProcessorList: Command = {
  path: ['ropa', 'processor', 'list'],
  usage: 'ropa processor list --vault DIR [--json]',
  async run(ctx) {
    const processors = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => listProcessors(session.db())));
    const x = ctx.text();
    ctx.print(processors, [x.t('msg.cli.count.processors', { count: processors.length }), ...processors.map((p) => processorLine(p, x))]);
  },
};

export const ropaTransferAdd: Command = {
  path: ['ropa', 'transfer', 'add'],
  usage: 'ropa transfer add --file F.json|- --vault DIR [--json]',
  options: { file: { type: 'string' } },
  async run(ctx) {
    const input = parseEntry(transferSchema, await readEntryFile(ctx.values.file, ctx.readStdin));
    const transfer = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), async () => saveTransfer(session.db(), undefined, input, await registerToday(session.db()), session.actor, new Date())));
    ctx.print(transfer, [ctx.text().t('msg.cli.added', { line: transferLine(transfer, ctx.text()) })]);
  },
};

export const ropaTransferList: Command = {
  path: ['ropa', 'transfer', 'list'],
  usage: 'ropa transfer list --vault DIR [--json]',
  async run(ctx) {
    const transfers = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => listTransfers(session.db())));
    const x = ctx.text();
    ctx.print(transfers, [x.t('msg.cli.count.transfers', { count: transfers.length }), ...transfers.map((t) => transferLine(t, x))]);
  },
};
