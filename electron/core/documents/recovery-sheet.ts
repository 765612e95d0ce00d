import PDFDocument from 'pdfkit';
import { fontPath } from '../assets-dir';
import { pdfToBuffer } from './pdf-to-buffer';

const text = {
  en: {
    title: 'DPO Desk recovery sheet',
    intro: 'This recovery key opens your DPO Desk vault if you forget its passphrase.',
    keyLabel: 'Recovery key',
    vault: 'Vault',
    created: 'Created',
    location: 'Location',
    steps: [
      'Keep this sheet somewhere safe and away from the computer, such as a locked drawer or a safe.',
      'Anyone who has this key and a copy of the vault can read every case in it. Do not photograph it or store it in e-mail.',
      'To use it: on the unlock screen choose "Use the recovery key", type the key (dashes and case do not matter), then set a new passphrase in Settings → Security.',
      'The key does not change when you change the passphrase. DPO Desk cannot show it again.',
    ],
    footer: 'Printed',
  },
  it: {
    title: 'Foglio di recupero di DPO Desk',
    intro: 'Questa chiave di recupero apre la cassaforte di DPO Desk se dimentichi la passphrase.',
    keyLabel: 'Chiave di recupero',
    vault: 'Cassaforte',
    created: 'Creata il',
    location: 'Percorso',
    steps: [
      'Conserva questo foglio in un luogo sicuro e lontano dal computer, ad esempio in un cassetto chiuso a chiave o in cassaforte.',
      'Chiunque abbia questa chiave e una copia della cassaforte può leggerne tutti i casi. Non fotografarla e non conservarla nella posta elettronica.',
      'Per usarla: nella schermata di sblocco scegli "Usa la chiave di recupero", digita la chiave (trattini e maiuscole non contano), poi imposta una nuova passphrase in Impostazioni → Sicurezza.',
      'La chiave non cambia quando cambi la passphrase. DPO Desk non può mostrarla di nuovo.',
    ],
    footer: 'Stampato il',
  },
} as const;

export interface RecoverySheetInput {
  recoveryKey: string;
  vaultId: string;
  createdAt: string;
  location: string;
  language: 'en' | 'it';
  printedAt: Date;
}

/** A one-page A4 PDF with the recovery key and how to keep and use it. */
export async function renderRecoverySheet(input: RecoverySheetInput): Promise<Buffer> {
  const t = text[input.language];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    lang: input.language,
    displayTitle: true,
    info: { Title: t.title, Author: 'DPO Desk', Subject: t.keyLabel, Creator: 'DPO Desk' },
  });
  const done = pdfToBuffer(doc);
  doc.registerFont('body', fontPath('LiberationSans-Regular'));
  doc.registerFont('bold', fontPath('LiberationSans-Bold'));
  doc.registerFont('mono', fontPath('LiberationMono-Regular'));
  const width = doc.page.width - 128;
  const date = (d: Date) => new Intl.DateTimeFormat(input.language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'long' }).format(d);

  doc.font('bold').fontSize(22).fillColor('#1f2937').text(t.title);
  doc.moveDown(0.5).font('body').fontSize(11.5).fillColor('#374151').text(t.intro, { width });
  doc.moveDown(1.5);

  const groups = input.recoveryKey.split('-');
  const lines = [groups.slice(0, 5), groups.slice(5, 10), groups.slice(10)].map((g) => g.join('-'));
  const boxTop = doc.y;
  const boxHeight = 44 + lines.length * 28;
  doc.roundedRect(64, boxTop, width, boxHeight, 8).lineWidth(1.5).strokeColor('#2563eb').stroke();
  doc.font('bold').fontSize(10).fillColor('#2563eb').text(t.keyLabel.toUpperCase(), 84, boxTop + 16, { characterSpacing: 1 });
  doc.font('mono').fontSize(20).fillColor('#111827');
  lines.forEach((line, i) => doc.text(line, 84, boxTop + 38 + i * 28, { characterSpacing: 1.5 }));
  doc.y = boxTop + boxHeight + 24;
  doc.x = 64;

  doc.font('body').fontSize(10).fillColor('#4b5563');
  doc.text(`${t.vault}: ${input.vaultId}`, { width });
  doc.text(`${t.created}: ${date(new Date(input.createdAt))}`, { width });
  doc.text(`${t.location}: ${input.location}`, { width });
  doc.moveDown(1.5);

  doc.font('body').fontSize(11.5).fillColor('#1f2937');
  t.steps.forEach((step, i) => {
    doc.text(`${i + 1}.  ${step}`, { width, indent: 0, paragraphGap: 8 });
  });

  doc.font('body').fontSize(9).fillColor('#6b7280').text(`${t.footer} ${date(input.printedAt)} · DPO Desk`, 64, doc.page.height - 90, { width, align: 'center' });
  doc.end();
  return done;
}
