import { z } from 'zod';
import type { Channel } from './channels';
import {
  addBreachActionSchema,
  addBreachNotificationSchema,
  breachChangesSchema,
  breachFactsDraftSchema,
  breachIdSchema,
  breachQuerySchema,
  decideBreachSchema,
  newBreachSchema,
  transitionBreachSchema,
  triagePreviewSchema,
  type BreachDetail,
  type BreachOptions,
  type BreachPage,
  type TriagePreview,
} from './breaches';
import {
  documentExportSchema,
  documentSentSchema,
  documentDraftSaveSchema,
  documentDraftGetSchema,
  documentFinaliseSchema,
  documentKindsSchema,
  documentListSchema,
  documentPreviewSchema,
  type DocumentKindInfo,
  type DocumentSummary,
  type LetterDraft,
  type LetterPreview,
} from './document-contract';
import {
  calendarQuerySchema,
  deadlinePreferencesPatchSchema,
  deleteCasesSchema,
  icsExportSchema,
  notificationListSchema,
  notificationReadSchema,
  reminderRunSchema,
  retentionRuleSchema,
  type CalendarPage,
  type Dashboard,
  type DeadlinePreferences,
  type NotificationPage,
  type ReminderRun,
  type RetentionDeletion,
  type RetentionProposals,
  type RetentionRule,
} from './dashboard';
import {
  breachRolesSchema,
  clientNoticeSchema,
  clientSchema,
  nis2ReportSchema,
  processorStepSchema,
  type BreachRoles,
  type Client,
  type RequestProcessorSide,
} from './clients';
import { backupRunSchema, vaultRestoreSchema, type BackupRun, type BackupStatus, type RestoreResult } from './backup';
import type { FieldIssue } from './result';
import { auditReportRequestSchema, type AuditReport } from './reports';
import { settingsPatchSchema, type Settings } from './settings';
import {
  activitySchema,
  caseLinksSchema,
  civilDateSchema,
  dpiaScreeningSchema,
  measureSchema,
  processorSchema,
  registerExportSchema,
  registerIdSchema,
  registerImportSchema,
  registerKindSchema,
  transferSchema,
  type Activity,
  type BreachRegisterFacts,
  type LinkedCase,
  type RetentionScheduleResult,
  type Measure,
  type Processor,
  type RegisterFindings,
  type RegisterImport,
  type Registers,
  type Transfer,
} from './registers';
import {
  clockStopStepSchema,
  newRequestSchema,
  requestQuerySchema,
  requestCorrectionSchema,
  acknowledgementSchema,
  reasonSchema,
  transitionSchema,
  type RequestCounts,
  type RequestDetail,
  type RequestPage,
  type RequestStatus,
  type Regime,
  type RequestType,
} from './requests';

/**
 * The API contract: for every channel, the zod schema its input must pass and the type
 * of its output. Main parses each request with the schema before any handler runs; the
 * renderer imports only the types.
 */
const empty = z.object({}).strict();
const language = z.enum(['en', 'it']);
const requestId = z.string().trim().min(1).max(64);
const passphrase = z.string().min(1, 'Enter a passphrase').max(1024);

