import { appChannels } from './contract/app';
import { backupChannels } from './contract/backup';
import { breachChannels } from './contract/breaches';
import { calendarChannels } from './contract/calendar';
import { clientChannels } from './contract/clients';
import { dashboardChannels } from './contract/dashboard';
import type { HandlersOf, InputOf, OutputOf } from './contract/define-channel';
import { documentChannels } from './contract/documents';
import { notificationChannels } from './contract/notifications';
import { registerChannels } from './contract/registers';
import { reminderChannels } from './contract/reminders';
import { reportChannels } from './contract/reports';
import { requestChannels } from './contract/requests';
import { retentionChannels } from './contract/retention';
import { teamChannels } from './contract/team';
import { vaultChannels } from './contract/vault';

/**
 * The API contract: every channel, declared once in its area's group under `contract/`
 * (`channel(inputSchema).returns<Output>()`). Main parses each request with the channel's
 * schema before any handler runs; the renderer imports only the types. A new channel is one
 * entry in its area's group and one handler in core's matching `<area>-handlers.ts`.
 */
export const contract = {
  ...appChannels,
  ...vaultChannels,
  ...backupChannels,
  ...requestChannels,
  ...breachChannels,
  ...documentChannels,
  ...reportChannels,
  ...dashboardChannels,
  ...calendarChannels,
  ...reminderChannels,
  ...notificationChannels,
  ...retentionChannels,
  ...registerChannels,
  ...clientChannels,
  ...teamChannels,
};

type Contract = typeof contract;
export type Channel = keyof Contract;

/** What a caller sends on a channel. */
export type Input<C extends Channel> = InputOf<Contract[C]>;
/** What the channel answers. */
export type Output<C extends Channel> = OutputOf<Contract[C]>;

/** A handler receives validated input; every channel has exactly one. */
export type Handlers = HandlersOf<Contract>;
