import { describe, expect, it } from 'vitest';
import { pluralAddress } from './plural-address';
import { addressesInPlural } from './recipient-greeting';
import { loadTemplate } from '../letters/template-files';
import type { RequestLetterKind } from '../../../shared/document-contract';

describe('the plural of courtesy in an Italian letter to a firm (review 7, G18’s remainder)', () => {
  it('turns the courtesy pronouns, possessives and the verbs said to the reader', () => {
    expect(pluralAddress('Le confermiamo di aver ricevuto la Sua richiesta. La preghiamo di indicare il riferimento.', [])).toBe(
      'Vi confermiamo di aver ricevuto la Vostra richiesta. Vi preghiamo di indicare il riferimento.',
    );
    expect(pluralAddress('Siamo spiacenti di comunicarLe che non daremo seguito alla richiesta che ha presentato; Glielo diremo.', [])).toBe(
      'Siamo spiacenti di comunicarVi che non daremo seguito alla richiesta che avete presentato; Ve lo diremo.',
    );
    expect(pluralAddress('Per qualsiasi domanda può contattare il DPO. Se non è d’accordo, può rivolgersi al Garante: prima ci risponderà, meglio è.', [])).toBe(
      'Per qualsiasi domanda potete contattare il DPO. Se non siete d’accordo, potete rivolgerVi al Garante: prima ci risponderete, meglio è.',
    );
    expect(pluralAddress('dobbiamo accertare che Lei abbia titolo ad agire', [])).toBe('dobbiamo accertare che Voi abbiate titolo ad agire');
  });

  it('leaves articles, the impersonal "può essere" and what is said of the person by name', () => {
    const text = 'La richiesta riguarda: accesso. Le categorie sono indicate sotto. Il termine può essere prorogato. Paola Neri ha il diritto di proporre reclamo; Paola Neri può anche confermarci di averLe dato il permesso.';
    expect(pluralAddress(text, ['Paola Neri'])).toBe(
      'La richiesta riguarda: accesso. Le categorie sono indicate sotto. Il termine può essere prorogato. Paola Neri ha il diritto di proporre reclamo; Paola Neri può anche confermarci di averVi dato il permesso.',
    );
    expect(pluralAddress('la prova che Paola Neri Le ha dato il permesso', ['Paola Neri'])).toBe('la prova che Paola Neri Vi ha dato il permesso');
  });

  it('keeps a template placeholder of a name and its verb, and turns a verb after any other placeholder', () => {
    expect(pluralAddress('{{subject.name}} ha il diritto di proporre reclamo; la richiesta che il {{request.receivedDate}} ha presentato per la Sua assistita. Il {{ack.pauseAskedOn}} Le abbiamo chiesto la delega.', [])).toBe(
      '{{subject.name}} ha il diritto di proporre reclamo; la richiesta che il {{request.receivedDate}} avete presentato per la Vostra assistita. Il {{ack.pauseAskedOn}} Vi abbiamo chiesto la delega.',
    );
  });

  it('leaves "può" whose subject is not the reader: an impersonal "non può più essere", an authority that "ha facoltà" (review 9, J12)', () => {
    expect(pluralAddress('Il termine non può più essere prorogato, ma può chiederci una copia.', [])).toBe('Il termine non può più essere prorogato, ma potete chiederci una copia.');
    for (const file of ['fadp-acknowledgement', 'fadp-later-date', 'fadp-response', 'fadp-refusal'] satisfies RequestLetterKind[]) {
      const template = loadTemplate('request', file);
      const turned = template.it.blocks.flatMap((block) => ('text' in block ? [pluralAddress(block.text, [])] : []));
      expect(turned.filter((text) => /potete aprire/.test(text)), file).toEqual([]);
    }
  });

  it('is chosen for a company or a firm in Italian only; a person keeps "Lei"', () => {
    expect(addressesInPlural('Studio Legale Rossi', 'it')).toBe(true);
    expect(addressesInPlural('Tutela Dati S.r.l.', 'it')).toBe(true);
    expect(addressesInPlural('Rights Agency Ltd', 'en')).toBe(false);
    expect(addressesInPlural('Avv. Carlo Bassi', 'it')).toBe(false);
    expect(addressesInPlural(null, 'it')).toBe(false);
  });
});