export const inputSchemas = {
  'app.info': empty,
  'reference.countries': z.object({ language }).strict(),
  'vault.status': empty,
  'vault.assessPassphrase': z.object({ passphrase: z.string().max(1024), language }).strict(),
  'vault.create': z.object({ passphrase }).strict(),
  'vault.recoverySheet': z.object({ recoveryKey: z.string().min(1).max(200), language }).strict(),
  'vault.unlock': z
    .object({ method: z.enum(['passphrase', 'recovery-key']), secret: z.string().min(1, 'Enter the secret').max(1024) })
    .strict(),
  'vault.lock': empty,
  'vault.changePassphrase': z.object({ current: passphrase, next: passphrase }).strict(),
  'vault.resetPassphrase': z.object({ recoveryKey: z.string().min(1).max(200), next: passphrase }).strict(),
  'vault.restore': vaultRestoreSchema,
  'backup.status': empty,
  'backup.run': backupRunSchema,
  'session.activity': empty,
  'settings.get': empty,
  'settings.update': z.object({ changes: settingsPatchSchema }).strict(),
  'reference.requestOptions': empty,
  'requests.create': z.object({ request: newRequestSchema }).strict(),
  'requests.validate': z.object({ request: z.record(z.string(), z.unknown()) }).strict(),
  'requests.list': requestQuerySchema,
  'requests.counts': empty,
  'requests.get': z.object({ id: requestId }).strict(),
  'requests.transition': z.object({ id: requestId, transition: transitionSchema }).strict(),
  'requests.correctReceipt': z
    .object({ id: requestId, receivedAt: z.iso.datetime({ offset: true }), reason: z.string().trim().min(1).max(2000), confirmOldReceipt: z.boolean().optional() })
    .strict(),
  'requests.clockStop': z.object({ id: requestId, step: clockStopStepSchema }).strict(),
  'requests.correct': z.object({ id: requestId, correction: requestCorrectionSchema }).strict(),
  'requests.acknowledge': z.object({ id: requestId, acknowledgement: acknowledgementSchema }).strict(),
  'requests.void': reasonSchema.extend({ id: requestId }).strict(),
  'requests.reopen': reasonSchema.extend({ id: requestId }).strict(),
  'requests.undoExtension': reasonSchema.extend({ id: requestId }).strict(),
  'requests.addNote': z.object({ id: requestId, text: z.string().trim().min(1, 'Write the note').max(10_000) }).strict(),
  'requests.addAttachment': z
    .object({ id: requestId, fileName: z.string().trim().min(1).max(255), base64: z.base64().max(15_000_000, 'The file is larger than 10 MiB') })
    .strict(),
  'requests.attachment': z.object({ attachmentId: z.uuid() }).strict(),
  'reference.breachOptions': empty,
  'breaches.create': z.object({ breach: newBreachSchema }).strict(),
  'breaches.list': breachQuerySchema,
  'breaches.get': z.object({ id: breachIdSchema }).strict(),
  'breaches.update': z.object({ id: breachIdSchema, changes: breachChangesSchema }).strict(),
  'breaches.updateFacts': z.object({ id: breachIdSchema, facts: breachFactsDraftSchema }).strict(),
  'breaches.decide': z.object({ id: breachIdSchema, decision: decideBreachSchema }).strict(),
  'breaches.addAction': z.object({ id: breachIdSchema, action: addBreachActionSchema }).strict(),
  'breaches.addNotification': z.object({ id: breachIdSchema, notification: addBreachNotificationSchema }).strict(),
  'breaches.transition': z.object({ id: breachIdSchema, transition: transitionBreachSchema }).strict(),
  'breaches.triagePreview': triagePreviewSchema,
  'documents.kinds': documentKindsSchema,
  'documents.preview': documentPreviewSchema,
  'documents.finalise': documentFinaliseSchema,
  'documents.list': documentListSchema,
  'documents.export': documentExportSchema,
  'documents.sent': documentSentSchema,
  'documents.draftSave': documentDraftSaveSchema,
  'documents.draftGet': documentDraftGetSchema,
  'reports.audit': auditReportRequestSchema,
  'dashboard.get': empty,
  'deadlines.calendar': calendarQuerySchema,
  'deadlines.exportIcs': icsExportSchema,
  'deadlines.preferences': empty,
  'deadlines.updatePreferences': z.object({ changes: deadlinePreferencesPatchSchema }).strict(),
  'reminders.run': reminderRunSchema,
  'notifications.list': notificationListSchema,
  'notifications.markRead': notificationReadSchema,
  'retention.rules': empty,
  'retention.saveRule': z.object({ id: z.uuid().optional(), rule: retentionRuleSchema }).strict(),
  'retention.deleteRule': z.object({ id: z.uuid() }).strict(),
  'retention.markReviewed': z.object({ id: z.uuid(), on: z.iso.date('Use a real calendar date written YYYY-MM-DD').optional() }).strict(),
  'retention.proposals': empty,
  'retention.deleteCases': deleteCasesSchema,
  'registers.get': empty,
  'registers.saveActivity': z.object({ id: registerIdSchema.optional(), activity: activitySchema }).strict(),
  'registers.saveProcessor': z.object({ id: registerIdSchema.optional(), processor: processorSchema }).strict(),
  'registers.saveTransfer': z.object({ id: registerIdSchema.optional(), transfer: transferSchema }).strict(),
  'registers.saveMeasure': z.object({ id: registerIdSchema.optional(), measure: measureSchema }).strict(),
  'registers.screenDpia': z.object({ id: registerIdSchema, screening: dpiaScreeningSchema }).strict(),
  'registers.markReviewed': z.object({ kind: registerKindSchema, id: registerIdSchema, on: civilDateSchema.optional() }).strict(),
  'registers.import': registerImportSchema,
  'registers.export': registerExportSchema,
  'registers.caseLinks': z.object({ caseType: z.enum(['request', 'breach']), caseId: z.string().trim().min(1).max(64) }).strict(),
  'registers.setCaseLinks': caseLinksSchema,
  'registers.breachFacts': z.object({ breachId: z.string().trim().min(1).max(64) }).strict(),
  'registers.linkedCases': z.object({ kind: z.enum(['activity', 'processor']), id: registerIdSchema }).strict(),
  'registers.applyRetention': z.object({ language: z.enum(['en', 'it']).default('en') }).strict(),
  'clients.list': empty,
  'clients.get': z.object({ id: z.string().trim().min(1).max(200) }).strict(),
  'clients.save': z.object({ id: z.string().trim().min(1).max(64).optional(), client: clientSchema }).strict(),
  'requests.processorStep': processorStepSchema,
  'breaches.setRoles': breachRolesSchema,
  'breaches.clientNotice': clientNoticeSchema,
  'breaches.nis2Report': nis2ReportSchema,
} satisfies Record<Channel, z.ZodType>;

