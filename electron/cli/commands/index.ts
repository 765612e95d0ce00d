import type { Command } from '../command';
import { auditVerify } from './audit-verify';
import { clientAdd, clientList, clientShow } from './client';
import { requestAdd } from './request-add';
import { requestList } from './request-list';
import { requestShow } from './request-show';
import { requestTransition } from './request-transition';
import { requestClockStop } from './request-clock-stop';
import { requestAcknowledge } from './request-acknowledge';
import { requestEdit } from './request-edit';
import { requestReopen, requestUndoExtension, requestVoid } from './request-reasoned';
import { breachAdd } from './breach-add';
import { breachEdit } from './breach-edit';
import { breachList } from './breach-list';
import { breachShow } from './breach-show';
import { breachTriage } from './breach-triage';
import { breachNis2Report, breachNotifyClient } from './breach-roles';
import { breachSubjectsOrder } from './breach-subjects-order';
import { deadline } from './deadline';
import { deadlinesList } from './deadlines-list';
import { letter } from './letter';
import { letterSent } from './letter-sent';
import { notice } from './notice';
import { demo } from './demo';
import { reportAudit } from './report-audit';
import { ropaActivityAdd, ropaActivityList, ropaActivityShow } from './ropa-activity';
import { ropaExport, ropaImport } from './ropa-io';
import { ropaProcessorAdd, ropaProcessorList, ropaTransferAdd, ropaTransferList } from './ropa-parties';
import { settingsGet } from './settings-get';
import { teamInit, teamPassword, teamUserAdd, teamUserDisable, teamUserList, teamUserPassword } from './team';
import { teamExport, vaultMigrate } from './team-move';
import { settingsSet } from './settings-set';
import { vaultBackup } from './vault-backup';
import { vaultChangePassphrase } from './vault-change-passphrase';
import { vaultInit } from './vault-init';
import { vaultRestore } from './vault-restore';
import { vaultStatus } from './vault-status';

/** Every CLI command, in the order `--help` lists them. */
export const commands: Command[] = [
  vaultInit,
  vaultStatus,
  vaultChangePassphrase,
  vaultBackup,
  vaultRestore,
  settingsGet,
  settingsSet,
  auditVerify,
  requestAdd,
  requestList,
  requestShow,
  requestTransition,
  requestClockStop,
  requestAcknowledge,
  requestEdit,
  requestVoid,
  requestReopen,
  requestUndoExtension,
  letter,
  letterSent,
  breachTriage,
  breachAdd,
  breachEdit,
  breachList,
  breachShow,
  breachNotifyClient,
  breachNis2Report,
  breachSubjectsOrder,
  notice,
  deadline,
  deadlinesList,
  demo,
  reportAudit,
  ropaActivityAdd,
  ropaActivityList,
  ropaActivityShow,
  ropaProcessorAdd,
  ropaProcessorList,
  ropaTransferAdd,
  ropaTransferList,
  ropaImport,
  ropaExport,
  clientAdd,
  clientList,
  clientShow,
  teamInit,
  teamUserAdd,
  teamUserList,
  teamUserDisable,
  teamUserPassword,
  teamPassword,
  teamExport,
  vaultMigrate,
];
