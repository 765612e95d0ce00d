import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { Client } from '../../electron/shared/clients';
import type { DocumentSummary, LetterInputs, LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { renderText } from '../../electron/core/i18n';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { layoutProblems, pagesText, renderedPages } from '../support/pdf-layout';
import { pdfaProblems } from '../support/pdfa-check';
import { letterVault, NOVENTIA_NIS2, NOVENTIA_WITH_CONTACTS } from '../support/letter-vault';

/**
 * The notice to each client whose data a breach touches (Art. 33(2)) and the NIS2 reports
 * to the CSIRT (Directive (EU) 2022/2555 Art. 23(4); D.Lgs. 138/2024 art. 25), over a real
 * vault, in English and Italian: what each must say, PDF/A and layout as every letter.
 * Set NOTICES_OUT=/tmp/notices to keep the PDFs.
 */
const OUT = process.env.NOTICES_OUT;
const HOUR = 3_600_000;
const AWARE_AT = '2026-03-27T10:00:00+01:00';
const AWARE_MS = Date.parse(AWARE_AT);

/** What happened, as the DPO writes it for a client (the register's description is not printed: review 4, D35). */
const WHAT_HAPPENED = 'A storage bucket holding exports of your lead list was readable without authentication.';

const SETTINGS = { ...NOVENTIA_WITH_CONTACTS, ...NOVENTIA_NIS2 } as const;

/** What happened, as the CSIRT contact writes it for the CSIRT in the report's language (the register's description is not printed: review 4, D35). */
const CSIRT_WHAT_HAPPENED = {
  en: 'A storage bucket holding CSV exports was readable without authentication.',
  it: 'Un bucket di archiviazione con esportazioni CSV era leggibile senza autenticazione.',
} as const;
const forCsirt = (kind: string, language: LetterLanguage, inputs: LetterInputs): LetterInputs => (kind === 'nis2-report' ? { 'csirt.whatHappened': CSIRT_WHAT_HAPPENED[language], ...inputs } : inputs);

describe('notices to clients and NIS2 reports', () => {
  let clock = AWARE_MS + 2 * HOUR;
  const { app, tmp, call, refused } = letterVault(() => new Date(clock), SETTINGS);
  let breach: BreachDetail;
  let rossi: Client;
  let verdi: Client;

  const refusal = async (channel: string, input: unknown): Promise<string> => (await refused(channel, input)).message;
  const preview = (kind: string, language: LetterLanguage, inputs: LetterInputs) =>
    call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind, language, inputs: forCsirt(kind, language, inputs) });

  /** The document in both languages, checked as PDF/A and for layout; its text in each (as rendered, then as composed). */
  async function check(kind: string, inputs: LetterInputs, label: string): Promise<Record<LetterLanguage, string>> {
    const texts = { en: '', it: '' };
    for (const language of ['en', 'it'] as const) {
      const p = await preview(kind, language, inputs);
      expect(p.missing, `${label}/${language}`).toEqual([]);
      const pdf = Buffer.from(p.pdfBase64 ?? '', 'base64');
      if (OUT) writeFileSync(join(OUT, `${label}.${language}.pdf`), pdf);
      expect(pdfaProblems(pdf, tmp.dir), `${label}/${language}`).toEqual([]);
      const pages = renderedPages(pdf, tmp.dir);
      const problems = layoutProblems(pages, {
        pageLabel: (n, count) => (language === 'en' ? `Page ${n} of ${count}` : `Pagina ${n} di ${count}`),
        headings: p.body.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])),
        closings: language === 'en' ? ['Yours faithfully,', 'Yours sincerely,'] : ['Distinti saluti,'],
        // A NIS2 report is signed by the CSIRT contact of the settings; every other notice by the DPO.
        signatory: kind === 'nis2-report' ? 'Luca Bianchi' : 'Chiara Esposito',
      });
      expect(problems, `${label}/${language}`).toEqual([]);
      const printed = pagesText(pages);
      expect(printed, `${label}/${language}`).not.toMatch(/undefined|null|NaN|⟦|\{\{|\s[.,;:]\s/);
      // Table cells wrap and interleave in the rendered text: the facts are read from the body as printed, beside it.
      const body = [p.body.subject, ...p.body.blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'table' ? b.rows.flatMap((r) => [r.label, r.value]) : [b.text]))];
      texts[language] = [printed, ...body].join(' ');
    }
    return texts;
  }

  beforeAll(async () => {
    if (OUT) mkdirSync(OUT, { recursive: true });
    rossi = await call<Client>('clients.save', {
      client: { name: 'Rossi Arredamenti Srl', privacyContact: 'Ufficio privacy, privacy@rossi.example', country: 'IT', agreementSignedOn: '2025-02-03', breachNoticeHours: 24 },
    });
    verdi = await call<Client>('clients.save', { client: { name: 'Studio Legale Verdi', privacyContact: 'segreteria@verdi.example', country: 'IT' } });
    breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Exports bucket left public',
        awareAt: AWARE_AT,
        description: 'A storage bucket with CSV exports of account data and of two clients’ lead lists was readable without authentication.',
        cause: 'human-error',
        occurredFrom: '2026-03-18T09:00:00+01:00',
        systems: ['Object storage (exports)'],
        subjectCategories: ['customers'],
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['identity', 'contact'], subjects: 9000 },
        roles: { controllerSide: true, clientIds: [rossi.id, verdi.id], processorReportedAt: null, nis2Significant: true },
      },
    });
  });

  it('offers a client notice and the NIS2 report where the breach has clients and is a significant incident', async () => {
    const kinds = await call<{ kind: string; title: { en: string }; inputs: { key: string; options?: { value: string }[] }[] }[]>('documents.kinds', { caseType: 'breach', caseId: breach.reference });
    expect(kinds.map((k) => k.kind)).toEqual(['authority-notification', 'subject-notice', 'client-notice', 'nis2-report']);
    // Titles in the list name no field that only the chosen client or phase would fill.
    expect(kinds.slice(2).map((k) => k.title.en)).toEqual([
      'Notice to a client of personal data breach B-2026-001 (Art. 33(2) GDPR)',
      'NIS2 report on significant incident B-2026-001',
    ]);
    expect(kinds[3]?.inputs.find((i) => i.key === 'csirt.phase')?.options?.map((o) => o.value)).toEqual(['early-warning', 'notification', 'intermediate', 'progress', 'final']);
  });

  it('refuses the authority notification and the notice to the people on a breach of clients’ data only: those are the controllers’ (Arts 33(1), 34), ours is the notice to each client', async () => {
    const processorOnly = await call<BreachDetail>('breaches.create', {
      breach: { title: 'Lead list sent to the wrong client', awareAt: AWARE_AT, roles: { controllerSide: false, clientIds: [rossi.id], processorReportedAt: null, nis2Significant: false } },
    });
    const kinds = await call<{ kind: string }[]>('documents.kinds', { caseType: 'breach', caseId: processorOnly.id });
    expect(kinds.map((k) => k.kind)).toEqual(['client-notice']);
    for (const kind of ['authority-notification', 'subject-notice']) {
      const refused = await app.dispatch('documents.preview', { caseType: 'breach', caseId: processorOnly.id, kind, language: 'it', inputs: {} });
      expect(refused.ok ? null : refused.error.code).toBe('VALIDATION');
      expect(refused.ok ? '' : refused.error.message).toContain('Rossi Arredamenti Srl');
      expect(refused.ok ? '' : refused.error.message).toContain('client-notice');
    }
    const italian = await app.dispatch('documents.preview', { caseType: 'breach', caseId: processorOnly.id, kind: 'authority-notification', language: 'it', inputs: {} });
    expect(italian.ok ? null : renderText('it', italian.error.detail ?? { key: '' })).toMatch(/^Il documento di tipo authority-notification spetta al titolare: la violazione B-2026-\d{3} riguarda solo dati che trattiamo in qualità di responsabile del trattamento per Rossi Arredamenti Srl/);
  });

  it('notifies the authority of our own data only when the breach touches clients’ data too: for theirs we are processor and they notify (Arts 28, 33(1), 33(2))', async () => {
    // The register's totals (9,000 people) cover the clients' lead lists too: section 7 waits for our own figures.
    const complete = await preview('authority-notification', 'en', { 'notice.phase': 'complete' });
    expect(complete.missing.map((m) => m.key)).toEqual(expect.arrayContaining(['notice.ownSubjects', 'notice.ownRecords', 'notice.ownSubjectCategories', 'notice.ownDataCategories']));
    expect(complete.missing.map((m) => m.key)).not.toContain('breach.subjects');
    const own = { 'notice.phase': 'preliminary', 'notice.ownSubjects': '5,900', 'notice.ownRecords': '6,200', 'notice.ownSubjectCategories': ['Customers'], 'notice.ownDataCategories': ['Identity data', 'Contact data'] };
    const { en, it: italian } = await check('authority-notification', own, 'authority-mixed-role');
    for (const fact of [
      'Part of the personal data concerned is processed by Noventia Srl as processor (Article 28 GDPR) on behalf of Rossi Arredamenti Srl and Studio Legale Verdi',
      'For those data the notification is for each controller to make (Article 33(1) GDPR).',
      // Per client, from the register, never a blanket "we inform them" (C38).
      'Our notice to each of them under Article 33(2) GDPR: to Rossi Arredamenti Srl, not yet sent (we will send it without undue delay); to Studio Legale Verdi, not yet sent (we will send it without undue delay).',
      'This notification concerns only the personal data of which Noventia Srl is the controller',
      'Only those of which Noventia Srl is the controller, not those processed on behalf of Rossi Arredamenti Srl and Studio Legale Verdi',
      'Approximate number of people 5,900', 'Approximate number of records 6,200',
    ]) expect(en, fact).toContain(fact);
    expect(en).not.toContain('9,000');
    expect(en).not.toContain('we have informed them');
    expect(en).not.toContain('we inform them');
    for (const fact of [
      'Parte dei dati personali coinvolti è trattata da Noventia Srl in qualità di responsabile del trattamento (art. 28 GDPR) per conto di Rossi Arredamenti Srl e Studio Legale Verdi',
      'Per tali dati la notifica spetta ai rispettivi titolari del trattamento (art. 33, par. 1, GDPR).',
      'La nostra comunicazione a ciascuno di essi ai sensi dell’art. 33, par. 2, GDPR: a Rossi Arredamenti Srl, non ancora inviata (la invieremo senza ingiustificato ritardo); a Studio Legale Verdi, non ancora inviata (la invieremo senza ingiustificato ritardo).',
      'La presente notifica riguarda soltanto i dati personali di cui Noventia Srl è titolare del trattamento',
    ]) expect(italian, fact).toContain(fact);
    expect(italian).not.toContain('9.000');
    // The notice to each client says the same from its side: our notification covers our data, not theirs.
    // None is recorded yet (we may still find our part unlikely to result in a risk): "any notification we make", never one that does not exist (B37).
    const client = await check('client-notice', { 'notice.client': rossi.id, 'notice.clientWhatHappened': WHAT_HAPPENED, 'notice.followUpBy': 'by 30 March 2026' }, 'client-notice-mixed-role');
    expect(client.en).toContain('Any notification we make to the supervisory authority will concern only those data: it will not notify the breach of your data, which is for you to assess as controller.');
    expect(client.en).not.toContain('Our notification to the supervisory authority');
    expect(client.it).toContain(
      'La violazione riguarda anche dati personali di cui siamo titolari del trattamento. L’eventuale nostra notifica all’autorità di controllo riguarderà soltanto tali dati e non comprenderà la violazione dei Vostri dati, che spetta a Voi valutare in qualità di titolare.',
    );
    expect(client.it).not.toContain('La nostra notifica all’autorità di controllo');
  });

  it('tells the authority, as a plain fact, a client notice not yet sent whose agreed hours ran out, never a promise "without undue delay" (review 5, E28)', async () => {
    const before = clock;
    clock = AWARE_MS + 30 * HOUR;
    try {
      const own = { 'notice.phase': 'preliminary', 'notice.ownSubjects': '5,900', 'notice.ownRecords': '6,200', 'notice.ownSubjectCategories': ['Customers'], 'notice.ownDataCategories': ['Identity data'] };
      const { en, it: italian } = await check('authority-notification', own, 'authority-mixed-role-overdue');
      // Rossi's agreement gives 24 hours from awareness (27 March, 10:00 CET); Verdi's none, so "without undue delay" stays hers.
      expect(en).toContain(
        'Our notice to each of them under Article 33(2) GDPR: to Rossi Arredamenti Srl, not yet sent (the agreement’s time ran out on 28 March 2026 at 10:00 CET (+01:00)); to Studio Legale Verdi, not yet sent (we will send it without undue delay).',
      );
      expect(italian).toContain(
        'La nostra comunicazione a ciascuno di essi ai sensi dell’art. 33, par. 2, GDPR: a Rossi Arredamenti Srl, non ancora inviata (il termine previsto dal contratto è scaduto il 28 marzo 2026 alle ore 10:00 CET (+01:00)); a Studio Legale Verdi, non ancora inviata (la invieremo senza ingiustificato ritardo).',
      );
    } finally {
      clock = before;
    }
  });

  it('names our own notification to the authority in the notice to a client once it is recorded, with its date and protocol (B37)', async () => {
    const mixed = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Mailbox compromised',
        awareAt: AWARE_AT,
        description: 'A support mailbox holding our customers’ and a client’s messages was accessed by an attacker.',
        cause: 'cyber-attack',
        occurredFrom: '2026-03-26T09:00:00+01:00',
        subjectCategories: ['customers'],
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact'], subjects: 300 },
        roles: { controllerSide: true, clientIds: [rossi.id], processorReportedAt: null, nis2Significant: false },
      },
    });
    const notice = (language: LetterLanguage) =>
      call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: mixed.id, kind: 'client-notice', language, inputs: { 'notice.client': rossi.id } });
    const paragraphs = (p: LetterPreview) => p.body.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs(await notice('en')).join(' ')).toContain('Any notification we make to the supervisory authority will concern only those data');
    await call('breaches.addNotification', {
      id: mixed.id,
      notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-27T12:00:00+01:00', reference: 'Garante 2026/123', summary: 'Preliminary notification' },
    });
    const en = paragraphs(await notice('en')).join(' ');
    expect(en).toContain('Our notification to the supervisory authority of 27 March 2026 (ref. Garante 2026/123) concerns only those data: it does not notify the breach of your data');
    expect(en).not.toContain('Any notification we make');
    const italian = paragraphs(await notice('it')).join(' ');
    expect(italian).toContain('La nostra notifica all’autorità di controllo del 27 marzo 2026 (protocollo Garante 2026/123) riguarda soltanto tali dati e non comprende la violazione dei Vostri dati');
    expect(italian).not.toContain('L’eventuale nostra notifica');
  });

  it('names the client as missing until one is chosen, and refuses one the breach does not touch, listing those it does', async () => {
    expect((await preview('client-notice', 'en', {})).missing.map((m) => m.key)).toContain('notice.client');
    const other = await call<Client>('clients.save', { client: { name: 'Blu Mobility SpA', privacyContact: 'dpo@blu.example', country: 'IT' } });
    expect(await refusal('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'client-notice', language: 'en', inputs: { 'notice.client': other.id } })).toContain('Studio Legale Verdi');
  });

  it('tells a client what Art. 33(3) needs for its data, its contract’s deadline, and what is still unknown and when it follows', async () => {
    // The breach touches our own data and two clients': the register's totals are not Rossi's, so they wait for the DPO.
    const bare = await preview('client-notice', 'en', { 'notice.client': 'rossi arredamenti srl' });
    // What happened is written for the client, never the register's description (review 4, D35): named until given.
    expect(bare.missing.map((m) => m.key)).toEqual(['notice.clientWhatHappened', 'notice.followUpBy']);
    const { en, it: italian } = await check('client-notice', { 'notice.client': rossi.id, 'notice.clientWhatHappened': WHAT_HAPPENED, 'client.subjects': '3,100', 'notice.followUpBy': 'by 30 March 2026, 12:00' }, 'client-notice-rossi');
    for (const fact of [
      'Rossi Arredamenti Srl', 'Ufficio privacy', 'privacy@rossi.example', 'Dear Sir or Madam,', 'Yours faithfully,', 'Article 33(2) GDPR', 'Article 33(3) GDPR', 'controller', 'Processing agreement of 3 February 2025',
      '24 hours from our awareness of the breach', '28 March 2026 at 10:00 CET', 'readable without authentication', 'Human error', 'Yes: disclosed to or accessed by unknown recipients',
      '3,100', 'Customers', 'Identity data', 'Not yet known: see section 6', 'The approximate number of your records concerned', 'we will send it to you by 30 March 2026, 12:00',
      'Chiara Esposito', 'dpo@noventia.example', 'Article 28(3)(f) GDPR',
    ]) expect(en).toContain(fact);
    // A company is not greeted by its name in English; in Italian "Spettabile" with its name is right (review 6, F19).
    expect(en).not.toContain('Dear Rossi Arredamenti Srl');
    expect(italian).toContain('Spettabile Rossi Arredamenti Srl,');
    // Given by the DPO, the number of people is not listed as still to follow.
    expect(en).not.toContain('The approximate number of the people concerned');
    expect(en).not.toContain('reaches you after the time');
    // "The people concerned", never "your people" or "your data subjects concerned" (review, third round); the Italian "gli interessati".
    expect(en).toContain('3. The people and the data concerned');
    expect(en).not.toMatch(/your (people|data subjects)/i);
    expect(italian).toContain('3. Gli interessati e i dati coinvolti');
    expect(italian).not.toContain('Vostri interessati');
    for (const fact of ['Spettabile Rossi Arredamenti Srl,', 'art. 33, par. 2, GDPR', 'Accordo sul trattamento del 3 febbraio 2025', '24 ore da quando abbiamo avuto conoscenza della violazione', 'Non ancora noto: si veda la sezione 6', 'Ve le invieremo', 'per Vostro conto', 'Rossi Arredamenti Srl è titolare del trattamento']) {
      expect(italian).toContain(fact);
    }
    // Written to a company: "Vi … Vostro", never the "Lei" of a letter to a person.
    for (const personal of ['Suo conto', 'La Sua organizzazione', 'Gliele', 'informarLa', 'Suoi interessati', 'Sue registrazioni', 'Suoi dati personali']) {
      expect(italian, personal).not.toContain(personal);
    }
    expect(italian).toContain('Il numero approssimativo delle Vostre registrazioni coinvolte');
  });

  it('says "without undue delay" where the contract fixes no hours, and owns a delay once the contract’s hours have run out', async () => {
    const verdiText = await check('client-notice', { 'notice.client': 'Studio Legale Verdi', 'notice.clientWhatHappened': WHAT_HAPPENED, 'notice.followUpBy': 'by 30 March 2026' }, 'client-notice-verdi');
    expect(verdiText.en).toContain('Without undue delay: the agreement fixes no number');
    expect(verdiText.it).toContain('Senza ingiustificato ritardo: l’accordo non fissa un numero di ore');
    expect(verdiText.en).not.toContain('reaches you after the time');
    clock = AWARE_MS + 30 * HOUR;
    const late = await check('client-notice', { 'notice.client': rossi.id, 'notice.clientWhatHappened': WHAT_HAPPENED, 'notice.followUpBy': 'by 30 March 2026' }, 'client-notice-rossi-late');
    expect(late.en).toContain('This notice reaches you after the time the agreement provides');
    expect(late.it).toContain('oltre il termine previsto dall’accordo');
  });

  it('records the client’s notice when the finalised notice is recorded as sent, and only that client’s', async () => {
    const finalised = await call<DocumentSummary>('documents.finalise', {
      caseType: 'breach', caseId: breach.id, kind: 'client-notice', language: 'it', inputs: { 'notice.client': rossi.id, 'notice.clientWhatHappened': WHAT_HAPPENED, 'notice.followUpBy': 'entro il 30 marzo 2026' }, confirmLanguage: true,
    });
    await call('documents.sent', { documentId: finalised.id, sentOn: '2026-03-28', channel: 'pec', recipient: 'privacy@rossi.example', reference: 'PEC 2026/0412' });
    const after = await call<BreachDetail>('breaches.get', { id: breach.id });
    const notices = Object.fromEntries(after.roles.clients.map((c) => [c.clientName, c]));
    expect(notices['Rossi Arredamenti Srl']).toMatchObject({ notifiedAt: expect.any(String), channel: 'pec', reference: 'PEC 2026/0412' });
    expect(notices['Studio Legale Verdi']?.notifiedAt).toBeNull();
    // The earlier notice is listed with the reference it went under, PEC explained to an English reader (C32).
    // A follow-up says what it adds or corrects: until the DPO says, that is missing.
    const unsaid = await preview('client-notice', 'en', { 'notice.client': rossi.id, 'notice.clientWhatHappened': WHAT_HAPPENED, 'notice.followUpBy': 'by 30 March 2026' });
    expect(unsaid.missing.map((m) => m.key)).toEqual(['notice.clientUpdates']);
    const again = await check(
      'client-notice',
      { 'notice.client': rossi.id, 'notice.clientWhatHappened': WHAT_HAPPENED, 'notice.followUpBy': 'by 30 March 2026', 'notice.clientUpdates': ['Approximate number of people concerned: 3,100'], 'client.subjects': '3,100', 'notice.toFollow': ['The result of the access-log review'] },
      'client-notice-rossi-again',
    );
    expect(again.en).toMatch(/Notice of .* by certified e-mail \(PEC\), ref\. PEC 2026\/0412/);
    expect(again.it).toMatch(/Comunicazione del .* tramite PEC, rif\. PEC 2026\/0412/);
    // It follows the earlier notice (its date and reference) instead of opening as a first notice (lawyer's second review, B16).
    expect(again.en).toContain('Further to our notice of 28 March 2026 (ref. PEC 2026/0412), we send you updated information on the personal data breach');
    expect(again.en).toContain('What this notice adds or corrects Approximate number of people concerned: 3,100');
    expect(again.en).not.toContain('we notify you of a personal data breach');
    // The processor's basis is Arts 33(2) and 28(3)(f), never Art. 33(4), the controller's phasing towards the authority (review 6, F9).
    expect(again.en).toContain('as Articles 33(2) and 28(3)(f) GDPR and the agreement require.');
    expect(again.it).toContain('come richiesto dagli artt. 33, par. 2, e 28, par. 3, lett. f), GDPR e dall’accordo.');
    expect(again.en).toContain('We give you now what we know, without undue delay (Article 33(2) GDPR). The following is not yet known;');
    expect(again.it).toContain('Vi comunichiamo ora quanto ci è noto, senza ingiustificato ritardo (art. 33, par. 2, GDPR).');
    expect(`${again.en} ${again.it}`).not.toMatch(/33\(2\) and \(4\)|parr\. 2 e 4|Article 33\(4\)|art\. 33, par\. 4/);
    expect(again.it).toContain('Facendo seguito alla nostra comunicazione del 28 marzo 2026 (rif. PEC 2026/0412), Vi trasmettiamo le informazioni aggiornate sulla violazione');
    expect(again.it).toContain('Informazioni aggiunte o rettificate con la presente comunicazione');
    expect(again.it).not.toContain('Vi comunichiamo una violazione');
    // Section 6 lists every fact printed as "not yet known: see section 6" first, then what the DPO adds: the DPO's list no longer replaces it.
    const section6 = again.en.slice(again.en.indexOf('6. What we do not know yet'));
    expect(again.en).toContain('Not yet known: see section 6');
    expect(section6).toContain('The approximate number of your records concerned');
    expect(section6.indexOf('The approximate number of your records concerned')).toBeLessThan(section6.indexOf('The result of the access-log review'));
    expect(section6).not.toContain('The approximate number of the people concerned');
    expect(again.it.slice(again.it.indexOf('6. Che cosa non sappiamo ancora'))).toContain('Il numero approssimativo delle Vostre registrazioni coinvolte');
    const rossiClock = after.clocks.find((c) => c.kind === 'gdpr-client' && c.partyId === rossi.id);
    expect(rossiClock?.doneAt).toBe(notices['Rossi Arredamenti Srl']?.notifiedAt);
    expect(rossiClock?.status).toBe('done-late');
    // Once every client has had its notice, the notification to the authority says so (Art. 33(2)), as of its own date.
    const own = { 'notice.phase': 'preliminary', 'notice.ownSubjects': '5,900', 'notice.ownRecords': '6,200', 'notice.ownSubjectCategories': ['Customers'], 'notice.ownDataCategories': ['Identity data'] };
    const paragraphs = (p: LetterPreview) => p.body.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).join(' ');
    // One client told, one not: each stated as the register holds it.
    expect(paragraphs(await preview('authority-notification', 'en', own))).toContain('to Rossi Arredamenti Srl, sent on 28 March 2026 under reference PEC 2026/0412; to Studio Legale Verdi, not yet sent (we will send it without undue delay).');
    expect(paragraphs(await preview('authority-notification', 'it', own))).toContain('a Rossi Arredamenti Srl, inviata il 28 marzo 2026 con riferimento PEC 2026/0412; a Studio Legale Verdi, non ancora inviata (la invieremo senza ingiustificato ritardo).');
    await call('breaches.clientNotice', { breachId: breach.id, clientId: verdi.id, sentAt: '2026-03-28T16:00:00+01:00', channel: 'pec' });
    const told = await check('authority-notification', own, 'authority-mixed-role-told');
    // Each client's notice with its date and the reference it went under, as the register holds it (C38).
    expect(told.en).toContain('Our notice to each of them under Article 33(2) GDPR: to Rossi Arredamenti Srl, sent on 28 March 2026 under reference PEC 2026/0412; to Studio Legale Verdi, sent on 28 March 2026.');
    expect(told.it).toContain('La nostra comunicazione a ciascuno di essi ai sensi dell’art. 33, par. 2, GDPR: a Rossi Arredamenti Srl, inviata il 28 marzo 2026 con riferimento PEC 2026/0412; a Studio Legale Verdi, inviata il 28 marzo 2026.');
    expect(told.en).not.toContain('not yet sent');
  });

  it('drafts the early warning: suspected malicious act and cross-border impact, due 24 hours from awareness', async () => {
    const late = clock;
    clock = AWARE_MS + 20 * HOUR;
    const { en, it: italian } = await check('nis2-report', { 'csirt.phase': 'early-warning' }, 'nis2-early-warning');
    clock = late;
    // The company's duty is the Italian decree's; the Directive is cited beside it (lawyer's second review, B34).
    for (const fact of ['CSIRT Italia', 'Early warning', 'Article 25(5)(a) of Legislative Decree No. 138/2024 (Article 23(4)(a) of Directive (EU) 2022/2555)', '(Legislative Decree No. 138/2024, Article 25; Directive (EU) 2022/2555, Article 23)', 'within 24 hours',
      'by 28 March 2026 at 10:00 CET (+01:00)', 'Important entity', 'No: nothing so far suggests an unlawful or malicious act', 'also a personal data breach', 'B-2026-001']) {
      expect(en).toContain(fact);
    }
    // No Member State is recorded: the cross-border impact is not yet known, not "none" (it was asserted as "None known" before).
    expect(en).toContain('Possible cross-border impact Not yet known: to follow in a later report');
    expect(en).not.toContain('None known');
    expect(italian).toContain('Non ancora noto: sarà comunicato in una segnalazione successiva');
    expect(italian).not.toContain('unico Stato membro');
    expect(en).not.toContain('Initial assessment');
    for (const fact of ['Pre-notifica', 'art. 25, comma 5, lett. a), del D.Lgs. 138/2024', 'Soggetto importante', 'Spettabile CSIRT Italia,']) expect(italian).toContain(fact);
    // "Descrizione" is what the CSIRT contact wrote in the report's language, never the register's (English) description (review 4, D35).
    expect(italian).toContain(`Descrizione ${CSIRT_WHAT_HAPPENED.it}`);
    expect(en).toContain(`Description ${CSIRT_WHAT_HAPPENED.en}`);
    expect(italian).not.toContain('lead lists was readable');
    const unwritten = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'it', inputs: { 'csirt.phase': 'early-warning' } });
    expect(unwritten.missing.map((m) => m.key)).toContain('csirt.whatHappened');
    // The CSIRT contact of the settings reports and signs.
    for (const fact of ['Luca Bianchi, CSIRT contact', 'csirt@noventia.example', '+39 02 8765 4321']) expect(en).toContain(fact);
  });

  it('says when a late early warning was due and that it is late, with the reasons, never "within 24 hours" (art. 25, comma 5, lett. a))', async () => {
    // 30 hours after awareness: the 24 hours ran out at 10:00 on 28 March.
    const bare = await preview('nis2-report', 'it', { 'csirt.phase': 'early-warning' });
    expect(bare.missing.map((m) => m.key)).toEqual(['csirt.lateReasons']);
    const { en, it: italian } = await check('nis2-report', { 'csirt.phase': 'early-warning', 'csirt.lateReasons': 'The incident was first judged not significant.' }, 'nis2-early-warning-late');
    expect(en).toContain('It is sent after the 24-hour time limit, which expired on 28 March 2026 at 10:00 CET (+01:00); the reasons for the delay are given in section 1.');
    expect(en).toContain('Reasons for the delay The incident was first judged not significant.');
    expect(en).not.toContain('requires within 24 hours');
    expect(en).not.toContain('will follow within 72 hours');
    expect(italian).toContain('La presente pre-notifica è trasmessa oltre il termine di 24 ore previsto dall’art. 25, comma 5, lett. a), scaduto il 28 marzo 2026 alle ore 10:00 CET (+01:00)');
    expect(italian).not.toContain('entro 24 ore da quando');
    // Dated a day after the one its 24 hours ran out on, the report is also warned about before finalising.
    // (Only the facts it prints as not yet known are cautioned: review 4, D29.)
    expect((await preview('nis2-report', 'en', { 'csirt.phase': 'early-warning', 'csirt.lateReasons': 'Judged not significant at first.' })).warnings.map((w) => w.code)).toEqual(['facts-not-yet-known']);
    const now = clock;
    clock = AWARE_MS + 50 * HOUR;
    const nextDay = await preview('nis2-report', 'it', { 'csirt.phase': 'early-warning', 'csirt.lateReasons': 'Ritenuto dapprima non significativo.' });
    clock = now;
    // (The register's description is in English: that is the language warning's, not this one's.)
    const dated = nextDay.warnings.filter((w) => w.code === 'dated-after-deadline');
    expect(dated).toHaveLength(1);
    expect(dated[0]?.message.it).toContain('le 24 ore dell’art. 25, comma 5, lett. a), del D.Lgs. 138/2024');
  });

  it('needs the initial assessment in the incident notification, and prints indicators of compromise when given', async () => {
    const bare = await preview('nis2-report', 'en', { 'csirt.phase': 'notification' });
    expect(bare.missing.map((m) => m.key)).toEqual(['csirt.assessment']);
    const { en, it: italian } = await check('nis2-report', { 'csirt.phase': 'notification', 'csirt.assessment': 'A bucket policy changed by a deployment.', 'csirt.indicators': ['GET requests from 185.220.101.4'] }, 'nis2-notification');
    for (const fact of ['Incident notification', 'Article 23(4)(b)', 'within 72 hours', 'by 30 March 2026 at 11:00 CEST (+02:00)', 'Initial assessment', 'A bucket policy changed by a deployment.', 'Indicators of compromise', '185.220.101.4']) {
      expect(en).toContain(fact);
    }
    for (const fact of ['Notifica dell’incidente', 'art. 25, comma 5, lett. b)', 'Valutazione iniziale', 'Indicatori di compromissione']) expect(italian).toContain(fact);
  });

  it('records the NIS2 report on the breach when the finalised report is recorded as sent, late past its 24 hours, and once', async () => {
    // Now 30 hours after awareness (set above): the early warning goes 6 hours after its deadline.
    const finalised = await call<DocumentSummary>('documents.finalise', {
      caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'it', inputs: { 'csirt.phase': 'early-warning', 'csirt.whatHappened': CSIRT_WHAT_HAPPENED.it, 'csirt.lateReasons': 'L’incidente è stato dapprima ritenuto non significativo.' }, confirmLanguage: true,
    });
    await call('documents.sent', { documentId: finalised.id, sentOn: '2026-03-28', channel: 'pec', recipient: 'CSIRT Italia' });
    const after = await call<BreachDetail>('breaches.get', { id: breach.id });
    expect(after.roles.nis2.earlyWarningAt).toBe('2026-03-28T15:00:00.000Z');
    expect(after.clocks.find((c) => c.kind === 'nis2-early-warning')).toMatchObject({ doneAt: '2026-03-28T15:00:00.000Z', status: 'done-late' });
    expect(after.roles.nis2.notificationAt).toBeNull();
    // A second sending of the same report is the document's own: the report stays recorded when it first went.
    clock += HOUR;
    await call('documents.sent', { documentId: finalised.id, sentOn: '2026-03-28', channel: 'email', recipient: 'CSIRT Italia' });
    expect((await call<BreachDetail>('breaches.get', { id: breach.id })).roles.nis2.earlyWarningAt).toBe('2026-03-28T15:00:00.000Z');
    // A final report before the notification is sent is refused: it is due a month after the notification (art. 25, comma 5, lett. d)).
    const final = await app.dispatch('documents.finalise', {
      caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { 'csirt.phase': 'final', 'breach.ongoing': 'Ended', 'csirt.crossBorder': 'No: only Italian customers', 'csirt.mitigation': ['Bucket made private'] },
    });
    expect(final.ok).toBe(false);
    if (final.ok) return;
    expect(final.error.code).toBe('VALIDATION');
    expect(final.error.message).toContain('Send the incident notification first (Article 25(5)(b))');
    expect(renderText('it', final.error.detail as Message)).toContain('Trasmetti prima la notifica dell’incidente (art. 25, comma 5, lett. b))');
    expect((await call<BreachDetail>('breaches.get', { id: breach.id })).roles.nis2.finalReportAt).toBeNull();
    // So is a progress report: it is due when the final report is, a month after the notification (art. 25, comma 5, lett. d) ed e); B38).
    const progress = await app.dispatch('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { 'csirt.phase': 'progress' } });
    expect(progress.ok ? null : progress.error.code).toBe('VALIDATION');
    expect(progress.ok ? '' : progress.error.message).toContain('No progress report for incident B-2026-001: it is due when the final report is, one month after the incident notification');
    expect(progress.ok ? '' : progress.error.message).toContain('Send the incident notification first (Article 25(5)(b))');
    expect(progress.ok ? '' : renderText('it', progress.error.detail as Message)).toContain(
      'Nessuna relazione sui progressi per l’incidente B-2026-001: è dovuta alla scadenza della relazione finale, un mese dopo la notifica dell’incidente (art. 25, comma 5, lett. d) ed e), del D.Lgs. 138/2024), e nessuna notifica risulta inviata. Trasmetti prima la notifica dell’incidente (art. 25, comma 5, lett. b)).',
    );
  });

  it('asks for the CSIRT’s request and the updates in an intermediate report', async () => {
    const bare = await preview('nis2-report', 'en', { 'csirt.phase': 'intermediate', 'csirt.assessment': 'A bucket policy changed by a deployment.' });
    expect(bare.missing.map((m) => m.key)).toEqual(['csirt.requestDate', 'csirt.request', 'csirt.updates']);
    const { en } = await check('nis2-report', { 'csirt.phase': 'intermediate', 'csirt.assessment': 'Policy change.', 'csirt.requestDate': '2026-03-27', 'csirt.request': 'E-mail of 27 March 2026', 'csirt.updates': ['Access logs reviewed: no download from outside.'] }, 'nis2-intermediate');
    for (const fact of ['Intermediate report', 'Article 23(4)(c)', 'On request of the CSIRT', 'Date of the CSIRT’s request 27 March 2026', 'E-mail of 27 March 2026', 'no download from outside']) expect(en).toContain(fact);
  });

  it('while the incident goes on, owes the progress report at the month instead of the final report (art. 25, comma 5, lett. e))', async () => {
    clock = AWARE_MS + 60 * HOUR;
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'early-warning', sentAt: '2026-03-27T20:00:00+01:00', reference: 'PN-7731' });
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'notification', sentAt: '2026-03-29T09:00:00+02:00' });
    // The register records no end of the incident, which does not show that it goes on (B38): the final report is the next one
    // the law names, never the progress report; with no end recorded it is refused, saying what to send or record.
    const suggested = await app.dispatch('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: {} });
    expect(suggested.ok ? '' : suggested.error.message).toContain('No final report yet for incident B-2026-001');
    const final = await app.dispatch('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { 'csirt.phase': 'final' } });
    expect(final.ok ? null : final.error.code).toBe('VALIDATION');
    expect(final.ok ? '' : final.error.message).toContain('Send the progress report (`--phase progress`), or record when the incident ended (breach edit --occurred-to)');
    expect(final.ok ? '' : renderText('it', final.error.detail as Message)).toContain('Trasmetti la relazione sui progressi');
    // Before the month the progress report is not yet owed: its opening would speak of a day no one knows yet (review 6, F16).
    const early = await app.dispatch('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { 'csirt.phase': 'progress' } });
    expect(early.ok ? '' : early.error.message).toContain('No progress report yet for incident B-2026-001: it is owed on Wednesday 29 April 2026 at 09:00');
    expect(early.ok ? '' : renderText('it', early.error.detail as Message)).toContain('Nessuna relazione sui progressi per ora per l’incidente B-2026-001: è dovuta mercoledì 29 aprile 2026 alle ore 09:00');
    // At the month, with no end recorded, it is owed.
    clock = Date.parse('2026-04-30T10:00:00+02:00');
    const { en, it: italian } = await check(
      'nis2-report',
      { 'csirt.phase': 'progress', 'csirt.crossBorder': 'No: only Italian customers and services', 'csirt.updates': ['Access logs reviewed up to 29 March'], 'csirt.mitigation': ['Bucket made private'] },
      'nis2-progress',
    );
    for (const fact of ['Progress report', 'because the handling of the significant incident is not concluded now that the final report is due, one month after the incident notification (Article 25(5)(e) of Legislative Decree No. 138/2024; Article 23(4)(e) of Directive (EU) 2022/2555)',
      'The final report will follow within one month of the end of our handling of the incident', 'Whether it is still ongoing Not yet known: to follow in a later report', 'Within one month of the incident notification', '29 April 2026 at 09:00 CEST',
      'Progress since the incident notification Access logs reviewed up to 29 March', 'Description of the incident so far']) expect(en, fact).toContain(fact);
    expect(en).not.toContain('this final report');
    expect(en).not.toContain('Yes: the incident is still ongoing');
    expect(italian).toContain('Relazione sui progressi');
    expect(italian).toContain('Se è ancora in corso Non ancora noto');
    expect(italian).not.toContain('l’incidente è ancora in corso');
    expect(italian.replace(/\u00a0/g, ' ')).toContain('art. 25, comma 5, lett. e), del D.Lgs. 138/2024; art. 23, par. 4, lett. e), della direttiva (UE) 2022/2555');
    expect(italian).toContain('La relazione finale seguirà entro un mese dalla conclusione della gestione dell’incidente');
    expect(en).not.toContain('still ongoing when');
    expect(italian).toContain('la gestione dell’incidente significativo non è conclusa');
  });

  it('drafts the final report one month after the notification once the incident has ended: description, root cause, mitigation, nothing deferred', async () => {
    await call('breaches.update', { id: breach.id, changes: { occurredTo: '2026-03-27T10:20:00+01:00' } });
    const suggested = await preview('nis2-report', 'en', {});
    expect(suggested.inputs.find((i) => i.key === 'csirt.phase')?.value).toBe('final');
    // In the final report nothing waits for a later one: what the register lacks is named; the end comes from the register.
    // Whether the impact crosses borders is not in the register (no Member State recorded): the DPO says (it was not asked before).
    expect(suggested.missing.map((m) => m.key)).toEqual(['csirt.crossBorder', 'csirt.mitigation']);
    const { en, it: italian } = await check(
      'nis2-report',
      { 'csirt.crossBorder': 'No: only Italian customers and services', 'csirt.mitigation': ['Bucket made private', 'Policy checks in the deployment pipeline'] },
      'nis2-final',
    );
    for (const fact of ['Final report', 'Article 23(4)(d)', 'Within one month of the incident notification', '29 April 2026 at 09:00 CEST', 'Detailed description', 'readable without authentication',
      'Type of threat or root cause', 'Human error', 'Policy checks in the deployment pipeline', 'Early warning sent on 27 March 2026 at 20:00 CET (+01:00), ref. PN-7731']) {
      expect(en).toContain(fact);
    }
    expect(en).not.toContain('Not yet known');
    expect(italian).toContain('Relazione finale');
    // The final report cites its own letter of art. 25, comma 5 (lawyer's second review, B20), and the CSIRT's reference sits on the first report's line (C18).
    expect(italian.replace(/\u00a0/g, ' ')).toContain('art. 25, comma 5, lett. d), del D.Lgs. 138/2024');
    expect(italian).toContain('rif. PN-7731');
    // An incident that ended after the month (a progress report went then): the final report is due a month after its handling ends (lett. e)).
    clock = Date.parse('2026-05-12T10:00:00+02:00');
    await call('breaches.update', { id: breach.id, changes: { occurredTo: '2026-05-10T18:00:00+02:00' } });
    const later = await preview('nis2-report', 'it', { 'csirt.phase': 'final' });
    expect(later.body.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.value) : []))).toContain(
      'Entro un mese dalla conclusione della gestione dell’incidente, ancora in corso alla scadenza della relazione finale (il 29 aprile 2026 alle ore 09:00 CEST (+02:00)): art. 25, comma 5, lett. e), del D.Lgs. 138/2024',
    );
    await call('breaches.update', { id: breach.id, changes: { occurredTo: '2026-03-27T10:20:00+01:00' } });
  });

  it('refuses a second early warning, naming the recorded one, and lists as earlier only the reports of earlier phases (B36)', async () => {
    // One early warning is recorded (27 March 2026 at 20:00, ref. PN-7731): another "pre-notifica … entro 24 ore" is refused, as a second preliminary notification is.
    const second = await app.dispatch('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'it', inputs: { 'csirt.phase': 'early-warning' } });
    expect(second.ok ? null : second.error.code).toBe('VALIDATION');
    expect(second.ok ? '' : second.error.message).toContain('An early warning of incident B-2026-001 was already sent on Friday 27 March 2026 at 20:00 (ref. PN-7731)');
    expect(second.ok ? '' : second.error.message).toContain('Generate the incident notification (Article 25(5)(b); `--phase notification`) or, if CSIRT Italia asked for one, an intermediate report');
    expect(second.ok ? '' : renderText('it', second.error.detail as Message)).toContain(
      'è già stata trasmessa una pre-notifica venerdì 27 marzo 2026 alle ore 20:00 (rif. PN-7731): ne è prevista una sola (art. 25, comma 5, lett. a), del D.Lgs. 138/2024). Genera la notifica dell’incidente (art. 25, comma 5, lett. b); `--phase notification`) o, se il CSIRT Italia l’ha richiesta,',
    );
    const notification = await preview('nis2-report', 'en', { 'csirt.phase': 'notification', 'csirt.assessment': 'Policy change.' });
    const notificationText = pagesText(renderedPages(Buffer.from(notification.pdfBase64 ?? '', 'base64'), tmp.dir));
    expect(notificationText).toContain('Early warning sent on 27 March 2026 at 20:00 CET (+01:00)');
    expect(notificationText).not.toContain('Incident notification sent on');
  });

  it('claims severity and impact only when they are given, and is signed by the CSIRT contact of the settings, in the role of the report’s language', async () => {
    // The incident notification must give an initial assessment of severity and impact (art. 25, comma 5, lett. b); B39): required, never deferred.
    for (const language of ['en', 'it'] as const) {
      const unknown = await preview('nis2-report', language, { 'csirt.phase': 'notification', 'csirt.assessment': 'Policy change.', 'csirt.impact': '' });
      expect(unknown.missing.map((m) => m.key)).toEqual(['csirt.impact']);
      expect(unknown.pdfBase64).toBeNull();
      expect(unknown.body.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join(' ')).not.toMatch(/not yet known and will follow|non sono ancora noti/);
    }
    const known = await preview('nis2-report', 'en', { 'csirt.phase': 'notification', 'csirt.assessment': 'Policy change.', 'csirt.impact': 'Low: no service interruption.' });
    expect(pagesText(renderedPages(Buffer.from(known.pdfBase64 ?? '', 'base64'), tmp.dir))).toContain('its severity and impact, and the indicators');

    const signed = await preview('nis2-report', 'it', { 'csirt.phase': 'notification', 'csirt.assessment': 'Modifica di una policy.' });
    const pages = renderedPages(Buffer.from(signed.pdfBase64 ?? '', 'base64'), tmp.dir);
    const lines = pages.flatMap((p) => p.body.map((l) => l.text));
    const closing = lines.lastIndexOf('Distinti saluti,');
    expect(lines.slice(closing + 1, closing + 4)).toEqual(['Luca Bianchi', 'Referente CSIRT', 'Noventia Srl']);
    expect(layoutProblems(pages, { pageLabel: (n, count) => `Pagina ${n} di ${count}`, headings: [], closings: ['Distinti saluti,'], signatory: 'Luca Bianchi' })).toEqual([]);
    // Without the CSIRT contact in Settings, the report names it as missing: nobody else signs by default.
    await call('settings.update', { changes: { 'nis2.contactName': null, 'nis2.contactRole': null, 'nis2.contactEmail': null, 'nis2.contactPhone': null } });
    const unsigned = await preview('nis2-report', 'it', { 'csirt.phase': 'notification', 'csirt.assessment': 'Modifica di una policy.' });
    expect(unsigned.pdfBase64).toBeNull();
    // The role is the function's, named in the report's language (review 4, D37): nothing to set for it.
    expect(unsigned.missing.map((m) => m.key)).toEqual(['csirt.contactName', 'csirt.contactEmail']);
    expect(unsigned.missing[0]?.label).toBe('Referente CSIRT NIS2: nome (Impostazioni → Organizzazione)');
    await call('settings.update', { changes: SETTINGS });
  });

  it('offers no NIS2 report when the organisation is not within NIS2, whatever the breach says', async () => {
    await call('settings.update', { changes: { 'nis2.scope': 'none' } });
    const kinds = await call<{ kind: string }[]>('documents.kinds', { caseType: 'breach', caseId: breach.id });
    expect(kinds.map((k) => k.kind)).toEqual(['authority-notification', 'subject-notice', 'client-notice']);
    await call('settings.update', { changes: { 'nis2.scope': 'important' } });
  });
});
