import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';
import { noLettersNote } from './no-letters-note';

async function translator(language: 'en' | 'it') {
  const i18n = createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('the letters card on a request under a regime with no letters (review 7, G2)', () => {
  it('names the regime properly and the step to record the reply, in English and Italian', async () => {
    expect(noLettersNote('qc-law25', await translator('en'))).toBe(
      'DPO Desk writes no letters for Law 25 (Québec) requests yet: answer the person outside the app, then record the reply under Next step → Respond on this page.',
    );
    expect(noLettersNote('au-privacy', await translator('it'))).toBe(
      'DPO Desk non scrive ancora lettere per le richieste Privacy Act (Australia): rispondi all’interessato fuori dall’app, poi registra la risposta in Prossimo passo → Rispondi in questa pagina.',
    );
  });

  it('says nothing under a regime some letter serves', async () => {
    expect(noLettersNote('gdpr', await translator('en'))).toBeNull();
    expect(noLettersNote('ccpa', await translator('it'))).toBeNull();
    expect(noLettersNote('lgpd', await translator('en'))).toBeNull();
    expect(noLettersNote('pipeda', await translator('it'))).toBeNull();
    // The Swiss FADP has its letters now: the card no longer names it (G2's remainder).
    expect(noLettersNote('ch-fadp', await translator('en'))).toBeNull();
  });
});