export type Input<C extends Channel> = z.input<(typeof inputSchemas)[C]>;
export type ParsedInput<C extends Channel> = z.output<(typeof inputSchemas)[C]>;

export type VaultState = 'absent' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** The vault folder, shown in Settings → Security. */
  path: string;
  /** Why the vault last locked, so the unlock screen can say "locked after 10 minutes idle". */
  lockedBy: 'start' | 'user' | 'idle';
  autoLockMinutes: number | null;
  /** Failed unlock attempts since the last success; the delay grows with each. */
  failedAttempts: number;
  /** Milliseconds until the next unlock attempt is accepted (0 when none is pending). */
  retryAfterMs: number;
}

export interface PassphraseAssessment {
  /** 0 (trivial) to 4 (very strong), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** log10 of the estimated guesses needed. */
  guessesLog10: number;
  warning: string | null;
  suggestions: string[];
}

export interface CountryOption {
  code: string;
  name: string;
  subdivisions: { code: string; name: string }[];
}

export interface AppInfo {
  name: string;
  version: string;
}

export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** The closed lists a request form offers, served so the renderer holds no copy of them. */
export interface RequestOptions {
  regimes: { regime: Regime; types: RequestType[] }[];
  channels: string[];
  requesterRelations: string[];
  identityMethods: string[];
  outcomes: string[];
  refusalGrounds: string[];
  statuses: RequestStatus[];
}

