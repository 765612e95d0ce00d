import type backupEn from './backup.en.json';
import type breachesEn from './breaches.en.json';
import type clientsEn from './clients.en.json';
import type dashboardEn from './dashboard.en.json';
import type documentsEn from './documents.en.json';
import type messagesEn from '../../electron/shared/pure/i18n/messages.en.json';
import type en from './en.json';
import type reportsEn from './reports.en.json';
import type requestsEn from './requests.en.json';
import type ropaEn from './ropa.en.json';
import type teamEn from './team.en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & { requests: typeof requestsEn; breaches: typeof breachesEn; documents: typeof documentsEn; reports: typeof reportsEn; dashboard: typeof dashboardEn; ropa: typeof ropaEn; clients: typeof clientsEn; backup: typeof backupEn; team: typeof teamEn; msg: typeof messagesEn } };
  }
}
