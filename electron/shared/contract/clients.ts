import { z } from 'zod';
import { clientSchema, type Client } from '../clients';
import { channel, noInput } from './define-channel';

/** The clients register (controllers the DPO acts for as processor): list, read, save (audited). */
export const clientChannels = {
  'clients.list': channel(noInput).returns<Client[]>(),
  'clients.get': channel(z.object({ id: z.string().trim().min(1).max(200) }).strict()).returns<Client>(),
  'clients.save': channel(z.object({ id: z.string().trim().min(1).max(64).optional(), client: clientSchema }).strict()).returns<Client>(),
};
