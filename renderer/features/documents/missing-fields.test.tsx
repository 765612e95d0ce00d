import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';
import { MissingFields } from './missing-fields';
import type { MissingField } from './document-types';

async function render(missing: MissingField[]): Promise<string> {
  const i18n = createInstance();
  await i18n.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MissingFields missing={missing} />
    </I18nextProvider>,
  );
}

describe('what a letter still needs', () => {
  it('says where to fill in a field whose label ends in an explanation, not where a label already names Settings', async () => {
    const html = await render([
      { key: 'access.enclosures', label: 'Enclosures (the copy of the data)', source: 'input' },
      { key: 'organisation.dpoName', label: 'DPO name (Settings → Organisation)', source: 'settings' },
    ]);
    expect(html).toContain('Enclosures (the copy of the data)</span><span class="letter-missing-where"> — Fill it in above');
    expect(html).toContain('DPO name (Settings → Organisation)</span></li>');
  });
});
