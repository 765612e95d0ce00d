import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';
import { DraftConflictNote } from './draft-conflict-note';

async function render(language: 'en' | 'it', element: React.ReactElement): Promise<string> {
  const i18n = createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}

const ignore = (): void => undefined;
const conflict = { caseType: 'request', caseId: 'r-1', kind: 'acknowledgement', language: 'it', readVersion: 2, currentVersion: 3, changedBy: 'aldo', changedAt: '2026-04-10T08:05:00.000Z' } as const;

describe('the note on a letter whose draft someone else saved', () => {
  it('names who saved it, when in the case’s zone, and both versions, with the two ways on, in English and Italian', async () => {
    const en = await render('en', <DraftConflictNote conflict={conflict} timeZone="Europe/Rome" onLoadTheirs={ignore} onKeepMine={ignore} />);
    const it = await render('it', <DraftConflictNote conflict={conflict} timeZone="Europe/Rome" onLoadTheirs={ignore} onKeepMine={ignore} />);
    expect(en).toContain('role="alert"');
    expect(en).toMatch(/aldo saved this letter’s draft at [^(]*10:05[^(]*, after you opened it \(you were editing version 2; it is now version 3\)/);
    expect(en).toContain('Load their draft');
    expect(en).toContain('Replace it with my text');
    expect(it).toMatch(/aldo ha salvato la bozza di questa lettera il [^(]*10:05[^(]*, dopo che l’hai aperta \(stavi modificando la versione 2; ora è la versione 3\)/);
    expect(it).toContain('Carica la sua bozza');
    expect(it).toContain('Sostituiscila con il mio testo');
  });

  it('says when the draft is gone (finalised or dropped) and offers to start again or keep the text as a new draft', async () => {
    const gone = { ...conflict, currentVersion: 0, changedBy: null, changedAt: null };
    const en = await render('en', <DraftConflictNote conflict={gone} timeZone="Europe/Rome" onLoadTheirs={ignore} onKeepMine={ignore} />);
    const it = await render('it', <DraftConflictNote conflict={gone} timeZone="Europe/Rome" onLoadTheirs={ignore} onKeepMine={ignore} />);
    expect(en).toContain('This letter’s draft is no longer kept: it was finalised or dropped after you opened it.');
    expect(en).toContain('Keep my text as a new draft');
    expect(it).toContain('La bozza di questa lettera non è più conservata');
    expect(it).toContain('Ricomincia');
  });
});
