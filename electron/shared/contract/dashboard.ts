import type { Dashboard } from '../dashboard';
import { channel, noInput } from './define-channel';

/** The morning dashboard. */
export const dashboardChannels = {
  'dashboard.get': channel(noInput).returns<Dashboard>(),
};
