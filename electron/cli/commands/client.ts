import { getClient, listClients, saveClient } from '../../core/clients/clients';
import { clientSchema } from '../../shared/clients';
import type { Command } from '../command';
import { withWorkSession } from '../work-session';
import { clientLine, clientLines } from './client-format';
import { parseEntry, readEntryFile } from './ropa-file';

export const clientAdd: Command = {
  path: ['client', 'add'],
  summary: 'Add a client (a controller we process for) and its processing agreement’s terms, from a JSON file',
  usage: 'client add --file F.json|- --vault DIR [--json]',
  details: [
    'Fields: name, privacyContact, country (ISO code, for holidays), agreementSignedOn, agreementFile,',
    'breachNoticeHours (absent: "without undue delay"), requestDays, requestDaysBasis (calendar|working),',
    'subProcessorApproval (general|specific|none), notes, activityIds (activities "as processor").',
  ],
  options: { file: { type: 'string' } },
  async run(ctx) {
    const input = parseEntry(clientSchema, await readEntryFile(ctx.values.file, ctx.readStdin));
    const client = await withWorkSession(ctx, (session) => saveClient(session.db(), undefined, input, session.actor, new Date()));
    ctx.print(client, [`Added ${clientLine(client)}`]);
  },
};

export const clientList: Command = {
  path: ['client', 'list'],
  summary: 'List the clients we process for, with their contract terms',
  usage: 'client list --vault DIR [--json]',
  async run(ctx) {
    const clients = await withWorkSession(ctx, (session) => listClients(session.db()));
    ctx.print(clients, [`${clients.length} client(s)`, ...clients.map(clientLine)]);
  },
};

export const clientShow: Command = {
  path: ['client', 'show'],
  summary: 'Show one client by id or name',
  usage: 'client show ID|NAME --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['ID'] },
  async run(ctx) {
    const client = await withWorkSession(ctx, (session) => getClient(session.db(), ctx.positionals[0] as string));
    ctx.print(client, clientLines(client));
  },
};
