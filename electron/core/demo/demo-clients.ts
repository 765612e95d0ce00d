import { instantInZone } from '../../shared/pure/zoned-time';
import { HOUR_MS, type DemoCall } from './demo-api';

const ZONE = 'Europe/Rome';

/**
 * The demo company as processor: three clients with differing agreements (24 hours and five
 * working days; 48 hours and ten calendar days; a contract that fixes nothing, so "without
 * undue delay"), NIS2 scope as an important entity, two requests received for clients, and a
 * breach that touches our own account data and all three clients' customer data and is a NIS2
 * significant incident, with one client told and the early warning sent.
 */
export async function seedDemoClients(call: DemoCall, activities: Map<string, string>, now: Date): Promise<void> {
  const at = (hoursAgo: number) => instantInZone(now.getTime() - hoursAgo * HOUR_MS, ZONE);
  const hosting = activities.get('Lead data hosted and processed for clients');
  const crm = activities.get('CRM integrations for clients');
  await call('settings.update', {
    changes: {
      'nis2.scope': 'important',
      'nis2.authority': 'CSIRT Italia (Agenzia per la cybersicurezza nazionale)',
      'nis2.contactName': 'Davide Greco (demo)',
      'nis2.contactRole': 'Referente CSIRT',
      'nis2.contactEmail': 'csirt@lumenta.example',
      'nis2.contactPhone': '+39 02 4000 1234',
    },
  });
  const rossi = await call('clients.save', {
    client: {
      name: 'Rossi Arredamenti Srl',
      privacyContact: 'Ufficio privacy, privacy@rossiarredamenti.example',
      country: 'IT',
      agreementSignedOn: '2025-02-03',
      agreementFile: 'DPA/2025-rossi-arredamenti.pdf',
      breachNoticeHours: 24,
      requestDays: 5,
      requestDaysBasis: 'working',
      subProcessorApproval: 'general',
      activityIds: hosting ? [hosting] : [],
    },
  });
  const blu = await call('clients.save', {
    client: {
      name: 'Blu Mobility SpA',
      privacyContact: 'DPO, dpo@blumobility.example',
      country: 'IT',
      agreementSignedOn: '2024-11-18',
      agreementFile: 'DPA/2024-blu-mobility.pdf',
      breachNoticeHours: 48,
      requestDays: 10,
      requestDaysBasis: 'calendar',
      subProcessorApproval: 'specific',
      activityIds: [hosting, crm].flatMap((a) => a ?? []),
    },
  });
  const verdi = await call('clients.save', {
    client: { name: 'Studio Legale Verdi', privacyContact: 'Avv. Laura Verdi, segreteria@studioverdi.example', country: 'IT', agreementSignedOn: '2025-06-10', notes: 'Standard terms: no fixed hours or days.' },
  });

  await call('requests.create', {
    request: {
      regime: 'gdpr', types: ['erasure'], receivedAt: at(50), channel: 'email', subjectName: 'Giorgio Ferrara (demo)', subjectEmail: 'giorgio.ferrara@example.it',
      description: 'Asks a client of ours (Rossi Arredamenti) to delete his contact from its campaigns; wrote to us as the platform.', processor: { clientId: rossi.id },
    },
  });
  const forwarded = await call('requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: at(200), channel: 'web-form', subjectName: 'Silvia Marini (demo)', subjectEmail: 'silvia.marini@example.it', processor: { clientId: blu.id } },
  });
  await call('requests.processorStep', { id: forwarded.id, forwardedOn: at(180).slice(0, 10), assistBy: at(-24 * 9).slice(0, 10) });

  const breach = await call('breaches.create', {
    breach: {
      title: 'Object-storage bucket with exports left public',
      awareAt: at(30),
      description: 'A storage bucket holding CSV exports of account data and of three clients’ lead lists was readable without authentication for nine days. Access closed on discovery.',
      cause: 'human-error',
      systems: ['Object storage (exports)'],
      roles: { controllerSide: true, clientIds: [rossi.id, blu.id, verdi.id], processorReportedAt: null, nis2Significant: true },
    },
  });
  // "Access closed on discovery": the register records it as the containment step, so the notices say "contained on …", not "not yet known".
  await call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: at(29.5), who: 'Cloud operations', text: 'Public access to the bucket removed; access keys rotated.' } });
  await call('breaches.clientNotice', { breachId: breach.id, clientId: blu.id, sentAt: at(20), channel: 'PEC', reference: 'PEC 2026/0412' });
  await call('breaches.nis2Report', { breachId: breach.id, stage: 'early-warning', sentAt: at(10), reference: 'CSIRT-IT pre-notifica 7731' });
}
