import { lazy } from 'react';

/**
 * The sections other than Today, each in a chunk of its own that loads the first time it
 * is opened: the first load (unlock, then Today) carries only what it shows.
 */
export const RequestsSection = lazy(() => import('../requests/requests-section').then((m) => ({ default: m.RequestsSection })));
export const BreachesSection = lazy(() => import('../breaches/breaches-section').then((m) => ({ default: m.BreachesSection })));
export const ReportsSection = lazy(() => import('../reports/reports-section').then((m) => ({ default: m.ReportsSection })));
export const DeadlinesSection = lazy(() => import('../deadlines/deadlines-section').then((m) => ({ default: m.DeadlinesSection })));
export const RegistersSection = lazy(() => import('../ropa/registers-section').then((m) => ({ default: m.RegistersSection })));
export const ClientsSection = lazy(() => import('../clients/clients-section').then((m) => ({ default: m.ClientsSection })));
export const SettingsScreen = lazy(() => import('../settings/settings-screen').then((m) => ({ default: m.SettingsScreen })));
