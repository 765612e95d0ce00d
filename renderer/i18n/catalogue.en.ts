import backup from './backup.en.json';
import breaches from './breaches.en.json';
import clients from './clients.en.json';
import dashboard from './dashboard.en.json';
import documents from './documents.en.json';
import shell from './en.json';
import messages from '../../electron/shared/pure/i18n/messages.en.json';
import reports from './reports.en.json';
import requests from './requests.en.json';
import ropa from './ropa.en.json';
import team from './team.en.json';

/** The renderer's English text: its own files, plus core's messages under `msg`. */
export const translation = { ...shell, requests, breaches, documents, reports, dashboard, ropa, clients, backup, team, msg: messages };
