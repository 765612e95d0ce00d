import type { ActivityInput } from '../../shared/registers';

/** An activity of the demo with its processors and measures by name, and its last review in days before today. */
export type DemoActivity = Omit<ActivityInput, 'processorIds' | 'transferIds' | 'measureIds' | 'lastReviewedOn'> & { processors: string[]; measures: string[]; review: number };

const CORE = ['Encryption at rest (AES-256)', 'TLS 1.2+ in transit', 'Multi-factor authentication', 'Role-based access control', 'Logging and monitoring', 'Daily backups, restore tested', 'Confidentiality undertakings'];
const NO_AUTOMATED = '';

/**
 * The record of a company like AxiLeads (Noventia Srl): eleven activities as controller and
 * two as processor for its clients, with the retention its privacy notice promises (contract
 * plus 3 years, 7 years for financial records, 2 years for customer data after termination).
 */
export const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    name: 'Client accounts and service provision', owner: 'Head of Operations', review: 120,
    purposes: [{ purpose: 'Providing the AxiLeads platform under the subscription', legalBasis: 'contract' }, { purpose: 'Securing accounts and the service', legalBasis: 'legitimate-interests' }],
    subjectCategories: ['Client users', 'Client administrators'], dataCategories: ['Name and surname', 'Business e-mail and phone', 'Login credentials', 'Usage logs and IP addresses'],
    breachCategories: ['identity', 'contact', 'credentials', 'online-identifiers'], subjectsEstimate: 18_000,
    source: 'The client and its users, at sign-up and in use', recipients: ['Cloud hosting providers'], systems: ['AxiLeads platform', 'AWS'],
    retention: 'For the contract and 3 years after it ends', automatedDecisions: NO_AUTOMATED, processors: ['Amazon Web Services EMEA SARL'], measures: CORE,
  },
  {
    name: 'Billing, invoicing and accounting', owner: 'CFO', review: 200,
    purposes: [{ purpose: 'Invoicing and bookkeeping', legalBasis: 'legal-obligation', note: 'Art. 2220 Civil Code; DPR 633/1972' }, { purpose: 'Collecting payments', legalBasis: 'contract' }],
    subjectCategories: ['Client contacts'], dataCategories: ['Name and company', 'Billing address and VAT number', 'Invoices and payment records'],
    breachCategories: ['identity', 'contact', 'financial'], subjectsEstimate: 2_400,
    source: 'The client', recipients: ['Accountant', 'Tax authority (Agenzia delle Entrate) via SdI'], systems: ['Stripe Billing', 'Accounting system'],
    retention: '7 years from the invoice (financial records)', automatedDecisions: NO_AUTOMATED, processors: ['Stripe Payments Europe Ltd'], measures: CORE.slice(0, 4),
  },
  {
    name: 'Card and PayPal payments', owner: 'CFO', review: 150,
    purposes: [{ purpose: 'Taking subscription payments', legalBasis: 'contract' }, { purpose: 'Fraud prevention', legalBasis: 'legitimate-interests' }],
    subjectCategories: ['Client contacts'], dataCategories: ['Name', 'Payment card (token, last four digits)', 'PayPal account e-mail'],
    breachCategories: ['identity', 'payment-card', 'financial'], subjectsEstimate: 2_400,
    source: 'The client', recipients: ['Payment service providers'], systems: ['Stripe', 'PayPal'],
    retention: '7 years (financial records); card tokens until the subscription ends', automatedDecisions: 'Stripe Radar scores each payment for fraud; a blocked payment is reviewed by a person on request.',
    processors: ['Stripe Payments Europe Ltd', 'PayPal (Europe) S.à r.l. et Cie, S.C.A.'], measures: ['TLS 1.2+ in transit', 'Role-based access control'],
  },
  {
    name: 'Customer support', owner: 'Head of Customer Success', review: 380,
    purposes: [{ purpose: 'Answering support tickets and chats', legalBasis: 'contract' }],
    subjectCategories: ['Client users', 'Prospects'], dataCategories: ['Name', 'E-mail', 'Content of the tickets', 'Screenshots sent by users'],
    breachCategories: ['identity', 'contact', 'communications'], subjectsEstimate: 9_000,
    source: 'The person who writes to support', recipients: ['Support platform'], systems: ['Zendesk'],
    retention: '2 years after the ticket is closed', automatedDecisions: NO_AUTOMATED, processors: ['Zendesk, Inc.'], measures: ['Multi-factor authentication', 'Role-based access control', 'Confidentiality undertakings'],
  },
  {
    name: 'Transactional e-mail', owner: 'Head of Engineering', review: 100,
    purposes: [{ purpose: 'Sending account, security and billing e-mails', legalBasis: 'contract' }],
    subjectCategories: ['Client users'], dataCategories: ['Name', 'E-mail', 'Delivery and open events'],
    breachCategories: ['identity', 'contact'], subjectsEstimate: 18_000,
    source: 'The platform', recipients: ['E-mail delivery provider'], systems: ['SendGrid', 'AxiLeads platform'],
    retention: '30 days of delivery logs', automatedDecisions: NO_AUTOMATED, processors: ['Twilio Inc. (SendGrid)'], measures: ['TLS 1.2+ in transit', 'Logging and monitoring'],
  },
  {
    name: 'Newsletter and product updates', owner: 'Head of Marketing', review: 60,
    purposes: [{ purpose: 'Newsletter and webinars', legalBasis: 'consent' }],
    subjectCategories: ['Subscribers', 'Client users'], dataCategories: ['Name', 'E-mail', 'Consent record', 'Opens and clicks'],
    breachCategories: ['identity', 'contact', 'behavioural'], subjectsEstimate: 25_000,
    source: 'The person, through the subscription form', recipients: ['Marketing automation provider'], systems: ['HubSpot'],
    retention: 'Until consent is withdrawn; consent records 2 years after', automatedDecisions: NO_AUTOMATED, processors: ['HubSpot Ireland Ltd'], measures: ['Multi-factor authentication', 'Role-based access control'],
  },
  {
    name: 'Website and product analytics', owner: 'Head of Product', review: 420,
    purposes: [{ purpose: 'Measuring use of the website and the product', legalBasis: 'consent', note: 'Cookie banner; Art. 122 Privacy Code' }],
    subjectCategories: ['Website visitors', 'Client users'], dataCategories: ['Pseudonymous identifiers', 'Pages and features used', 'Truncated IP address'],
    breachCategories: ['online-identifiers', 'behavioural'], subjectsEstimate: 120_000,
    source: 'Cookies and SDK in the browser', recipients: ['Analytics provider'], systems: ['Google Analytics 4', 'BigQuery'],
    retention: '14 months', automatedDecisions: NO_AUTOMATED, processors: ['Google Ireland Limited'], measures: ['Pseudonymisation of analytics', 'TLS 1.2+ in transit'],
  },
  {
    name: 'Sales prospects and lead scoring', owner: 'Head of Sales', review: 60,
    purposes: [{ purpose: 'Contacting companies that may need AxiLeads', legalBasis: 'legitimate-interests', note: 'Balancing test of 12 March 2025' }],
    subjectCategories: ['Prospects (business contacts)'], dataCategories: ['Name and job title', 'Business e-mail and phone', 'Company', 'Interactions and score'],
    breachCategories: ['identity', 'contact', 'employment', 'behavioural'], subjectsEstimate: 40_000,
    source: 'Public business sources, events and the website forms', recipients: ['CRM provider'], systems: ['HubSpot'],
    retention: '2 years from the last contact', automatedDecisions: 'Leads are scored from their interactions; the score only orders the sales team’s list and decides nothing about the person.',
    processors: ['HubSpot Ireland Ltd'], measures: ['Multi-factor authentication', 'Role-based access control', 'Vendor due diligence'],
  },
  {
    name: 'Recruitment', owner: 'HR Manager', review: 300,
    purposes: [{ purpose: 'Selecting candidates', legalBasis: 'contract', note: 'Steps taken at the candidate’s request before a contract' }],
    subjectCategories: ['Job applicants'], dataCategories: ['CV', 'Contact details', 'Interview notes'],
    breachCategories: ['identity', 'contact', 'employment', 'education'], subjectsEstimate: 600,
    source: 'The candidate, or a recruitment agency', recipients: ['Hiring managers'], systems: ['Google Workspace'],
    retention: '12 months after the selection ends', automatedDecisions: NO_AUTOMATED, processors: [], measures: ['Role-based access control', 'Confidentiality undertakings'],
  },
  {
    name: 'Personnel and payroll', owner: 'HR Manager', review: 300, specialCategories: true,
    purposes: [
      { purpose: 'Paying salaries and contributions', legalBasis: 'legal-obligation', art9Condition: 'employment-social-security' },
      { purpose: 'Managing the employment relationship', legalBasis: 'contract', art9Condition: 'employment-social-security' },
    ],
    subjectCategories: ['Employees'], dataCategories: ['Identity and tax code', 'Bank details', 'Salary', 'Sick leave certificates (health)', 'Trade union membership'],
    breachCategories: ['identity', 'financial', 'government-id', 'employment', 'health', 'trade-union'], subjectsEstimate: 85,
    source: 'The employee', recipients: ['Payroll consultant', 'INPS and INAIL', 'Agenzia delle Entrate'], systems: ['Payroll portal'],
    retention: '10 years after the employment ends (Art. 2220 Civil Code); payslips 5 years', automatedDecisions: NO_AUTOMATED,
    processors: ['Studio Paghe Bianchi Srl'], measures: ['Role-based access control', 'Encryption at rest (AES-256)', 'Confidentiality undertakings'],
  },
  {
    name: 'Security logging and incident response', owner: 'CISO', review: 200,
    purposes: [{ purpose: 'Detecting and investigating security incidents', legalBasis: 'legitimate-interests' }, { purpose: 'Documenting breaches (Art. 33(5))', legalBasis: 'legal-obligation' }],
    subjectCategories: ['Client users', 'Employees'], dataCategories: ['IP addresses', 'Account identifiers', 'Access and audit logs'],
    breachCategories: ['online-identifiers'], subjectsEstimate: 18_000,
    source: 'The platform’s logs', recipients: ['Security team'], systems: ['AWS', 'AxiLeads platform'],
    retention: '12 months', automatedDecisions: NO_AUTOMATED, processors: ['Amazon Web Services EMEA SARL'], measures: ['Logging and monitoring'],
  },
  {
    role: 'processor', name: 'Lead data hosted and processed for clients', owner: 'Head of Operations', review: 200,
    controllers: [{ name: 'Rossi Arredamenti Srl', contact: 'privacy@rossiarredamenti.it' }, { name: 'Blu Mobility SpA', contact: 'dpo@blumobility.it' }, { name: 'Every other client under the AxiLeads DPA', contact: 'Client register' }],
    processingCategories: ['Storage of the clients’ contacts and leads', 'Enrichment and de-duplication', 'Sending the clients’ e-mail campaigns'],
    subjectCategories: ['The clients’ customers and prospects'], dataCategories: ['Name', 'E-mail and phone', 'Company and role', 'Campaign interactions'],
    breachCategories: ['identity', 'contact', 'behavioural'], subjectsEstimate: 2_500_000,
    recipients: ['Sub-processors listed in the DPA'], systems: ['AxiLeads platform', 'AWS', 'SendGrid'],
    retention: 'For the client’s contract; deleted within 2 years after termination unless the client asks earlier', automatedDecisions: NO_AUTOMATED,
    processors: ['Amazon Web Services EMEA SARL', 'Twilio Inc. (SendGrid)'], measures: CORE,
  },
  {
    role: 'processor', name: 'CRM integrations for clients', owner: 'Head of Engineering', review: 90,
    controllers: [{ name: 'Blu Mobility SpA', contact: 'dpo@blumobility.it' }, { name: 'Clients that enable an integration', contact: 'Client register' }],
    processingCategories: ['Synchronising leads with the client’s CRM (Salesforce, HubSpot)'],
    subjectCategories: ['The clients’ customers and prospects'], dataCategories: ['Name', 'E-mail and phone', 'Company and role'],
    breachCategories: ['identity', 'contact'], subjectsEstimate: 400_000,
    recipients: ['The client’s CRM'], systems: ['AxiLeads platform', 'Integration workers'],
    retention: 'No copy kept beyond the sync queue (7 days)', automatedDecisions: NO_AUTOMATED, processors: ['Amazon Web Services EMEA SARL'], measures: ['TLS 1.2+ in transit', 'Logging and monitoring'],
  },
];
