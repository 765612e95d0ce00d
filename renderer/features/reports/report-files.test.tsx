import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { WrittenFile } from '../../../electron/shared/generated-file';
import { resources } from '../../i18n/resources';
import { ReportFiles } from './report-files';

async function render(language: 'en' | 'it', written: WrittenFile[]): Promise<string> {
  const i18n = createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ReportFiles written={written} />
    </I18nextProvider>,
  );
}

const names = ['summary', 'requests', 'breaches', 'late'].map((name) => `audit-report-2026-01-01-2026-05-10-${name}.csv`);

describe('the files of a generated audit report on the Reports screen', () => {
  it('says where each CSV file was saved in the folder chosen, with nothing left to download, in English and Italian', async () => {
    const saved = names.map((fileName) => ({ fileName, mimeType: 'text/csv', bytes: 10, savedTo: `/home/dpo/Reports/${fileName}` }));
    const en = await render('en', saved);
    const it = await render('it', saved);
    for (const name of names) {
      expect(en).toContain(`Saved to /home/dpo/Reports/${name}`);
      expect(it).toContain(`Salvato in /home/dpo/Reports/${name}`);
    }
    expect(en).not.toContain('<button');
  });

  it('offers each staged file its own download, and all of them at once when there are several', async () => {
    const staged = names.map((fileName, i) => ({ fileName, mimeType: 'text/csv', bytes: 10, downloadUrl: `/__dpo/download/id-${i}` }));
    const en = await render('en', staged);
    for (const name of names) expect(en).toContain(`aria-label="Download ${name}"`);
    expect(en).toContain('Download all');
    expect(await render('it', staged)).toContain('Scarica tutti');
    const one = await render('en', [{ fileName: 'audit-report-2026-01-01-2026-05-10.pdf', mimeType: 'application/pdf', bytes: 10, downloadUrl: '/__dpo/download/pdf' }]);
    expect(one).toContain('aria-label="Download audit-report-2026-01-01-2026-05-10.pdf"');
    expect(one).not.toContain('Download all');
  });
});
