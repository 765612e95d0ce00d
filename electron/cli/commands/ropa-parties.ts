import { listProcessors, saveProcessor } from '../../core/ropa/processors';
import { listTransfers, saveTransfer } from '../../core/ropa/transfers';
import { processorSchema, transferSchema } from '../../shared/registers';
import type { Command } from '../command';
import { withWorkSession } from '../work-session';
import { parseEntry, readEntryFile, registerToday } from './ropa-file';
import { processorLine, transferLine } from './ropa-format';

export const ropaProcessorAdd: Command = {
  path: ['ropa', 'processor', 'add'],
  summary: 'Add a processor or sub-processor (Art. 28) from a JSON file',
  usage: 'ropa processor add --file F.json|- --vault DIR [--json]',
  details: ['Fields: name, service, country (ISO code), parentId (for a sub-processor), dpaSignedOn, dpaFile,', 'subProcessorApproval (general|specific|none), transferMechanism, breachNoticeHours, lastReviewedOn, reviewEveryMonths.'],
  options: { file: { type: 'string' } },
  async run(ctx) {
    const input = parseEntry(processorSchema, await readEntryFile(ctx.values.file, ctx.readStdin));
    const processor = await withWorkSession(ctx, async (session) => saveProcessor(session.db(), undefined, input, await registerToday(session.db()), session.actor, new Date()));
    ctx.print(processor, [`Added ${processorLine(processor)}`]);
  },
};

export const ropaProcessorList: Command = {
  path: ['ropa', 'processor', 'list'],
  summary: 'List processors and sub-processors with their contracts and breach-notice hours',
  usage: 'ropa processor list --vault DIR [--json]',
  async run(ctx) {
    const processors = await withWorkSession(ctx, (session) => listProcessors(session.db()));
    ctx.print(processors, [`${processors.length} processor(s)`, ...processors.map(processorLine)]);
  },
};

export const ropaTransferAdd: Command = {
  path: ['ropa', 'transfer', 'add'],
  summary: 'Add a transfer to a third country and its safeguard (Arts. 44–49) from a JSON file',
  usage: 'ropa transfer add --file F.json|- --vault DIR [--json]',
  details: ['Fields: recipient, country, processorId, ground (adequacy|scc|bcr|code-or-certification|ad-hoc-clauses|derogation|none),', 'sccModule (c2c|c2p|p2p|p2c), groundDetail, tiaOn, tiaFile, supplementaryMeasures, lastReviewedOn, reviewEveryMonths.'],
  options: { file: { type: 'string' } },
  async run(ctx) {
    const input = parseEntry(transferSchema, await readEntryFile(ctx.values.file, ctx.readStdin));
    const transfer = await withWorkSession(ctx, async (session) => saveTransfer(session.db(), undefined, input, await registerToday(session.db()), session.actor, new Date()));
    ctx.print(transfer, [`Added ${transferLine(transfer)}`]);
  },
};

export const ropaTransferList: Command = {
  path: ['ropa', 'transfer', 'list'],
  summary: 'List transfers to third countries with their safeguards',
  usage: 'ropa transfer list --vault DIR [--json]',
  async run(ctx) {
    const transfers = await withWorkSession(ctx, (session) => listTransfers(session.db()));
    ctx.print(transfers, [`${transfers.length} transfer(s)`, ...transfers.map(transferLine)]);
  },
};
