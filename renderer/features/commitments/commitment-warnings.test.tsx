import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { CommitmentBeyondLaw } from '../../../electron/shared/commitment-check';
import { resources } from '../../i18n/resources';
import { CommitmentWarnings } from './commitment-warnings';

async function render(language: 'en' | 'it', findings: CommitmentBeyondLaw[]): Promise<string> {
  const i18n = createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CommitmentWarnings findings={findings} />
    </I18nextProvider>,
  );
}

const base: Omit<CommitmentBeyondLaw, 'regime' | 'types' | 'allTypes' | 'notApplied' | 'legal'> = {
  commitment: 'response',
  days: 30,
  shortestLegalDays: 28,
  datesTried: 366,
  datesLater: 24,
  example: { received: '2027-02-01', legalDate: '2027-03-01', commitmentDate: '2027-03-03' },
};
const FINDINGS: CommitmentBeyondLaw[] = [
  { ...base, regime: 'gdpr', types: ['access'], allTypes: true, notApplied: { types: ['consent-withdrawal', 'marketing-opt-out'], citationIds: ['gdpr-art-7-3', 'gdpr-art-21-3'] }, legal: { amount: 1, unit: 'months', citationId: 'gdpr-art-12-3' } },
  { ...base, regime: 'uk-gdpr', types: ['access'], allTypes: true, notApplied: { types: ['consent-withdrawal', 'marketing-opt-out'], citationIds: ['uk-gdpr-art-7-3', 'uk-gdpr-art-21-3'] }, legal: { amount: 1, unit: 'months', citationId: 'uk-gdpr-art-12-3-12a' } },
  { ...base, regime: 'lgpd', types: ['confirmation', 'access'], allTypes: false, notApplied: { types: [], citationIds: [] }, legal: { amount: 15, unit: 'calendar-days', citationId: 'lgpd-art-19' } },
];

/** The Settings warnings say what the audit report says (review 7, G7): two articles of one act cited together, the types as the sentence reads them. */
describe('the commitment warnings in Settings', () => {
  it('cites the articles of one act together and names the types in lower case, in English and Italian', async () => {
    const it = await render('it', FINDINGS);
    expect(it).toContain('alle richieste di revoca del consenso e di opposizione al marketing, che per legge vanno eseguite al ricevimento (artt. 7, par. 3, e 21, par. 3, del Regolamento (UE) 2016/679)');
    expect(it).toContain('(UK GDPR, artt. 7, par. 3, e 21, par. 3)');
    expect(it).toContain('per le richieste di conferma dell&#x27;esistenza del trattamento e di accesso,');
    expect(it).not.toContain('di tipo');
    const en = await render('en', FINDINGS);
    expect(en).toContain('No commitment in days applies to requests for consent withdrawal and marketing opt-out, which the law wants acted on when they arrive (GDPR Arts 7(3) and 21(3))');
    expect(en).toContain('(UK GDPR Arts 7(3) and 21(3))');
    expect(en).not.toContain('of type');
  });
});
