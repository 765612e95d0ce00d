import PDFDocument from 'pdfkit';
import { fontPath } from '../assets-dir';
import { formatCivilDate } from './letters/format-date';
import { pdfToBuffer } from './pdf-to-buffer';
import { COLOR, CONTENT_WIDTH, FONT, MARGIN, PAGE, SIZE } from './pdf/letter-style';
import { artifact, group, tagged } from './pdf/tagging';

const text = {
  en: {
    title: 'DPO Desk recovery sheet',
    intro: 'This recovery key opens your DPO Desk vault if the passphrase is forgotten.',
    keyLabel: 'Recovery key',
    vault: 'Vault',
    created: 'Created',
    location: 'Location',
    steps: [
      'Keep this sheet somewhere safe and away from the computer, such as a locked drawer or a safe.',
      'Anyone who has this key and a copy of the vault, or one of its backups, can read every case in it. Do not photograph it or store it in e-mail.',
      'To use it: on the unlock screen choose "Recovery key", type the key (dashes and case do not matter), then set a new passphrase in Settings → Security.',
      'The key does not change when the passphrase is changed. DPO Desk cannot show it again.',
    ],
    footer: 'Printed',
  },
  it: {
    title: 'Foglio di recupero di DPO Desk',
    intro: 'Questa chiave di recupero apre la cassaforte di DPO Desk qualora la passphrase venga dimenticata.',
    keyLabel: 'Chiave di recupero',
    vault: 'Cassaforte',
    created: 'Creata il',
    location: 'Percorso',
    steps: [
      'Conservi questo foglio in un luogo sicuro e lontano dal computer, ad esempio in un cassetto chiuso a chiave o in una cassaforte fisica.',
      'Chiunque disponga di questa chiave e di una copia della cassaforte o di un suo backup può leggerne tutti i casi. Non la fotografi e non la conservi nella posta elettronica.',
      'Per usarla: nella schermata di sblocco scelga «Chiave di recupero», digiti la chiave (trattini e maiuscole non contano), quindi imposti una nuova passphrase in Impostazioni → Sicurezza.',
      'La chiave non cambia quando si cambia la passphrase. DPO Desk non può mostrarla di nuovo.',
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

/**
 * A one-page A4 PDF with the recovery key and how to keep and use it, made like every
 * letter: PDF/A-2b with embedded Liberation fonts, tagged (title, paragraphs, a list),
 * the letters' typography, and the formal register ("Lei") in Italian. Dates are written
 * in UTC: the vault has no organisation zone yet when the sheet is printed.
 */
export async function renderRecoverySheet(input: RecoverySheetInput): Promise<Buffer> {
  const t = text[input.language];
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: input.language === 'it' ? 'it-IT' : 'en-GB',
    displayTitle: true,
    info: { Title: t.title, Author: 'DPO Desk', Subject: t.keyLabel, Creator: 'DPO Desk', Producer: 'DPO Desk (PDFKit)', CreationDate: input.printedAt },
  });
  const done = pdfToBuffer(doc);
  doc.registerFont(FONT.regular, fontPath('LiberationSans-Regular'));
  doc.registerFont(FONT.bold, fontPath('LiberationSans-Bold'));
  doc.registerFont('mono', fontPath('LiberationMono-Regular'));
  doc.font(FONT.regular);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const left = MARGIN.left;
  const width = CONTENT_WIDTH;
  const date = (d: Date) => formatCivilDate(d.toISOString().slice(0, 10), input.language);

  tagged(doc, root, 'H1', () => {
    doc.font(FONT.bold).fontSize(SIZE.organisation).fillColor(COLOR.accent).text(t.title, left, MARGIN.top, { width });
  });
  doc.moveDown(0.6);
  tagged(doc, root, 'P', () => {
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink).text(t.intro, left, doc.y, { width });
  });
  doc.moveDown(1.2);

  const groups = input.recoveryKey.split('-');
  const lines = [groups.slice(0, 5), groups.slice(5, 10), groups.slice(10)].map((g) => g.join('-')).filter((l) => l !== '');
  const boxTop = doc.y;
  const boxHeight = 44 + lines.length * 28;
  artifact(doc, 'Layout', () => {
    doc.rect(left, boxTop, width, boxHeight).lineWidth(1).strokeColor(COLOR.rule).stroke();
  });
  tagged(doc, root, 'H2', () => {
    doc.font(FONT.bold).fontSize(SIZE.heading).fillColor(COLOR.accent).text(t.keyLabel, left + 18, boxTop + 14, { width: width - 36 });
  });
  group(doc, root, 'Div', (key) => {
    lines.forEach((line, i) => {
      tagged(doc, key, 'P', () => {
        doc.font('mono').fontSize(18).fillColor(COLOR.ink).text(line, left + 18, boxTop + 36 + i * 28, { characterSpacing: 1.5, lineBreak: false });
      });
    });
  });
  doc.y = boxTop + boxHeight + 20;

  doc.font(FONT.regular).fontSize(SIZE.body - 1).fillColor(COLOR.muted);
  for (const fact of [`${t.vault}: ${input.vaultId}`, `${t.created}: ${date(new Date(input.createdAt))}`, `${t.location}: ${input.location}`]) {
    tagged(doc, root, 'P', () => {
      doc.text(fact, left, doc.y, { width });
    });
  }
  doc.moveDown(1.2);

  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
  group(doc, root, 'L', (list) => {
    t.steps.forEach((step, i) => {
      tagged(doc, list, 'LI', () => {
        doc.text(`${i + 1}.  ${step}`, left, doc.y, { width, paragraphGap: 8 });
      });
    });
  });

  // The footer sits below the bottom margin: lift the margin while writing it, or pdfkit starts a new page.
  doc.page.margins.bottom = 0;
  artifact(doc, 'Pagination', () => {
    doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.muted).text(`${t.footer} ${date(input.printedAt)} · DPO Desk`, left, PAGE.height - MARGIN.bottom + 33, { width, align: 'center', lineBreak: false });
  });
  doc.end();
  return done;
}
