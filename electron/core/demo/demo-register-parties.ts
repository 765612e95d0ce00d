import type { MeasureInput, ProcessorInput, TransferInput } from '../../shared/registers';

/** The measures catalogue of the demo company: what its privacy notice and its ISO 27001 scope promise. */
export const DEMO_MEASURES: MeasureInput[] = [
  { name: 'Encryption at rest (AES-256)', kind: 'technical', description: 'Databases, backups and object storage encrypted with keys managed in AWS KMS.' },
  { name: 'TLS 1.2+ in transit', kind: 'technical', description: 'Every connection to the platform and between services.' },
  { name: 'Multi-factor authentication', kind: 'technical', description: 'Required for staff on every administrative console and for client admins.' },
  { name: 'Role-based access control', kind: 'technical', description: 'Least privilege; access reviewed every quarter.' },
  { name: 'Logging and monitoring', kind: 'technical', description: 'Central audit logs kept 12 months, alerts to the on-call engineer.' },
  { name: 'Daily backups, restore tested', kind: 'technical', description: 'Backups in a second EU region; restore test every six months.' },
  { name: 'Pseudonymisation of analytics', kind: 'technical', description: 'IP addresses truncated, user ids hashed before analysis.' },
  { name: 'Confidentiality undertakings', kind: 'organisational', description: 'Every employee and contractor signs one; authorised persons under Art. 29 and Art. 2-quaterdecies of the Italian Privacy Code.' },
  { name: 'Privacy and security training', kind: 'organisational', description: 'At hiring and every year, with phishing exercises.' },
  { name: 'Vendor due diligence', kind: 'organisational', description: 'Security questionnaire and DPA review before a processor is engaged, reviewed every year.' },
];

/** `dpa` and `review` are days before the demo's today; the demo turns them into dates. */
export type DemoProcessor = Omit<ProcessorInput, 'dpaSignedOn' | 'lastReviewedOn' | 'parentId'> & { dpa: number | null; review: number; parent?: string };

/** Eight processors of an Italian SaaS company, and one sub-processor. */
export const DEMO_PROCESSORS: DemoProcessor[] = [
  { name: 'Amazon Web Services EMEA SARL', service: 'Cloud hosting of the platform (eu-south-1 Milan, eu-central-1 Frankfurt)', country: 'LU', dpa: 900, subProcessorApproval: 'general', transferMechanism: 'EU hosting; SCCs module 3 for support access from the US', breachNoticeHours: 48, review: 200 },
  { name: 'Google Ireland Limited', service: 'Google Cloud (BigQuery) and Google Analytics 4', country: 'IE', dpa: 700, subProcessorApproval: 'general', transferMechanism: 'SCCs module 3 with Google LLC', breachNoticeHours: null, review: 420 },
  { name: 'Stripe Payments Europe Ltd', service: 'Card payments and subscription billing', country: 'IE', dpa: 650, subProcessorApproval: 'general', transferMechanism: 'SCCs with Stripe, Inc.', breachNoticeHours: 72, review: 150 },
  { name: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.', service: 'PayPal payments', country: 'LU', dpa: 640, subProcessorApproval: 'general', transferMechanism: 'Binding corporate rules', breachNoticeHours: null, review: 150 },
  { name: 'Twilio Inc. (SendGrid)', service: 'Transactional e-mail delivery', country: 'US', dpa: 500, subProcessorApproval: 'general', transferMechanism: 'SCCs module 2 and the EU-US Data Privacy Framework', breachNoticeHours: 48, review: 100 },
  { name: 'Zendesk, Inc.', service: 'Customer support ticketing and chat', country: 'US', dpa: 480, subProcessorApproval: 'general', transferMechanism: 'SCCs module 2', breachNoticeHours: 24, review: 380 },
  { name: 'HubSpot Ireland Ltd', service: 'CRM and marketing automation', country: 'IE', dpa: null, subProcessorApproval: 'general', transferMechanism: 'SCCs module 3 with HubSpot, Inc.', breachNoticeHours: null, review: 60 },
  { name: 'Studio Paghe Bianchi Srl', service: 'Payroll and employment records', country: 'IT', dpa: 1100, subProcessorApproval: 'specific', transferMechanism: null, breachNoticeHours: 24, review: 300 },
  { name: 'Amazon Web Services, Inc.', service: 'Hosting of Zendesk’s service (sub-processor)', country: 'US', dpa: 480, subProcessorApproval: 'general', transferMechanism: 'SCCs module 3', breachNoticeHours: null, review: 380, parent: 'Zendesk, Inc.' },
];

/** `tia` and `review` are days before today; `processor` names one of the processors above. */
export type DemoTransfer = Omit<TransferInput, 'processorId' | 'tiaOn' | 'lastReviewedOn'> & { processor: string; tia: number | null; review: number };

const US_MEASURES = ['Encryption in transit and at rest', 'Access only on documented instructions', 'Transparency report on government requests reviewed'];

/** Transfers to the United States under the 2021 SCCs, with their transfer impact assessments. */
export const DEMO_TRANSFERS: DemoTransfer[] = [
  { recipient: 'Twilio Inc. (SendGrid)', country: 'US', processor: 'Twilio Inc. (SendGrid)', ground: 'scc', sccModule: 'c2p', groundDetail: 'Also certified under the EU-US Data Privacy Framework', tia: 480, tiaFile: 'TIA/2025-sendgrid.pdf', supplementaryMeasures: US_MEASURES, review: 100 },
  { recipient: 'Zendesk, Inc.', country: 'US', processor: 'Zendesk, Inc.', ground: 'scc', sccModule: 'c2p', groundDetail: '', tia: 470, tiaFile: 'TIA/2025-zendesk.pdf', supplementaryMeasures: US_MEASURES, review: 380 },
  { recipient: 'Google LLC', country: 'US', processor: 'Google Ireland Limited', ground: 'scc', sccModule: 'p2p', groundDetail: 'Google Ireland to Google LLC', tia: 690, tiaFile: 'TIA/2024-google.pdf', supplementaryMeasures: ['IP truncation and no user-id sharing in Analytics', ...US_MEASURES.slice(0, 1)], review: 420 },
  { recipient: 'HubSpot, Inc.', country: 'US', processor: 'HubSpot Ireland Ltd', ground: 'scc', sccModule: 'p2p', groundDetail: '', tia: null, tiaFile: null, supplementaryMeasures: [], review: 60 },
  { recipient: 'Stripe, Inc.', country: 'US', processor: 'Stripe Payments Europe Ltd', ground: 'scc', sccModule: 'p2p', groundDetail: 'Fraud prevention (Radar) and support', tia: 640, tiaFile: 'TIA/2024-stripe.pdf', supplementaryMeasures: US_MEASURES, review: 150 },
];