export interface Outputs {
  'app.info': AppInfo;
  'reference.countries': CountryOption[];
  'vault.status': VaultStatus;
  'vault.assessPassphrase': PassphraseAssessment;
  'vault.create': { recoveryKey: string; status: VaultStatus };
  'vault.recoverySheet': GeneratedFile;
  'vault.unlock': VaultStatus;
  'vault.lock': VaultStatus;
  'vault.changePassphrase': { changed: true };
  'vault.resetPassphrase': { changed: true };
  'vault.restore': RestoreResult;
  'backup.status': BackupStatus;
  'backup.run': BackupRun;
  'session.activity': { ok: true };
  'settings.get': Settings;
  'settings.update': Settings;
  'reference.requestOptions': RequestOptions;
  'requests.create': { id: string; reference: string };
  'requests.validate': { issues: FieldIssue[] };
  'requests.list': RequestPage;
  'requests.counts': RequestCounts;
  'requests.get': RequestDetail;
  'requests.transition': RequestDetail;
  'requests.correctReceipt': RequestDetail;
  'requests.clockStop': RequestDetail;
  'requests.correct': RequestDetail;
  'requests.acknowledge': RequestDetail;
  'requests.void': RequestDetail;
  'requests.reopen': RequestDetail;
  'requests.undoExtension': RequestDetail;
  'requests.addNote': RequestDetail;
  'requests.addAttachment': RequestDetail;
  'requests.attachment': GeneratedFile;
  'reference.breachOptions': BreachOptions;
  'breaches.create': BreachDetail;
  'breaches.list': BreachPage;
  'breaches.get': BreachDetail;
  'breaches.update': BreachDetail;
  'breaches.updateFacts': BreachDetail;
  'breaches.decide': BreachDetail;
  'breaches.addAction': BreachDetail;
  'breaches.addNotification': BreachDetail;
  'breaches.transition': BreachDetail;
  'breaches.triagePreview': TriagePreview;
  'documents.kinds': DocumentKindInfo[];
  'documents.preview': LetterPreview;
  'documents.finalise': DocumentSummary;
  'documents.list': DocumentSummary[];
  'documents.export': GeneratedFile;
  'documents.sent': DocumentSummary;
  'documents.draftSave': LetterDraft;
  'documents.draftGet': LetterDraft | null;
  /** CSV: summary, requests and breaches registers as three files; JSON: one file. */
  'reports.audit': { files: GeneratedFile[]; summary: AuditReport };
  'dashboard.get': Dashboard;
  'deadlines.calendar': CalendarPage;
  'deadlines.exportIcs': GeneratedFile;
  'deadlines.preferences': DeadlinePreferences;
  'deadlines.updatePreferences': DeadlinePreferences;
  'reminders.run': ReminderRun;
  'notifications.list': NotificationPage;
  'notifications.markRead': { unread: number };
  'retention.rules': RetentionRule[];
  'retention.saveRule': RetentionRule[];
  'retention.deleteRule': RetentionRule[];
  'retention.markReviewed': RetentionRule[];
  'retention.proposals': RetentionProposals;
  'retention.deleteCases': RetentionDeletion;
  'registers.get': Registers & { findings: RegisterFindings };
  'registers.saveActivity': Activity;
  'registers.saveProcessor': Processor;
  'registers.saveTransfer': Transfer;
  'registers.saveMeasure': Measure;
  'registers.screenDpia': Activity;
  'registers.markReviewed': { nextReview: string };
  'registers.import': RegisterImport;
  'registers.export': GeneratedFile;
  'registers.caseLinks': { activityIds: string[]; processorIds: string[] };
  'registers.setCaseLinks': { activityIds: string[]; processorIds: string[] };
  'registers.breachFacts': BreachRegisterFacts;
  'registers.linkedCases': LinkedCase[];
  'registers.applyRetention': RetentionScheduleResult;
  'clients.list': Client[];
  'clients.get': Client;
  'clients.save': Client;
  'requests.processorStep': RequestProcessorSide;
  'breaches.setRoles': BreachRoles;
  'breaches.clientNotice': BreachRoles;
  'breaches.nis2Report': BreachRoles;
}

export type Output<C extends Channel> = Outputs[C];

/** A handler receives validated input; every channel has exactly one. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> };
