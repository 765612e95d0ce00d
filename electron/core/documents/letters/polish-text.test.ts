import { describe, expect, it } from 'vitest';
import { collapseDoubledStops, polishBody } from './polish-text';

describe('collapseDoubledStops', () => {
  it.each([
    ['We deleted it as agreed..', 'We deleted it as agreed.'],
    ['Done. .', 'Done.'],
    ['Wait... and see', 'Wait... and see'],
    ['Fine … really', 'Fine … really'],
    ['as follows , then .', 'as follows, then.'],
  ])('%s → %s', (input, expected) => {
    expect(collapseDoubledStops(input)).toBe(expected);
  });
});

describe('polishBody', () => {
  it('elides Italian articles, collapses stops and defines the Regulation once, across blocks', () => {
    const body = polishBody(
      {
        subject: 'Sua richiesta del 8 febbraio 2026',
        blocks: [
          { type: 'paragraph', text: 'Abbiamo ricevuto la Sua richiesta del 8 febbraio 2026..' },
          { type: 'list', items: ['Ai sensi dell’art. 15 GDPR', 'entro il 11 marzo'] },
          { type: 'table', rows: [{ label: 'Norma', value: 'art. 33 GDPR' }] },
        ],
      },
      'it',
    );
    expect(body).toEqual({
      subject: 'Sua richiesta dell’8 febbraio 2026',
      blocks: [
        { type: 'paragraph', text: 'Abbiamo ricevuto la Sua richiesta dell’8 febbraio 2026.' },
        { type: 'list', items: ['Ai sensi dell’art. 15 del Regolamento (UE) 2016/679 («GDPR»)', 'entro l’11 marzo'] },
        { type: 'table', rows: [{ label: 'Norma', value: 'art. 33 GDPR' }] },
      ],
    });
    expect(polishBody(body, 'it')).toEqual(body);
  });

  it('opens a paragraph with a capital, the DPO’s text under a heading included, and leaves list items as typed (review 5, E22)', () => {
    const body = polishBody(
      {
        subject: 'Inoltro',
        blocks: [
          { type: 'heading', text: 'Che cosa ci serve' },
          { type: 'paragraph', text: 'le Vostre istruzioni: se rispondere Voi o noi.' },
          { type: 'list', items: ['entro il 9 aprile'] },
        ],
      },
      'it',
    );
    expect(body.blocks).toEqual([
      { type: 'heading', text: 'Che cosa ci serve' },
      { type: 'paragraph', text: 'Le Vostre istruzioni: se rispondere Voi o noi.' },
      { type: 'list', items: ['entro il 9 aprile'] },
    ]);
    expect(polishBody(body, 'it')).toEqual(body);
  });

  it('leaves English articles alone', () => {
    const body = { subject: 'Your request of 8 February', blocks: [{ type: 'paragraph' as const, text: 'By the 11 May deadline.' }] };
    expect(polishBody(body, 'en')).toEqual(body);
  });
});

describe('polishBody: a capital after a colon inside a sentence (tenth review, K5 and K28)', () => {
  const paragraphs = (texts: string[], language: 'en' | 'it') =>
    polishBody({ subject: 'S', blocks: texts.map((text) => ({ type: 'paragraph' as const, text })) }, language).blocks.map((block) => ('text' in block ? block.text : ''));

  it('lowers an ordinary word the DPO typed after ": ", EN and IT', () => {
    expect(paragraphs(['That is not technically feasible for us: The other controller offers no import interface.'], 'en')).toEqual([
      'That is not technically feasible for us: the other controller offers no import interface.',
    ]);
    expect(paragraphs(['Ciò non è tecnicamente fattibile per noi: L’altro titolare non offre alcuna interfaccia.'], 'it')).toEqual([
      'Ciò non è tecnicamente fattibile per noi: l’altro titolare non offre alcuna interfaccia.',
    ]);
    expect(paragraphs(['Le indichiamo il motivo: Lo esigono interessi preponderanti di terzi.'], 'it')).toEqual(['Le indichiamo il motivo: lo esigono interessi preponderanti di terzi.']);
  });

  it('keeps a name, an acronym, a word of its own and the Italian pronoun of courtesy', () => {
    const kept = [
      'Not feasible for us: Mailchimp offers no import interface.',
      'Not feasible for us: Google Analytics exports no profile.',
      'Not feasible for us: CRM exports are manual.',
      'Not feasible for us: Paola Neri asked us not to.',
      'Disclosure abroad (Article 19(4) FADP): Ireland (hosting).',
    ];
    expect(paragraphs(kept, 'en')).toEqual(kept);
    const courtesy = ['Il termine continua a decorrere: Le risponderemo entro il 4 gennaio 2027.', 'Ci scusiamo: La preghiamo di attendere.'];
    expect(paragraphs(courtesy, 'it')).toEqual(courtesy);
  });

  it('leaves a paragraph under one ending with a colon uncapitalised, lowered only at an ordinary word', () => {
    expect(paragraphs(['As Article 26(4) FADP requires, we tell you why:', 'A formal law provides for it.', 'The notes are confidential.'], 'en')).toEqual([
      'As Article 26(4) FADP requires, we tell you why:',
      'a formal law provides for it.',
      'The notes are confidential.',
    ]);
    expect(paragraphs(['Le indichiamo il motivo:', 'La Sua domanda d’accesso è manifestamente infondata.'], 'it')).toEqual([
      'Le indichiamo il motivo:',
      'la Sua domanda d’accesso è manifestamente infondata.',
    ]);
    expect(paragraphs(['The following reasons prevent us (Article 18, § 4, II, LGPD):', 'Mailchimp still holds the list.'], 'en')).toEqual([
      'The following reasons prevent us (Article 18, § 4, II, LGPD):',
      'Mailchimp still holds the list.',
    ]);
  });

  it('is idempotent', () => {
    const body = polishBody({ subject: 'S', blocks: [{ type: 'paragraph', text: 'why:' }, { type: 'paragraph', text: 'overriding interests require it: The law says so.' }] }, 'en');
    expect(polishBody(body, 'en')).toEqual(body);
  });
});
