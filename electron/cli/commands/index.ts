import type { Command } from '../command';
import { auditVerify } from './audit-verify';
import { requestAdd } from './request-add';
import { requestList } from './request-list';
import { requestShow } from './request-show';
import { requestTransition } from './request-transition';
import { requestClockStop } from './request-clock-stop';
import { breachAdd } from './breach-add';
import { breachList } from './breach-list';
import { breachShow } from './breach-show';
import { breachTriage } from './breach-triage';
import { deadline } from './deadline';
import { deadlinesList } from './deadlines-list';
import { letter } from './letter';
import { letterSent } from './letter-sent';
import { notice } from './notice';
import { demo } from './demo';
import { reportAudit } from './report-audit';
import { settingsGet } from './settings-get';
import { settingsSet } from './settings-set';
import { vaultChangePassphrase } from './vault-change-passphrase';
import { vaultInit } from './vault-init';
import { vaultStatus } from './vault-status';

/** Every CLI command, in the order `--help` lists them. */
export const commands: Command[] = [
  vaultInit,
  vaultStatus,
  vaultChangePassphrase,
  settingsGet,
  settingsSet,
  auditVerify,
  requestAdd,
  requestList,
  requestShow,
  requestTransition,
  requestClockStop,
  letter,
  letterSent,
  breachTriage,
  breachAdd,
  breachList,
  breachShow,
  notice,
  deadline,
  deadlinesList,
  demo,
  reportAudit,
];
