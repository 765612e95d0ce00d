import backup from './backup.it.json';
import breaches from './breaches.it.json';
import clients from './clients.it.json';
import dashboard from './dashboard.it.json';
import documents from './documents.it.json';
import shell from './it.json';
import messages from '../../electron/shared/pure/i18n/messages.it.json';
import reports from './reports.it.json';
import requests from './requests.it.json';
import ropa from './ropa.it.json';
import team from './team.it.json';

/** The renderer's Italian text: its own files, plus core's messages under `msg`. */
export const translation = { ...shell, requests, breaches, documents, reports, dashboard, ropa, clients, backup, team, msg: messages };
