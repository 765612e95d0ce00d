import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { DateField } from './date-field';
import { DateTimeField } from './date-time-field';
import { TimeField } from './time-field';

async function render(language: 'en' | 'it', element: React.ReactElement): Promise<string> {
  const i18n = createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}

const ignore = (): void => undefined;

describe('DateField and DateTimeField', () => {
  it('show a stored day as dd/mm/yyyy in a text input, never a native picker, in both languages', async () => {
    const en = await render('en', <DateField label="Signed on" value="2026-12-02" onValueChange={ignore} />);
    const it = await render('it', <DateField label="Firmato il" value="2026-12-02" onValueChange={ignore} />);
    for (const html of [en, it]) {
      expect(html).toContain('value="02/12/2026"');
      expect(html).toContain('type="text"');
      expect(html).not.toContain('type="date"');
    }
    expect(en).toContain('dd/mm/yyyy');
    expect(it).toContain('gg/mm/aaaa');
    expect(it).not.toContain('dd/mm/yyyy');
  });

  it('show a wall-clock time on the 24-hour clock with the format in the hint', async () => {
    const en = await render('en', <DateTimeField label="Received at" value="2026-12-02T14:30" onValueChange={ignore} hint="Europe/Rome time" />);
    const it = await render('it', <DateTimeField label="Ricevuta il" value="2026-12-02T14:30" onValueChange={ignore} hint="ora di Europe/Rome" />);
    expect(en).toContain('value="02/12/2026 14:30"');
    expect(it).toContain('value="02/12/2026 14:30"');
    expect(en).toContain('dd/mm/yyyy hh:mm (24-hour) · Europe/Rome time');
    expect(it).toContain('gg/mm/aaaa hh:mm (24 ore) · ora di Europe/Rome');
    expect(en).not.toMatch(/AM|PM/);
  });

  it('take a time of day on the 24-hour clock and name an AM/PM time in the user\'s language', async () => {
    const it = await render('it', <TimeField label="Ora" value="09:00" onValueChange={ignore} />);
    expect(it).toContain('value="09:00"');
    expect(it).toContain('hh:mm (24 ore)');
    const en = await render('en', <TimeField label="Time" value="9:00 PM" onValueChange={ignore} error="Invalid" />);
    expect(en).toContain('Write the time as hh:mm on the 24-hour clock, for example 14:30.');
  });

  it('tie the label, the hint and the form error to the input', async () => {
    const html = await render('it', <DateField id="signed" label="Firmato il" value="" onValueChange={ignore} error="Campo obbligatorio" />);
    expect(html).toContain('<label class="field-label" for="signed">Firmato il</label>');
    expect(html).toContain('id="signed"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="signed-hint signed-error"');
    expect(html).toContain('<p class="field-error" id="signed-error">Campo obbligatorio</p>');
  });

  it('name text that is not a date in the user\'s language when the form reports it', async () => {
    const en = await render('en', <DateField label="Signed on" value="31/02/2026" onValueChange={ignore} error="Invalid" />);
    const it = await render('it', <DateField label="Firmato il" value="31/02/2026" onValueChange={ignore} error="Non valido" />);
    expect(en).toContain('31/02/2026 is not a day on the calendar.');
    expect(it).toContain('31/02/2026 non è un giorno del calendario.');
    const wrongTime = await render('it', <DateTimeField label="Ricevuta il" value="02/12/2026 2:30 PM" onValueChange={ignore} error="Non valido" />);
    expect(wrongTime).toContain('Scriva data e ora come gg/mm/aaaa hh:mm nel formato 24 ore');
  });
});
